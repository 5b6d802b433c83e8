#pragma once
// A generated schedule's seizures as the alarm metrics take them: what the
// oracles, the ideal observer and the benches score alarms against.

#include "core/forecast/AlarmMetrics.h"
#include "core/synth/Schedule.h"

#include <vector>

namespace prodrome::core::synth {

inline std::vector<SeizureInterval> scheduleSeizures(const Schedule& s) {
  std::vector<SeizureInterval> out;
  out.reserve(s.seizures.size());
  for (const PlannedSeizure& p : s.seizures) out.push_back({p.onset, p.offset});
  return out;
}

}  // namespace prodrome::core::synth
