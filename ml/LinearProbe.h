#pragma once
// Few-shot heads on frozen-encoder features (issue 12, item 3; the classical
// motion-feature arm of item 2 uses the same heads): a linear scorer on
// standardised features, fitted by nearest class mean or by class-balanced,
// L2-penalised logistic regression.
//
// Conventions:
// - Standardisation: mean and std per feature over the rows of `standardiseOn`
//   (or of x), std with divisor M (the population value, defined for one row),
//   scale = std + 1e-6 so a constant feature gives 0, not NaN. A feature that
//   is constant over x gets a weight of 0 (to rounding) from either head, so a
//   new value there cannot blow the logit up through the tiny scale. (One that
//   is constant over `standardiseOn` but varies in x is scaled by 1e6: pass
//   rows that cover the labelled ones.)
// - Nearest class mean: in the standardised space, weight = m1 − m0 and bias =
//   −(|m1|² − |m0|²)/2 give ½(|x − m0|² − |x − m1|²), positive exactly when x is
//   nearer the pre-ictal mean. Both are then divided by the temperature
//   |m1 − m0|²/2, so the logit is +1 at the positive class mean and −1 at the
//   negative one whatever the feature count or the separation (sqrt(F) would
//   not undo the separation's scale). Ranking is unchanged by the temperature.
// - Logistic regression minimises, over weight w and bias b (standardised z),
//     ½·mean_{y=1} ℓ(z·w + b, 1) + ½·mean_{y=0} ℓ(z·w + b, 0) + l2·|w|²/2,
//   ℓ the log-loss: each class weighs one half whatever its size (so 3 vs 30
//   samples fit the same boundary as the 3 duplicated to 30), and the loss is
//   a mean, as in glmnet's convention: l2 plays glmnet's λ and does not have to
//   change with the number of samples. The bias is not penalised.
//   Fitted by Newton's method with a backtracking line search in float64. The
//   solution's weight lies in the span of the standardised rows (its gradient
//   condition says so), so with fewer samples than features, N < F (few-shot:
//   8 clips of 3072 features), Newton runs on the N coordinates of a QR basis
//   of that span: the exact optimum at O(F·N²) instead of O(F³).
//   Cost per Newton step O(N·r²) with r = min(N, F); it converges in ~5–20
//   steps. Deterministic for a fixed LibTorch/BLAS thread count.
// - Feature blocks (ProbeOptions::blocks): features that come from different
//   sources (3072 pooled encoder tokens beside 4 motion statistics) are given
//   equal say. After standardisation every feature has unit variance, so a
//   block's share of the penalised fit (its share of the kernel z·zᵀ, for
//   either head) is its feature count: 4 statistics beside 3072 tokens weigh
//   0.13 %, and with a few support clips the fit ignores them whatever they
//   carry. Each block b of F_b features is therefore scaled by
//   sqrt(F / (B·F_b)) (B blocks, F features), folded into `scale`: every block
//   then holds F/B of the total variance, which stays F, so l2 keeps its
//   meaning. No blocks (or one) leaves the scale as it was. Unequal shares
//   s_b (ProbeOptions::blockShares, summing to 1) scale block b by
//   sqrt(F·s_b / F_b) instead: a source known to be noisier can be given less
//   say without being dropped.
//
// All functions are pure; a fitted LinearProbe is immutable and may be used
// from several threads at once.

#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace prodrome::ml {

enum class ProbeKind { NearestClassMean, LogisticRegression };

std::string toString(ProbeKind kind);  // "ncm" | "logreg"
// Throws std::invalid_argument naming the bad value.
ProbeKind probeKindFromString(const std::string& name);

struct ProbeOptions {
  ProbeKind kind = ProbeKind::LogisticRegression;
  double l2 = 1.0;          // logistic regression's penalty (see above); must be > 0
  int maxIterations = 200;  // Newton steps at most (it stops once the gradient vanishes)
  // Consecutive feature blocks' sizes (summing to the feature count), each
  // given an equal share of the variance (see above); empty: one block.
  std::vector<int64_t> blocks;
  // Each block's share of the variance, one per block, each in (0, 1),
  // summing to 1; empty: equal shares.
  std::vector<double> blockShares;
};

// A linear scorer on standardised features: logit(x) = ((x - mean) / scale) · weight + bias.
struct LinearProbe {
  torch::Tensor mean, scale, weight;  // [F] float32 each
  double bias = 0;

  // x [N, F] on any device -> [N] float32 on that device. Computed in float64.
  torch::Tensor logits(const torch::Tensor& x) const;
  torch::Tensor probabilities(const torch::Tensor& x) const;  // sigmoid(logits)
  // The same scorer as plain affine weights on raw features, so it can be
  // stored as an nn::Linear: w_raw = weight/scale ([F] float32),
  // b_raw = bias - sum(weight*mean/scale).
  std::pair<torch::Tensor, double> affine() const;
};

// x [N, F] float32 (float64 accepted), y [N] 0/1 (int64, float or bool). Both
// classes must be present, x finite, and `standardiseOn` (when defined) [M, F]
// with M >= 1; else std::invalid_argument. `standardiseOn` supplies the rows
// whose per-feature mean/std define mean/scale (unlabelled data, e.g. the
// training subjects' clips); when undefined, x itself is used. The fit runs on
// the CPU; the probe's tensors are CPU float32.
LinearProbe fitProbe(const torch::Tensor& x, const torch::Tensor& y, const ProbeOptions& options,
                     const torch::Tensor& standardiseOn = {});

}  // namespace prodrome::ml
