#include "ml/CountIntervals.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

using namespace prodrome::ml;

// Reference values: the Clopper-Pearson and Garwood tables (e.g. R's
// binom.test and poisson.test), to the digits they print.
TEST(CountIntervals, ProportionMatchesClopperPearson) {
  const auto five = proportionInterval95(5, 6);
  EXPECT_NEAR(five.low, 0.35876, 5e-5);
  EXPECT_NEAR(five.high, 0.99579, 5e-5);
  const auto none = proportionInterval95(0, 10);
  EXPECT_EQ(none.low, 0.0);
  EXPECT_NEAR(none.high, 0.30850, 5e-5);
  const auto all = proportionInterval95(10, 10);
  EXPECT_NEAR(all.low, 0.69150, 5e-5);
  EXPECT_EQ(all.high, 1.0);
  const auto half = proportionInterval95(50, 100);
  EXPECT_NEAR(half.low, 0.39832, 5e-5);
  EXPECT_NEAR(half.high, 0.60168, 5e-5);
}

TEST(CountIntervals, RateMatchesGarwood) {
  const auto zero = poissonRateInterval95(0, 1);
  EXPECT_EQ(zero.low, 0.0);
  EXPECT_NEAR(zero.high, 3.68888, 5e-5);
  const auto one = poissonRateInterval95(1, 1);
  EXPECT_NEAR(one.low, 0.02532, 5e-5);
  EXPECT_NEAR(one.high, 5.57164, 5e-5);
  const auto ten = poissonRateInterval95(10, 1);
  EXPECT_NEAR(ten.low, 4.79539, 5e-5);
  EXPECT_NEAR(ten.high, 18.39036, 5e-5);
  // Per hour: the count's interval over the hours.
  const auto perHour = poissonRateInterval95(10, 0.25);
  EXPECT_NEAR(perHour.low, 4 * 4.79539, 2e-4);
  EXPECT_NEAR(perHour.high, 4 * 18.39036, 2e-4);
  // A large count stays finite and close to the normal approximation.
  const auto many = poissonRateInterval95(10000, 100);
  EXPECT_NEAR(many.low, 100 - 1.96, 0.05);
  EXPECT_NEAR(many.high, 100 + 1.96, 0.05);
}

TEST(CountIntervals, UndefinedAndInvalidInputs) {
  EXPECT_TRUE(std::isnan(proportionInterval95(0, 0).low));
  EXPECT_TRUE(std::isnan(poissonRateInterval95(3, 0).high));
  EXPECT_TRUE(std::isnan(poissonRateInterval95(3, std::nan("")).low));
  EXPECT_THROW(proportionInterval95(7, 6), std::invalid_argument);
  EXPECT_THROW(proportionInterval95(-1, 6), std::invalid_argument);
  EXPECT_THROW(poissonRateInterval95(-1, 1), std::invalid_argument);
}
