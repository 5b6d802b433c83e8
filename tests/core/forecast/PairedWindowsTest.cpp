// The paired window ROC-AUC difference of two forecasters on the same
// windows, with its block-bootstrap interval: 60-s stretches of each
// recording are what is drawn.

#include "core/forecast/PairedWindows.h"
#include "ml/Metrics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace prodrome::core {
namespace {

// Window ends every second at 1 fps: 60 windows to a stretch.
std::vector<ForecastPoint> pairedCurve(const std::vector<double>& p) {
  std::vector<ForecastPoint> points;
  for (std::size_t i = 0; i < p.size(); ++i) points.push_back({static_cast<std::int64_t>(i + 5), p[i]});
  return points;
}

// A recording of `n` windows whose pre-ictal ones come in runs of 10 every
// 50 windows, scored by a good forecaster (a) and a weak one (b), each with
// its own noise.
struct Recording {
  std::vector<double> a, b;
  std::vector<int> labels;
};
Recording recording(int n, double weakSeparation, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  std::normal_distribution<double> noise(0.0, 1.0);
  Recording r;
  for (int i = 0; i < n; ++i) {
    const int label = i % 50 >= 40 ? 1 : 0;
    r.labels.push_back(label);
    r.a.push_back(1 / (1 + std::exp(-(2.0 * label + noise(random)))));
    r.b.push_back(1 / (1 + std::exp(-(weakSeparation * label + noise(random)))));
  }
  return r;
}

TEST(PairedWindows, StretchesOfEachRecordingAreTheBlocksAndUnlabelledWindowsAreLeftOut) {
  PairedWindows w;
  std::vector<double> p(150, 0.5);
  std::vector<int> labels(150, 0);
  labels[3] = 1;
  labels[100] = -1;
  w.add(pairedCurve(p), pairedCurve(p), labels, 1.0);  // window ends 5..154: stretches [0, 60), [60, 120), [120, 180)
  EXPECT_EQ(w.windows(), 149u);
  EXPECT_EQ(w.blocks(), 3);
  w.add(pairedCurve({0.1, 0.2}), pairedCurve({0.3, 0.4}), {0, 1}, 1.0);  // another recording: a block of its own
  EXPECT_EQ(w.blocks(), 4);
  EXPECT_EQ(w.windows(), 151u);
}

TEST(PairedWindows, TheSameForecasterTwiceDiffersByNothing) {
  const auto r = recording(600, 2.0, 1);
  PairedWindows w;
  w.add(pairedCurve(r.a), pairedCurve(r.a), r.labels, 1.0);
  const auto d = w.rocAucDifference();
  EXPECT_EQ(d.difference, 0.0);
  EXPECT_EQ(d.low, 0.0);
  EXPECT_EQ(d.high, 0.0);
  EXPECT_EQ(d.blocks, 11);  // window ends 5..604
  EXPECT_EQ(d.resamples, 1000);
}

TEST(PairedWindows, AClearlyBetterForecasterIsSeenAndTheIntervalIsReproducible) {
  PairedWindows w;
  for (std::uint64_t s = 0; s < 3; ++s) {
    const auto r = recording(1200, 0.3, 10 + s);
    w.add(pairedCurve(r.a), pairedCurve(r.b), r.labels, 1.0);
  }
  const auto d = w.rocAucDifference();
  std::vector<double> a, b;
  std::vector<int> labels;
  for (std::uint64_t s = 0; s < 3; ++s) {
    const auto r = recording(1200, 0.3, 10 + s);
    a.insert(a.end(), r.a.begin(), r.a.end());
    b.insert(b.end(), r.b.begin(), r.b.end());
    labels.insert(labels.end(), r.labels.begin(), r.labels.end());
  }
  EXPECT_DOUBLE_EQ(d.difference, ml::rocAuc(a, labels) - ml::rocAuc(b, labels));
  EXPECT_GT(d.low, 0.1) << d.low;
  EXPECT_LT(d.low, d.difference);
  EXPECT_GT(d.high, d.difference);
  EXPECT_EQ(d.blocks, 63);  // 21 stretches of each recording
  const auto again = w.rocAucDifference();
  EXPECT_EQ(again.low, d.low);
  EXPECT_EQ(again.high, d.high);
  const auto otherSeed = w.rocAucDifference(1000, 13);
  EXPECT_NE(otherSeed.low, d.low);
  EXPECT_NEAR(otherSeed.low, d.low, 0.02);
}

// The weighted AUCs of a draw are those of the windows laid out as drawn:
// the interval equals a plain bootstrap that copies the stretches and scores
// them with ml::rocAuc, with the same generator, ties included.
TEST(PairedWindows, EachDrawScoresTheStretchesAsIfCopied) {
  const auto r = recording(900, 0.8, 40);
  std::vector<ForecastPoint> a, b;
  for (std::size_t i = 0; i < r.a.size(); ++i) {  // ends 0..899: stretch i / 60; scores on a coarse grid (ties)
    a.push_back({static_cast<std::int64_t>(i), std::round(r.a[i] * 20) / 20});
    b.push_back({static_cast<std::int64_t>(i), std::round(r.b[i] * 20) / 20});
  }
  PairedWindows w;
  w.add(a, b, r.labels, 1.0);
  const int resamples = 300;
  const auto d = w.rocAucDifference(resamples, 5);
  ASSERT_EQ(d.blocks, 15);
  std::mt19937_64 random(5);
  std::vector<double> differences;
  for (int k = 0; k < resamples; ++k) {
    std::vector<double> sa, sb;
    std::vector<int> labels;
    for (int j = 0; j < 15; ++j) {
      const auto block = random() % 15;
      for (std::size_t i = block * 60; i < block * 60 + 60; ++i) {
        sa.push_back(a[i].probability);
        sb.push_back(b[i].probability);
        labels.push_back(r.labels[i]);
      }
    }
    differences.push_back(ml::rocAuc(sa, labels) - ml::rocAuc(sb, labels));  // every stretch holds both labels
  }
  std::sort(differences.begin(), differences.end());
  const double h = 0.025 * (resamples - 1), g = 0.975 * (resamples - 1);
  const auto i = static_cast<std::size_t>(h), j = static_cast<std::size_t>(g);
  EXPECT_NEAR(d.low, differences[i] + (h - i) * (differences[i + 1] - differences[i]), 1e-12);
  EXPECT_NEAR(d.high, differences[j] + (g - j) * (differences[j + 1] - differences[j]), 1e-12);
}

TEST(PairedWindows, TwoForecastersOfEqualSkillGiveAnIntervalAroundNothing) {
  PairedWindows w;
  for (std::uint64_t s = 0; s < 3; ++s) {
    const auto r = recording(1200, 2.0, 20 + s);  // the same separation, independent noise
    w.add(pairedCurve(r.a), pairedCurve(r.b), r.labels, 1.0);
  }
  const auto d = w.rocAucDifference();
  EXPECT_LT(std::abs(d.difference), 0.03) << d.difference;
  EXPECT_LT(d.low, 0.0);
  EXPECT_GT(d.high, 0.0);
}

// The draws are stretches, not windows: where each run of pre-ictal windows
// is one event repeated ten times over, an interval that treated them as ten
// independent windows would be far narrower than what the stretches give.
TEST(PairedWindows, DependentWindowsWidenTheIntervalAsTheyShould) {
  const auto r = recording(1800, 1.0, 30);
  std::vector<double> a, b;
  for (std::size_t i = 0; i < r.a.size(); ++i) {  // each value held for 10 windows
    a.push_back(r.a[i - i % 10]);
    b.push_back(r.b[i - i % 10]);
  }
  PairedWindows stretches;
  stretches.add(pairedCurve(a), pairedCurve(b), r.labels, 1.0);
  // The same windows one per block (window ends a minute apart).
  std::vector<ForecastPoint> ca = pairedCurve(a), cb = pairedCurve(b);
  for (std::size_t i = 0; i < ca.size(); ++i)
    ca[i].windowEndFrame = cb[i].windowEndFrame = 60 * static_cast<std::int64_t>(i);
  PairedWindows windows;
  windows.add(ca, cb, r.labels, 1.0);
  ASSERT_EQ(windows.blocks(), 1800);
  const auto s = stretches.rocAucDifference(), w = windows.rocAucDifference();
  EXPECT_DOUBLE_EQ(s.difference, w.difference);
  EXPECT_GT(s.high - s.low, 1.8 * (w.high - w.low)) << (s.high - s.low) << " vs " << (w.high - w.low);
}

TEST(PairedWindows, TooLittleToResampleAndMismatchedCurves) {
  PairedWindows empty;
  EXPECT_TRUE(std::isnan(empty.rocAucDifference().difference));
  PairedWindows one;  // one stretch: a difference, no interval
  one.add(pairedCurve({0.9, 0.1, 0.8}), pairedCurve({0.4, 0.6, 0.5}), {1, 0, 0}, 1.0);
  const auto d = one.rocAucDifference();
  EXPECT_DOUBLE_EQ(d.difference, 1.0 - 0.0);
  EXPECT_TRUE(std::isnan(d.low));
  EXPECT_EQ(d.resamples, 0);
  PairedWindows w;
  EXPECT_THROW(w.add(pairedCurve({0.1}), pairedCurve({0.1, 0.2}), {0}, 1.0), std::invalid_argument);
  EXPECT_THROW(w.add(pairedCurve({0.1}), pairedCurve({0.1}), {0, 1}, 1.0), std::invalid_argument);
  auto shifted = pairedCurve({0.1});
  shifted[0].windowEndFrame += 1;
  EXPECT_THROW(w.add(pairedCurve({0.1}), shifted, {0}, 1.0), std::invalid_argument);
  EXPECT_THROW(w.add(pairedCurve({0.1}), pairedCurve({0.1}), {0}, 0.0), std::invalid_argument);
  EXPECT_EQ(w.windows(), 0u);
}

}  // namespace
}  // namespace prodrome::core
