#include "ml/Metrics.h"
#include "ml/WarmupCosineSchedule.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

using namespace prodrome::ml;

TEST(Metrics, DistinctScoresMatchHandValues) {
  // Four samples, one negative ranked above a positive.
  const std::vector<double> scores{0.1, 0.4, 0.35, 0.8};
  const std::vector<int> labels{0, 0, 1, 1};
  // Pairs (pos, neg) won: 0.35>0.1, 0.8>0.1, 0.8>0.4 = 3 of 4.
  EXPECT_DOUBLE_EQ(rocAuc(scores, labels), 0.75);
  // Descending: 0.8(+) P=1 R=.5; 0.4(-); 0.35(+) P=2/3 R=1 -> .5·1 + .5·2/3.
  EXPECT_DOUBLE_EQ(averagePrecision(scores, labels), 0.5 + 0.5 * 2.0 / 3.0);
  const auto m = binaryMetrics(scores, labels, 0.3);
  EXPECT_EQ(std::make_tuple(m.tp, m.fn, m.tn, m.fp), std::make_tuple(2, 0, 1, 1));
  EXPECT_DOUBLE_EQ(m.sensitivity, 1.0);
  EXPECT_DOUBLE_EQ(m.specificity, 0.5);
  EXPECT_DOUBLE_EQ(m.balanced_accuracy, 0.75);
}

TEST(Metrics, TiesCountHalfAndEnterTogether) {
  const std::vector<double> scores{0.2, 0.6, 0.6, 0.9};
  const std::vector<int> labels{0, 0, 1, 1};
  // 0.6(+) beats 0.2 and ties 0.6(-): 1.5; 0.9(+) beats both: 2 -> 3.5/4.
  EXPECT_DOUBLE_EQ(rocAuc(scores, labels), 0.875);
  // 0.9: P=1 R=.5; the 0.6 pair together: P=2/3 R=1.
  EXPECT_DOUBLE_EQ(averagePrecision(scores, labels), 0.5 + 0.5 * 2.0 / 3.0);
  const std::vector<double> flat{0.5, 0.5, 0.5, 0.5, 0.5};
  const std::vector<int> mixed{0, 1, 0, 1, 1};
  EXPECT_DOUBLE_EQ(rocAuc(flat, mixed), 0.5);
  EXPECT_DOUBLE_EQ(averagePrecision(flat, mixed), 0.6);  // the prevalence
  const auto m = binaryMetrics(flat, mixed);             // 0.5 >= 0.5: all positive
  EXPECT_EQ(m.tp, 3);
  EXPECT_EQ(m.fp, 2);
  EXPECT_DOUBLE_EQ(m.specificity, 0.0);
  EXPECT_DOUBLE_EQ(m.balanced_accuracy, 0.5);
}

TEST(Metrics, PerfectAndInvertedRankings) {
  const std::vector<int> labels{1, 0, 1, 0, 0, 1};
  const std::vector<double> perfect{0.9, 0.1, 0.8, 0.3, 0.2, 0.7};
  EXPECT_DOUBLE_EQ(rocAuc(perfect, labels), 1.0);
  EXPECT_DOUBLE_EQ(averagePrecision(perfect, labels), 1.0);
  std::vector<double> inverted;
  for (double s : perfect) inverted.push_back(1.0 - s);
  EXPECT_DOUBLE_EQ(rocAuc(inverted, labels), 0.0);
  // Positives last: precision 1/4, 2/5, 3/6 at recalls 1/3, 2/3, 1.
  EXPECT_DOUBLE_EQ(averagePrecision(inverted, labels), (0.25 + 0.4 + 0.5) / 3.0);
}

TEST(Metrics, UndefinedIsNaNAndBadInputThrows) {
  const std::vector<double> scores{0.2, 0.7};
  EXPECT_TRUE(std::isnan(rocAuc(scores, {1, 1})));
  EXPECT_TRUE(std::isnan(averagePrecision(scores, {0, 0})));
  EXPECT_TRUE(std::isnan(binaryMetrics(scores, {0, 0}).sensitivity));
  EXPECT_THROW(rocAuc(scores, {1}), std::invalid_argument);
  EXPECT_THROW(rocAuc({}, {}), std::invalid_argument);
  EXPECT_THROW(rocAuc(scores, {0, 2}), std::invalid_argument);
  EXPECT_THROW(rocAuc({0.1, NAN}, {0, 1}), std::invalid_argument);
}

TEST(WarmupCosineSchedule, WarmsUpThenFollowsTheCosine) {
  const WarmupCosineSchedule s(1e-3, 1e-5, 10, 110);
  EXPECT_DOUBLE_EQ(s.at(0), 1e-4);
  EXPECT_DOUBLE_EQ(s.at(4), 5e-4);
  EXPECT_DOUBLE_EQ(s.at(9), 1e-3);
  EXPECT_DOUBLE_EQ(s.at(10), 1e-3);
  EXPECT_NEAR(s.at(60), 1e-5 + 0.5 * (1e-3 - 1e-5), 1e-15);  // half way: the mean
  EXPECT_DOUBLE_EQ(s.at(110), 1e-5);
  EXPECT_DOUBLE_EQ(s.at(500), 1e-5);
  for (int64_t i = 11; i < 110; ++i) EXPECT_LT(s.at(i), s.at(i - 1));
  EXPECT_THROW(WarmupCosineSchedule(1e-3, 1e-2, 0, 10), std::invalid_argument);
  EXPECT_THROW(WarmupCosineSchedule(1e-3, 0, 20, 10), std::invalid_argument);
}
