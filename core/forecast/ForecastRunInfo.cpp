#include "core/forecast/ForecastRunInfo.h"

#include "core/forecast/WindowFrames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace prodrome::core {

namespace {

// lupdate files RunInfoText::tr() by the enclosing class: a free function's strings need
// a class of their own to reach the catalogue under this context.
struct RunInfoText {
  Q_DECLARE_TR_FUNCTIONS(prodrome::core::ForecastRunInfo)
};

void read(const QJsonObject& o, const char* key, double& value) {
  if (const QJsonValue v = o.value(QLatin1String(key)); v.isDouble()) value = v.toDouble();
}
void read(const QJsonObject& o, const char* key, int& value) {
  if (const QJsonValue v = o.value(QLatin1String(key)); v.isDouble()) value = v.toInt(value);
}

}  // namespace

qint64 ForecastRunInfo::windowFrames(double fps) const {
  return windowFramesAt(windowSeconds, fps);
}

std::optional<ForecastRunInfo> parseForecastRun(const database::Run& run, QString* error) {
  const auto fail = [&](const QString& message) -> std::optional<ForecastRunInfo> {
    if (error) *error = message;
    return std::nullopt;
  };
  if (run.kind != database::RunKind::Forecast)
    return fail(RunInfoText::tr("run %1 is a %2 run, not a forecast run")
                    .arg(run.id)
                    .arg(QString::fromUtf8(database::toString(run.kind).data(),
                                           static_cast<qsizetype>(database::toString(run.kind).size()))));
  QJsonParseError parse{};
  const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(run.config), &parse);
  if (parse.error != QJsonParseError::NoError || !document.isObject())
    return fail(RunInfoText::tr("run %1: its config is not a JSON object (%2)").arg(run.id).arg(parse.errorString()));
  ForecastRunInfo info;
  info.runId = run.id;
  info.status = run.status;
  info.config = document.object();
  info.started = QString::fromStdString(run.started.value_or(std::string()));
  info.ended = QString::fromStdString(run.ended.value_or(std::string()));
  const QJsonObject forecast = info.config.value(QLatin1String("forecast")).toObject();
  if (forecast.isEmpty()) return fail(RunInfoText::tr("run %1: its config has no \"forecast\" section").arg(run.id));
  info.model = forecast.value(QLatin1String("model")).toInteger();
  for (const QJsonValue v : forecast.value(QLatin1String("recordings")).toArray())
    info.recordings.push_back(v.toInteger());
  read(forecast, "window_seconds", info.windowSeconds);
  read(forecast, "stride_seconds", info.strideSeconds);
  info.device = forecast.value(QLatin1String("device")).toString();
  read(forecast, "threshold", info.alarms.threshold);
  read(forecast, "consecutive", info.alarms.consecutive);
  read(forecast, "horizon_seconds", info.alarms.horizonSeconds);
  read(forecast, "refractory_seconds", info.alarms.refractorySeconds);
  read(forecast, "post_ictal_seconds", info.alarms.postIctalSeconds);
  if (!(info.windowSeconds > 0) || !(info.strideSeconds > 0))
    return fail(RunInfoText::tr("run %1: window and stride must be positive seconds").arg(run.id));
  info.alarms.consecutive = std::max(1, info.alarms.consecutive);
  info.metrics = QJsonDocument::fromJson(QByteArray::fromStdString(run.metrics)).object();
  // A forecast that deferred to the model's operating point (the default)
  // applied that threshold, not the config's placeholder: the review opens
  // at the threshold the run's alarms were raised at, which its metrics record.
  const QJsonValue applied = info.metrics.value(QLatin1String("threshold"));
  if (forecast.value(QLatin1String("model_threshold")).toBool(false) && applied.isDouble())
    info.alarms.threshold = applied.toDouble();
  return info;
}

}  // namespace prodrome::core
