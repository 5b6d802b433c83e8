#include "core/runs/FineTuneMetrics.h"

#include "core/runs/JsonText.h"

#include <QJsonArray>

namespace prodrome::core {

namespace {

// A candidate's trials (a share or a weight, under `key`) as one JSON array.
QJsonArray trialsJson(const std::vector<FineTuneMetrics::ShareTrial>& trials, const char* key) {
  QJsonArray out;
  for (const auto& t : trials)
    out.append(QJsonObject{{QLatin1String(key), t.share},
                           {"sensitivity", jsonNumber(t.sensitivity)},
                           {"false_alarms_per_hour", jsonNumber(t.falseAlarmsPerHour)},
                           {"window_roc_auc", jsonNumber(t.windowRocAuc)}});
  return out;
}

std::vector<FineTuneMetrics::ShareTrial> trialsFromJson(const QJsonValue& value, const char* key) {
  std::vector<FineTuneMetrics::ShareTrial> out;
  for (const auto& t : value.toArray()) {
    const auto o = t.toObject();
    FineTuneMetrics::ShareTrial trial;
    trial.share = o.value(QLatin1String(key)).toDouble();
    trial.sensitivity = jsonNumberOr(o.value(QLatin1String("sensitivity")), trial.sensitivity);
    trial.falseAlarmsPerHour = jsonNumberOr(o.value(QLatin1String("false_alarms_per_hour")), trial.falseAlarmsPerHour);
    trial.windowRocAuc = jsonNumberOr(o.value(QLatin1String("window_roc_auc")), trial.windowRocAuc);
    out.push_back(trial);
  }
  return out;
}

}  // namespace

QJsonObject FineTuneMetrics::toJson() const {
  QJsonObject m;
  m["train_clips"] = static_cast<qint64>(trainClips);
  m["validation_clips"] = static_cast<qint64>(validationClips);
  if (!head.empty()) {
    m["head"] = QString::fromStdString(head);
  } else {
    QJsonArray losses, epochs;
    for (double l : trainLoss) losses.append(l);
    for (const auto& v : validation) epochs.append(binaryMetricsJson(v));
    m["train_loss"] = losses;
    m["validation"] = epochs;
    m["best_epoch"] = static_cast<qint64>(bestEpoch);
    m["stopped_early"] = stoppedEarly;
  }
  if (validationPredictions.usable()) m["validation_predictions"] = validationPredictions.toJson();
  if (!thresholdRule.empty()) m["threshold_rule"] = QString::fromStdString(thresholdRule);
  if (thresholdWindows > 0) m["threshold_windows"] = static_cast<qint64>(thresholdWindows);
  if (thresholdRule == "false-alarm-rate") {
    m["validation_event_sensitivity"] = jsonNumber(validationEventSensitivity);
    m["validation_false_alarms_per_hour"] = jsonNumber(validationFalseAlarmsPerHour);
    m["consecutive"] = static_cast<qint64>(consecutive);
    m["threshold_validation_recordings"] = static_cast<qint64>(thresholdValidationRecordings);
    m["threshold_cross_fitted_recordings"] = static_cast<qint64>(thresholdCrossFittedRecordings);
  }
  if (!motionShareTrials.empty()) m["motion_share_trials"] = trialsJson(motionShareTrials, "share");
  if (motionShare) m["motion_share"] = *motionShare;
  if (!jerkWeightTrials.empty()) m["jerk_weight_trials"] = trialsJson(jerkWeightTrials, "weight");
  if (jerkWeight) m["jerk_weight"] = *jerkWeight;
  if (motionBaseline) {
    const auto& b = *motionBaseline;
    QJsonArray weight;
    for (double w : b.weight) weight.append(w);
    m["motion_baseline"] = QJsonObject{{"first_column", static_cast<qint64>(b.firstColumn)},
                                       {"weight", weight},
                                       {"bias", b.bias},
                                       {"threshold", b.threshold},
                                       {"consecutive", static_cast<qint64>(b.consecutive)},
                                       {"sensitivity", jsonNumber(b.sensitivity)},
                                       {"false_alarms_per_hour", jsonNumber(b.falseAlarmsPerHour)},
                                       {"window_roc_auc", jsonNumber(b.windowRocAuc)},
                                       {"jerk_weight", b.jerkWeight},
                                       {"calibration_slope", b.calibration.slope},
                                       {"calibration_offset", b.calibration.offset}};
  }
  if (calibration) {
    m["calibration"] = QJsonObject{{"slope", calibration->map.slope},
                                   {"offset", calibration->map.offset},
                                   {"windows", static_cast<qint64>(calibration->windows)},
                                   {"brier_before", jsonNumber(calibration->brierBefore)},
                                   {"brier_after", jsonNumber(calibration->brierAfter)}};
  }
  if (validationAtThreshold) {
    m["validation_at_threshold"] = binaryMetricsJson(*validationAtThreshold);
    if (!validationAtThresholdOn.empty())
      m["validation_at_threshold_on"] = QString::fromStdString(validationAtThresholdOn);
  }
  if (threshold) m["threshold"] = *threshold;
  if (modelId > 0) m["model_id"] = static_cast<qint64>(modelId);
  return m;
}

FineTuneMetrics FineTuneMetrics::fromJson(const QJsonObject& json) {
  FineTuneMetrics m;
  m.trainClips = json.value(QLatin1String("train_clips")).toInteger();
  m.validationClips = json.value(QLatin1String("validation_clips")).toInteger();
  m.head = json.value(QLatin1String("head")).toString().toStdString();
  for (const auto& l : json.value(QLatin1String("train_loss")).toArray()) m.trainLoss.push_back(l.toDouble());
  for (const auto& v : json.value(QLatin1String("validation")).toArray())
    m.validation.push_back(binaryMetricsFromJson(v.toObject()));
  m.bestEpoch = json.value(QLatin1String("best_epoch")).toInteger(-1);
  m.stoppedEarly = json.value(QLatin1String("stopped_early")).toBool();
  m.validationPredictions = ClipPredictions::fromJson(json.value(QLatin1String("validation_predictions")).toObject());
  m.thresholdRule = json.value(QLatin1String("threshold_rule")).toString().toStdString();
  m.thresholdWindows = json.value(QLatin1String("threshold_windows")).toInteger();
  m.validationEventSensitivity =
      jsonNumberOr(json.value(QLatin1String("validation_event_sensitivity")), m.validationEventSensitivity);
  m.validationFalseAlarmsPerHour =
      jsonNumberOr(json.value(QLatin1String("validation_false_alarms_per_hour")), m.validationFalseAlarmsPerHour);
  if (json.value(QLatin1String("validation_at_threshold")).isObject())
    m.validationAtThreshold = binaryMetricsFromJson(json.value(QLatin1String("validation_at_threshold")).toObject());
  m.consecutive = json.value(QLatin1String("consecutive")).toInteger(1);
  m.thresholdValidationRecordings = json.value(QLatin1String("threshold_validation_recordings")).toInteger();
  m.thresholdCrossFittedRecordings = json.value(QLatin1String("threshold_cross_fitted_recordings")).toInteger();
  m.motionShareTrials = trialsFromJson(json.value(QLatin1String("motion_share_trials")), "share");
  if (json.value(QLatin1String("motion_share")).isDouble())
    m.motionShare = json.value(QLatin1String("motion_share")).toDouble();
  m.jerkWeightTrials = trialsFromJson(json.value(QLatin1String("jerk_weight_trials")), "weight");
  if (json.value(QLatin1String("jerk_weight")).isDouble())
    m.jerkWeight = json.value(QLatin1String("jerk_weight")).toDouble();
  if (json.value(QLatin1String("motion_baseline")).isObject()) {
    const auto o = json.value(QLatin1String("motion_baseline")).toObject();
    MotionBaseline b;
    b.firstColumn = o.value(QLatin1String("first_column")).toInteger();
    for (const auto& w : o.value(QLatin1String("weight")).toArray()) b.weight.push_back(w.toDouble());
    b.bias = o.value(QLatin1String("bias")).toDouble();
    b.threshold = o.value(QLatin1String("threshold")).toDouble(0.5);
    b.consecutive = o.value(QLatin1String("consecutive")).toInteger(1);
    b.sensitivity = jsonNumberOr(o.value(QLatin1String("sensitivity")), b.sensitivity);
    b.falseAlarmsPerHour = jsonNumberOr(o.value(QLatin1String("false_alarms_per_hour")), b.falseAlarmsPerHour);
    b.windowRocAuc = jsonNumberOr(o.value(QLatin1String("window_roc_auc")), b.windowRocAuc);
    b.jerkWeight = o.value(QLatin1String("jerk_weight")).toDouble(0);
    b.calibration.slope = o.value(QLatin1String("calibration_slope")).toDouble(1);
    b.calibration.offset = o.value(QLatin1String("calibration_offset")).toDouble(0);
    m.motionBaseline = b;
  }
  if (json.value(QLatin1String("calibration")).isObject()) {
    const auto o = json.value(QLatin1String("calibration")).toObject();
    Calibration c;
    c.map.slope = o.value(QLatin1String("slope")).toDouble(1);
    c.map.offset = o.value(QLatin1String("offset")).toDouble(0);
    c.windows = o.value(QLatin1String("windows")).toInteger();
    c.brierBefore = jsonNumberOr(o.value(QLatin1String("brier_before")), c.brierBefore);
    c.brierAfter = jsonNumberOr(o.value(QLatin1String("brier_after")), c.brierAfter);
    m.calibration = c;
  }
  m.validationAtThresholdOn = json.value(QLatin1String("validation_at_threshold_on")).toString().toStdString();
  if (json.value(QLatin1String("threshold")).isDouble()) m.threshold = json.value(QLatin1String("threshold")).toDouble();
  m.modelId = json.value(QLatin1String("model_id")).toInteger();
  return m;
}

}  // namespace prodrome::core
