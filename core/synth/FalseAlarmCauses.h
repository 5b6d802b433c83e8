#pragma once
// Where a forecaster's false alarms fell, read off the generator's schedule:
// inside a look-alike episode (a decoy: a pre-ictal phase that no seizure
// follows, Schedule.h), in the window after one, too early in a real
// pre-ictal phase, or in ordinary time. The first three are the price of
// cues a forecaster reads correctly; only the last is noise. The demo's
// report prints it beside the forecaster's false-alarm rate, so that a
// reader can tell a forecaster that fires at random from one that fires on
// the cues the data share with seizures.

#include "core/forecast/AlarmMetrics.h"
#include "core/synth/Schedule.h"

#include <vector>

namespace prodrome::core::synth {

struct FalseAlarmCauses {
  int insideLookAlike = 0;  // while a decoy lasts
  int afterLookAlike = 0;   // within one window's length after a decoy ends: the window still holds it
  int earlyInPreictal = 0;  // in a pre-ictal phase, more than the horizon before its onset
  int elsewhere = 0;        // ordinary time
  int total() const { return insideLookAlike + afterLookAlike + earlyInPreictal + elsewhere; }
  void add(const FalseAlarmCauses& other);
};

// Classifies the alarms whose outcome is False by the last frame their
// window read (Alarm::frame − 1); true alarms and alarms during a seizure
// are not false alarms and are skipped. Throws std::invalid_argument when
// the window or the horizon is not positive.
FalseAlarmCauses falseAlarmCauses(const Schedule& schedule, const std::vector<Alarm>& alarms, double windowSeconds,
                                  double horizonSeconds);

}  // namespace prodrome::core::synth
