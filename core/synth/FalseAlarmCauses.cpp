#include "core/synth/FalseAlarmCauses.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace prodrome::core::synth {

void FalseAlarmCauses::add(const FalseAlarmCauses& other) {
  insideLookAlike += other.insideLookAlike;
  afterLookAlike += other.afterLookAlike;
  earlyInPreictal += other.earlyInPreictal;
  elsewhere += other.elsewhere;
}

FalseAlarmCauses falseAlarmCauses(const Schedule& schedule, const std::vector<Alarm>& alarms, double windowSeconds,
                                  double horizonSeconds) {
  if (!(windowSeconds > 0) || !(horizonSeconds > 0))
    throw std::invalid_argument("false-alarm causes need a positive window and horizon (got " +
                                std::to_string(windowSeconds) + " s and " + std::to_string(horizonSeconds) + " s)");
  const auto frames = [&](double seconds) { return static_cast<std::int64_t>(std::llround(seconds * schedule.fps)); };
  const std::int64_t window = frames(windowSeconds), horizon = frames(horizonSeconds);
  FalseAlarmCauses causes;
  for (const Alarm& alarm : alarms) {
    if (alarm.outcome != AlarmOutcome::False) continue;
    const std::int64_t seen = alarm.frame - 1;
    int* cause = &causes.elsewhere;
    for (const CueEpisode& c : schedule.cues) {
      if (c.decoy && seen >= c.start && seen < c.end) {
        cause = &causes.insideLookAlike;
      } else if (c.decoy && seen >= c.end && seen < c.end + window) {
        cause = &causes.afterLookAlike;
      } else if (!c.decoy && seen >= c.start && seen < c.end - horizon) {
        cause = &causes.earlyInPreictal;
      } else {
        continue;
      }
      break;
    }
    ++*cause;
  }
  return causes;
}

}  // namespace prodrome::core::synth
