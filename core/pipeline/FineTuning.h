#pragma once
// Stage 2: forecasting fine-tuning (encoder + BCE head on pre-ictal vs
// normal clips), as two recorded jobs:
// - runFineTune trains one forecaster on a split of a clip set and stores it
//   as a project model (what `prodrome finetune` and Train ▸ Forecasting do),
//   with its decision threshold chosen on the validation split;
// - runFewShot evaluates an encoder the paper's way: independent k-shot
//   episodes (k pre-ictal + k normal support clips, a disjoint query set),
//   fitted from the same encoder each time, scored on the query clips.
//
// Their configs (core/runs/FineTuneConfig.h, FewShotConfig.h) choose the
// head. A probe is stored as an ordinary classifier (its affine map is the
// head), so forecasting, export and review treat both alike.

#include "core/pipeline/JobCallbacks.h"
#include "core/runs/FewShotConfig.h"
#include "core/runs/FewShotMetrics.h"
#include "core/runs/FineTuneConfig.h"
#include "core/runs/FineTuneMetrics.h"
#include "ml/Metrics.h"

#include <QJsonObject>

#include <cstdint>
#include <filesystem>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

struct FineTuneOutcome {
  std::int64_t runId = 0;
  std::int64_t modelId = 0;
  std::filesystem::path weights;
  std::vector<double> trainLoss;  // per epoch
  // At the operating point, on what it was chosen on: the validation clips,
  // or the validation recordings' forecast windows (FineTuneMetrics::
  // validationAtThresholdOn); NaN without validation.
  ml::BinaryMetrics validation;
  double threshold = 0.5;         // the operating point stored with the model
  int consecutive = 1;            // and the windows in a row it was chosen for
  // "false-alarm-rate": what it gave where it was chosen (pooled over the
  // validation and cross-fitted recordings); NaN otherwise.
  double selectionSensitivity = std::numeric_limits<double>::quiet_NaN();
  double selectionFalseAlarmsPerHour = std::numeric_limits<double>::quiet_NaN();
  int selectionRecordings = 0;
  // FineTuneConfig::motionShareCandidates: the share kept (NaN when none was
  // chosen) and what each candidate gave.
  double motionShare = std::numeric_limits<double>::quiet_NaN();
  std::vector<FineTuneMetrics::ShareTrial> motionShareTrials;
  // FineTuneConfig::jerkWeightCandidates: the weight kept (NaN when none was
  // chosen) and what each candidate gave.
  double jerkWeight = std::numeric_limits<double>::quiet_NaN();
  std::vector<FineTuneMetrics::ShareTrial> jerkWeightTrials;
  // The motion-statistics forecaster chosen beside it (a probe head reading
  // statistics, "false-alarm-rate"); absent otherwise.
  std::optional<FineTuneMetrics::MotionBaseline> motionBaseline;
  // The map to calibrated probabilities stored with the model (threshold is
  // on its scale); absent when none was fitted.
  std::optional<FineTuneMetrics::Calibration> calibration;
  bool cancelled = false;
};

// With resumeRunId, continues a cancelled or crashed run from its last
// checkpoint (its stored config; `config` is ignored).
FineTuneOutcome runFineTune(database::Database& db, const FineTuneConfig& config, const JobCallbacks& callbacks = {},
                            std::optional<std::int64_t> resumeRunId = {});

// The run's metrics (episodes, summaries, arms) as it stores them, with its id.
struct FewShotOutcome : FewShotMetrics {
  std::int64_t runId = 0;
  bool cancelled = false;
};

FewShotOutcome runFewShot(database::Database& db, const FewShotConfig& config, const JobCallbacks& callbacks = {});

}  // namespace prodrome::core
