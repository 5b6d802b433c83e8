#pragma once
// Recording-level forecasting (design.md §6): slide a window of L seconds
// with stride s over a whole recording, score each window with a fine-tuned
// classifier, store a probability per window end, and turn the curve into
// alarms and event-level metrics against the annotated seizures.
//
// The video is decoded once, front to back: each frame that some window
// samples is converted to the model's S×S input once and kept only until
// the last window that needs it has been scored.

#include "core/forecast/AlarmMetrics.h"
#include "core/forecast/FrameGrid.h"
#include "core/forecast/PeriodForecast.h"
#include "core/forecast/RecordingSeizures.h"  // seizuresOf, for the forecast's callers
#include "core/pipeline/EncodedWindows.h"
#include "core/pipeline/JobCallbacks.h"
#include "core/runs/ForecastConfig.h"
#include "core/runs/ForecastMetrics.h"
#include "ml/VideoMAE.h"

#include <QJsonObject>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

struct WindowScan {
  std::int64_t windowFrames = 0;
  std::int64_t strideFrames = 0;
  int frames = 16;  // T
  int size = 112;   // S
  int sampleStride = 0;  // ClipReader::sampleIndices: 0 uniform over the window
  int batchSize = 16;
  // The recording frames the model reads: every frame, or the model's rate's
  // grid on a faster recording (core/forecast/FrameGrid.h). Window and
  // stride frames are the recording's either way; samples, statistics and
  // brief jerks count grid frames.
  FrameGrid grid;
};

// Probabilities for every window end of one video file. Progress stage
// "forecast"; throws Cancelled, VideoError. For a recording_norm model,
// `headInputs` (when given) receives what its head read: [windows,
// headInputDim], standardised over the recording, on the CPU (no rows for a
// video shorter than one window). For a
// motion_stats model, `jerks` (when given) receives each window's brief
// jerks (core/pipeline/BriefJerks.h), and a model with a jerk_weight
// combines them with its head's probability (withJerks). Last, a model's
// calibration (calibration_slope and _offset, ProbabilityCalibration.h) maps
// each to the chance of an onset within the horizon, the scale its
// decision_threshold is on. A recording_norm model's windows found in
// `known` (features this model's encoder gave for the same frames, sampled as
// `scan` samples them, on the same grid: EncodedWindows.h) are not encoded
// again.
std::vector<ForecastPoint> scoreVideo(ml::VideoMAEClassifier& model, const std::filesystem::path& video,
                                      const WindowScan& scan, const torch::Device& device,
                                      const JobCallbacks& callbacks = {}, torch::Tensor* headInputs = nullptr,
                                      std::vector<int>* jerks = nullptr,
                                      const EncodedWindows::OfRecording* known = nullptr);

// A recording_norm model's head's probabilities from what it read
// (scoreVideo's `headInputs`): the numbers scoreVideo gives, before a
// jerk_weight combines them with the windows' jerks.
torch::Tensor headProbabilities(ml::VideoMAEClassifier& model, const torch::Tensor& headInputs,
                                const torch::Device& device);

struct RecordingForecast {
  std::int64_t recordingId = 0;
  std::vector<ForecastPoint> points;
  EventMetrics events;
  double videoSeconds = 0;
  double wallSeconds = 0;
  std::vector<int> windowLabels;  // per point: 1 pre-ictal, 0 normal, −1 neither
  std::vector<double> motionBaseline;  // per point, the motion baseline's probability; empty without one
  std::optional<EventMetrics> motionBaselineEvents;  // its alarms at its own operating point, with one
};

struct PeriodForecastOutcome {
  std::int64_t periodId = 0;
  PeriodEvaluation evaluation;
};

struct ForecastOutcome {
  std::int64_t runId = 0;
  AlarmOptions alarms;       // as applied (the model's threshold and horizon unless the config gave them)
  double windowSeconds = 0;  // as applied (the model's unless the config gave one)
  std::vector<RecordingForecast> recordings;
  std::vector<PeriodForecastOutcome> periods;  // one curve per ForecastConfig::periods
  // Over the windows of every recording together (NaN without both labels).
  std::int64_t windowPositives = 0, windowNegatives = 0;
  double windowRocAuc = 0, windowPrAuc = 0;
  double windowBrier = 0;                                   // PooledWindows::brierScore
  std::optional<ForecastMetrics::Baseline> motionBaseline;  // over config.recordings; none for the periods' curves
  // What a reader of the figures should know (also in the run's log): a
  // recording shorter than one window, one at another frame rate than the
  // model was fine-tuned on.
  std::vector<std::string> notes;
  bool cancelled = false;
};

// A "forecast" run: predictions stored per recording (each recording's rows
// in one transaction), event metrics in the run's metrics. When the model's
// fine-tuning chose a motion-statistics forecaster beside it, that one is
// judged on the same windows too (ForecastMetrics::motionBaseline), from what
// the head read of them: no second decoding, no second encoder pass.
ForecastOutcome runForecast(database::Database& db, const ForecastConfig& config, const JobCallbacks& callbacks = {});

}  // namespace prodrome::core
