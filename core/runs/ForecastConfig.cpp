#include "core/runs/ForecastConfig.h"

#include "core/runs/ConfigJson.h"

namespace prodrome::core {

QJsonObject ForecastConfig::toJson() const { return configToJson(*this); }

ForecastConfig ForecastConfig::fromJson(const QJsonObject& json, UnknownFields unknown) {
  return configFromJson<ForecastConfig>(json, "forecast config", unknown);
}

}  // namespace prodrome::core
