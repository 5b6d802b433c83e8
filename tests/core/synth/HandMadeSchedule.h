#pragma once
// A schedule written by hand for the oracle, observer and false-alarm tests:
// 10 minutes at 10 fps, one seizure from 200 s to 230 s whose pre-ictal
// phase lasts `preictalSeconds`, and a decoy of `decoySeconds` at 400 s; and
// the demo's alarm options to score alarms on it with.

#include "core/forecast/AlarmMetrics.h"
#include "core/synth/Schedule.h"

#include <cstdint>

namespace prodrome::core::synth::handmade {

inline Schedule preictalAndDecoy(double preictalSeconds, double decoySeconds) {
  Schedule s;
  s.fps = 10;
  s.frameCount = 6000;
  PlannedSeizure p;
  p.onset = 2000;
  p.offset = 2300;
  s.seizures.push_back(p);
  CueEpisode pre;
  pre.end = p.onset;
  pre.start = pre.end - static_cast<std::int64_t>(preictalSeconds * s.fps);
  CueEpisode decoy;
  decoy.start = 4000;
  decoy.end = decoy.start + static_cast<std::int64_t>(decoySeconds * s.fps);
  decoy.decoy = true;
  s.cues = {pre, decoy};
  return s;
}

// The demo's horizon (5 s) and post-ictal exclusion (60 s).
inline AlarmOptions demoAlarmOptions() {
  AlarmOptions o;
  o.horizonSeconds = 5;
  o.postIctalSeconds = 60;
  return o;
}

}  // namespace prodrome::core::synth::handmade
