#pragma once
// A forecaster's operating point, chosen after its head is trained
// (design.md §6, issue 12): Youden's J on the validation clips or windows,
// or, for a false-alarm rate, the threshold and windows in a row that
// forecast the most seizures within the budget on the validation
// recordings' forecast curves, joined by the training subjects' cross-fitted
// curves and, with candidates, with the motion statistics' share of a probe
// head chosen on the same curves. runFineTune (FineTuning.h) calls it.

#include "core/pipeline/EncodedWindows.h"
#include "core/pipeline/JobCallbacks.h"
#include "core/runs/FineTuneConfig.h"
#include "core/runs/FineTuneMetrics.h"
#include "ml/LinearProbe.h"
#include "ml/VideoMAE.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace prodrome::database {
class Database;
}
namespace prodrome::ml {
struct DeviceChoice;
}

namespace prodrome::core {

class ClipCache;
class RunRecord;

// Probabilities of the validation clips and the recordings they come from,
// for the operating point.
struct ValidationScores {
  std::vector<double> scores;
  std::vector<int> labels;
  std::vector<std::int64_t> clipIds;
};

// A probe head's training data: the training clips' head inputs and labels,
// how the probe is fitted, and the validation clips' inputs (what the run
// view's validation scores come from). `encoded` keeps the encoder's
// features of both clip sets, so that forecast curves of their recordings
// need not encode those windows again.
struct ProbeData {
  torch::Tensor x, y, xVal;
  std::vector<std::int64_t> trainIdx;
  ml::ProbeOptions options;
  std::optional<EncodedWindows> encoded;
};

// Fits the probe on every training clip and makes it the model's head.
ml::LinearProbe fitHead(ml::VideoMAEClassifier& model, const ProbeData& data, const ml::ProbeOptions& options);

// The validation clips' scores by a fitted probe, for the run view (none
// without validation inputs).
std::vector<double> clipScores(const ml::LinearProbe& probe, const torch::Tensor& x);

// The decision threshold; `consecutive` receives the windows in a row and
// `metrics` what the choice was made on and gave there. With a probe head
// (`probe`) and share candidates, the model's head, `probe->options` and
// `val.scores` become the kept share's. Logs to `run`; throws Cancelled.
double chooseOperatingPoint(database::Database& db, const FineTuneConfig& config, ml::VideoMAEClassifier& model,
                            const ClipCache& cache, const std::vector<std::int64_t>& valIdx, ValidationScores& val,
                            const ml::DeviceChoice& device, const JobCallbacks& callbacks, RunRecord& run,
                            FineTuneMetrics& metrics, ProbeData* probe, int& consecutive);

}  // namespace prodrome::core
