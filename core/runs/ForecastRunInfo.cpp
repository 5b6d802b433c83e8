#include "core/runs/ForecastRunInfo.h"

#include "core/Error.h"
#include "core/forecast/WindowFrames.h"
#include "core/runs/ForecastConfig.h"

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
  ForecastConfig stored;
  try {
    stored = ForecastConfig::fromJson(forecast, UnknownFields::Ignore);
  } catch (const Error& e) {
    return fail(RunInfoText::tr("run %1: %2").arg(run.id).arg(QString::fromUtf8(e.what())));
  }
  info.model = stored.model;
  info.recordings.assign(stored.recordings.begin(), stored.recordings.end());
  info.windowSeconds = stored.windowSeconds;
  info.strideSeconds = stored.strideSeconds;
  info.device = QString::fromStdString(stored.device);
  info.alarms = stored.alarms;
  if (!(info.windowSeconds > 0) || !(info.strideSeconds > 0))
    return fail(RunInfoText::tr("run %1: window and stride must be positive seconds").arg(run.id));
  info.alarms.consecutive = std::max(1, info.alarms.consecutive);
  bool thresholdStored = false;
  info.metrics = ForecastMetrics::fromJson(QJsonDocument::fromJson(QByteArray::fromStdString(run.metrics)).object(),
                                           &thresholdStored);
  // A forecast that deferred to the model's operating point (the default)
  // applied that threshold, not the config's placeholder: the review opens
  // at the threshold the run's alarms were raised at, which its metrics record.
  // Configs without the key were written before forecasts could defer, and
  // did not (ForecastConfig's default is for new requests, not old records).
  const bool deferred = stored.modelThreshold && forecast.contains(QLatin1String("model_threshold"));
  if (deferred && thresholdStored) info.alarms.threshold = info.metrics.threshold;
  // Likewise the windows in a row, recorded since models carry them.
  if (deferred && info.metrics.consecutive >= 1) info.alarms.consecutive = info.metrics.consecutive;
  return info;
}

}  // namespace prodrome::core
