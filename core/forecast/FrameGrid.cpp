#include "core/forecast/FrameGrid.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace prodrome::core {

FrameRateMatch frameRateMatch(double recordingFps, double modelFps) {
  if (!(modelFps > 0) || !(recordingFps > 0)) return FrameRateMatch::Same;
  const double ratio = recordingFps / modelFps;
  if (ratio > 1 + kFrameRateTolerance) return FrameRateMatch::Faster;
  if (ratio < 1 - kFrameRateTolerance) return FrameRateMatch::Slower;
  return FrameRateMatch::Same;
}

FrameGrid::FrameGrid(double step) : step_(step) {
  if (!(step >= 1) || !std::isfinite(step))
    throw std::invalid_argument("a frame grid's step is at least one recording frame, not " + std::to_string(step));
}

FrameGrid FrameGrid::forRates(double recordingFps, double modelFps) {
  return frameRateMatch(recordingFps, modelFps) == FrameRateMatch::Faster ? FrameGrid(recordingFps / modelFps)
                                                                          : FrameGrid();
}

std::int64_t FrameGrid::frameOf(std::int64_t g) const {
  return everyFrame() ? g : std::llround(static_cast<double>(g) * step_);
}

std::int64_t FrameGrid::firstAtOrAfter(std::int64_t frame) const {
  if (everyFrame()) return std::max<std::int64_t>(0, frame);
  // A guess from below, then forward: frameOf is strictly increasing (step ≥ 1).
  auto g = std::max<std::int64_t>(0, static_cast<std::int64_t>(std::floor((static_cast<double>(frame) - 0.5) / step_)) - 1);
  while (frameOf(g) < frame) ++g;
  return g;
}

}  // namespace prodrome::core
