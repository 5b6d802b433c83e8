#include "core/forecast/WindowLabels.h"

#include <cmath>
#include <stdexcept>

namespace prodrome::core {

std::vector<int> windowLabels(const std::vector<ForecastPoint>& points, const std::vector<SeizureInterval>& seizures,
                              double fps, const WindowLabelOptions& options) {
  if (!(fps > 0)) throw std::invalid_argument("window labels need a positive frame rate");
  const auto frames = [&](double s) { return static_cast<std::int64_t>(std::llround(s * fps)); };
  const std::int64_t window = frames(options.windowSeconds), horizon = frames(options.horizonSeconds),
                     gap = frames(options.gapSeconds), post = frames(options.postIctalSeconds);
  std::vector<int> out;
  out.reserve(points.size());
  for (const auto& p : points) {
    const std::int64_t end = p.windowEndFrame, begin = end - window;
    bool preictal = false, blocked = false, nearSeizure = false;
    for (const auto& s : seizures) {
      const std::int64_t onset = s.onsetFrame, offset = s.offsetFrame.value_or(s.onsetFrame);
      if (onset - horizon <= end && end <= onset) preictal = true;
      // Reaches into this seizure or its post-ictal period.
      if (begin < offset + post && end > onset) blocked = true;
      // Closer than the gap to an onset or an offset.
      if (begin < onset + gap && end > onset - gap) nearSeizure = true;
      if (begin < offset + gap && end > offset - gap) nearSeizure = true;
    }
    out.push_back(preictal && !blocked ? 1 : nearSeizure || blocked ? -1 : 0);
  }
  return out;
}

}  // namespace prodrome::core
