// The pooled window-level figures: labelled windows only, both labels needed.

#include "core/forecast/PooledWindows.h"
#include "ml/Metrics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace prodrome::core {
namespace {

std::vector<ForecastPoint> pooledCurve(const std::vector<double>& p) {
  std::vector<ForecastPoint> points;
  for (std::size_t i = 0; i < p.size(); ++i) points.push_back({static_cast<std::int64_t>(15 * (i + 5)), p[i]});
  return points;
}

TEST(PooledWindows, WindowsOfNeitherLabelAreLeftOutAndRecordingsPool) {
  PooledWindows w;
  w.add(pooledCurve({0.9, 0.2, 0.99, 0.4}), {1, 0, -1, 0});
  w.add(pooledCurve({0.3, 0.8}), {0, 1});
  EXPECT_EQ(w.scores, (std::vector<double>{0.9, 0.2, 0.4, 0.3, 0.8}));
  EXPECT_EQ(w.positives(), 2);
  EXPECT_EQ(w.negatives(), 3);
  EXPECT_DOUBLE_EQ(w.rocAuc(), 1.0);
  EXPECT_DOUBLE_EQ(w.rocAuc(), ml::rocAuc(w.scores, w.labels));
  EXPECT_DOUBLE_EQ(w.prAuc(), ml::averagePrecision(w.scores, w.labels));
  // The window the curve ranks highest is of neither label: it changes nothing.
  PooledWindows without;
  without.add(pooledCurve({0.9, 0.2, 0.4}), {1, 0, 0});
  without.add(pooledCurve({0.3, 0.8}), {0, 1});
  EXPECT_EQ(without.rocAuc(), w.rocAuc());
  // (0.1² + 0.2² + 0.4² + 0.3² + 0.2²) / 5; two of five pre-ictal: a
  // constant 0.4 scores 0.24.
  EXPECT_NEAR(w.brierScore(), 0.068, 1e-12);
  EXPECT_NEAR(constantForecastBrier(w.positives(), w.negatives()), 0.24, 1e-12);
  PooledWindows constant;
  constant.add(pooledCurve({0.4, 0.4, 0.4, 0.4, 0.4}), w.labels);
  EXPECT_NEAR(constant.brierScore(), 0.24, 1e-12);
}

TEST(PooledWindows, OneLabelGivesNoFigureAndMismatchedSizesAreRefused) {
  PooledWindows w;
  EXPECT_TRUE(std::isnan(w.rocAuc()));
  EXPECT_TRUE(std::isnan(w.brierScore()));
  EXPECT_TRUE(std::isnan(constantForecastBrier(0, 0)));
  w.add(pooledCurve({0.1, 0.7}), {0, 0});
  EXPECT_FALSE(w.bothLabels());
  EXPECT_TRUE(std::isnan(w.rocAuc()));
  EXPECT_TRUE(std::isnan(w.prAuc()));
  EXPECT_THROW(w.add(pooledCurve({0.1, 0.7}), {0}), std::invalid_argument);
  EXPECT_EQ(w.scores.size(), 2u);
}

TEST(PooledWindows, ReliabilityBinsSayHowOftenWhatTheNumberSaidHappened) {
  PooledWindows w;
  w.add(pooledCurve({0.0, 0.05, 0.08, 0.3, 0.9, 1.0, 0.2}), {0, 0, 1, 0, 1, 1, -1});
  const auto bins = reliabilityBins(w, {0.0, 0.1, 0.5, 1.0});
  ASSERT_EQ(bins.size(), 3u);
  EXPECT_EQ(bins[0].windows, 3);  // 0.0, 0.05, 0.08
  EXPECT_NEAR(bins[0].meanProbability, 0.13 / 3, 1e-12);
  EXPECT_NEAR(bins[0].preictalShare, 1.0 / 3, 1e-12);
  EXPECT_EQ(bins[1].windows, 1);  // 0.3; the unlabelled 0.2 is not pooled
  EXPECT_EQ(bins[1].preictalShare, 0.0);
  EXPECT_EQ(bins[2].windows, 2);  // 0.9 and 1.0: the top edge is the last bin's
  EXPECT_EQ(bins[2].preictalShare, 1.0);
  EXPECT_EQ(bins[2].low, 0.5);
  EXPECT_EQ(bins[2].high, 1.0);
  const auto empty = reliabilityBins(PooledWindows{}, {0.0, 1.0});
  EXPECT_EQ(empty[0].windows, 0);
  EXPECT_TRUE(std::isnan(empty[0].preictalShare));
  EXPECT_THROW(reliabilityBins(w, {0.5}), std::invalid_argument);
  EXPECT_THROW(reliabilityBins(w, {0.5, 0.1}), std::invalid_argument);
  EXPECT_THROW(reliabilityBins(w, {0.1, 0.1, 0.5}), std::invalid_argument);
}

}  // namespace
}  // namespace prodrome::core
