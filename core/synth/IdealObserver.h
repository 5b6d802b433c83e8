#pragma once
// What perfect perception of the generator's cues allows (issue 12): an
// observer that sees every cue episode begin (the arrest), every twitch the
// moment it happens and, if told to, a decoy's arrest letting go in its last
// 1.5 s, and reasons with the generator's own laws (Schedule.h). The only
// hint of when an episode will end is its twitches, whose rate rises with
// progress (0.2 + 1.8·p² per second over a length drawn from U(8, 20) s);
// until a decoy's last 1.5 s a decoy and a pre-ictal phase are the same
// process. The observer's probability that a seizure begins within the
// horizon is a posterior over the episode's length and kind.
//
// These are the generator's latent cues, not pixels: a patient lying still
// looks the same arrested or not, and a twitch can be lost in noise. So the
// observer is an upper reference for a video model's perception, and its
// thresholded alarms (bench_alarm_floor, the demo's report) show what
// sensitivity the cues allow at a given false-alarm rate. Thresholding a
// posterior is not proven the best alarm policy under a refractory time, so
// it is a yardstick, not a bound.

#include "core/forecast/AlarmMetrics.h"
#include "core/forecast/OperatingPoint.h"
#include "core/synth/Schedule.h"

#include <vector>

namespace prodrome::core::synth {

enum class ObserverSight {
  TwitchesAlone,       // the twitches only: not when an episode starts, nor a decoy's release
  Twitches,            // episode starts and twitches
  TwitchesAndRelease,  // also a decoy's arrest letting go (its last 1.5 s)
};

// A short name for tables: "twitch alone", "sees twitch", "+ release".
const char* sightName(ObserverSight sight);

// P(a seizure begins in (now, now + horizon] | what the observer has seen),
// at every frame of every cue episode (window ends c.start + 1 .. c.end: the
// frames before each seen); with TwitchesAndRelease, 0 once a decoy's arrest
// begins to let go. Frames outside cue episodes carry no point (probability
// 0: nothing there announces a seizure). `preictalShare` is the prior that an
// episode is a pre-ictal phase, in (0, 1). Points in increasing window-end
// order; the length posterior is kept on a 0.05-s grid. Throws
// std::invalid_argument for horizonSeconds <= 0 or a share outside (0, 1).
//
// TwitchesAlone is what a video of a patient asleep offers, whose arrest and
// release the picture does not show (bench_cue_perception measures it): the
// observer learns of an episode from its first twitch and keeps a posterior
// over the episode's start, length and kind on a 0.2-s grid, every later
// twitch counted in the same episode while some start and length allow it,
// and no seizure seen so far ruling out the pre-ictal phases that would have
// ended. Its points run from the frame after a first twitch until no
// pre-ictal phase remains possible (at most 20 s); a twitch that no
// hypothesis allows begins the next episode. So it is not the exact
// posterior where two episodes (at least 10 s apart) both twitch within 20 s:
// it takes the second one's first twitches for the first one's while a
// hypothesis allows them.
std::vector<ForecastPoint> idealObserverCurve(const Schedule& schedule, double horizonSeconds, double preictalShare,
                                              ObserverSight sight);

// The expected number of twitches in the first `elapsed` seconds of an
// episode of `length` seconds (the integral of twitchRate over them, in
// closed form; the observer's likelihood needs it at every frame).
double expectedTwitches(double elapsed, double length);

// The share of pre-ictal phases among the cue episodes of `schedules` (the
// observer's prior). Throws std::invalid_argument unless both kinds occur.
double preictalShare(const std::vector<const Schedule*>& schedules);

// idealObserverCurve with the schedule's seizures, as the operating-point
// rule and evaluateAlarms take a recording.
CurveForSelection idealObserverRecording(const Schedule& schedule, double horizonSeconds, double preictalShare,
                                         ObserverSight sight);

// The ideal observer run like the product's forecaster: its prior share of
// pre-ictal episodes learnt from the `selection` recordings, its threshold
// chosen on them by thresholdForFalseAlarmRate (at most
// maxFalseAlarmsPerHour; one window in a row), and its alarms on the
// `heldOut` recordings scored with `alarms`' horizon, refractory and
// post-ictal times. What perfect perception would reach through the same
// operating-point rule. Throws std::invalid_argument as preictalShare and
// thresholdForFalseAlarmRate do.
struct IdealObserverForecast {
  OperatingPointChoice operatingPoint;  // on the selection recordings
  EventTotals heldOut;
  double meanWarningSeconds = 0;  // over the held-out seizures forecast; NaN when none
};
IdealObserverForecast idealObserverForecast(const std::vector<const Schedule*>& selection,
                                            const std::vector<const Schedule*>& heldOut, const AlarmOptions& alarms,
                                            double maxFalseAlarmsPerHour, ObserverSight sight);
// The same from curves already made (idealObserverRecording with the
// selection's share): what a caller that needs the curves for more does.
IdealObserverForecast idealObserverForecast(const std::vector<CurveForSelection>& selection,
                                            const std::vector<CurveForSelection>& heldOut, const AlarmOptions& alarms,
                                            double maxFalseAlarmsPerHour);

}  // namespace prodrome::core::synth
