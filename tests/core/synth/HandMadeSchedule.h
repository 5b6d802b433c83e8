#pragma once
// A schedule written by hand for the oracle and observer tests: 10 minutes at
// 10 fps, one seizure from 200 s to 230 s whose pre-ictal phase lasts
// `preictalSeconds`, and a decoy of `decoySeconds` at 400 s.

#include "core/synth/Schedule.h"

#include <cstdint>

namespace prodrome::core::synth::test {

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

}  // namespace prodrome::core::synth::test
