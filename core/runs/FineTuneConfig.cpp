#include "core/runs/FineTuneConfig.h"

#include "core/runs/ConfigJson.h"

namespace prodrome::core {

QJsonObject FineTuneConfig::toJson() const { return configToJson(*this); }

FineTuneConfig FineTuneConfig::fromJson(const QJsonObject& json) {
  return configFromJson<FineTuneConfig>(json, "fine-tuning config");
}

}  // namespace prodrome::core
