#pragma once
// Recording-level forecasting (design.md §6): slide a window of L seconds
// with stride s over a whole recording, score each window with a fine-tuned
// classifier, store a probability per window end, and turn the curve into
// alarms and event-level metrics against the annotated seizures.
//
// Scoring one video file's windows is VideoScoring.h; this header, free of
// LibTorch, is what a caller (CLI, GUI, demo) needs to run a forecast.

#include "core/forecast/AlarmMetrics.h"
#include "core/forecast/PeriodForecast.h"
#include "core/forecast/RecordingSeizures.h"  // seizuresOf, for the forecast's callers
#include "core/pipeline/JobCallbacks.h"
#include "core/runs/ForecastConfig.h"
#include "core/runs/ForecastMetrics.h"

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
