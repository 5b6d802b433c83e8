#include "ml/Statistics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>

using namespace prodrome::ml;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

TEST(Statistics, TQuantileMatchesPublishedTable) {
  // Two-sided 95 % critical values from the standard t table (6 decimals).
  EXPECT_NEAR(studentTQuantile975(1), 12.706205, 1e-6);
  EXPECT_NEAR(studentTQuantile975(2), 4.302653, 1e-6);
  EXPECT_NEAR(studentTQuantile975(3), 3.182446, 1e-6);
  EXPECT_NEAR(studentTQuantile975(4), 2.776445, 1e-6);
  EXPECT_NEAR(studentTQuantile975(5), 2.570582, 1e-6);
  EXPECT_NEAR(studentTQuantile975(10), 2.228139, 1e-6);
  EXPECT_NEAR(studentTQuantile975(29), 2.045230, 1e-6);
  EXPECT_NEAR(studentTQuantile975(30), 2.042272, 1e-6);
  EXPECT_NEAR(studentTQuantile975(60), 2.000298, 1e-6);
  EXPECT_NEAR(studentTQuantile975(120), 1.979930, 1e-6);
  EXPECT_NEAR(studentTQuantile975(1000), 1.962339, 1e-6);
  EXPECT_NEAR(studentTQuantile975(1000000), 1.959966, 1e-6);
}

TEST(Statistics, TQuantileIsContinuousAcrossTheSeriesSwitch) {
  // Exact sums up to df 1000, Cornish-Fisher above: the two must join smoothly
  // (the step from 1000 to 1001 is about 2.4e-6, like the steps either side).
  const double before = studentTQuantile975(999) - studentTQuantile975(1000);
  const double across = studentTQuantile975(1000) - studentTQuantile975(1001);
  const double after = studentTQuantile975(1001) - studentTQuantile975(1002);
  EXPECT_GT(across, 0);
  EXPECT_NEAR(across, before, 1e-8);
  EXPECT_NEAR(across, after, 1e-8);
  for (int df = 1; df < 200; ++df) EXPECT_GT(studentTQuantile975(df), studentTQuantile975(df + 1)) << df;
  EXPECT_THROW(studentTQuantile975(0), std::invalid_argument);
}

TEST(Statistics, MeanIntervalOfOneToFive) {
  const auto m = meanInterval({1, 2, 3, 4, 5});
  EXPECT_EQ(m.n, 5);
  EXPECT_DOUBLE_EQ(m.mean, 3.0);
  EXPECT_NEAR(m.sd, std::sqrt(2.5), 1e-12);  // 1.5811: squares 4+1+0+1+4 = 10, / 4
  const double half = 2.776445105 * std::sqrt(2.5) / std::sqrt(5.0);  // 2.776 · 0.7071
  EXPECT_NEAR(m.low, 3.0 - half, 1e-8);
  EXPECT_NEAR(m.high, 3.0 + half, 1e-8);
  EXPECT_NEAR(m.high - m.low, 2 * 1.963243, 1e-6);
}

TEST(Statistics, NaNEntriesAreSkipped) {
  const auto with = meanInterval({kNaN, 1, 2, kNaN, 3, 4, 5, kNaN});
  const auto without = meanInterval({1, 2, 3, 4, 5});
  EXPECT_EQ(with.n, 5);
  EXPECT_DOUBLE_EQ(with.mean, without.mean);
  EXPECT_DOUBLE_EQ(with.sd, without.sd);
  EXPECT_DOUBLE_EQ(with.low, without.low);
  EXPECT_DOUBLE_EQ(with.high, without.high);
}

TEST(Statistics, TooFewValuesLeaveTheIntervalUndefined) {
  const auto none = meanInterval({});
  EXPECT_EQ(none.n, 0);
  EXPECT_TRUE(std::isnan(none.mean));
  const auto allNaN = meanInterval({kNaN, kNaN});
  EXPECT_EQ(allNaN.n, 0);
  EXPECT_TRUE(std::isnan(allNaN.mean));
  const auto one = meanInterval({kNaN, 0.7});
  EXPECT_EQ(one.n, 1);
  EXPECT_DOUBLE_EQ(one.mean, 0.7);
  EXPECT_TRUE(std::isnan(one.sd));
  EXPECT_TRUE(std::isnan(one.low));
  EXPECT_TRUE(std::isnan(one.high));
  // Identical values: a zero-width interval, not NaN.
  const auto flat = meanInterval({0.5, 0.5, 0.5});
  EXPECT_DOUBLE_EQ(flat.sd, 0.0);
  EXPECT_DOUBLE_EQ(flat.low, 0.5);
  EXPECT_DOUBLE_EQ(flat.high, 0.5);
}

TEST(Statistics, SmallSpreadFarFromZeroKeepsItsPrecision) {
  // A one-pass sum of squares would lose these digits to cancellation.
  const auto m = meanInterval({1e9 + 1, 1e9 + 2, 1e9 + 3});
  EXPECT_DOUBLE_EQ(m.mean, 1e9 + 2);
  EXPECT_NEAR(m.sd, 1.0, 1e-9);
}

TEST(Statistics, PairedDifferenceOnHandMadeEpisodes) {
  // Differences 0.1, 0.2, 0.0, 0.3 (the third pair's NaN drops it, the fifth
  // one too): mean 0.15, squares .0025+.0025+.0225+.0225 = .05, sd √(.05/3).
  const std::vector<double> a{0.8, 0.7, kNaN, 0.6, 0.9, 0.5};
  const std::vector<double> b{0.7, 0.5, 0.6, 0.6, 0.6, kNaN};
  const auto d = pairedDifference(a, b);
  EXPECT_EQ(d.n, 4);
  EXPECT_NEAR(d.mean, 0.15, 1e-12);
  const double sd = std::sqrt(0.05 / 3);
  EXPECT_NEAR(d.sd, sd, 1e-12);
  const double half = 3.182446305 * sd / 2.0;  // t(3) · sd / √4
  EXPECT_NEAR(d.low, 0.15 - half, 1e-8);
  EXPECT_NEAR(d.high, 0.15 + half, 1e-8);
  // Pairing matters: the unpaired arms' own intervals overlap widely, while
  // the difference of a constant shift has zero spread.
  const auto shifted = pairedDifference({0.1, 0.9, 0.4}, {0.0, 0.8, 0.3});
  EXPECT_NEAR(shifted.mean, 0.1, 1e-12);
  EXPECT_NEAR(shifted.sd, 0.0, 1e-12);
}

TEST(Statistics, PairedDifferenceNeedsEqualSizes) {
  EXPECT_THROW(pairedDifference({1, 2, 3}, {1, 2}), std::invalid_argument);
  EXPECT_EQ(pairedDifference({}, {}).n, 0);
}
