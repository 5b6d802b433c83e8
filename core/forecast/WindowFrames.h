#pragma once
// How many frames a length in seconds covers at a recording's frame rate:
// the one rounding that forecasting, fine-tuning's probe scan and the review
// share, so that a window the review draws is the window the model saw.

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace prodrome::core {

// Nearest whole frame, at least one. fps > 0.
inline std::int64_t windowFramesAt(double seconds, double fps) {
  return std::max<std::int64_t>(1, std::llround(seconds * fps));
}

}  // namespace prodrome::core
