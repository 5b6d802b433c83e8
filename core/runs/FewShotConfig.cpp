#include "core/runs/FewShotConfig.h"

#include "core/runs/ConfigJson.h"

namespace prodrome::core {

QJsonObject FewShotConfig::toJson() const { return configToJson(*this); }

FewShotConfig FewShotConfig::fromJson(const QJsonObject& json) {
  return configFromJson<FewShotConfig>(json, "few-shot config");
}

}  // namespace prodrome::core
