#include "core/runs/ClipPredictions.h"

#include "core/runs/JsonText.h"

#include <QJsonArray>

#include <limits>

namespace prodrome::core {

QJsonObject ClipPredictions::toJson() const {
  QJsonArray s, l, c;
  for (double v : scores) s.append(v);
  for (int v : labels) l.append(v);
  for (auto v : clips) c.append(static_cast<qint64>(v));
  QJsonObject o{{"scores", s}, {"labels", l}};
  if (!clips.empty()) o["clips"] = c;
  return o;
}

ClipPredictions ClipPredictions::fromJson(const QJsonObject& json) {
  ClipPredictions p;
  for (const auto& v : json.value(QLatin1String("scores")).toArray()) p.scores.push_back(v.toDouble());
  for (const auto& v : json.value(QLatin1String("labels")).toArray()) p.labels.push_back(v.toInt());
  for (const auto& v : json.value(QLatin1String("clips")).toArray()) p.clips.push_back(v.toInteger());
  return p;
}

QJsonObject binaryMetricsJson(const ml::BinaryMetrics& m) {
  QJsonObject o;
  o["bacc"] = jsonNumber(m.balanced_accuracy);
  o["roc_auc"] = jsonNumber(m.roc_auc);
  o["pr_auc"] = jsonNumber(m.pr_auc);
  o["sensitivity"] = jsonNumber(m.sensitivity);
  o["specificity"] = jsonNumber(m.specificity);
  o["tp"] = static_cast<qint64>(m.tp);
  o["fp"] = static_cast<qint64>(m.fp);
  o["tn"] = static_cast<qint64>(m.tn);
  o["fn"] = static_cast<qint64>(m.fn);
  return o;
}

ml::BinaryMetrics binaryMetricsFromJson(const QJsonObject& json) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  ml::BinaryMetrics m;
  m.balanced_accuracy = jsonNumberOr(json.value(QLatin1String("bacc")), nan);
  m.roc_auc = jsonNumberOr(json.value(QLatin1String("roc_auc")), nan);
  m.pr_auc = jsonNumberOr(json.value(QLatin1String("pr_auc")), nan);
  m.sensitivity = jsonNumberOr(json.value(QLatin1String("sensitivity")), nan);
  m.specificity = jsonNumberOr(json.value(QLatin1String("specificity")), nan);
  m.tp = json.value(QLatin1String("tp")).toInteger();
  m.fp = json.value(QLatin1String("fp")).toInteger();
  m.tn = json.value(QLatin1String("tn")).toInteger();
  m.fn = json.value(QLatin1String("fn")).toInteger();
  return m;
}

}  // namespace prodrome::core
