#include "core/clips/FrameRate.h"

#include "core/Error.h"

#include <cmath>
#include <numeric>
#include <string>

namespace prodrome::core {

FrameRate FrameRate::fromDouble(double fps) {
  if (!std::isfinite(fps) || fps <= 0 || fps > 1e6)
    throw Error("cannot use frame rate " + std::to_string(fps) + ": it must be positive and finite");
  const double whole = std::round(fps);
  if (std::abs(fps - whole) < 1e-6 * fps) return FrameRate{static_cast<std::int64_t>(whole), 1};
  const double ntsc = fps * 1.001;
  if (std::abs(ntsc - std::round(ntsc)) < 5e-6 * ntsc)
    return FrameRate{static_cast<std::int64_t>(std::round(ntsc)) * 1000, 1001};
  std::int64_t num = std::llround(fps * 1e6);
  std::int64_t den = 1000000;
  const std::int64_t divisor = std::gcd(num, den);
  return FrameRate{num / divisor, den / divisor};
}

std::int64_t FrameRate::framesFor(double seconds) const {
  // Whole microseconds first: 0.06 s is 0.0599999... as a double, and
  // 0.06 s at 25 fps must be the half 1.5 (so 2 frames), not 1.4999....
  // Then exact integer arithmetic; 128 bits hold a day in microseconds times
  // a micro-frame rate.
  __extension__ using Wide = __int128;
  const Wide micros = std::llround(seconds * 1e6);
  const Wide scaled = micros * num;
  const Wide unit = static_cast<Wide>(den) * 1000000;
  // floor((scaled + unit/2) / unit), for negative values too.
  Wide numerator = 2 * scaled + unit;
  const Wide denominator = 2 * unit;
  Wide quotient = numerator / denominator;
  if (numerator % denominator != 0 && numerator < 0) --quotient;
  return static_cast<std::int64_t>(quotient);
}

}  // namespace prodrome::core
