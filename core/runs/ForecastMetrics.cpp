#include "core/runs/ForecastMetrics.h"

#include "core/runs/JsonText.h"

#include <QJsonArray>

namespace prodrome::core {

namespace {

// One layout for a file's figures and a night's.
void writeFigures(QJsonObject& o, const ForecastMetrics::AlarmFigures& f) {
  o["windows"] = static_cast<qint64>(f.windows);
  o["seizures"] = static_cast<qint64>(f.seizures);
  o["alarms"] = static_cast<qint64>(f.alarms);
  o["sensitivity"] = jsonNumber(f.sensitivity);
  o["false_alarms_per_hour"] = jsonNumber(f.falseAlarmsPerHour);
  o["mean_warning_seconds"] = jsonNumber(f.meanWarningSeconds);
  if (f.counts) {
    o["seizures_forecast"] = f.counts->forecast;
    o["false_alarms"] = f.counts->falseAlarms;
    o["interictal_hours"] = f.counts->interictalHours;
  }
}

void readFigures(const QJsonObject& o, ForecastMetrics::AlarmFigures& f) {
  f.windows = o.value(QLatin1String("windows")).toInteger();
  f.seizures = o.value(QLatin1String("seizures")).toInteger();
  f.alarms = o.value(QLatin1String("alarms")).toInteger();
  f.sensitivity = jsonNumberOr(o.value(QLatin1String("sensitivity")), ForecastMetrics::kUndefined);
  f.falseAlarmsPerHour = jsonNumberOr(o.value(QLatin1String("false_alarms_per_hour")), ForecastMetrics::kUndefined);
  f.meanWarningSeconds = jsonNumberOr(o.value(QLatin1String("mean_warning_seconds")), ForecastMetrics::kUndefined);
  if (o.value(QLatin1String("false_alarms")).isDouble() && o.value(QLatin1String("interictal_hours")).isDouble()) {
    EventTotals c;
    c.seizures = static_cast<int>(f.seizures);
    c.forecast = o.value(QLatin1String("seizures_forecast")).toInt();
    c.falseAlarms = o.value(QLatin1String("false_alarms")).toInt();
    c.interictalHours = o.value(QLatin1String("interictal_hours")).toDouble();
    f.counts = c;
  }
}

}  // namespace

std::optional<EventTotals> ForecastMetrics::pooled() const {
  if (recordings.empty()) return std::nullopt;
  EventTotals all;
  for (const auto& r : recordings) {
    if (!r.counts) return std::nullopt;
    all.add(*r.counts);
  }
  return all;
}

QJsonObject ForecastMetrics::toJson() const {
  QJsonArray perRecording;
  for (const auto& r : recordings) {
    QJsonObject o;
    o["recording"] = static_cast<qint64>(r.recording);
    writeFigures(o, r);
    o["speed_x_real_time"] = jsonNumber(r.speedXRealTime);
    perRecording.append(o);
  }
  QJsonArray perPeriod;
  for (const auto& r : periods) {
    QJsonObject o;
    o["period"] = static_cast<qint64>(r.period);
    writeFigures(o, r);
    o["observed_hours"] = r.observedHours;
    o["span_hours"] = r.spanHours;
    perPeriod.append(o);
  }
  QJsonObject m;
  m["recordings"] = perRecording;
  if (!periods.empty()) m["periods"] = perPeriod;
  m["threshold"] = threshold;
  m["consecutive"] = consecutive;
  m["window_positives"] = static_cast<qint64>(windowPositives);
  m["window_negatives"] = static_cast<qint64>(windowNegatives);
  m["window_roc_auc"] = jsonNumber(windowRocAuc);
  m["window_pr_auc"] = jsonNumber(windowPrAuc);
  m["window_brier"] = jsonNumber(windowBrier);
  if (motionBaseline) {
    const auto& b = *motionBaseline;
    const auto& d = b.modelMinusBaseline;
    m["motion_baseline"] =
        QJsonObject{{"threshold", b.threshold},
                    {"consecutive", b.consecutive},
                    {"seizures", b.totals.seizures},
                    {"seizures_forecast", b.totals.forecast},
                    {"false_alarms", b.totals.falseAlarms},
                    {"interictal_hours", b.totals.interictalHours},
                    {"window_roc_auc", jsonNumber(b.windowRocAuc)},
                    {"window_pr_auc", jsonNumber(b.windowPrAuc)},
                    {"window_brier", jsonNumber(b.windowBrier)},
                    {"window_roc_auc_difference", QJsonObject{{"model_minus_baseline", jsonNumber(d.difference)},
                                                              {"ci_low", jsonNumber(d.low)},
                                                              {"ci_high", jsonNumber(d.high)},
                                                              {"blocks", d.blocks},
                                                              {"resamples", d.resamples},
                                                              {"block_seconds", kBlockSeconds}}}};
  }
  return m;
}

ForecastMetrics ForecastMetrics::fromJson(const QJsonObject& json, bool* thresholdStored) {
  ForecastMetrics m;
  for (const auto& value : json.value(QLatin1String("recordings")).toArray()) {
    const QJsonObject o = value.toObject();
    Recording r;
    r.recording = o.value(QLatin1String("recording")).toInteger();
    readFigures(o, r);
    r.speedXRealTime = jsonNumberOr(o.value(QLatin1String("speed_x_real_time")), kUndefined);
    m.recordings.push_back(r);
  }
  for (const auto& value : json.value(QLatin1String("periods")).toArray()) {
    const QJsonObject o = value.toObject();
    Period r;
    r.period = o.value(QLatin1String("period")).toInteger();
    readFigures(o, r);
    r.observedHours = o.value(QLatin1String("observed_hours")).toDouble();
    r.spanHours = o.value(QLatin1String("span_hours")).toDouble();
    m.periods.push_back(r);
  }
  const QJsonValue threshold = json.value(QLatin1String("threshold"));
  if (thresholdStored) *thresholdStored = threshold.isDouble();
  m.threshold = jsonNumberOr(threshold, m.threshold);
  m.consecutive = static_cast<int>(jsonNumberOr(json.value(QLatin1String("consecutive")), 0));
  m.windowPositives = json.value(QLatin1String("window_positives")).toInteger();
  m.windowNegatives = json.value(QLatin1String("window_negatives")).toInteger();
  m.windowRocAuc = jsonNumberOr(json.value(QLatin1String("window_roc_auc")), kUndefined);
  m.windowPrAuc = jsonNumberOr(json.value(QLatin1String("window_pr_auc")), kUndefined);
  m.windowBrier = jsonNumberOr(json.value(QLatin1String("window_brier")), kUndefined);
  if (json.value(QLatin1String("motion_baseline")).isObject()) {
    const auto o = json.value(QLatin1String("motion_baseline")).toObject();
    Baseline b;
    b.threshold = o.value(QLatin1String("threshold")).toDouble(0.5);
    b.consecutive = o.value(QLatin1String("consecutive")).toInt(1);
    b.totals.seizures = o.value(QLatin1String("seizures")).toInt();
    b.totals.forecast = o.value(QLatin1String("seizures_forecast")).toInt();
    b.totals.falseAlarms = o.value(QLatin1String("false_alarms")).toInt();
    b.totals.interictalHours = o.value(QLatin1String("interictal_hours")).toDouble();
    b.windowRocAuc = jsonNumberOr(o.value(QLatin1String("window_roc_auc")), kUndefined);
    b.windowPrAuc = jsonNumberOr(o.value(QLatin1String("window_pr_auc")), kUndefined);
    b.windowBrier = jsonNumberOr(o.value(QLatin1String("window_brier")), kUndefined);
    const auto d = o.value(QLatin1String("window_roc_auc_difference")).toObject();
    b.modelMinusBaseline.difference = jsonNumberOr(d.value(QLatin1String("model_minus_baseline")), kUndefined);
    b.modelMinusBaseline.low = jsonNumberOr(d.value(QLatin1String("ci_low")), kUndefined);
    b.modelMinusBaseline.high = jsonNumberOr(d.value(QLatin1String("ci_high")), kUndefined);
    b.modelMinusBaseline.blocks = d.value(QLatin1String("blocks")).toInt();
    b.modelMinusBaseline.resamples = d.value(QLatin1String("resamples")).toInt();
    m.motionBaseline = b;
  }
  return m;
}

}  // namespace prodrome::core
