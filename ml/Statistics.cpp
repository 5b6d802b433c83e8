#include "ml/Statistics.h"

#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>

namespace prodrome::ml {

namespace {

// Φ⁻¹(0.975): the limit of the t quantile as the degrees of freedom grow.
constexpr double kZ975 = 1.959963984540054;
// Above this, the Cornish-Fisher series is used: its first omitted term is of
// order df⁻⁵ (< 1e-14 here), while the exact sum below costs O(df) per step.
constexpr int kExactUpTo = 1000;

// P(|T| <= t) for Student's t with integer df: the closed forms of
// Abramowitz & Stegun 26.7.3 (odd df) and 26.7.4 (even df) in θ = atan(t/√df),
// finite sums, so the result is exact to rounding.
double centralProbability(double t, int df) {
  const double theta = std::atan(t / std::sqrt(static_cast<double>(df)));
  const double s = std::sin(theta);
  const double c = std::cos(theta);
  const double c2 = c * c;
  if (df % 2 == 0) {
    // sinθ · [1 + ½cos²θ + (1·3)/(2·4)cos⁴θ + … + (1·3…(df−3))/(2·4…(df−2))cos^(df−2)θ]
    double term = 1, sum = 1;
    for (int k = 2; k <= df - 2; k += 2) {
      term *= c2 * (k - 1) / k;
      sum += term;
    }
    return s * sum;
  }
  // (2/π)·[θ + sinθ·(cosθ + (2/3)cos³θ + … + (2·4…(df−3))/(1·3…(df−2))cos^(df−2)θ)], the
  // bracketed sum empty for df = 1.
  double sum = 0;
  if (df > 1) {
    double term = c;
    sum = term;
    for (int k = 3; k <= df - 2; k += 2) {
      term *= c2 * (k - 1) / k;
      sum += term;
    }
  }
  return 2.0 / std::numbers::pi * (theta + s * sum);
}

// Cornish-Fisher expansion of the t quantile around the normal one
// (Abramowitz & Stegun 26.7.5), up to the df⁻⁴ term.
double cornishFisher(double z, double df) {
  const double z2 = z * z, z3 = z2 * z, z5 = z3 * z2, z7 = z5 * z2, z9 = z7 * z2;
  const double g1 = (z3 + z) / 4;
  const double g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
  const double g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
  const double g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
  return z + g1 / df + g2 / (df * df) + g3 / (df * df * df) + g4 / (df * df * df * df);
}

MeanInterval summarise(const std::vector<double>& values) {
  MeanInterval r;
  double sum = 0;
  for (double v : values)
    if (!std::isnan(v)) {
      sum += v;
      ++r.n;
    }
  if (r.n == 0) return r;
  r.mean = sum / r.n;
  if (r.n < 2) return r;
  // Two passes (mean first) rather than a running sum of squares, which
  // cancels badly when the values sit far from zero, like bacc ≈ 0.7 ± 0.01.
  double squares = 0;
  for (double v : values)
    if (!std::isnan(v)) squares += (v - r.mean) * (v - r.mean);
  r.sd = std::sqrt(squares / (r.n - 1));
  const double half = studentTQuantile975(r.n - 1) * r.sd / std::sqrt(static_cast<double>(r.n));
  r.low = r.mean - half;
  r.high = r.mean + half;
  return r;
}

}  // namespace

double studentTQuantile975(int degreesOfFreedom) {
  if (degreesOfFreedom < 1)
    throw std::invalid_argument("studentTQuantile975: degrees of freedom must be at least 1, got " +
                                std::to_string(degreesOfFreedom));
  if (degreesOfFreedom > kExactUpTo) return cornishFisher(kZ975, degreesOfFreedom);
  // The quantile lies in [z, t₁] = [1.95996…, 12.7062…] for every df; P is
  // increasing in t, so bisection to the last bit is safe and simple.
  double lo = kZ975, hi = 12.8;
  for (int i = 0; i < 200 && hi - lo > 1e-15; ++i) {
    const double mid = 0.5 * (lo + hi);
    (centralProbability(mid, degreesOfFreedom) < 0.95 ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

MeanInterval meanInterval(const std::vector<double>& values) { return summarise(values); }

MeanInterval pairedDifference(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size())
    throw std::invalid_argument("pairedDifference: " + std::to_string(a.size()) + " values against " +
                                std::to_string(b.size()) + "; the arms must be evaluated on the same episodes");
  std::vector<double> differences;
  differences.reserve(a.size());
  // A NaN on either side gives a NaN difference, which summarise skips: the
  // pair is dropped as a whole.
  for (std::size_t i = 0; i < a.size(); ++i) differences.push_back(a[i] - b[i]);
  return summarise(differences);
}

}  // namespace prodrome::ml
