#include "core/forecast/PeriodForecast.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace prodrome::core {

namespace {

std::int64_t ms(double seconds) { return static_cast<std::int64_t>(std::llround(seconds * 1000.0)); }

}  // namespace

PeriodEvaluation evaluatePeriod(const PeriodLayout& layout, const std::vector<FileForecast>& files,
                                const AlarmOptions& options) {
  std::map<std::int64_t, const FileForecast*> byRecording;
  for (const auto& f : files) {
    if (!layout.file(f.recordingId))
      throw std::invalid_argument("evaluatePeriod: recording " + std::to_string(f.recordingId) +
                                  " is not in the period");
    byRecording[f.recordingId] = &f;
  }
  PeriodEvaluation out;
  std::int64_t end = 0;
  // Observed spans (files that were forecast), in the period's order.
  std::vector<FrameSpan> observed;
  std::vector<std::pair<std::int64_t, bool>> seizureEdges;
  for (std::size_t k = 0; k < layout.files.size(); ++k) {
    const PlacedFile& placed = layout.files[k];
    end = std::max(end, ms(placed.endSeconds));
    const auto it = byRecording.find(placed.recordingId);
    if (it == byRecording.end()) continue;
    const FileForecast& f = *it->second;
    const std::int64_t begin = ms(placed.startSeconds);
    observed.push_back({begin, ms(placed.endSeconds)});
    const auto coveredEarlier = [&](double seconds) {
      for (std::size_t j = 0; j < k; ++j)
        if (byRecording.count(layout.files[j].recordingId) && seconds >= layout.files[j].startSeconds &&
            seconds < layout.files[j].endSeconds)
          return true;
      return false;
    };
    for (const auto& p : f.points) {
      const double seconds = placed.secondsOf(p.windowEndFrame);
      if (coveredEarlier(seconds)) continue;
      out.curve.push_back({ms(seconds), placed.recordingId, p.windowEndFrame, p.probability});
    }
    for (const auto& s : f.seizures) {
      SeizureInterval at;
      at.onsetFrame = ms(placed.secondsOf(s.onsetFrame));
      if (s.offsetFrame) at.offsetFrame = ms(placed.secondsOf(*s.offsetFrame));
      out.seizures.push_back(at);
    }
  }
  std::stable_sort(out.curve.begin(), out.curve.end(),
                   [](const PeriodPoint& a, const PeriodPoint& b) { return a.milliseconds < b.milliseconds; });
  // Two windows ending in the same millisecond (different rates): keep one.
  out.curve.erase(std::unique(out.curve.begin(), out.curve.end(),
                              [](const PeriodPoint& a, const PeriodPoint& b) { return a.milliseconds == b.milliseconds; }),
                  out.curve.end());

  // A seizure cut at a boundary, or marked in two overlapping files, is one:
  // merge those that touch within one frame of the file (40 ms covers 25 fps;
  // a boundary cut meets exactly).
  std::sort(out.seizures.begin(), out.seizures.end(),
            [](const SeizureInterval& a, const SeizureInterval& b) { return a.onsetFrame < b.onsetFrame; });
  constexpr std::int64_t kTouch = 41;
  std::vector<SeizureInterval> merged;
  for (const auto& s : out.seizures) {
    if (!merged.empty()) {
      auto& last = merged.back();
      const std::int64_t lastEnd = last.offsetFrame.value_or(last.onsetFrame);
      if (s.onsetFrame <= lastEnd + kTouch) {
        if (s.offsetFrame && (!last.offsetFrame || *s.offsetFrame > *last.offsetFrame)) last.offsetFrame = s.offsetFrame;
        continue;
      }
    }
    merged.push_back(s);
  }
  out.seizures = std::move(merged);

  // Unobserved: what no forecast file covers, from 0 to the period's end.
  std::sort(observed.begin(), observed.end(), [](const FrameSpan& a, const FrameSpan& b) { return a.begin < b.begin; });
  std::int64_t reach = 0, covered = 0;
  for (const auto& o : observed) {
    // Contiguous files meet within one frame: no gap worth the name.
    if (o.begin > reach + kTouch) out.gaps.push_back({reach, o.begin});
    covered += std::max<std::int64_t>(0, o.end - std::max(o.begin, reach));
    reach = std::max(reach, o.end);
  }
  if (end > reach + kTouch) out.gaps.push_back({reach, end});
  out.spanHours = static_cast<double>(end) / 3.6e6;
  out.observedHours = static_cast<double>(covered) / 3.6e6;

  std::vector<ForecastPoint> points;
  points.reserve(out.curve.size());
  for (const auto& p : out.curve) points.push_back({p.milliseconds, p.probability});
  out.events = evaluateAlarms(points, out.seizures, 1000.0, end, options, out.gaps);
  return out;
}

}  // namespace prodrome::core
