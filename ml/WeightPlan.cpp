#include "ml/WeightPlan.h"

#include <torch/torch.h>

#include <set>
#include <sstream>
#include <stdexcept>

namespace prodrome::ml {

namespace {

std::string shapeText(c10::IntArrayRef sizes) {
  std::ostringstream os;
  os << sizes;
  return os.str();
}

std::string shapeText(const std::vector<int64_t>& sizes) { return shapeText(c10::IntArrayRef(sizes)); }

// How many of a floating-point tensor's values are NaN or ±infinity.
int64_t nonFiniteCount(const torch::Tensor& t) {
  return t.numel() == 0 ? 0 : t.numel() - torch::isfinite(t).sum().item<int64_t>();
}

}  // namespace

namespace detail {

std::vector<ParamSource> planFor(const torch::nn::Module& module,
                                 const std::function<std::vector<std::string>(const std::string&)>& keysOf) {
  std::vector<ParamSource> plan;
  for (const auto& p : module.named_parameters(/*recurse=*/true)) plan.push_back({p.key(), keysOf(p.key())});
  return plan;
}

LoadReport applyPlan(torch::nn::Module& module, const std::vector<ParamSource>& plan, const SafeTensorsFile& file,
                     bool strict, const std::function<bool(const std::string&)>& ignorable) {
  LoadReport report;
  report.source = file.source();
  auto params = module.named_parameters(/*recurse=*/true);
  std::set<std::string> used;
  std::vector<std::pair<torch::Tensor, torch::Tensor>> staged;  // (parameter, value)
  for (const auto& source : plan) {
    auto* param = params.find(source.param);
    TORCH_CHECK(param != nullptr, "internal error: load plan names unknown parameter '", source.param, "'");
    const auto n = static_cast<int64_t>(source.keys.size());
    auto part_shape = param->sizes().vec();
    if (n > 1) part_shape[0] /= n;
    bool complete = true;
    std::vector<torch::Tensor> parts;
    for (const auto& key : source.keys) {
      used.insert(key);
      if (!file.contains(key)) {
        report.missing.push_back(key);
        complete = false;
        continue;
      }
      const auto& info = file.info(key);
      const auto type = toScalarType(info.dtype);
      if (!c10::isFloatingType(type)) {
        report.wrong_shape.push_back(key + ": dtype " + std::string(safeDTypeName(info.dtype)) +
                                     " where a floating-point tensor is expected");
        complete = false;
      } else if (info.shape != part_shape) {
        report.wrong_shape.push_back(key + ": file " + shapeText(info.shape) + " vs model " + shapeText(part_shape));
        complete = false;
      } else if (auto value = file.tensor(key); const auto bad = nonFiniteCount(value)) {
        report.non_finite.push_back(key + ": " + std::to_string(bad) + " of " + std::to_string(value.numel()) +
                                    " values NaN or infinite");
        complete = false;
      } else {
        parts.push_back(std::move(value));
      }
    }
    if (!complete) continue;
    staged.emplace_back(*param, n > 1 ? torch::cat(parts, 0) : parts[0]);
    report.loaded.push_back(source.param);
  }
  for (const auto& name : file.names()) {
    if (used.count(name) == 0 && !(ignorable && ignorable(name))) report.unexpected.push_back(name);
  }
  if ((strict && !report.ok()) || !report.non_finite.empty())
    throw std::runtime_error("cannot load " + report.describe());
  torch::NoGradGuard no_grad;
  for (auto& [param, value] : staged) param.copy_(value);  // converts F16/BF16 and moves to the parameter's device
  return report;
}

NamedTensors exportPlan(const torch::nn::Module& module, const std::vector<ParamSource>& plan) {
  auto params = module.named_parameters(/*recurse=*/true);
  NamedTensors out;
  for (const auto& source : plan) {
    const auto value = params[source.param].detach();
    if (source.keys.size() == 1) {
      out.emplace_back(source.keys[0], value);
      continue;
    }
    const auto parts = value.chunk(static_cast<int64_t>(source.keys.size()), 0);
    for (size_t i = 0; i < parts.size(); ++i) out.emplace_back(source.keys[i], parts[i]);
  }
  return out;
}

}  // namespace detail

}  // namespace prodrome::ml
