#include "core/runs/ModelFineTuneRun.h"

#include "database/RunStore.h"

#include <QByteArray>
#include <QJsonDocument>

namespace prodrome::core {

std::optional<FineTuneMetrics> fineTuneMetricsOfModel(database::Database& db, std::int64_t modelId) {
  const auto runs = database::RunStore(db).list();
  for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
    if (it->kind != database::RunKind::Finetune || it->status != database::RunStatus::Succeeded) continue;
    const auto json = QJsonDocument::fromJson(QByteArray::fromStdString(it->metrics)).object();
    if (json.value(QLatin1String("model_id")).toInteger() == modelId) return FineTuneMetrics::fromJson(json);
  }
  return std::nullopt;
}

}  // namespace prodrome::core
