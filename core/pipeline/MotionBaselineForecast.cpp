#include "core/pipeline/MotionBaselineForecast.h"

#include "core/Error.h"

#include <string>

namespace prodrome::core {

ml::ProbeOptions motionBaselineOptions(const ml::ProbeOptions& head) {
  ml::ProbeOptions o;
  o.kind = ml::ProbeKind::LogisticRegression;
  o.l2 = head.l2;
  o.maxIterations = head.maxIterations;
  return o;
}

FineTuneMetrics::MotionBaseline motionBaselineOf(const ml::LinearProbe& probe, std::int64_t firstColumn) {
  const auto [weight, bias] = probe.affine();
  const auto w = weight.to(torch::kDouble).contiguous();
  FineTuneMetrics::MotionBaseline b;
  b.firstColumn = firstColumn;
  b.weight.assign(w.data_ptr<double>(), w.data_ptr<double>() + w.numel());
  b.bias = bias;
  return b;
}

std::vector<double> motionBaselineProbabilities(const FineTuneMetrics::MotionBaseline& baseline,
                                                const torch::Tensor& headInputs) {
  const auto columns = static_cast<std::int64_t>(baseline.weight.size());
  if (headInputs.dim() != 2 || baseline.firstColumn < 0 || headInputs.size(1) != baseline.firstColumn + columns)
    throw Error("motion baseline: it reads " + std::to_string(columns) + " statistics from column " +
                std::to_string(baseline.firstColumn) + ", but the head read " +
                (headInputs.dim() == 2 ? std::to_string(headInputs.size(1)) : std::string("no table of")) +
                " columns");
  const auto x = headInputs.narrow(1, baseline.firstColumn, columns).to(torch::kCPU, torch::kDouble);
  const auto w = torch::tensor(baseline.weight, torch::kDouble);
  // In double, as scoreVideo's own sigmoid (its comment says why).
  const auto p = torch::sigmoid(torch::mv(x, w) + baseline.bias).contiguous();
  return {p.data_ptr<double>(), p.data_ptr<double>() + p.numel()};
}

}  // namespace prodrome::core
