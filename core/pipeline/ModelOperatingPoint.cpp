#include "core/pipeline/ModelOperatingPoint.h"

#include "ml/SafeTensors.h"
#include "ml/VideoMAEConfig.h"

namespace prodrome::core {

std::optional<ModelOperatingPoint> modelOperatingPointOf(const std::filesystem::path& weights) {
  try {
    const auto header = ml::readSafeTensorsHeader(weights);
    const auto config = header.metadata.find("config");
    const bool stored = config != header.metadata.end();
    const auto arch = stored ? ml::configFromJson(config->second) : ml::VideoMAEConfig{};
    return ModelOperatingPoint{arch.decision_threshold, static_cast<int>(arch.decision_consecutive), stored};
  } catch (const std::exception&) {
    // Unreadable or a bad config: the forecast's own load says what is wrong.
    return std::nullopt;
  }
}

}  // namespace prodrome::core
