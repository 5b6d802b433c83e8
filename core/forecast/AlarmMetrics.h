#pragma once
// From a recording's probability curve to alarms and the event-level figures
// the seizure-prediction literature reports (design.md §6, paper: "related
// work"): sensitivity, false alarms per hour and warning time.
//
// Conventions, chosen because a clinician reads them this way:
// - An alarm fires at a window end e when the last `consecutive` windows up to
//   e all reach the threshold; after an alarm, the next may fire only once the
//   refractory time has passed (one warning per approaching seizure, not one
//   per window).
// - A seizure with onset o is forecast when an alarm fires in [o − H, o]; its
//   warning time is o minus the earliest such alarm.
// - An alarm is true when it forecasts a seizure; an alarm during a seizure or
//   its post-ictal period is neither true nor false (the patient is already
//   seizing) and that time is left out of the hours; every other alarm is false.
// - A missed seizure whose first alarm came while it lasted is marked late,
//   with how late: a forecaster that saw it only after the fact, which tells
//   a reviewer a timing problem from a blind spot.

#include "core/FrameSpan.h"
#include "ml/CountIntervals.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace prodrome::core {

struct ForecastPoint {
  std::int64_t windowEndFrame = 0;  // exclusive end of the window that was scored
  double probability = 0;
};

struct SeizureInterval {
  std::int64_t onsetFrame = 0;
  std::optional<std::int64_t> offsetFrame;  // open: counts as lasting until the onset only
};

struct AlarmOptions {
  double threshold = 0.5;
  int consecutive = 1;            // windows in a row at or above the threshold
  double horizonSeconds = 5;      // H
  double refractorySeconds = -1;  // < 0: the horizon
  double postIctalSeconds = 60;   // excluded after each offset
};

enum class AlarmOutcome { True, False, DuringSeizure };

struct Alarm {
  std::int64_t frame = 0;  // window end at which it fired
  double probability = 0;
  AlarmOutcome outcome = AlarmOutcome::False;
  int seizure = -1;  // index into the seizures for a true alarm
};

struct SeizureForecast {
  std::int64_t onsetFrame = 0;
  bool forecast = false;
  double warningSeconds = 0;  // when forecast
  // When missed: seconds from the onset to the first alarm while the seizure
  // lasted (an alarm that came late: a detection, not a forecast); NaN when
  // none came or the seizure has no offset.
  double lateSeconds = std::numeric_limits<double>::quiet_NaN();
};

struct EventMetrics {
  std::vector<Alarm> alarms;
  std::vector<SeizureForecast> seizures;
  int forecastSeizures = 0;
  int trueAlarms = 0;
  int falseAlarms = 0;
  double sensitivity = 0;         // NaN without seizures
  double interictalHours = 0;     // monitored time outside seizures and post-ictal periods
  double falseAlarmsPerHour = 0;  // NaN when no inter-ictal time
  double meanWarningSeconds = 0;  // NaN when nothing was forecast
};

// `points` in increasing window-end order (throws std::invalid_argument if
// not); `seizures` in any order; fps > 0; frameCount the recording's length.
// `unobserved` time (the gaps between a monitoring period's files, issue 14)
// counts in no false-alarm hour, and windows on either
// side of it are not "in a row" for `consecutive`.
EventMetrics evaluateAlarms(const std::vector<ForecastPoint>& points, const std::vector<SeizureInterval>& seizures,
                            double fps, std::int64_t frameCount, const AlarmOptions& options,
                            const std::vector<FrameSpan>& unobserved = {});

// How late each missed seizure's first alarm came, for those whose alarm
// came at most `withinSeconds` after the onset (in the seizures' order).
std::vector<double> lateAlarms(const EventMetrics& m, double withinSeconds);

// Event metrics pooled over recordings: seizures forecast over seizures, and
// false alarms over the inter-ictal hours of all of them (not a mean of
// per-recording rates, which would weigh a short recording like a long one).
struct EventTotals {
  int seizures = 0, forecast = 0, falseAlarms = 0;
  double interictalHours = 0;
  void add(const EventMetrics& m);
  void add(const EventTotals& more);
  double sensitivity() const;         // NaN without seizures
  double falseAlarmsPerHour() const;  // NaN without inter-ictal time
  // Their exact 95 % intervals (ml/CountIntervals.h): a few held-out seizures
  // and hours decide little, and the interval says how little.
  ml::CountInterval sensitivityInterval() const;
  ml::CountInterval falseAlarmsPerHourInterval() const;
};

}  // namespace prodrome::core
