#include "core/forecast/ProbabilityCalibration.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace prodrome::core {

namespace {

// Beyond this the double sigmoid is 1 (or its complement below ulp of 1):
// probabilities that round to 0 or 1 are read as the last finite logits.
constexpr double kMaxLogit = 36.0;

double logit(double p) {
  if (!(p > 0)) return -kMaxLogit;
  if (!(p < 1)) return kMaxLogit;
  return std::clamp(std::log(p) - std::log1p(-p), -kMaxLogit, kMaxLogit);
}

double sigmoid(double z) { return z >= 0 ? 1 / (1 + std::exp(-z)) : std::exp(z) / (1 + std::exp(z)); }

// Cross-entropy of targets t against σ(a·x + b), summed; log1p form, exact
// for large |z|.
double crossEntropy(double a, double b, const std::vector<double>& x, const std::vector<double>& t) {
  double sum = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double z = a * x[i] + b;
    sum += std::max(z, 0.0) + std::log1p(std::exp(-std::abs(z))) - t[i] * z;
  }
  return sum;
}

}  // namespace

double ProbabilityCalibration::apply(double p) const {
  if (isIdentity() || !(p > 0) || !(p < 1)) return p;
  return sigmoid(slope * logit(p) + offset);
}

double ProbabilityCalibration::invert(double p) const {
  if (isIdentity() || !(p > 0) || !(p < 1)) return p;
  return sigmoid((logit(p) - offset) / slope);
}

std::string ProbabilityCalibration::formula() const {
  char text[96];
  std::snprintf(text, sizeof text, "sigmoid(%.3f logit p %c %.3f)", slope, offset < 0 ? '-' : '+', std::abs(offset));
  return text;
}

void ProbabilityCalibration::applyTo(std::vector<double>& probabilities) const {
  if (isIdentity()) return;
  for (auto& p : probabilities) p = apply(p);
}

std::optional<ProbabilityCalibration> fitProbabilityCalibration(const std::vector<double>& probabilities,
                                                                const std::vector<int>& labels) {
  if (probabilities.size() != labels.size())
    throw std::invalid_argument("probability calibration: " + std::to_string(probabilities.size()) +
                                " probabilities but " + std::to_string(labels.size()) + " labels");
  double positives = 0;
  for (int l : labels) positives += l == 1 ? 1 : 0;
  const double negatives = static_cast<double>(labels.size()) - positives;
  if (positives == 0 || negatives == 0) return std::nullopt;
  const double high = (positives + 1) / (positives + 2), low = 1 / (negatives + 2);
  std::vector<double> x(probabilities.size()), t(labels.size());
  for (std::size_t i = 0; i < x.size(); ++i) {
    x[i] = logit(probabilities[i]);
    t[i] = labels[i] == 1 ? high : low;
  }
  // Newton's method with step halving on a convex two-parameter loss, from
  // the identity map.
  double a = 1, b = 0, loss = crossEntropy(a, b, x, t);
  for (int iteration = 0; iteration < 100; ++iteration) {
    double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
      const double q = sigmoid(a * x[i] + b), r = q - t[i], w = q * (1 - q);
      ga += r * x[i], gb += r;
      haa += w * x[i] * x[i], hab += w * x[i], hbb += w;
    }
    // A tiny ridge keeps the Hessian invertible when every logit is equal.
    haa += 1e-12, hbb += 1e-12;
    const double det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
    double step = 1;
    bool improved = false;
    while (step > 1e-10) {
      const double na = a - step * da, nb = b - step * db, next = crossEntropy(na, nb, x, t);
      if (next <= loss) {
        improved = next < loss;
        a = na, b = nb, loss = next;
        break;
      }
      step /= 2;
    }
    if (!improved || std::abs(da) + std::abs(db) < 1e-12) break;
  }
  if (!(a > 0) || !std::isfinite(a) || !std::isfinite(b)) return std::nullopt;
  return ProbabilityCalibration{a, b};
}

}  // namespace prodrome::core
