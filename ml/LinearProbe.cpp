#include "ml/LinearProbe.h"

#include <cmath>
#include <stdexcept>
#include <string>
#include <tuple>

namespace prodrome::ml {

namespace {

// Keeps a constant feature's standardised value at 0 instead of 0/0.
constexpr double kScaleEpsilon = 1e-6;
// Newton stops when every gradient entry is below this. The objective is an
// O(1) mean loss, so this is far below what a float32 weight can express.
constexpr double kGradientTolerance = 1e-10;
// Armijo sufficient-decrease constant and the most step halvings tried.
constexpr double kArmijo = 1e-4;
constexpr int kMaxHalvings = 60;

using torch::indexing::Slice;

std::string shapeOf(const torch::Tensor& t) {
  std::string s = "[";
  for (int64_t d = 0; d < t.dim(); ++d) s += (d ? ", " : "") + std::to_string(t.size(d));
  return s + "]";
}

void checkFeatures(const torch::Tensor& x, const char* what) {
  if (!x.defined() || x.dim() != 2)
    throw std::invalid_argument(std::string("fitProbe: ") + what + " must be [rows, features], got " +
                                (x.defined() ? shapeOf(x) : "an undefined tensor"));
  if (!x.is_floating_point()) throw std::invalid_argument(std::string("fitProbe: ") + what + " must be floating point");
  if (x.numel() > 0 && !torch::isfinite(x).all().item<bool>())
    throw std::invalid_argument(std::string("fitProbe: ") + what + " has NaN or infinite entries");
}

// log(1 + e^z) − y·z, summed with per-sample weights c: the weighted log-loss,
// written so that large |z| neither overflows nor loses the small term.
double weightedLogLoss(const torch::Tensor& z, const torch::Tensor& y, const torch::Tensor& c) {
  const auto softplus = torch::clamp_min(z, 0) + torch::log1p(torch::exp(-z.abs()));
  return (c * (softplus - y * z)).sum().item<double>();
}

// Newton's method on f(β, b) = Σ c_i ℓ(Z_i·β + b, y_i) + l2·|β|²/2 (Z [N, r],
// all float64). Returns θ = [β; b] of length r + 1.
torch::Tensor newtonLogistic(const torch::Tensor& Z, const torch::Tensor& y, const torch::Tensor& c, double l2,
                             int maxIterations) {
  const int64_t r = Z.size(1);
  const auto options = Z.options();
  // The design with a column of ones for the bias, and the penalty's diagonal
  // (0 on the bias).
  const auto A = torch::cat({Z, torch::ones({Z.size(0), 1}, options)}, 1);  // [N, r+1]
  auto penalty = torch::full({r + 1}, l2, options);
  penalty[r] = 0;

  auto theta = torch::zeros({r + 1}, options);
  const auto objective = [&](const torch::Tensor& t) {
    return weightedLogLoss(torch::mv(A, t), y, c) + 0.5 * (penalty * t * t).sum().item<double>();
  };
  double f = objective(theta);
  for (int iteration = 0; iteration < maxIterations; ++iteration) {
    const auto p = torch::sigmoid(torch::mv(A, theta));
    const auto gradient = torch::mv(A.t(), c * (p - y)) + penalty * theta;  // [r+1]
    if (gradient.abs().max().item<double>() < kGradientTolerance) break;
    const auto d = c * p * (1 - p);                                    // the loss's curvature per sample
    auto hessian = torch::mm(A.t() * d.unsqueeze(0), A) + torch::diag(penalty);  // [r+1, r+1]
    // The β block is positive definite (l2 > 0); the bias row only becomes
    // singular when every p saturates, which a tiny ridge absorbs without
    // moving the optimum (the gradient test above decides convergence).
    hessian[r][r] += 1e-12;
    const auto step = torch::linalg::solve(hessian, gradient, /*left=*/true);
    const double decrease = (gradient * step).sum().item<double>();
    if (!(decrease > 0)) break;  // no descent left in double precision
    double t = 1;
    bool moved = false;
    for (int h = 0; h < kMaxHalvings; ++h, t *= 0.5) {
      const auto candidate = theta - t * step;
      const double fc = objective(candidate);
      if (fc <= f - kArmijo * t * decrease) {
        theta = candidate;
        f = fc;
        moved = true;
        break;
      }
    }
    if (!moved) break;  // at the optimum to rounding: no step lowers f
  }
  return theta;
}

// Per-feature factors that give each block F/B of the standardised variance
// (LinearProbe.h): block b's features are divided by sqrt(F/(B·F_b)), i.e.
// their scale multiplied by sqrt(B·F_b/F).
torch::Tensor blockScales(const std::vector<int64_t>& blocks, const std::vector<double>& shares, int64_t features) {
  const auto f64 = torch::TensorOptions().dtype(torch::kFloat64);
  if (!shares.empty()) {
    if (shares.size() != blocks.size())
      throw std::invalid_argument("fitProbe: " + std::to_string(shares.size()) + " block shares for " +
                                  std::to_string(blocks.size()) + " blocks");
    double sum = 0;
    for (double s : shares) {
      if (!(s > 0 && s < 1)) throw std::invalid_argument("fitProbe: a block's share must be in (0, 1), got " + std::to_string(s));
      sum += s;
    }
    if (std::abs(sum - 1) > 1e-9) throw std::invalid_argument("fitProbe: the block shares sum to " + std::to_string(sum) + ", not 1");
  }
  if (blocks.size() <= 1) {
    if (blocks.size() == 1 && blocks[0] != features)
      throw std::invalid_argument("fitProbe: the block covers " + std::to_string(blocks[0]) + " features, x has " +
                                  std::to_string(features));
    return torch::ones({features}, f64);
  }
  int64_t total = 0;
  for (auto b : blocks) {
    if (b < 1) throw std::invalid_argument("fitProbe: a feature block must hold at least one feature, got " + std::to_string(b));
    total += b;
  }
  if (total != features)
    throw std::invalid_argument("fitProbe: the blocks cover " + std::to_string(total) + " features, x has " +
                                std::to_string(features));
  const double count = static_cast<double>(blocks.size());
  auto factors = torch::empty({features}, f64);
  int64_t at = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const auto b = blocks[i];
    const double share = shares.empty() ? 1 / count : shares[i];
    factors.index_put_({Slice(at, at + b)}, std::sqrt(static_cast<double>(b) / (share * static_cast<double>(features))));
    at += b;
  }
  return factors;
}

}  // namespace

std::string toString(ProbeKind kind) {
  switch (kind) {
    case ProbeKind::NearestClassMean:
      return "ncm";
    case ProbeKind::LogisticRegression:
      return "logreg";
  }
  throw std::invalid_argument("toString: unknown ProbeKind " + std::to_string(static_cast<int>(kind)));
}

ProbeKind probeKindFromString(const std::string& name) {
  if (name == "ncm") return ProbeKind::NearestClassMean;
  if (name == "logreg") return ProbeKind::LogisticRegression;
  throw std::invalid_argument("unknown probe kind '" + name + "' (expected ncm or logreg)");
}

torch::Tensor LinearProbe::logits(const torch::Tensor& x) const {
  if (!weight.defined()) throw std::invalid_argument("LinearProbe::logits: the probe has not been fitted");
  if (!x.defined() || x.dim() != 2 || x.size(1) != weight.size(0))
    throw std::invalid_argument("LinearProbe::logits: expected [N, " + std::to_string(weight.size(0)) + "], got " +
                                (x.defined() ? shapeOf(x) : "an undefined tensor"));
  const auto to = torch::TensorOptions().dtype(torch::kFloat64).device(x.device());
  const auto standardised = (x.to(to) - mean.to(to)) / scale.to(to);  // [N, F]
  return (torch::mv(standardised, weight.to(to)) + bias).to(torch::kFloat32);
}

torch::Tensor LinearProbe::probabilities(const torch::Tensor& x) const { return torch::sigmoid(logits(x)); }

std::pair<torch::Tensor, double> LinearProbe::affine() const {
  if (!weight.defined()) throw std::invalid_argument("LinearProbe::affine: the probe has not been fitted");
  const auto w = weight.to(torch::kFloat64) / scale.to(torch::kFloat64);
  const double b = bias - (w * mean.to(torch::kFloat64)).sum().item<double>();
  return {w.to(torch::kFloat32), b};
}

LinearProbe fitProbe(const torch::Tensor& xIn, const torch::Tensor& yIn, const ProbeOptions& options,
                     const torch::Tensor& standardiseOnIn) {
  torch::NoGradGuard noGrad;
  checkFeatures(xIn, "x");
  const int64_t n = xIn.size(0), features = xIn.size(1);
  if (!yIn.defined() || yIn.dim() != 1 || yIn.size(0) != n)
    throw std::invalid_argument("fitProbe: y must be [" + std::to_string(n) + "], got " +
                                (yIn.defined() ? shapeOf(yIn) : "an undefined tensor"));
  const auto f64 = torch::TensorOptions().dtype(torch::kFloat64);
  const auto x = xIn.to(torch::kCPU).to(torch::kFloat64).contiguous();
  const auto y = yIn.to(torch::kCPU).to(torch::kFloat64);
  if (n > 0 && !(y.eq(0) | y.eq(1)).all().item<bool>())
    throw std::invalid_argument("fitProbe: labels must be 0 or 1");
  const auto positive = y.eq(1);
  const int64_t positives = positive.sum().item<int64_t>();
  const int64_t negatives = n - positives;
  if (positives == 0 || negatives == 0)
    throw std::invalid_argument("fitProbe: both classes must be present, got " + std::to_string(positives) +
                                " pre-ictal and " + std::to_string(negatives) + " normal samples");

  torch::Tensor reference = x;
  if (standardiseOnIn.defined()) {
    checkFeatures(standardiseOnIn, "standardiseOn");
    if (standardiseOnIn.size(1) != features || standardiseOnIn.size(0) < 1)
      throw std::invalid_argument("fitProbe: standardiseOn must be [M >= 1, " + std::to_string(features) +
                                  "], got " + shapeOf(standardiseOnIn));
    reference = standardiseOnIn.to(torch::kCPU).to(torch::kFloat64);
  }
  const auto mean = reference.mean(0);
  const auto scale = (reference.std(0, /*unbiased=*/false) + kScaleEpsilon) * blockScales(options.blocks, options.blockShares, features);
  const auto z = (x - mean) / scale;  // [N, F]

  torch::Tensor weight;
  double bias = 0;
  if (options.kind == ProbeKind::NearestClassMean) {
    const auto m1 = z.index({positive}).mean(0);
    const auto m0 = z.index({~positive}).mean(0);
    weight = m1 - m0;
    bias = -0.5 * ((m1 * m1).sum() - (m0 * m0).sum()).item<double>();
    // Temperature |m1 − m0|²/2: logits +1 and −1 at the class means. When the
    // means coincide the weight is 0 and there is nothing to rescale.
    const double temperature = 0.5 * (weight * weight).sum().item<double>();
    if (temperature > 0 && std::isfinite(1 / temperature)) {
      weight = weight / temperature;
      bias /= temperature;
    }
  } else {
    if (!(options.l2 > 0) || !std::isfinite(options.l2))
      throw std::invalid_argument("fitProbe: l2 must be positive and finite, got " + std::to_string(options.l2) +
                                  " (without a penalty separable data, always the case with fewer samples than "
                                  "features, have no finite optimum)");
    if (options.maxIterations < 1)
      throw std::invalid_argument("fitProbe: maxIterations must be at least 1, got " +
                                  std::to_string(options.maxIterations));
    // Each class's samples share one half of the loss.
    const auto c = torch::where(positive, torch::full({n}, 0.5 / positives, f64), torch::full({n}, 0.5 / negatives, f64));
    if (n < features) {
      // w = Q·β with Q an orthonormal basis of the rows' span: z·w = (z·Q)·β and
      // |w| = |β|, so the reduced problem has the same objective and optimum.
      const auto q = std::get<0>(torch::linalg::qr(z.t(), "reduced"));  // [F, N]
      const auto theta = newtonLogistic(torch::mm(z, q), y, c, options.l2, options.maxIterations);
      weight = torch::mv(q, theta.index({Slice(0, n)}));
      bias = theta[n].item<double>();
    } else {
      const auto theta = newtonLogistic(z, y, c, options.l2, options.maxIterations);
      weight = theta.index({Slice(0, features)});
      bias = theta[features].item<double>();
    }
  }

  LinearProbe probe;
  probe.mean = mean.to(torch::kFloat32);
  probe.scale = scale.to(torch::kFloat32);
  probe.weight = weight.to(torch::kFloat32).contiguous();
  probe.bias = bias;
  return probe;
}

}  // namespace prodrome::ml
