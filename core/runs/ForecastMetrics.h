#pragma once
// What a forecast run measured (core/pipeline/Forecasting.h: runForecast
// writes it; the review reads the threshold its alarms were raised at, `prodrome
// runs show` the rest): per recording, the alarms' event-level metrics at the
// run's own alarm options, and over all windows, the window-level ROC and PR
// AUC. One type, one JSON layout, for writer and readers alike. (A review's
// metrics after accepting or rejecting alarms are core::ForecastReview's.)

#include "core/forecast/AlarmMetrics.h"
#include "core/forecast/PairedWindows.h"

#include <QJsonObject>

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace prodrome::core {

struct ForecastMetrics {
  static constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();
  // The alarms' event-level figures, alike for a file and a night.
  struct AlarmFigures {
    std::int64_t windows = 0;
    std::int64_t seizures = 0;
    std::int64_t alarms = 0;
    double sensitivity = kUndefined;  // NaN: no seizure to detect
    double falseAlarmsPerHour = kUndefined;
    double meanWarningSeconds = kUndefined;
    // The counts behind the rates (seizures forecast, false alarms,
    // inter-ictal hours), so that recordings pool and carry intervals; absent
    // in a run stored before they were.
    std::optional<EventTotals> counts;
  };
  struct Recording : AlarmFigures {
    std::int64_t recording = 0;
    double speedXRealTime = kUndefined;
  };
  std::vector<Recording> recordings;
  // A monitoring period's one curve (issue 14): its figures over the night,
  // gaps out of the hours.
  struct Period : AlarmFigures {
    std::int64_t period = 0;
    double observedHours = 0;
    double spanHours = 0;
  };
  std::vector<Period> periods;
  double threshold = 0.5;  // the one applied: the model's operating point or the request's
  int consecutive = 1;      // likewise; 0 when read from a run that did not record it
  std::int64_t windowPositives = 0;
  std::int64_t windowNegatives = 0;
  double windowRocAuc = kUndefined;  // NaN: windows of one label only
  double windowPrAuc = kUndefined;
  // How far the probabilities were from what happened (PooledWindows::
  // brierScore): against the pre-ictal share p of the same windows, a
  // constant forecast of p scores p(1 − p). NaN in a run stored before it was.
  double windowBrier = kUndefined;
  // The motion-statistics forecaster chosen beside the model when it was
  // fine-tuned (FineTuneMetrics::MotionBaseline), on the same windows at its
  // own operating point: pooled over the recordings. Absent when the model
  // has none (or its fine-tuning run is not in the project).
  struct Baseline {
    double threshold = 0.5;
    int consecutive = 1;
    EventTotals totals;
    double windowRocAuc = kUndefined;
    double windowPrAuc = kUndefined;
    // The model's window ROC-AUC minus this one's on the same windows, with
    // its block-bootstrap interval (PairedWindows.h); undefined in a run
    // stored before it was.
    RocAucDifference modelMinusBaseline{};
    double windowBrier = kUndefined;  // as the model's windowBrier
  };
  std::optional<Baseline> motionBaseline;

  // Every recording's counts together (EventTotals::add's pooling); absent
  // without recordings or when one lacks them.
  std::optional<EventTotals> pooled() const;

  QJsonObject toJson() const;
  // Lenient: a run that failed or was cancelled has none of it.
  // `thresholdStored` tells whether it recorded the threshold applied.
  static ForecastMetrics fromJson(const QJsonObject& json, bool* thresholdStored = nullptr);
};

}  // namespace prodrome::core
