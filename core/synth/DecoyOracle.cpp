#include "core/synth/DecoyOracle.h"

#include "core/synth/ScheduleSeizures.h"

#include <algorithm>

namespace prodrome::core::synth {

std::vector<ForecastPoint> oracleAlarms(const Schedule& s, OracleKnowledge knowledge) {
  const auto frames = [&](double seconds) { return static_cast<std::int64_t>(seconds * s.fps); };
  std::vector<ForecastPoint> points;
  for (const CueEpisode& c : s.cues) {
    if (knowledge == OracleKnowledge::EpisodeEnd) {
      points.push_back({std::max<std::int64_t>(1, c.end - frames(2.5)), 1.0});
    } else {
      for (double t : {8.0, 13.0})
        if (c.start + frames(t) <= c.end) points.push_back({c.start + frames(t), 1.0});
    }
  }
  std::sort(points.begin(), points.end(),
            [](const ForecastPoint& a, const ForecastPoint& b) { return a.windowEndFrame < b.windowEndFrame; });
  // Episodes never overlap, but two alarms on one frame would be refused.
  points.erase(std::unique(points.begin(), points.end(),
                           [](const ForecastPoint& a, const ForecastPoint& b) {
                             return a.windowEndFrame == b.windowEndFrame;
                           }),
               points.end());
  return points;
}

EventMetrics scoreOracle(const Schedule& s, OracleKnowledge knowledge, const AlarmOptions& options) {
  AlarmOptions o = options;
  o.threshold = 1.0;
  o.consecutive = 1;
  return evaluateAlarms(oracleAlarms(s, knowledge), scheduleSeizures(s), s.fps, s.frameCount, o);
}

}  // namespace prodrome::core::synth
