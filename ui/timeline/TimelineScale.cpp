#include "ui/timeline/TimelineScale.h"

#include <array>
#include <cmath>

namespace prodrome::ui {

namespace {
// Guards floor/ceil against 29.97 * 100 landing a hair below 2997.
constexpr double kEpsilon = 1e-7;
}  // namespace

qint64 TimelineScale::frameAt(double px) const { return static_cast<qint64>(std::floor(position(px))); }

qint64 TimelineScale::boundaryAt(double px) const { return static_cast<qint64>(std::llround(position(px))); }

TickStep chooseTickStep(double pixelsPerFrame, double fps, double minSpacingPx) {
  static constexpr std::array<double, 4> kFrameSteps = {1, 2, 5, 10};
  static constexpr std::array<double, 16> kSecondSteps = {1,   2,   5,   10,   15,   30,   60,    120,
                                                          300, 600, 900, 1800, 3600, 7200, 21600, 43200};
  static constexpr std::array<int, 16> kSecondMinors = {5, 2, 5, 5, 3, 3, 6, 2, 5, 5, 3, 3, 6, 2, 6, 2};
  if (fps > 0) {
    for (double frames : kFrameSteps)
      if (frames < fps && frames * pixelsPerFrame >= minSpacingPx)
        return {false, frames, static_cast<int>(frames)};  // a minor tick per frame
    for (std::size_t i = 0; i < kSecondSteps.size(); ++i)
      if (kSecondSteps[i] * fps * pixelsPerFrame >= minSpacingPx) return {true, kSecondSteps[i], kSecondMinors[i]};
    // Longer than a day per label: days.
    double seconds = 86400;
    while (seconds * fps * pixelsPerFrame < minSpacingPx) seconds *= 2;
    return {true, seconds, 4};
  }
  // No frame rate known: frame numbers in a 1-2-5 sequence.
  double frames = 1;
  for (int i = 0; frames * pixelsPerFrame < minSpacingPx; ++i) frames *= (i % 3 == 1) ? 2.5 : 2;
  return {false, frames, 5};
}

qint64 tickFrame(const TickStep& step, qint64 k, double fps) {
  if (!step.inSeconds) return static_cast<qint64>(std::llround(k * step.value));
  return static_cast<qint64>(std::ceil(k * step.value * fps - kEpsilon));
}

qint64 firstTickIndex(const TickStep& step, double frame, double fps) {
  const double unit = step.inSeconds ? step.value * fps : step.value;
  qint64 k = static_cast<qint64>(std::floor(frame / unit)) - 1;
  while (tickFrame(step, k, fps) < frame) ++k;
  return k;
}

}  // namespace prodrome::ui
