#include "ml/CheckpointIO.h"

#include <torch/optim/adam.h>
#include <torch/optim/adamw.h>

#include <c10/util/StringUtil.h>
#include <c10/util/string_utils.h>

#include <ATen/CPUGeneratorImpl.h>

#include <map>
#include <mutex>
#include <stdexcept>

namespace prodrome::ml {

void beginCheckpoint(const std::filesystem::path& dir, const std::filesystem::path& stateFile) {
  std::filesystem::create_directories(dir);
  std::filesystem::remove(dir / stateFile);
}

namespace {

constexpr const char* kOptimizerFormat = "prodrome-adam-state-1";
// Columns of the "param_groups" tensor, one row per group.
constexpr int64_t kGroupFields = 6;  // lr, beta1, beta2, eps, weight_decay, amsgrad

std::string fileName(const std::filesystem::path& path) { return "optimiser state '" + path.string() + "'"; }

// Parameter names by tensor identity, as the optimiser keys its state.
std::map<const void*, std::string> namesByIdentity(const torch::OrderedDict<std::string, torch::Tensor>& parameters) {
  std::map<const void*, std::string> names;
  for (const auto& p : parameters) names.emplace(p.value().unsafeGetTensorImpl(), p.key());
  return names;
}

const std::string& nameOf(const std::map<const void*, std::string>& names, const torch::Tensor& param) {
  const auto it = names.find(param.unsafeGetTensorImpl());
  if (it == names.end()) throw std::logic_error("optimiser updates a parameter that is not among the model's");
  return it->second;
}

std::string stateKey(const torch::Tensor& param) { return c10::guts::to_string(param.unsafeGetTensorImpl()); }

// Adam and AdamW keep the same fields under different types; both are
// stored the same way, told apart by the "optimizer" metadata.
template <class Options, class State>
void saveAdam(const std::filesystem::path& path, const torch::optim::Optimizer& optimizer,
              const std::map<const void*, std::string>& names, const char* kind) {
  const auto& groups = optimizer.param_groups();
  auto hyper = torch::empty({static_cast<int64_t>(groups.size()), kGroupFields}, torch::kFloat64);
  auto sizes = torch::empty({static_cast<int64_t>(groups.size())}, torch::kInt64);
  NamedTensors tensors;
  for (size_t g = 0; g < groups.size(); ++g) {
    const auto& o = static_cast<const Options&>(groups[g].options());
    const double row[kGroupFields] = {o.lr(),  std::get<0>(o.betas()), std::get<1>(o.betas()),
                                      o.eps(), o.weight_decay(),       o.amsgrad() ? 1.0 : 0.0};
    for (int64_t j = 0; j < kGroupFields; ++j) hyper[static_cast<int64_t>(g)][j] = row[j];
    sizes[static_cast<int64_t>(g)] = static_cast<int64_t>(groups[g].params().size());
    for (const auto& param : groups[g].params()) {
      const auto it = optimizer.state().find(stateKey(param));
      if (it == optimizer.state().end()) continue;  // not stepped yet: Adam creates state lazily
      const auto& state = static_cast<const State&>(*it->second);
      const auto& name = nameOf(names, param);
      tensors.emplace_back(name + ".step", torch::tensor({state.step()}, torch::kInt64));
      tensors.emplace_back(name + ".exp_avg", state.exp_avg());
      tensors.emplace_back(name + ".exp_avg_sq", state.exp_avg_sq());
      if (state.max_exp_avg_sq().defined()) tensors.emplace_back(name + ".max_exp_avg_sq", state.max_exp_avg_sq());
    }
  }
  tensors.emplace_back("param_groups", hyper);
  tensors.emplace_back("group_sizes", sizes);
  saveSafeTensors(path, tensors, {{"format", kOptimizerFormat}, {"optimizer", kind}});
}

template <class Options, class State>
void loadAdam(const std::filesystem::path& path, const SafeTensorsFile& file, torch::optim::Optimizer& optimizer,
              const std::map<const void*, std::string>& names) {
  const auto fail = [&](const std::string& what) { throw std::runtime_error(fileName(path) + ": " + what); };
  auto& groups = optimizer.param_groups();
  const auto hyper = file.tensor("param_groups");
  const auto sizes = file.tensor("group_sizes");
  const auto G = static_cast<int64_t>(groups.size());
  if (hyper.scalar_type() != torch::kFloat64 || hyper.dim() != 2 || hyper.size(1) != kGroupFields ||
      sizes.scalar_type() != torch::kInt64 || sizes.dim() != 1 || sizes.size(0) != hyper.size(0)) {
    fail("its param_groups or group_sizes tensor is malformed");
  }
  if (hyper.size(0) != G) {
    fail("it holds " + std::to_string(hyper.size(0)) + " parameter groups, this run's optimiser " + std::to_string(G) +
         " (it was written for another model or recipe)");
  }
  // Everything is read and checked before the optimiser changes.
  ska::flat_hash_map<std::string, std::unique_ptr<torch::optim::OptimizerParamState>> states;
  size_t used = 2;  // param_groups and group_sizes
  const auto read = [&](const std::string& name, const torch::Tensor& param) {
    auto t = file.tensor(name);
    if (t.scalar_type() != param.scalar_type() || t.sizes() != param.sizes()) {
      fail("'" + name + "' is " + std::string(c10::toString(t.scalar_type())) + " " + c10::str(t.sizes()) +
           ", the parameter is " + c10::toString(param.scalar_type()) + " " + c10::str(param.sizes()));
    }
    ++used;
    return t.to(param.device());
  };
  for (int64_t g = 0; g < G; ++g) {
    const auto& params = groups[static_cast<size_t>(g)].params();
    if (sizes[g].item<int64_t>() != static_cast<int64_t>(params.size())) {
      fail("group " + std::to_string(g) + " holds " + std::to_string(sizes[g].item<int64_t>()) +
           " parameters, this run's " + std::to_string(params.size()) + " (another model or recipe)");
    }
    for (const auto& param : params) {
      const auto& name = nameOf(names, param);
      if (!file.contains(name + ".step")) continue;
      const auto step = file.tensor(name + ".step");
      if (step.scalar_type() != torch::kInt64 || step.numel() != 1 || step.item<int64_t>() < 0)
        fail("'" + name + ".step' is not one non-negative int64");
      ++used;
      auto state = std::make_unique<State>();
      state->step(step.item<int64_t>());
      state->exp_avg(read(name + ".exp_avg", param));
      state->exp_avg_sq(read(name + ".exp_avg_sq", param));
      if (file.contains(name + ".max_exp_avg_sq")) state->max_exp_avg_sq(read(name + ".max_exp_avg_sq", param));
      states.emplace(stateKey(param), std::move(state));
    }
  }
  if (used != file.tensors().size()) {
    fail("it holds " + std::to_string(file.tensors().size() - used) +
         " tensors for parameters this model does not have (it was written for another model)");
  }
  const auto h = hyper.accessor<double, 2>();
  for (int64_t g = 0; g < G; ++g) {
    auto& o = static_cast<Options&>(groups[static_cast<size_t>(g)].options());
    o.lr(h[g][0]).betas({h[g][1], h[g][2]}).eps(h[g][3]).weight_decay(h[g][4]).amsgrad(h[g][5] != 0.0);
  }
  optimizer.state() = std::move(states);
}

const char* adamKind(const torch::optim::Optimizer& optimizer) {
  if (dynamic_cast<const torch::optim::AdamW*>(&optimizer) != nullptr) return "adamw";
  if (dynamic_cast<const torch::optim::Adam*>(&optimizer) != nullptr) return "adam";
  throw std::logic_error("checkpoints store Adam and AdamW optimiser state only");
}

}  // namespace

void saveOptimizer(const std::filesystem::path& path, const torch::optim::Optimizer& optimizer,
                   const torch::OrderedDict<std::string, torch::Tensor>& parameters) {
  const auto names = namesByIdentity(parameters);
  const std::string kind = adamKind(optimizer);
  if (kind == "adamw") {
    saveAdam<torch::optim::AdamWOptions, torch::optim::AdamWParamState>(path, optimizer, names, "adamw");
  } else {
    saveAdam<torch::optim::AdamOptions, torch::optim::AdamParamState>(path, optimizer, names, "adam");
  }
}

void loadOptimizer(const std::filesystem::path& path, torch::optim::Optimizer& optimizer,
                   const torch::OrderedDict<std::string, torch::Tensor>& parameters) {
  const auto legacy = path.parent_path() / kLegacyOptimizerFile;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec) && std::filesystem::exists(legacy, ec)) {
    throw std::runtime_error("checkpoint '" + path.parent_path().string() +
                             "' was written by an older Prodrome: its optimiser state is a LibTorch archive ('" +
                             std::string(kLegacyOptimizerFile) +
                             "'), and checkpoints are now read as safetensors only; start the run again");
  }
  const auto file = SafeTensorsFile::load(path);
  const std::string kind = adamKind(optimizer);
  const auto meta = file.metadata();
  const auto format = meta.find("format");
  const auto stored = meta.find("optimizer");
  if (format == meta.end() || format->second != kOptimizerFormat || stored == meta.end()) {
    throw std::runtime_error(fileName(path) + " is not a Prodrome optimiser state (no '" +
                             std::string(kOptimizerFormat) + "' format field)");
  }
  if (stored->second != kind) {
    throw std::runtime_error(fileName(path) + " holds " + stored->second + " state, this run uses " + kind);
  }
  const auto names = namesByIdentity(parameters);
  if (kind == "adamw") {
    loadAdam<torch::optim::AdamWOptions, torch::optim::AdamWParamState>(path, file, optimizer, names);
  } else {
    loadAdam<torch::optim::AdamOptions, torch::optim::AdamParamState>(path, file, optimizer, names);
  }
}

torch::Tensor cpuRngState() {
  auto generator = at::detail::getDefaultCPUGenerator();
  std::lock_guard<std::mutex> lock(generator.mutex());
  return generator.get_state();
}

void setCpuRngState(const torch::Tensor& state) {
  auto generator = at::detail::getDefaultCPUGenerator();
  std::lock_guard<std::mutex> lock(generator.mutex());
  generator.set_state(state);
}

const std::string& checkpointField(const SafeTensorsFile& state, const std::string& key) {
  const auto& meta = state.metadata();
  const auto it = meta.find(key);
  if (it == meta.end()) throw std::runtime_error("checkpoint state '" + state.source() + "' lacks '" + key + "'");
  return it->second;
}

}  // namespace prodrome::ml
