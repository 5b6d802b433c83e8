#include "ml/LinearProbe.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>
#include <stdexcept>

using namespace prodrome::ml;

namespace {

// Two Gaussian blobs in F dimensions, `positives` of class 1 around +shift and
// `negatives` of class 0 around −shift along every axis.
std::pair<torch::Tensor, torch::Tensor> blobs(int64_t positives, int64_t negatives, int64_t features, double shift,
                                              uint64_t seed) {
  torch::manual_seed(seed);
  const auto x = torch::cat({torch::randn({positives, features}) + shift, torch::randn({negatives, features}) - shift});
  const auto y = torch::cat({torch::ones({positives}, torch::kInt64), torch::zeros({negatives}, torch::kInt64)});
  return {x, y};
}

ProbeOptions kindOf(ProbeKind kind, double l2 = 1.0) {
  ProbeOptions o;
  o.kind = kind;
  o.l2 = l2;
  return o;
}

// The objective LinearProbe.h documents, written out independently in float64
// on the probe's own (float32) parameters, for autograd to differentiate.
torch::Tensor objective(const torch::Tensor& x, const torch::Tensor& y, const LinearProbe& p, const torch::Tensor& w,
                        const torch::Tensor& b, double l2) {
  const auto z = (x.to(torch::kFloat64) - p.mean.to(torch::kFloat64)) / p.scale.to(torch::kFloat64);
  const auto s = torch::mv(z, w) + b;
  const auto yf = y.to(torch::kFloat64);
  const auto loss = torch::nn::functional::binary_cross_entropy_with_logits(
      s, yf, torch::nn::functional::BinaryCrossEntropyWithLogitsFuncOptions().reduction(torch::kNone));
  const auto pos = yf.eq(1);
  return 0.5 * loss.index({pos}).mean() + 0.5 * loss.index({~pos}).mean() + 0.5 * l2 * (w * w).sum();
}

}  // namespace

TEST(LinearProbe, KindNamesRoundTripAndBadNameIsNamed) {
  for (auto kind : {ProbeKind::NearestClassMean, ProbeKind::LogisticRegression})
    EXPECT_EQ(probeKindFromString(toString(kind)), kind);
  EXPECT_EQ(toString(ProbeKind::NearestClassMean), "ncm");
  EXPECT_EQ(toString(ProbeKind::LogisticRegression), "logreg");
  try {
    probeKindFromString("svm");
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("'svm'"), std::string::npos) << e.what();
  }
}

TEST(LinearProbe, SeparableDataScoredPerfectly) {
  // Few-shot shape (8 samples, 64 features: the reduced Newton path) and a
  // many-sample shape (200 × 5: the direct path), both heads.
  for (auto [n, f] : {std::pair<int64_t, int64_t>{4, 64}, {100, 5}}) {
    const auto [x, y] = blobs(n, n, f, 3.0, 11);
    const auto [xt, yt] = blobs(50, 50, f, 3.0, 12);  // held out
    for (auto kind : {ProbeKind::NearestClassMean, ProbeKind::LogisticRegression}) {
      const auto probe = fitProbe(x, y, kindOf(kind));
      ASSERT_EQ(probe.weight.scalar_type(), torch::kFloat32);
      ASSERT_EQ(probe.weight.size(0), f);
      for (const auto& [data, labels] : {std::pair{x, y}, std::pair{xt, yt}}) {
        const auto l = probe.logits(data);
        ASSERT_EQ(l.scalar_type(), torch::kFloat32);
        const auto pos = labels.eq(1);
        EXPECT_GT(l.index({pos}).min().item<float>(), 0) << toString(kind) << " n=" << n;
        EXPECT_LT(l.index({~pos}).max().item<float>(), 0) << toString(kind) << " n=" << n;
        const auto p = probe.probabilities(data);
        EXPECT_TRUE(torch::allclose(p, torch::sigmoid(l)));
      }
    }
  }
}

TEST(LinearProbe, NearestClassMeanRanksByDistanceToTheMeans) {
  const auto [x, y] = blobs(7, 13, 6, 0.4, 21);  // overlapping: many near the boundary
  const auto probe = fitProbe(x, y, kindOf(ProbeKind::NearestClassMean));
  torch::manual_seed(22);
  const auto queries = torch::randn({40, 6}) * 1.5;

  // Explicit: standardise with the data's own mean and population std, then
  // squared Euclidean distances to each class mean.
  const auto xd = x.to(torch::kFloat64);
  const auto mean = xd.mean(0), scale = xd.std(0, false) + 1e-6;
  const auto z = (xd - mean) / scale;
  const auto pos = y.eq(1);
  const auto m1 = z.index({pos}).mean(0), m0 = z.index({~pos}).mean(0);
  const auto q = (queries.to(torch::kFloat64) - mean) / scale;
  const auto margin = (q - m0).pow(2).sum(1) - (q - m1).pow(2).sum(1);  // > 0: nearer the positive mean

  const auto l = probe.logits(queries).to(torch::kFloat64);
  for (int64_t i = 0; i < 40; ++i) {
    EXPECT_EQ(l[i].item<double>() > 0, margin[i].item<double>() > 0) << i;
    for (int64_t j = 0; j < 40; ++j)
      if (std::abs(margin[i].item<double>() - margin[j].item<double>()) > 1e-3) {
        EXPECT_EQ(l[i].item<double>() > l[j].item<double>(), margin[i].item<double>() > margin[j].item<double>());
      }
  }
  // The temperature: +1 at the positive class mean, −1 at the negative one.
  const auto atMeans = torch::stack({m1 * scale + mean, m0 * scale + mean}).to(torch::kFloat32);
  const auto lm = probe.logits(atMeans);
  EXPECT_NEAR(lm[0].item<float>(), 1.0, 1e-4);
  EXPECT_NEAR(lm[1].item<float>(), -1.0, 1e-4);
}

TEST(LinearProbe, LogisticRegressionMatchesOneDimensionalClosedForm) {
  // x = −1 (normal) and +1 (pre-ictal), standardised on exactly those two
  // rows: mean 0, scale 1 + 1e-6, so z = ±s with s = 1/(1 + 1e-6). By symmetry
  // b = 0 and f(w) = log(1 + e^(−ws)) + l2·w²/2, so f'(w) = 0 gives
  // l2·w = s·σ(−ws): for l2 = 1 the root of w = σ(−w) is w ≈ 0.40108.
  // Three normals against one pre-ictal fit the same, since each class
  // weighs one half: the balanced weighting checked in closed form.
  const auto reference = torch::tensor({-1.0f, 1.0f}).view({2, 1});
  const auto balanced = fitProbe(reference, torch::tensor({0, 1}).to(torch::kInt64), kindOf(ProbeKind::LogisticRegression), reference);
  const auto skewed = fitProbe(torch::tensor({-1.0f, -1.0f, -1.0f, 1.0f}).view({4, 1}), torch::tensor({0.f, 0.f, 0.f, 1.f}),
                               kindOf(ProbeKind::LogisticRegression), reference);
  for (double l2 : {1.0, 0.25}) {
    const double s = 1.0 / (1.0 + 1e-6);
    double lo = 0, hi = 20;  // l2·w − s·σ(−ws) is increasing in w
    for (int i = 0; i < 200; ++i) {
      const double w = 0.5 * (lo + hi);
      (l2 * w - s / (1 + std::exp(w * s)) < 0 ? lo : hi) = w;
    }
    const auto probe = fitProbe(reference, torch::tensor({0, 1}).to(torch::kInt64), kindOf(ProbeKind::LogisticRegression, l2), reference);
    EXPECT_NEAR(probe.weight[0].item<float>(), lo, 1e-6) << l2;
    EXPECT_NEAR(probe.bias, 0.0, 1e-9) << l2;
  }
  EXPECT_NEAR(balanced.weight[0].item<float>(), 0.40108, 1e-4);
  EXPECT_NEAR(skewed.weight[0].item<float>(), balanced.weight[0].item<float>(), 1e-6);
  EXPECT_NEAR(skewed.bias, 0.0, 1e-9);
}

TEST(LinearProbe, LogisticRegressionGradientVanishesAtTheSolution) {
  // Overlapping classes, unequal sizes; N < F (reduced path) and N > F.
  for (auto [p, q, f] : {std::tuple<int64_t, int64_t, int64_t>{3, 6, 40}, {25, 60, 8}}) {
    const auto [x, y] = blobs(p, q, f, 0.3, 31);
    for (double l2 : {1.0, 0.01}) {
      const auto probe = fitProbe(x, y, kindOf(ProbeKind::LogisticRegression, l2));
      auto w = probe.weight.to(torch::kFloat64).clone().requires_grad_(true);
      auto b = torch::tensor(probe.bias, torch::kFloat64).requires_grad_(true);
      objective(x, y, probe, w, b, l2).backward();
      // The weights are stored in float32: relative rounding ~6e-8 times the
      // curvature; a fit stopped early would leave gradients orders larger.
      EXPECT_LT(w.grad().abs().max().item<double>(), 1e-5) << "N=" << p + q << " F=" << f << " l2=" << l2;
      EXPECT_LT(std::abs(b.grad().item<double>()), 1e-5) << "N=" << p + q << " F=" << f << " l2=" << l2;
      // And it is a minimum of the convex objective: not just any stationary point.
      EXPECT_GT(w.abs().max().item<double>(), 0);
    }
  }
}

TEST(LinearProbe, BalancedWeightingEqualsDuplicatedBalancedData) {
  // 3 pre-ictal against 30 normal; the same with each pre-ictal sample
  // repeated ten times (30 against 30). Same standardisation rows for both,
  // since duplicating would otherwise move the mean and std.
  const auto [x, y] = blobs(3, 30, 5, 0.5, 41);
  const auto pos = x.index({torch::indexing::Slice(0, 3)});
  const auto duplicated = torch::cat({pos.repeat({10, 1}), x.index({torch::indexing::Slice(3, 33)})});
  const auto yDuplicated = torch::cat({torch::ones({30}), torch::zeros({30})});
  for (auto kind : {ProbeKind::NearestClassMean, ProbeKind::LogisticRegression}) {
    const auto a = fitProbe(x, y, kindOf(kind), x);
    const auto b = fitProbe(duplicated, yDuplicated, kindOf(kind), x);
    EXPECT_TRUE(torch::allclose(a.weight, b.weight, 1e-5, 1e-6)) << toString(kind) << a.weight << b.weight;
    EXPECT_NEAR(a.bias, b.bias, 1e-6) << toString(kind);
  }
  // The other way round, 3 against 300 (the normals repeated ten times),
  // fits the same boundary too: only the classes' means of the loss count.
  const auto moreNormals = torch::cat({pos, x.index({torch::indexing::Slice(3, 33)}).repeat({10, 1})});
  const auto yMore = torch::cat({torch::ones({3}), torch::zeros({300})});
  const auto a = fitProbe(x, y, kindOf(ProbeKind::LogisticRegression), x);
  const auto c = fitProbe(moreNormals, yMore, kindOf(ProbeKind::LogisticRegression), x);
  EXPECT_TRUE(torch::allclose(a.weight, c.weight, 1e-5, 1e-6));
  EXPECT_NEAR(a.bias, c.bias, 1e-6);
}

TEST(LinearProbe, AffineFormGivesTheSameLogits) {
  const auto [x, y] = blobs(10, 14, 12, 0.5, 51);
  torch::manual_seed(52);
  const auto unlabelled = torch::randn({40, 12}) * 2 + 0.7;  // standardisation from other rows
  const auto queries = torch::randn({30, 12}) * 2;
  for (auto kind : {ProbeKind::NearestClassMean, ProbeKind::LogisticRegression}) {
    const auto probe = fitProbe(x, y, kindOf(kind), unlabelled);
    const auto [w, b] = probe.affine();
    ASSERT_EQ(w.scalar_type(), torch::kFloat32);
    // As an nn::Linear would compute it, in float32.
    torch::nn::Linear linear(torch::nn::LinearOptions(12, 1));
    {
      torch::NoGradGuard g;
      linear->weight.copy_(w.view({1, 12}));
      linear->bias.fill_(b);
    }
    const auto viaLinear = linear->forward(queries).squeeze(1).detach();
    const auto direct = probe.logits(queries);
    const double tol = 1e-5 * (1 + direct.abs().max().item<double>());
    EXPECT_LT((viaLinear - direct).abs().max().item<double>(), tol) << toString(kind);
    EXPECT_GT(direct.std().item<double>(), 0.1);  // not trivially zero logits
  }
}

TEST(LinearProbe, ConstantFeatureStaysFinite) {
  auto [x, y] = blobs(4, 4, 6, 1.0, 61);
  x.index_put_({torch::indexing::Slice(), 2}, 0.1f);  // constant over every row
  for (auto kind : {ProbeKind::NearestClassMean, ProbeKind::LogisticRegression}) {
    const auto probe = fitProbe(x, y, kindOf(kind));
    EXPECT_TRUE(torch::isfinite(probe.weight).all().item<bool>()) << toString(kind);
    EXPECT_TRUE(std::isfinite(probe.bias));
    EXPECT_TRUE(torch::isfinite(probe.scale).all().item<bool>());
    // A new value in the constant feature (1e6 standard units away) must not
    // swamp the score: its weight is zero to rounding.
    auto query = x.clone();
    query.index_put_({torch::indexing::Slice(), 2}, 0.6f);
    const auto shifted = probe.logits(query), original = probe.logits(x);
    EXPECT_TRUE(torch::isfinite(shifted).all().item<bool>());
    EXPECT_LT((shifted - original).abs().max().item<float>(), 1e-2) << toString(kind);
    const auto [w, b] = probe.affine();
    EXPECT_TRUE(torch::isfinite(w).all().item<bool>());
    EXPECT_TRUE(std::isfinite(b));
  }
}

TEST(LinearProbe, BadInputsThrow) {
  const auto [x, y] = blobs(3, 3, 4, 1.0, 71);
  for (auto kind : {ProbeKind::NearestClassMean, ProbeKind::LogisticRegression}) {
    EXPECT_THROW(fitProbe(x, torch::ones({6}), kindOf(kind)), std::invalid_argument);        // one class
    EXPECT_THROW(fitProbe(x, torch::zeros({6}, torch::kInt64), kindOf(kind)), std::invalid_argument);
    EXPECT_THROW(fitProbe(x, torch::full({6}, 2), kindOf(kind)), std::invalid_argument);      // not 0/1
    EXPECT_THROW(fitProbe(x, y.index({torch::indexing::Slice(0, 5)}), kindOf(kind)), std::invalid_argument);
    EXPECT_THROW(fitProbe(x, y, kindOf(kind), torch::zeros({5, 3})), std::invalid_argument);  // wrong width
    auto bad = x.clone();
    bad[0][0] = NAN;
    EXPECT_THROW(fitProbe(bad, y, kindOf(kind)), std::invalid_argument);
  }
  EXPECT_THROW(fitProbe(x, y, kindOf(ProbeKind::LogisticRegression, 0.0)), std::invalid_argument);
  EXPECT_THROW(LinearProbe{}.logits(x), std::invalid_argument);  // not fitted
  const auto probe = fitProbe(x, y, {});
  EXPECT_THROW(probe.logits(torch::zeros({2, 5})), std::invalid_argument);
}

TEST(LinearProbe, FitIsDeterministic) {
  const auto [x, y] = blobs(5, 9, 30, 0.3, 81);
  const auto a = fitProbe(x, y, {});
  const auto b = fitProbe(x, y, {});
  EXPECT_TRUE(torch::equal(a.weight, b.weight));
  EXPECT_EQ(a.bias, b.bias);
}

// Few-shot with a small informative block beside a large uninformative one
// (4 motion statistics beside 3072 pooled tokens, in miniature): without
// blocks the fit's kernel is almost all noise and held-out ranking is near
// chance; with blocks the 4 features hold half the say and ranking follows
// them. Averaged over draws so one lucky support set cannot decide.
TEST(LinearProbe, BlocksGiveASmallInformativeBlockItsSay) {
  constexpr int64_t kNoise = 2000, kSignal = 4, kSupport = 4, kQuery = 200;
  for (auto kind : {ProbeKind::NearestClassMean, ProbeKind::LogisticRegression}) {
    double plainAuc = 0, blockAuc = 0;
    constexpr int kDraws = 10;
    for (int draw = 0; draw < kDraws; ++draw) {
      torch::manual_seed(1000 + draw);
      const int64_t n = 2 * (kSupport + kQuery);
      const auto y = torch::arange(n).remainder(2).to(torch::kInt64);
      const auto signal = torch::randn({n, kSignal}) + 1.5 * (2 * y.to(torch::kFloat32).unsqueeze(1) - 1);
      const auto x = torch::cat({torch::randn({n, kNoise}), signal}, 1);
      const auto support = torch::arange(2 * kSupport), query = torch::arange(2 * kSupport, n);
      auto options = kindOf(kind);
      const auto plain = fitProbe(x.index_select(0, support), y.index_select(0, support), options, x);
      options.blocks = {kNoise, kSignal};
      const auto blocked = fitProbe(x.index_select(0, support), y.index_select(0, support), options, x);
      const auto yq = y.index_select(0, query).to(torch::kFloat64);
      auto auc = [&](const LinearProbe& p) {
        const auto s = p.logits(x.index_select(0, query)).to(torch::kFloat64);
        const auto pos = s.index({yq.eq(1)}), neg = s.index({yq.eq(0)});
        return (pos.unsqueeze(1) > neg.unsqueeze(0)).to(torch::kFloat64).mean().item<double>();
      };
      plainAuc += auc(plain) / kDraws;
      blockAuc += auc(blocked) / kDraws;
    }
    EXPECT_GT(blockAuc, 0.9) << toString(kind);
    EXPECT_LT(plainAuc, blockAuc - 0.1) << toString(kind) << " plain " << plainAuc;
  }
}

TEST(LinearProbe, BlocksShareTheVarianceEquallyAndMustCoverTheFeatures) {
  const auto [x, y] = blobs(20, 20, 12, 0.5, 91);
  ProbeOptions o;
  o.blocks = {9, 3};
  const auto probe = fitProbe(x, y, o);
  const auto z = (x - probe.mean) / probe.scale;
  const auto variance = z.pow(2).mean(0);  // standardised on x itself: mean 0
  EXPECT_NEAR(variance.index({torch::indexing::Slice(0, 9)}).sum().item<double>(), 6.0, 1e-3);
  EXPECT_NEAR(variance.index({torch::indexing::Slice(9, 12)}).sum().item<double>(), 6.0, 1e-3);
  // One block, or none, is the plain standardisation.
  o.blocks = {12};
  EXPECT_TRUE(torch::allclose(fitProbe(x, y, o).scale, fitProbe(x, y, {}).scale));
  for (auto bad : {std::vector<int64_t>{9, 2}, std::vector<int64_t>{12, 0}, std::vector<int64_t>{11}}) {
    o.blocks = bad;
    EXPECT_THROW(fitProbe(x, y, o), std::invalid_argument);
  }
}

TEST(LinearProbe, BlockSharesSetEachBlocksVariance) {
  const auto [x, y] = blobs(20, 20, 12, 0.5, 92);
  ProbeOptions o;
  o.blocks = {9, 3};
  o.blockShares = {0.25, 0.75};
  const auto probe = fitProbe(x, y, o);
  const auto variance = ((x - probe.mean) / probe.scale).pow(2).mean(0);
  EXPECT_NEAR(variance.index({torch::indexing::Slice(0, 9)}).sum().item<double>(), 3.0, 1e-3);
  EXPECT_NEAR(variance.index({torch::indexing::Slice(9, 12)}).sum().item<double>(), 9.0, 1e-3);
  // Equal shares are the default.
  o.blockShares = {0.5, 0.5};
  auto equal = o;
  equal.blockShares.clear();
  EXPECT_TRUE(torch::allclose(fitProbe(x, y, o).scale, fitProbe(x, y, equal).scale));
  for (auto bad : {std::vector<double>{0.5}, std::vector<double>{0.6, 0.6}, std::vector<double>{1.0, 0.0},
                   std::vector<double>{-0.5, 1.5}}) {
    o.blockShares = bad;
    EXPECT_THROW(fitProbe(x, y, o), std::invalid_argument);
  }
}
