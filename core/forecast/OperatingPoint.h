#pragma once
// The forecaster's operating point, chosen on validation subjects (issue 12,
// item 6): the threshold stored with the model and used by the forecast
// unless the user gives another.
//
// Two rules, the user's choice:
// - Youden: window-level, the threshold maximising sensitivity + specificity − 1
//   (Youden's J) over the validation windows' scores.
// - FalseAlarmRate: event-level, the lowest threshold whose pooled false
//   alarms per hour over the validation recordings stay within a target, with
//   alarms raised exactly as evaluateAlarms raises them (consecutive windows,
//   refractory time, horizon, post-ictal exclusion).
// Plain C++ beside AlarmMetrics.h; every function is pure and thread-safe.

#include "core/forecast/AlarmMetrics.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace prodrome::core {

enum class ThresholdRule { Youden, FalseAlarmRate };

std::string toString(ThresholdRule rule);  // "youden" | "false-alarm-rate"
// Throws std::invalid_argument naming the bad value.
ThresholdRule thresholdRuleFromString(const std::string& name);

// Window-level: the threshold maximising sensitivity + specificity − 1 over
// the scores (pre-ictal = 1; "score >= t" predicts positive). Ties go to the
// higher threshold (fewer alarms for the same J). The threshold is placed
// midway between the two adjacent distinct scores it separates, so it does not
// sit on a validation score; when no split beats J = 0 (scores carry no
// signal, or rank the wrong way) it is the threshold above every score,
// nextafter(max, +inf): no window predicted positive. Throws
// std::invalid_argument when the sizes differ, a class is missing, a label is
// not 0/1 or a score is not finite. O(n log n).
double youdenThreshold(const std::vector<double>& scores, const std::vector<int>& labels);

// One validation recording, as evaluateAlarms takes it.
struct CurveForSelection {
  std::vector<ForecastPoint> points;  // increasing window ends
  std::vector<SeizureInterval> seizures;
  double fps = 0;
  std::int64_t frameCount = 0;
};

// A threshold above 1, which no probability reaches: a forecaster stored
// with it raises no alarm at its own operating point. The rules below give
// one when no threshold qualifies and the highest score is 1 (nextafter(1)).
// The one place that rule lives: the log, the dialogs and the reports ask it.
inline bool neverAlarms(double threshold) { return threshold > 1.0; }

// `options` at another forecaster's operating point (its threshold and its
// windows in a row, at least one), the horizon, refractory and post-ictal
// times kept: how the motion baseline is judged beside the model, in the
// forecast and in the review alike.
inline AlarmOptions atOperatingPoint(AlarmOptions options, double threshold, std::int64_t consecutive) {
  options.threshold = threshold;
  options.consecutive = static_cast<int>(std::max<std::int64_t>(1, consecutive));
  return options;
}

struct OperatingPointChoice {
  double threshold = 0.5;
  double sensitivity = std::numeric_limits<double>::quiet_NaN();         // pooled; NaN without seizures
  double falseAlarmsPerHour = std::numeric_limits<double>::quiet_NaN();  // pooled
};

// Whether `a` is the better of two operating points chosen within the same
// budget: the more sensitive, then the one with fewer false alarms per hour
// (a NaN sensitivity, no seizures, counts as none). How candidates (windows
// in a row, a share, a weight) are compared, in the product and its benches.
bool betterOperatingPoint(const OperatingPointChoice& a, const OperatingPointChoice& b);

// Event-level: the lowest threshold whose pooled false alarms per hour over all
// curves (evaluateAlarms with `alarms`, its threshold replaced; pooled = total
// false alarms / total inter-ictal hours) is <= maxFalseAlarmsPerHour. The
// candidates are the distinct probabilities of all curves, so the choice is
// exact: no threshold between two candidates raises other alarms. Only the
// rate decides; the lowest qualifying threshold is the one allowing the most
// alarms, which is where sensitivity is highest whenever it falls with the
// threshold (a refractory time can make that fail by a seizure or so; this
// rule does not search for such exceptions). If none qualifies, the threshold
// above the highest probability, nextafter(max, +inf): no alarms. The choice
// reports the pooled sensitivity (forecast seizures / seizures) and rate at
// that threshold, from evaluateAlarms itself.
//
// Cost: the curves are prepared once (each window's run minimum over
// `consecutive` windows, and what an alarm there would be, by evaluateAlarms
// itself); a threshold's alarms are then found by jumping (a max-tree gives
// the next window that can fire, a binary search skips the refractory time),
// never by walking every window. A bisection first skips the low candidates
// whose alarm count alone exceeds the budget (the alarm count only grows as the
// threshold falls), then candidates are tried in increasing order, each
// abandoned at its first false alarm over the budget, and the search stops at
// the first that qualifies. Each try costs O((budget + alarms that are not
// false) · log n); 3 curves of 10^4 windows with all-distinct probabilities
// take milliseconds (test FalseAlarmRateIsFastOnLongCurves).
//
// Throws std::invalid_argument when there are no forecast points at all, no
// inter-ictal time to measure a rate on, maxFalseAlarmsPerHour is negative or
// NaN, or evaluateAlarms rejects a curve (window ends not increasing, fps <= 0).
OperatingPointChoice thresholdForFalseAlarmRate(const std::vector<CurveForSelection>& curves,
                                                const AlarmOptions& alarms, double maxFalseAlarmsPerHour);

// The best operating point (betterOperatingPoint) among thresholdForFalseAlarmRate's
// choices for 1 .. maxConsecutive windows in a row (`alarms.consecutive`
// replaced); `consecutive` receives the windows in a row kept, the fewest
// on a tie. What a forecaster's fine-tuning stores with the model. Throws as
// thresholdForFalseAlarmRate, and std::invalid_argument when maxConsecutive < 1.
OperatingPointChoice bestOperatingPoint(const std::vector<CurveForSelection>& curves, const AlarmOptions& alarms,
                                        int maxConsecutive, double maxFalseAlarmsPerHour, int& consecutive);

}  // namespace prodrome::core
