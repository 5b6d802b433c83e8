#pragma once
// Summaries for repeated evaluations (issue 12: few-shot episodes reported as
// a mean with a 95 % confidence interval, and the paired difference between
// two arms evaluated on the same episodes with its interval).
//
// The interval is Student's t interval of a mean: mean ± t(0.975, n−1)·sd/√n,
// with sd the sample standard deviation (divisor n − 1). Plain C++: no LibTorch,
// so the report and GUI code can use it alone. Every function is pure and
// thread-safe.

#include <limits>
#include <vector>

namespace prodrome::ml {

struct MeanInterval {
  int n = 0;  // values used (NaN entries are skipped)
  double mean = std::numeric_limits<double>::quiet_NaN();
  double sd = std::numeric_limits<double>::quiet_NaN();    // sample standard deviation; NaN when n < 2
  double low = std::numeric_limits<double>::quiet_NaN();   // 95 % t-interval of the mean; NaN when n < 2
  double high = std::numeric_limits<double>::quiet_NaN();
};

// NaN entries are skipped (an episode whose metric is undefined). n = 0: all
// NaN; n = 1: mean only.
MeanInterval meanInterval(const std::vector<double>& values);

// The interval of the mean of a[i] − b[i]: the paired comparison of two arms
// evaluated on the same episodes. Pairs with a NaN on either side are skipped.
// Throws std::invalid_argument when the sizes differ.
MeanInterval pairedDifference(const std::vector<double>& a, const std::vector<double>& b);

// The two-sided 95 % critical value of Student's t distribution, t such that
// P(|T| <= t) = 0.95 with `degreesOfFreedom` degrees of freedom (12.706 for 1,
// 1.960 in the limit). Computed, not tabulated: exact to ~1e-12 for df up to
// 1000 and to better than 1e-9 above (see the .cpp). Throws
// std::invalid_argument for df < 1.
double studentTQuantile975(int degreesOfFreedom);

}  // namespace prodrome::ml
