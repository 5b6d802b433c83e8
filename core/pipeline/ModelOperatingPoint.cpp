#include "core/pipeline/ModelOperatingPoint.h"

#include "ml/SafeTensors.h"
#include "ml/VideoMAEConfig.h"
#include "ml/VideoMAEWeights.h"

namespace prodrome::core {

namespace {

std::optional<ModelOperatingPoint> operatingPointIn(const ml::SafeTensorsHeader& header,
                                                    const std::filesystem::path& weights) {
  try {
    const auto config = ml::configFromMetadata(header.metadata, weights.string());
    const bool stored = config.has_value();
    const auto arch = config.value_or(ml::VideoMAEConfig{});
    return ModelOperatingPoint{arch.decision_threshold,
                               static_cast<int>(arch.decision_consecutive),
                               stored,
                               !calibrationOf(arch).isIdentity(),
                               arch.window_seconds,
                               arch.horizon_seconds,
                               arch.post_ictal_seconds,
                               arch.frame_rate};
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
    return {modelKindOfTensors(header.names), operatingPointIn(header, weights)};
  } catch (const std::exception&) {
    // Unreadable: the forecast's own load says what is wrong.
    return {};
  }
}

ForecastConfig withTrainedFor(ForecastConfig config, const ModelOperatingPoint& point) {
  if (config.modelWindow && point.windowSeconds > 0) config.windowSeconds = point.windowSeconds;
  if (config.modelHorizon && point.horizonSeconds > 0) config.alarms.horizonSeconds = point.horizonSeconds;
  if (config.modelPostIctal && point.postIctalSeconds >= 0) config.alarms.postIctalSeconds = point.postIctalSeconds;
  return config;
}

}  // namespace prodrome::core
