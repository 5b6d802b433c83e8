#include "core/pipeline/ModelOperatingPoint.h"

#include "ml/SafeTensors.h"
#include "ml/VideoMAEConfig.h"

namespace prodrome::core {

namespace {

std::optional<ModelOperatingPoint> operatingPointIn(const ml::SafeTensorsHeader& header) {
  try {
    const auto config = header.metadata.find("config");
    const bool stored = config != header.metadata.end();
    const auto arch = stored ? ml::configFromJson(config->second) : ml::VideoMAEConfig{};
    return ModelOperatingPoint{arch.decision_threshold,
                               static_cast<int>(arch.decision_consecutive),
                               stored,
                               !calibrationOf(arch).isIdentity(),
                               arch.window_seconds,
                               arch.horizon_seconds};
  } catch (const std::exception&) {
    // A bad config: the forecast's own load says what is wrong.
    return std::nullopt;
  }
}

}  // namespace

ProbabilityCalibration calibrationOf(const ml::VideoMAEConfig& config) {
  return {config.calibration_slope, config.calibration_offset};
}

ForecasterHeader readForecasterHeader(const std::filesystem::path& weights) {
  try {
    const auto header = ml::readSafeTensorsHeader(weights);
    return {modelKindOfTensors(header.names), operatingPointIn(header)};
  } catch (const std::exception&) {
    // Unreadable: the forecast's own load says what is wrong.
    return {};
  }
}

ForecastConfig withModelWindow(ForecastConfig config, const ModelOperatingPoint& point) {
  if (config.modelWindow && point.windowSeconds > 0) config.windowSeconds = point.windowSeconds;
  if (config.modelHorizon && point.horizonSeconds > 0) config.alarms.horizonSeconds = point.horizonSeconds;
  return config;
}

}  // namespace prodrome::core
