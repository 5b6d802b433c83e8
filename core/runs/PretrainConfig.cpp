#include "core/runs/PretrainConfig.h"

#include "core/runs/ConfigJson.h"

namespace prodrome::core {

QJsonObject PretrainConfig::toJson() const { return configToJson(*this); }

PretrainConfig PretrainConfig::fromJson(const QJsonObject& json) {
  return configFromJson<PretrainConfig>(json, "pre-training config");
}

}  // namespace prodrome::core
