#pragma once
// The best any video model could do with the generator's cues (issue 12): an
// observer that sees every cue episode begin (the arrest), every twitch the
// moment it happens and a decoy's arrest ramping out, perfectly, and reasons
// with the generator's own laws (Schedule.h). The only hint in the video of
// when an episode will end is its twitches, whose rate rises with progress
// (0.2 + 1.8·p² per second over a length drawn from U(8, 20) s); until a
// decoy's last 1.5 s a decoy and a pre-ictal phase are the same process. So
// the observer's probability that a seizure begins within the horizon is a
// posterior over the episode's length and kind, and no video model can rank
// windows better than it without seeing the future.
//
// Thresholded, its alarms show what sensitivity the data allow at a given
// false-alarm rate (bench_alarm_floor): a yardstick between DecoyOracle's
// "knows end" (more than any video shows) and "knows start" (less).

#include "core/forecast/AlarmMetrics.h"
#include "core/synth/Schedule.h"

#include <vector>

namespace prodrome::core::synth {

// P(a seizure begins in (now, now + horizon] | what the video has shown),
// at every frame of every cue episode (window ends c.start + 1 .. c.end: the
// frames before each seen), 0 once a decoy's arrest begins to ramp out.
// Frames outside cue episodes carry no point (probability 0: nothing there
// announces a seizure). `preictalShare` is the prior that an episode is a
// pre-ictal phase, in (0, 1). Points in increasing window-end order; the
// length posterior is kept on a 0.05-s grid. Throws std::invalid_argument for
// horizonSeconds <= 0 or a share outside (0, 1).
std::vector<ForecastPoint> idealObserverCurve(const Schedule& schedule, double horizonSeconds, double preictalShare);

}  // namespace prodrome::core::synth
