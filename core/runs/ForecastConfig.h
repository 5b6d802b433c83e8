#pragma once
// What a forecast run is asked to do (core/pipeline/Forecasting.h runs it;
// the review reads it back): the model, the recordings, the window and
// stride, and the alarm options the review starts from. Plain data, stored
// with the run.

#include "core/forecast/AlarmMetrics.h"
#include "core/runs/JsonFieldReader.h"  // UnknownFields

#include <QJsonObject>

#include <cstdint>
#include <string>
#include <vector>

namespace prodrome::core {

struct ForecastConfig {
  std::int64_t model = 0;  // a project classifier model
  std::vector<std::int64_t> recordings;
  // Monitoring periods (issue 14) judged as one curve each (core/forecast/
  // PeriodForecast.h); their files are among `recordings`.
  std::vector<std::int64_t> periods;
  double windowSeconds = 5;  // L
  double strideSeconds = 1;  // s
  int batchSize = 16;
  std::string device = "auto";
  AlarmOptions alarms;  // the review's starting point; the stored curve does not depend on it
  // true: alarms.threshold is replaced by the operating point stored with the
  // model (chosen on validation subjects when it was trained).
  bool modelThreshold = true;
  // true (with modelThreshold): alarms.consecutive too is the model's (the
  // windows in a row its threshold was chosen for).
  bool modelConsecutive = true;
  // true: windowSeconds (resp. alarms.horizonSeconds) is replaced by the
  // window length (horizon) the model was fine-tuned for, when it stores one
  // (ml::VideoMAEConfig::window_seconds, horizon_seconds): its operating
  // point and calibration hold for those. The run stores what was applied.
  bool modelWindow = true;
  bool modelHorizon = true;
  // true: alarms.postIctalSeconds is the one the model's operating point was
  // judged with, its clip set's, when it stores one
  // (ml::VideoMAEConfig::post_ictal_seconds).
  bool modelPostIctal = true;
  // Window-level ROC-AUC and PR-AUC (core/forecast/WindowLabels.h): normal
  // windows keep this far from every seizure; < 0: the gap the model's
  // operating point was judged with for the recording's species (its clip
  // set's, ml::VideoMAEConfig::gap_seconds_human / _rodent) when it stores
  // one, else the species' default inter-ictal gap (ClipSetParams).
  // Pre-ictal windows end within alarms.horizonSeconds of an onset, outside
  // alarms.postIctalSeconds.
  double gapSeconds = -1;

  // Every stored field, once (core/runs/ConfigJson.h); the alarm options are
  // stored flat.
  template <typename Self, typename Visit>
  static void fields(Self& c, Visit& v) {
    v("model", c.model);
    v("recordings", c.recordings);
    v("periods", c.periods);
    v("window_seconds", c.windowSeconds);
    v("stride_seconds", c.strideSeconds);
    v("batch_size", c.batchSize);
    v("device", c.device);
    v("threshold", c.alarms.threshold);
    v("model_threshold", c.modelThreshold);
    v("consecutive", c.alarms.consecutive);
    v("model_consecutive", c.modelConsecutive);
    v("model_window", c.modelWindow);
    v("model_horizon", c.modelHorizon);
    v("model_post_ictal", c.modelPostIctal);
    v("horizon_seconds", c.alarms.horizonSeconds);
    v("refractory_seconds", c.alarms.refractorySeconds);
    v("post_ictal_seconds", c.alarms.postIctalSeconds);
    v("gap_seconds", c.gapSeconds);
  }
  QJsonObject toJson() const;
  // Throws core::Error naming the field. The review reads finished runs with
  // UnknownFields::Ignore: a run another version wrote still opens.
  static ForecastConfig fromJson(const QJsonObject& json, UnknownFields unknown = UnknownFields::Reject);
};

}  // namespace prodrome::core
