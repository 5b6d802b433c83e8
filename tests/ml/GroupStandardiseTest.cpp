#include "ml/GroupStandardise.h"
#include "ml/VideoMAE.h"

#include <gtest/gtest.h>

#include <limits>

#include <cmath>

#include <stdexcept>
#include <string>

using namespace prodrome::ml;

TEST(GroupStandardise, EachGroupByItsOwnMedianAndDeviation) {
  // Rows 0, 2, 3, 5 are group 7: feature 0 is {1, 3, 5, 1000} (median 4,
  // absolute deviations {3, 1, 1, 996}, their median 2); feature 1 is
  // constant there. Rows 1, 4 are group 2 (two rows: median = mean).
  const auto x = torch::tensor({{1.0, 10.0}, {100.0, -1.0}, {3.0, 10.0}, {5.0, 10.0}, {300.0, 1.0}, {1000.0, 10.0}},
                               torch::kFloat);
  const auto y = standardiseWithinGroups(x, {7, 2, 7, 7, 2, 7});
  const double scale = 2.0 * kMadToSd;
  EXPECT_NEAR(y[0][0].item<double>(), -3.0 / scale, 1e-5);
  EXPECT_NEAR(y[2][0].item<double>(), -1.0 / scale, 1e-5);
  EXPECT_NEAR(y[3][0].item<double>(), 1.0 / scale, 1e-5);
  EXPECT_NEAR(y[5][0].item<double>(), 996.0 / scale, 1e-3);  // an outlier moves neither centre nor scale much
  for (int r : {0, 2, 3, 5}) EXPECT_EQ(y[r][1].item<double>(), 0.0) << "constant within the group";
  EXPECT_NEAR(y[1][0].item<double>(), -1.0 / kMadToSd, 1e-5);  // ±half the gap over half the gap
  EXPECT_NEAR(y[4][0].item<double>(), 1.0 / kMadToSd, 1e-5);
  EXPECT_EQ(y.scalar_type(), torch::kFloat);
}

TEST(GroupStandardise, AShiftOrScaleOfOneGroupChangesNothing) {
  torch::manual_seed(3);
  const auto x = torch::randn({40, 5});
  std::vector<std::int64_t> g(40);
  for (int i = 0; i < 40; ++i) g[static_cast<std::size_t>(i)] = i % 4;
  auto moved = x.clone();
  for (int i = 0; i < 40; i += 4) moved[i] = moved[i] * 3.0 + 17.0;  // group 0: another camera
  EXPECT_TRUE(torch::allclose(standardiseWithinGroups(x, g), standardiseWithinGroups(moved, g), 1e-4, 1e-4));
}

TEST(GroupStandardise, EveryColumnIsStandardisedOnItsOwnInAWideTable) {
  // More columns than are standardised at a time, in groups of odd and even
  // size: each column of the result is that column standardised alone, and
  // each group's median there is what torch's interpolating quantile says.
  torch::manual_seed(11);
  const std::int64_t rows = 61, columns = 150;
  const auto x = torch::randn({rows, columns}) * 5.0 + torch::arange(columns).to(torch::kFloat);
  std::vector<std::int64_t> g(static_cast<std::size_t>(rows));
  for (std::int64_t i = 0; i < rows; ++i) g[static_cast<std::size_t>(i)] = i % 3 == 0 ? 4 : (i % 3 == 1 ? 9 : 2);
  const auto y = standardiseWithinGroups(x, g);
  ASSERT_EQ(y.sizes(), x.sizes());
  for (std::int64_t c = 0; c < columns; ++c) {
    const auto alone = standardiseWithinGroups(x.narrow(1, c, 1).contiguous(), g);
    ASSERT_TRUE(torch::equal(y.narrow(1, c, 1), alone)) << "column " << c;
  }
  for (const std::int64_t id : {4, 9, 2}) {
    std::vector<std::int64_t> members;
    for (std::int64_t i = 0; i < rows; ++i)
      if (g[static_cast<std::size_t>(i)] == id) members.push_back(i);
    const auto index = torch::tensor(members, torch::kLong);
    const auto column = x.index_select(0, index).narrow(1, 77, 1).to(torch::kDouble).flatten();
    const double centre = column.quantile(0.5).item<double>();
    const double spread = kMadToSd * (column - centre).abs().quantile(0.5).item<double>();
    const auto expected = ((column - centre) / spread).to(torch::kFloat);
    EXPECT_TRUE(torch::allclose(y.index_select(0, index).narrow(1, 77, 1).flatten(), expected, 1e-6, 1e-6))
        << "group " << id << " of " << members.size() << " rows";
  }
}

TEST(GroupStandardise, TheInputIsLeftAsItWasWhateverItsType) {
  for (const auto type : {torch::kFloat, torch::kDouble}) {
    const auto x = torch::tensor({{1.0, 2.0}, {3.0, 5.0}, {4.0, 11.0}}, type);
    const auto before = x.clone();
    const auto y = standardiseWithinGroups(x, {1, 1, 1});
    EXPECT_TRUE(torch::equal(x, before)) << type;
    EXPECT_EQ(y.scalar_type(), type);
    EXPECT_DOUBLE_EQ(y[1][0].item<double>(), 0.0);  // the median row
  }
}

TEST(GroupStandardise, RefusesMismatchedGroupIds) {
  EXPECT_THROW(standardiseWithinGroups(torch::zeros({3, 2}), {1, 2}), std::invalid_argument);
  EXPECT_EQ(standardiseWithinGroups(torch::zeros({0, 2}), {}).size(0), 0);
}

TEST(GroupStandardise, RefusesNaNOrInfiniteEntriesByRowAndFeature) {
  // In the second slice of columns, so the feature named is the table's.
  auto x = torch::randn({9, 70});
  for (const double bad : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
    auto y = x.clone();
    y[5][66] = bad;
    try {
      standardiseWithinGroups(y, {0, 0, 0, 1, 1, 1, 1, 1, 1});
      FAIL() << "standardised a table holding " << bad;
    } catch (const std::invalid_argument& e) {
      EXPECT_NE(std::string(e.what()).find("row 5, feature 66 is NaN or infinite"), std::string::npos) << e.what();
    }
  }
  EXPECT_NO_THROW(standardiseWithinGroups(x, {0, 0, 0, 1, 1, 1, 1, 1, 1}));
}

TEST(GroupStandardise, HeadLogitsOfFeaturesIsForward) {
  auto config = presetConfig("vit-tiny");
  config.depth = 1;
  config.num_frames = 4;
  config.img_size = 32;
  VideoMAEClassifier model(config);
  model->eval();
  torch::NoGradGuard noGrad;
  const auto video = torch::randn({2, 3, 4, 32, 32});
  EXPECT_TRUE(torch::allclose(model->forward(video), model->headLogits(model->features(video)), 1e-6, 1e-6));
}

TEST(GroupStandardise, TheFlagTravelsInTheModelConfig) {
  auto config = presetConfig("vit-tiny");
  config.recording_norm = true;
  EXPECT_TRUE(configFromJson(configToJson(config)).recording_norm);
  EXPECT_FALSE(configFromJson(configToJson(presetConfig("vit-tiny"))).recording_norm);
}

TEST(GroupStandardise, ANightOfWindowsInOneGroup) {
  // 8.3 hours of windows at one a second × 600 features, the size a night's
  // forecast standardises at once: every column's median becomes 0.
  torch::manual_seed(5);
  const auto x = torch::randn({30000, 600}) * 3.0 + 1.0;
  const auto y = standardiseWithinGroups(x, std::vector<std::int64_t>(30000, 1));
  const auto medians = std::get<0>(y.median(0));
  EXPECT_LT(medians.abs().max().item<double>(), 1e-3);
}

TEST(MotionStatsHead, TheHeadReadsThePooledFeaturesThenTheMotionStatistics) {
  auto config = presetConfig("vit-tiny");
  config.embed_dim = 24;
  config.num_heads = 2;
  config.depth = 1;
  config.num_frames = 4;
  config.img_size = 32;
  config.motion_stats = true;
  EXPECT_THROW(config.validate(), std::invalid_argument);  // the statistics are only read against their recording
  config.recording_norm = true;
  EXPECT_EQ(config.headInputDim(), config.pooledDim() + kMotionStatistics);
  EXPECT_TRUE(configFromJson(configToJson(config)).motion_stats);
  EXPECT_FALSE(configFromJson(configToJson(presetConfig("vit-tiny"))).motion_stats);

  VideoMAEClassifier model(config);
  model->eval();
  torch::NoGradGuard noGrad;
  EXPECT_EQ(model->head->weight.size(1), config.pooledDim() + kMotionStatistics);
  const auto video = torch::randn({2, 3, 4, 32, 32});
  // forward() has no statistics to give the head: it says so instead of
  // failing on a shape.
  EXPECT_THROW(model->forward(video), std::logic_error);
  const auto inputs = torch::cat({model->features(video), torch::randn({2, kMotionStatistics})}, 1);
  EXPECT_EQ(model->headLogits(inputs).sizes(), (std::vector<int64_t>{2, 1}));

  // At three time scales the head reads three sets; the count travels with
  // the weights, as does the operating point's windows in a row.
  config.motion_scales = 3;
  config.decision_consecutive = 2;
  EXPECT_EQ(config.headInputDim(), config.pooledDim() + 3 * kMotionStatistics);
  const auto back = configFromJson(configToJson(config));
  EXPECT_EQ(back.motion_scales, 3);
  EXPECT_EQ(back.decision_consecutive, 2);
  // A stored model from before either field reads as one scale, one window.
  const auto old = configFromJson(R"({"motion_stats": true, "recording_norm": true})");
  EXPECT_EQ(old.motion_scales, 1);
  EXPECT_EQ(old.decision_consecutive, 1);
  EXPECT_EQ(VideoMAEClassifier(config)->head->weight.size(1), config.pooledDim() + 3 * kMotionStatistics);
  // Two earlier windows at the same three scales: three sets of three.
  config.motion_lags = 2;
  EXPECT_EQ(config.headInputDim(), config.pooledDim() + 9 * kMotionStatistics);
  EXPECT_EQ(configFromJson(configToJson(config)).motion_lags, 2);
  EXPECT_EQ(old.motion_lags, 0);
  EXPECT_EQ(VideoMAEClassifier(config)->head->weight.size(1), config.pooledDim() + 9 * kMotionStatistics);
  config.motion_lags = kMaxMotionLags + 1;
  EXPECT_THROW(config.validate(), std::invalid_argument);
  config.motion_lags = -1;
  EXPECT_THROW(config.validate(), std::invalid_argument);
  config.motion_lags = 0;
  // Just above 1: the operating point of a model that should never alarm.
  config.decision_threshold = std::nextafter(1.0, 2.0);
  EXPECT_NO_THROW(config.validate());
  config.decision_threshold = 1.01;
  EXPECT_THROW(config.validate(), std::invalid_argument);
  config.decision_threshold = 0.5;
  config.motion_scales = kMaxMotionScales + 1;
  EXPECT_THROW(config.validate(), std::invalid_argument);
  config.motion_scales = 0;
  EXPECT_THROW(config.validate(), std::invalid_argument);
  config.motion_scales = 1;
  config.decision_consecutive = 0;
  EXPECT_THROW(config.validate(), std::invalid_argument);
  config.decision_consecutive = 1;
  // The brief jerks' weight: stored, read back, 0 for a model from before it,
  // in [0, 1), and only beside the statistics (the same frame energies).
  config.jerk_weight = 0.25;
  EXPECT_NO_THROW(config.validate());
  EXPECT_EQ(configFromJson(configToJson(config)).jerk_weight, 0.25);
  EXPECT_EQ(old.jerk_weight, 0.0);
  config.jerk_weight = 1.0;
  EXPECT_THROW(config.validate(), std::invalid_argument);
  config.jerk_weight = -0.1;
  EXPECT_THROW(config.validate(), std::invalid_argument);
  config.jerk_weight = 0.5;
  config.motion_stats = false;
  EXPECT_THROW(config.validate(), std::invalid_argument);
  config.motion_stats = true;
  // The calibration map: stored, read back, none for a model from before it,
  // and only an increasing one (the threshold and the alarms must keep).
  EXPECT_EQ(old.calibration_slope, 1.0);
  EXPECT_EQ(old.calibration_offset, 0.0);
  config.calibration_slope = 0.45;
  config.calibration_offset = -2.75;
  const auto calibrated = configFromJson(configToJson(config));
  EXPECT_EQ(calibrated.calibration_slope, 0.45);
  EXPECT_EQ(calibrated.calibration_offset, -2.75);
  config.calibration_slope = 0.0;
  EXPECT_THROW(config.validate(), std::invalid_argument);
  config.calibration_slope = -0.5;
  EXPECT_THROW(config.validate(), std::invalid_argument);
  config.calibration_slope = 0.45;
  config.calibration_offset = std::numeric_limits<double>::infinity();
  EXPECT_THROW(config.validate(), std::invalid_argument);
  config.calibration_offset = -2.75;
  // What it was fine-tuned and judged for: each stored and read back, a bad
  // value refused; a model from before them reads "not stored" (0 for the
  // window, horizon and frame rate; -1 for the labels, where 0 is a value).
  const auto storedField = [&config](double VideoMAEConfig::*field, double value, double bad) {
    auto c = config;
    c.*field = value;
    EXPECT_NO_THROW(c.validate());
    EXPECT_EQ(configFromJson(configToJson(c)).*field, value);
    c.*field = bad;
    EXPECT_THROW(c.validate(), std::invalid_argument);
  };
  const auto nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
  for (auto field : {&VideoMAEConfig::window_seconds, &VideoMAEConfig::horizon_seconds, &VideoMAEConfig::frame_rate})
    EXPECT_EQ(old.*field, 0.0);
  for (auto field :
       {&VideoMAEConfig::gap_seconds_human, &VideoMAEConfig::gap_seconds_rodent, &VideoMAEConfig::post_ictal_seconds})
    EXPECT_EQ(old.*field, -1.0);
  storedField(&VideoMAEConfig::window_seconds, 8, -1);
  storedField(&VideoMAEConfig::horizon_seconds, 2.5, nan);
  storedField(&VideoMAEConfig::frame_rate, 29.97, -30);
  storedField(&VideoMAEConfig::gap_seconds_human, 120, -2);
  storedField(&VideoMAEConfig::gap_seconds_rodent, 0, -0.5);
  storedField(&VideoMAEConfig::post_ictal_seconds, 45, inf);
}
