#include "core/runs/PretrainMetrics.h"

#include <QJsonArray>

#include <limits>

namespace prodrome::core {

double PretrainMetrics::finalLoss() const {
  return losses.empty() ? std::numeric_limits<double>::quiet_NaN() : losses.back();
}

QJsonObject PretrainMetrics::toJson() const {
  QJsonObject m;
  QJsonArray lossArray;
  for (double l : losses) lossArray.append(l);
  m["losses"] = lossArray;
  m["steps_done"] = static_cast<qint64>(stepsDone);
  m["clips"] = static_cast<qint64>(clips);
  m["device"] = QString::fromStdString(device);
  QJsonObject r;
  r["deterministic"] = reproducibility.deterministic;
  r["reason"] = QString::fromStdString(reproducibility.reason);
  r["device"] = QString::fromStdString(reproducibility.device);
  r["precision"] = QString::fromStdString(reproducibility.precision);
  r["cpu"] = QString::fromStdString(reproducibility.cpu);
  r["intra_op_threads"] = reproducibility.intraOpThreads;
  r["blas_threads"] = reproducibility.blasThreads;
  m["reproducibility"] = r;
  // Written for readers of the stored JSON (SQL, the report); read back
  // from the losses themselves.
  if (!losses.empty()) m["final_loss"] = losses.back();
  m["seconds"] = seconds;
  if (!snapshots.empty()) {
    QJsonArray s;
    for (const auto& snapshot : snapshots)
      s.append(QJsonObject{{"step", static_cast<qint64>(snapshot.step)},
                           {"weights", QString::fromStdString(snapshot.weights)}});
    m["snapshots"] = s;
  }
  if (modelId > 0) m["model_id"] = static_cast<qint64>(modelId);
  return m;
}

PretrainMetrics PretrainMetrics::fromJson(const QJsonObject& json) {
  PretrainMetrics m;
  for (const auto& l : json.value(QLatin1String("losses")).toArray()) m.losses.push_back(l.toDouble());
  m.stepsDone = json.value(QLatin1String("steps_done")).toInteger();
  m.clips = json.value(QLatin1String("clips")).toInteger();
  m.device = json.value(QLatin1String("device")).toString().toStdString();
  const QJsonObject r = json.value(QLatin1String("reproducibility")).toObject();
  m.reproducibility.deterministic = r.value(QLatin1String("deterministic")).toBool();
  m.reproducibility.reason = r.value(QLatin1String("reason")).toString().toStdString();
  m.reproducibility.device = r.value(QLatin1String("device")).toString().toStdString();
  m.reproducibility.precision = r.value(QLatin1String("precision")).toString().toStdString();
  m.reproducibility.cpu = r.value(QLatin1String("cpu")).toString().toStdString();
  m.reproducibility.intraOpThreads = r.value(QLatin1String("intra_op_threads")).toInt();
  m.reproducibility.blasThreads = r.value(QLatin1String("blas_threads")).toInt();
  m.seconds = json.value(QLatin1String("seconds")).toDouble();
  for (const auto& s : json.value(QLatin1String("snapshots")).toArray())
    m.snapshots.push_back({s.toObject().value(QLatin1String("step")).toInteger(),
                           s.toObject().value(QLatin1String("weights")).toString().toStdString()});
  m.modelId = json.value(QLatin1String("model_id")).toInteger();
  return m;
}

}  // namespace prodrome::core
