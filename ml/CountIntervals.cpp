#include "ml/CountIntervals.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace prodrome::ml {

namespace {

constexpr double kTail = 0.025;  // each side of a two-sided 95 % interval

// log(exp(a) + exp(b)) without overflow.
double logAdd(double a, double b) {
  if (a == -INFINITY) return b;
  if (b == -INFINITY) return a;
  const double m = std::max(a, b);
  return m + std::log1p(std::exp(-std::abs(a - b)));
}

// P(X <= k) for X ~ Binomial(n, p), 0 < p < 1.
double binomialCdf(int k, int n, double p) {
  if (k < 0) return 0;
  if (k >= n) return 1;
  double sum = -INFINITY;
  const double lp = std::log(p), lq = std::log1p(-p);
  for (int i = 0; i <= k; ++i)
    sum = logAdd(sum, std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0) + i * lp + (n - i) * lq);
  return std::min(1.0, std::exp(sum));
}

// P(X <= k) for X ~ Poisson(mu), mu > 0.
double poissonCdf(int k, double mu) {
  if (k < 0) return 0;
  double sum = -INFINITY;
  const double lm = std::log(mu);
  for (int i = 0; i <= k; ++i) sum = logAdd(sum, -mu + i * lm - std::lgamma(i + 1.0));
  return std::min(1.0, std::exp(sum));
}

// The x in [lo, hi] where the decreasing function f crosses `target`.
template <class F>
double solveDecreasing(F f, double target, double lo, double hi) {
  for (int it = 0; it < 200 && hi - lo > 1e-13 * std::max(1.0, hi); ++it) {
    const double mid = 0.5 * (lo + hi);
    (f(mid) > target ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

}  // namespace

CountInterval proportionInterval95(int k, int n) {
  if (k < 0 || k > n)
    throw std::invalid_argument("proportion interval: " + std::to_string(k) + " of " + std::to_string(n));
  CountInterval out;
  if (n == 0) return out;
  // low: P(X >= k | p) = 2.5 %, that is P(X <= k − 1 | p) = 97.5 %; high: P(X <= k | p) = 2.5 %.
  out.low = k == 0 ? 0.0 : solveDecreasing([&](double p) { return binomialCdf(k - 1, n, p); }, 1 - kTail, 0, 1);
  out.high = k == n ? 1.0 : solveDecreasing([&](double p) { return binomialCdf(k, n, p); }, kTail, 0, 1);
  return out;
}

CountInterval poissonRateInterval95(int k, double exposure) {
  if (k < 0) throw std::invalid_argument("rate interval: " + std::to_string(k) + " events");
  CountInterval out;
  if (!(exposure > 0) || !std::isfinite(exposure)) return out;
  // The mean's bounds lie below k + 10·√(k + 1) + 10, far past the 97.5 % tail.
  const double top = k + 10 * std::sqrt(k + 1.0) + 10;
  const double low = k == 0 ? 0.0 : solveDecreasing([&](double mu) { return poissonCdf(k - 1, mu); }, 1 - kTail, 0, top);
  const double high = solveDecreasing([&](double mu) { return poissonCdf(k, mu); }, kTail, 0, top);
  out.low = low / exposure;
  out.high = high / exposure;
  return out;
}

}  // namespace prodrome::ml
