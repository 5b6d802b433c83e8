#pragma once
// Exact 95 % intervals for the event figures of a forecast (issue 12: "an
// evaluation that can tell"). Held-out time is short: the demo's three
// held-out patients give 6 seizures and a quarter of an inter-ictal hour, so
// one seizure is 0.17 of sensitivity and one alarm 4 per hour. A rate
// printed without its interval invites reading noise as a difference.
//
// - Sensitivity, k of n seizures forecast: the Clopper-Pearson interval (the
//   binomial tail inverted, never narrower than 95 %; the seizure-prediction
//   literature's usual choice for small n).
// - False alarms, k in T hours: the Garwood interval of a Poisson rate
//   (the Poisson tail inverted), divided by T.
// Both are found by bisection on the tail sums, computed in log space, so
// they hold for any count a recording can give. Plain C++ like Statistics.h.

#include <limits>

namespace prodrome::ml {

struct CountInterval {
  double low = std::numeric_limits<double>::quiet_NaN();
  double high = std::numeric_limits<double>::quiet_NaN();
};

// k of n: NaN bounds for n = 0. Throws std::invalid_argument for k < 0 or k > n.
CountInterval proportionInterval95(int successes, int trials);

// k events in `exposure` units (hours): the rate's interval; NaN bounds for an
// exposure <= 0 or not finite. Throws std::invalid_argument for k < 0.
CountInterval poissonRateInterval95(int events, double exposure);

}  // namespace prodrome::ml
