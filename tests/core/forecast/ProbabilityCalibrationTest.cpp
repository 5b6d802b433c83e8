// Platt scaling of a forecaster's probabilities: a known map is recovered,
// the order of windows (and so every alarm at the mapped threshold) is kept,
// and sets that cannot be calibrated by an increasing map are refused.

#include "core/forecast/PooledWindows.h"
#include "core/forecast/ProbabilityCalibration.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

namespace prodrome::core {
namespace {

double sigmoid(double z) { return 1 / (1 + std::exp(-z)); }

// Windows whose raw logits run over [-6, 6] and whose true chance of being
// pre-ictal is σ(slope · logit + offset); labels drawn by a golden-ratio
// sequence, so the set is the same on every machine.
struct Windows {
  std::vector<double> raw;
  std::vector<int> labels;
};
Windows windowsWithChance(double slope, double offset) {
  Windows w;
  const double phi = (std::sqrt(5.0) - 1) / 2;
  for (int i = 0; i <= 4800; ++i) {
    const double x = -6 + 12.0 * i / 4800;
    w.raw.push_back(sigmoid(x));
    const double u = std::fmod(phi * (i + 1), 1.0);
    w.labels.push_back(u < sigmoid(slope * x + offset) ? 1 : 0);
  }
  return w;
}

double brier(const std::vector<double>& p, const std::vector<int>& labels) {
  PooledWindows w;
  w.scores = p;
  w.labels = labels;
  return w.brierScore();
}

TEST(ProbabilityCalibration, AKnownMapIsRecoveredAndTheProbabilitiesComeCloserToWhatHappened) {
  const auto w = windowsWithChance(0.45, -2.8);  // what the demo's forecasters needed (issue 12)
  const auto fit = fitProbabilityCalibration(w.raw, w.labels);
  ASSERT_TRUE(fit);
  EXPECT_NEAR(fit->slope, 0.45, 0.06);
  EXPECT_NEAR(fit->offset, -2.8, 0.25);
  auto calibrated = w.raw;
  fit->applyTo(calibrated);
  EXPECT_LT(brier(calibrated, w.labels), 0.6 * brier(w.raw, w.labels));
  // Raw scores that already are probabilities stay nearly as they are.
  const auto fair = windowsWithChance(1.0, 0.0);
  const auto same = fitProbabilityCalibration(fair.raw, fair.labels);
  ASSERT_TRUE(same);
  EXPECT_NEAR(same->slope, 1.0, 0.1);
  EXPECT_NEAR(same->offset, 0.0, 0.15);
}

TEST(ProbabilityCalibration, TheOrderOfWindowsAndEveryAlarmAtTheMappedThresholdStay) {
  const ProbabilityCalibration map{0.45, -2.8};
  const std::vector<double> scores{0.0, 1e-12, 0.02, 0.3, 0.5, 0.77, 0.9, 0.999, 0.9999999, 1.0};
  for (std::size_t i = 1; i < scores.size(); ++i) EXPECT_LT(map.apply(scores[i - 1]), map.apply(scores[i]));
  EXPECT_EQ(map.apply(0.0), 0.0);
  EXPECT_EQ(map.apply(1.0), 1.0);
  // The operating point's "never" (just above 1) and nonsense pass through.
  EXPECT_EQ(map.apply(std::nextafter(1.0, 2.0)), std::nextafter(1.0, 2.0));
  EXPECT_EQ(map.invert(std::nextafter(1.0, 2.0)), std::nextafter(1.0, 2.0));
  for (const double t : {0.3, 0.77, 0.999}) {
    const double mapped = map.apply(t);
    for (const double s : scores) EXPECT_EQ(s >= t, map.apply(s) >= mapped) << s << " against " << t;
    EXPECT_NEAR(map.invert(mapped), t, 1e-12);
  }
  EXPECT_NEAR(map.apply(0.5), sigmoid(-2.8), 1e-15);
  EXPECT_EQ(map.formula(), "sigmoid(0.450 logit p - 2.800)");
  EXPECT_EQ((ProbabilityCalibration{1.25, 0.5}.formula()), "sigmoid(1.250 logit p + 0.500)");
  const ProbabilityCalibration none;
  EXPECT_TRUE(none.isIdentity());
  EXPECT_EQ(none.apply(0.123), 0.123);
  EXPECT_EQ(none.invert(0.123), 0.123);
}

TEST(ProbabilityCalibration, ASeparatedSetGivesAFiniteMap) {
  // Platt's smoothed targets keep the slope finite where every pre-ictal
  // window outscores every normal one.
  const std::vector<double> p{0.1, 0.2, 0.3, 0.7, 0.8, 0.9};
  const std::vector<int> labels{0, 0, 0, 1, 1, 1};
  const auto fit = fitProbabilityCalibration(p, labels);
  ASSERT_TRUE(fit);
  EXPECT_GT(fit->slope, 0);
  EXPECT_TRUE(std::isfinite(fit->slope));
  EXPECT_GT(fit->apply(0.9), fit->apply(0.1));
  // Raw probabilities that round to 0 and 1 are read as finite logits.
  const auto saturated = fitProbabilityCalibration({0.0, 0.0, 0.4, 1.0, 1.0, 0.6}, {0, 0, 1, 1, 1, 0});
  ASSERT_TRUE(saturated);
  EXPECT_TRUE(std::isfinite(saturated->offset));
}

TEST(ProbabilityCalibration, WhatCannotBeCalibratedIsRefused) {
  EXPECT_FALSE(fitProbabilityCalibration({0.2, 0.9}, {0, 0}));
  EXPECT_FALSE(fitProbabilityCalibration({}, {}));
  // Scores the wrong way round: no increasing map fits them.
  const auto w = windowsWithChance(-0.8, 0.0);
  EXPECT_FALSE(fitProbabilityCalibration(w.raw, w.labels));
  EXPECT_THROW(fitProbabilityCalibration({0.2, 0.9}, {0}), std::invalid_argument);
}

}  // namespace
}  // namespace prodrome::core
