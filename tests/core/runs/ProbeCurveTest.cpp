// The probe curve against pre-training steps (core/runs/ProbeCurve.h): rows
// paired with the first point episode by episode, the peak, and refusals.

#include "core/runs/ProbeCurve.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace prodrome::core {
namespace {

EpisodeScore episode(int shots, int index, double rocAuc) {
  EpisodeScore e;
  e.shots = shots;
  e.episode = index;
  e.metrics.roc_auc = rocAuc;
  e.metrics.balanced_accuracy = rocAuc - 0.1;
  return e;
}

// Two 2-shot and two 4-shot episodes of the head and of its tokens alone.
FewShotMetrics arm(double head, double tokens, double headOverall, double tokensOverall) {
  FewShotMetrics m;
  for (int shots : {2, 4})
    for (int i = 0; i < 2; ++i) {
      m.episodes.push_back(episode(shots, i, head + 0.01 * shots + 0.02 * i));
      m.tokensAlone.episodes.push_back(episode(shots, i, tokens + 0.01 * shots - 0.02 * i));
    }
  m.overall.rocAuc = headOverall;
  m.tokensAlone.overall.rocAuc = tokensOverall;
  return m;
}

TEST(ProbeCurve, EpisodesPairByShotsAndIndexWhateverTheirOrder) {
  std::vector<EpisodeScore> a{episode(4, 1, 0.9), episode(2, 0, 0.6), episode(4, 0, 0.7)};
  std::vector<EpisodeScore> b{episode(4, 0, 0.5), episode(4, 1, 0.8), episode(2, 0, 0.6), episode(3, 0, 0.1)};
  const auto four = pairedEpisodes(a, b, 4, rocAucOf);  // 0.7 − 0.5 and 0.9 − 0.8
  EXPECT_EQ(four.n, 2);
  EXPECT_NEAR(four.mean, 0.15, 1e-12);
  const auto all = pairedEpisodes(a, b, 0, rocAucOf);  // the 3-shot episode has no partner
  EXPECT_EQ(all.n, 3);
  EXPECT_NEAR(all.mean, 0.1, 1e-12);
  EXPECT_NEAR(pairedEpisodes(a, b, 2, balancedAccuracyOf).mean, 0.0, 1e-12);
  EXPECT_EQ(pairedEpisodes(a, b, 3, rocAucOf).n, 0);
}

TEST(ProbeCurve, RowsArePairedWithTheFirstPointAndThePeakIsTheTokensBest) {
  const auto start = arm(0.80, 0.50, 0.83, 0.53);
  const auto middle = arm(0.82, 0.60, 0.85, 0.63);
  const auto last = arm(0.84, 0.55, 0.87, 0.58);
  const auto rows = probeCurveRows({{0, &start}, {50, &middle}, {150, &last}});
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].steps, 0);
  EXPECT_EQ(rows[0].tokensAloneGain.n, 0);  // nothing to pair the first point with
  EXPECT_TRUE(std::isnan(rows[0].headGain.mean));
  EXPECT_DOUBLE_EQ(rows[1].tokensAlone.rocAuc, 0.63);
  EXPECT_DOUBLE_EQ(rows[1].head.rocAuc, 0.85);
  EXPECT_EQ(rows[1].tokensAloneGain.n, 4);
  EXPECT_NEAR(rows[1].tokensAloneGain.mean, 0.10, 1e-12);
  EXPECT_NEAR(rows[2].tokensAloneGain.mean, 0.05, 1e-12);
  EXPECT_NEAR(rows[2].headGain.mean, 0.04, 1e-12);
  EXPECT_EQ(probeCurvePeak(rows), 1u);
  EXPECT_EQ(probeCurvePeak({}), 0u);
}

TEST(ProbeCurve, RefusesStepsThatDoNotIncreaseAndMissingMetrics) {
  const auto m = arm(0.8, 0.5, 0.8, 0.5);
  EXPECT_THROW(probeCurveRows({{0, &m}, {0, &m}}), std::invalid_argument);
  EXPECT_THROW(probeCurveRows({{50, &m}, {20, &m}}), std::invalid_argument);
  EXPECT_THROW(probeCurveRows({{0, &m}, {20, nullptr}}), std::invalid_argument);
  EXPECT_TRUE(probeCurveRows({}).empty());
}

}  // namespace
}  // namespace prodrome::core
