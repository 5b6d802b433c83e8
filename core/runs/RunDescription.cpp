#include "core/runs/RunDescription.h"

#include "core/runs/ConfigJson.h"
#include "core/runs/FewShotConfig.h"
#include "core/runs/FineTuneConfig.h"
#include "core/runs/ForecastConfig.h"
#include "core/runs/PretrainConfig.h"
#include "database/ClipSetStore.h"
#include "database/ModelStore.h"

#include <QDateTime>
#include <QJsonDocument>

namespace prodrome::core {

namespace {

QString clipSetName(database::Database& db, std::int64_t id) {
  if (const auto set = database::ClipSetStore(db).find(id)) return QString::fromStdString(set->name);
  return QStringLiteral("#%1").arg(id);
}

QString modelName(database::Database& db, std::int64_t id) {
  if (const auto model = database::ModelStore(db).find(id)) return QString::fromStdString(model->name);
  return QStringLiteral("#%1").arg(id);
}

template <typename Config>
Config read(const QJsonObject& config, const char* key, const char* what) {
  return configFromJson<Config>(config.value(QLatin1String(key)).toObject(), what, UnknownFields::Ignore);
}

}  // namespace

namespace {

QJsonObject configOf(const database::Run& run) {
  return QJsonDocument::fromJson(QByteArray::fromStdString(run.config)).object();
}

}  // namespace

RunDescription::Kind runKindOf(const database::Run& run) {
  switch (run.kind) {
    case database::RunKind::Pretrain:
      return RunDescription::Kind::Pretraining;
    case database::RunKind::Finetune:
      return configOf(run).contains(QLatin1String("fewshot")) ? RunDescription::Kind::FewShot
                                                              : RunDescription::Kind::FineTuning;
    case database::RunKind::Forecast:
      break;
  }
  return RunDescription::Kind::Forecast;
}

RunDescription describeRun(const database::Run& run, database::Database& db) {
  RunDescription d;
  d.kind = runKindOf(run);
  const QJsonObject config = configOf(run);
  if (run.started) {
    const QDateTime started = QDateTime::fromString(QString::fromStdString(*run.started), Qt::ISODateWithMs);
    if (started.isValid()) d.started = started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
  }
  try {
    switch (d.kind) {
      case RunDescription::Kind::Pretraining: {
        const auto c = read<PretrainConfig>(config, "pretrain", "pre-training config");
        d.model = QString::fromStdString(c.modelName);
        for (auto id : c.clipSets) d.clipSets << clipSetName(db, id);
        break;
      }
      case RunDescription::Kind::FewShot: {
        const auto c = read<FewShotConfig>(config, "fewshot", "few-shot config");
        d.model = !c.label.empty()                    ? QString::fromStdString(c.label)
                  : c.settings.baseModel > 0          ? modelName(db, c.settings.baseModel)
                  : !c.settings.baseWeights.empty()   ? QString::fromStdString(c.settings.baseWeights)
                                                      : QStringLiteral("no stage 1");
        d.clipSets << clipSetName(db, c.clipSet);
        break;
      }
      case RunDescription::Kind::FineTuning: {
        const auto c = read<FineTuneConfig>(config, "finetune", "fine-tuning config");
        d.model = QString::fromStdString(c.modelName);
        d.clipSets << clipSetName(db, c.clipSet);
        break;
      }
      case RunDescription::Kind::Forecast: {
        const auto c = read<ForecastConfig>(config, "forecast", "forecast config");
        d.model = modelName(db, c.model);
        d.recordings = static_cast<int>(c.recordings.size());
        break;
      }
    }
  } catch (const std::exception& e) {
    d.problem = QString::fromUtf8(e.what());
  }
  return d;
}

const char* runKindName(RunDescription::Kind kind) {
  switch (kind) {
    case RunDescription::Kind::Pretraining:
      return "pre-training";
    case RunDescription::Kind::FineTuning:
      return "fine-tuning";
    case RunDescription::Kind::FewShot:
      return "k-shot evaluation";
    case RunDescription::Kind::Forecast:
      return "forecast";
  }
  return "";
}

QString runTitle(const RunDescription& d) {
  QStringList parts{QString::fromUtf8(runKindName(d.kind))};
  if (!d.model.isEmpty()) parts << d.model;
  if (d.clipSets.size() == 1) parts << QStringLiteral("clip set %1").arg(d.clipSets.front());
  if (d.clipSets.size() > 1) parts << QStringLiteral("clip sets %1").arg(d.clipSets.join(QStringLiteral(", ")));
  if (d.kind == RunDescription::Kind::Forecast)
    parts << (d.recordings == 1 ? QStringLiteral("1 recording") : QStringLiteral("%1 recordings").arg(d.recordings));
  if (!d.started.isEmpty()) parts << d.started;
  return parts.join(QStringLiteral(" · "));
}

}  // namespace prodrome::core
