#include "core/runs/FewShotMetrics.h"
#include "core/runs/FineTuneMetrics.h"
#include "core/runs/MetricText.h"
#include "core/runs/ForecastMetrics.h"
#include "core/runs/PretrainMetrics.h"

#include <gtest/gtest.h>

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace prodrome::core {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

ml::BinaryMetrics metrics(double bacc, double roc, std::int64_t tp = 1) {
  ml::BinaryMetrics m;
  m.balanced_accuracy = bacc;
  m.roc_auc = roc;
  m.pr_auc = roc - 0.1;
  m.sensitivity = 0.5;
  m.specificity = 0.75;
  m.tp = tp, m.fp = 2, m.tn = 3, m.fn = 4;
  return m;
}

EpisodeScore episode(int shots, int index, ml::BinaryMetrics m) {
  EpisodeScore e;
  e.shots = shots;
  e.episode = index;
  e.seed = 1000 + index;
  e.support = 2 * shots;
  e.query = 3;
  e.metrics = m;
  e.supportClips = {10, 11};
  e.queryClips = {20, 21, 22};
  e.predictions = {{0.9, 0.2, 0.6}, {1, 0, 1}, e.queryClips};
  return e;
}

TEST(RunMetrics, FewShotRoundTripsEveryArmEpisodeByEpisode) {
  FewShotMetrics m;
  m.episodes = {episode(2, 0, metrics(0.6, 0.7)), episode(2, 1, metrics(0.8, kNaN)), episode(4, 0, metrics(0.9, 1))};
  m.baseline.method = "motion energy";
  for (auto e : m.episodes) {
    e.metrics = metrics(0.55, 0.65, 7);
    e.predictions.scores = {0.1, 0.2, 0.3};
    m.baseline.episodes.push_back(e);
  }
  for (int k : {2, 4}) {
    m.perShot.push_back(summarise(m.episodes, k));
    m.baseline.perShot.push_back(summarise(m.baseline.episodes, k));
  }
  m.overall = summarise(m.episodes, 0);
  m.baseline.overall = summarise(m.baseline.episodes, 0);

  const QJsonObject json = m.toJson();
  // The stored layout that older readers and the report know.
  EXPECT_TRUE(json.value("episodes").toArray()[0].toObject().value("baseline").isObject());
  EXPECT_TRUE(json.value("episodes").toArray()[1].toObject().value("roc_auc").isNull());  // NaN as null
  EXPECT_FALSE(json.contains("tokens_alone"));

  const auto back = FewShotMetrics::fromJson(json);
  ASSERT_EQ(back.episodes.size(), 3u);
  ASSERT_EQ(back.baseline.episodes.size(), 3u);
  EXPECT_TRUE(back.tokensAlone.empty());
  EXPECT_EQ(back.baseline.method, "motion energy");
  EXPECT_EQ(back.episodes[2].shots, 4);
  EXPECT_EQ(back.episodes[1].seed, 1001);
  EXPECT_EQ(back.episodes[0].supportClips, (std::vector<std::int64_t>{10, 11}));
  EXPECT_EQ(back.episodes[0].queryClips, (std::vector<std::int64_t>{20, 21, 22}));
  EXPECT_TRUE(std::isnan(back.episodes[1].metrics.roc_auc));
  EXPECT_EQ(back.episodes[0].metrics.tp, 1);
  // An arm's episode keeps the model's clips and its own scores.
  EXPECT_EQ(back.baseline.episodes[2].queryClips, back.episodes[2].queryClips);
  EXPECT_EQ(back.baseline.episodes[2].predictions.scores, (std::vector<double>{0.1, 0.2, 0.3}));
  EXPECT_EQ(back.baseline.episodes[2].metrics.tp, 7);
  ASSERT_EQ(back.perShot.size(), 2u);
  EXPECT_EQ(back.perShot[0].episodes, 2);
  EXPECT_DOUBLE_EQ(back.perShot[0].bacc, 0.7);
  EXPECT_DOUBLE_EQ(back.perShot[0].baccLow, m.perShot[0].baccLow);
  // One defined ROC-AUC of two: the mean is that one, its interval undefined.
  EXPECT_DOUBLE_EQ(back.perShot[0].rocAuc, 0.7);
  EXPECT_TRUE(std::isnan(back.perShot[0].rocAucLow));
  EXPECT_EQ(back.toJson(), json);
}

TEST(RunMetrics, FewShotReadsAnOlderRunWithoutSummariesOrIds) {
  const QJsonObject json{
      {"episodes", QJsonArray{QJsonObject{{"shots", 2}, {"bacc", 0.5}, {"roc_auc", 0.6}},
                              QJsonObject{{"shots", 2}, {"bacc", 0.7}, {"roc_auc", 0.8}}}}};
  const auto m = FewShotMetrics::fromJson(json);
  ASSERT_EQ(m.episodes.size(), 2u);
  EXPECT_TRUE(m.episodes[0].queryClips.empty());
  EXPECT_FALSE(m.episodes[0].predictions.usable());
  EXPECT_TRUE(m.perShot.empty());
  EXPECT_EQ(m.overall.episodes, 2);  // computed from the episodes when not stored
  EXPECT_DOUBLE_EQ(m.overall.bacc, 0.6);
  EXPECT_TRUE(std::isnan(m.episodes[0].metrics.pr_auc));
}

TEST(RunMetrics, FineTuneRoundTripsAndLeavesOutWhatARunDidNotReach) {
  FineTuneMetrics m;
  m.trainClips = 40;
  m.validationClips = 12;
  m.trainLoss = {0.7, 0.5};
  m.validation = {metrics(0.6, 0.65), metrics(0.7, 0.8, 5)};
  m.bestEpoch = 1;
  // Cancelled before the operating point: no threshold, no model.
  QJsonObject cancelled = m.toJson();
  EXPECT_FALSE(cancelled.contains("threshold"));
  EXPECT_FALSE(cancelled.contains("model_id"));
  EXPECT_FALSE(FineTuneMetrics::fromJson(cancelled).threshold.has_value());
  EXPECT_DOUBLE_EQ(FineTuneMetrics::fromJson(cancelled).thresholdOr05(), 0.5);

  m.validationPredictions = {{0.2, 0.9}, {0, 1}, {5, 6}};
  m.thresholdRule = "false-alarm-rate";
  m.validationEventSensitivity = 0.75;
  m.validationFalseAlarmsPerHour = kNaN;
  m.validationAtThreshold = metrics(0.9, 1.0, 1);
  m.validationAtThresholdOn = "windows";
  m.thresholdWindows = 87;
  m.threshold = 0.42;
  m.modelId = 3;
  const QJsonObject json = m.toJson();
  EXPECT_TRUE(json.value("validation_false_alarms_per_hour").isNull());
  const auto back = FineTuneMetrics::fromJson(json);
  EXPECT_EQ(back.trainClips, 40);
  EXPECT_EQ(back.trainLoss, m.trainLoss);
  ASSERT_EQ(back.validation.size(), 2u);
  EXPECT_EQ(back.validation[1].tp, 5);
  EXPECT_EQ(back.bestEpoch, 1);
  EXPECT_EQ(back.validationPredictions.clips, (std::vector<std::int64_t>{5, 6}));
  EXPECT_EQ(back.thresholdRule, "false-alarm-rate");
  EXPECT_DOUBLE_EQ(back.validationEventSensitivity, 0.75);
  EXPECT_TRUE(std::isnan(back.validationFalseAlarmsPerHour));
  ASSERT_TRUE(back.validationAtThreshold.has_value());
  EXPECT_DOUBLE_EQ(back.validationAtThreshold->roc_auc, 1.0);
  EXPECT_EQ(back.validationAtThresholdOn, "windows");
  EXPECT_EQ(back.thresholdWindows, 87);
  EXPECT_DOUBLE_EQ(*back.threshold, 0.42);
  EXPECT_EQ(back.modelId, 3);
  EXPECT_EQ(back.toJson(), json);
}

TEST(RunMetrics, AMotionBaselineRoundTripsAndAnOlderRunHasNone) {
  FineTuneMetrics m;
  m.head = "logreg";
  EXPECT_FALSE(m.toJson().contains("motion_baseline"));
  EXPECT_FALSE(FineTuneMetrics::fromJson(m.toJson()).motionBaseline.has_value());
  FineTuneMetrics::MotionBaseline b;
  b.firstColumn = 576;
  b.weight = {0.5, -1.25, 2.0};
  b.bias = -0.75;
  b.threshold = 0.875;
  b.consecutive = 2;
  b.sensitivity = 0.75;
  b.falseAlarmsPerHour = kNaN;
  b.windowRocAuc = 0.9;
  m.motionBaseline = b;
  const QJsonObject json = m.toJson();
  EXPECT_TRUE(json.value("motion_baseline").toObject().value("false_alarms_per_hour").isNull());
  const auto back = FineTuneMetrics::fromJson(json);
  ASSERT_TRUE(back.motionBaseline.has_value());
  EXPECT_EQ(back.motionBaseline->firstColumn, 576);
  EXPECT_EQ(back.motionBaseline->weight, b.weight);
  EXPECT_DOUBLE_EQ(back.motionBaseline->bias, -0.75);
  EXPECT_DOUBLE_EQ(back.motionBaseline->threshold, 0.875);
  EXPECT_EQ(back.motionBaseline->consecutive, 2);
  EXPECT_DOUBLE_EQ(back.motionBaseline->sensitivity, 0.75);
  EXPECT_TRUE(std::isnan(back.motionBaseline->falseAlarmsPerHour));
  EXPECT_DOUBLE_EQ(back.motionBaseline->windowRocAuc, 0.9);
  EXPECT_TRUE(back.motionBaseline->calibration.isIdentity());
  EXPECT_EQ(back.toJson(), json);
  // Its calibration, and the model's (absent in an older run).
  EXPECT_FALSE(back.calibration.has_value());
  m.motionBaseline->calibration = ProbabilityCalibration{0.5, -3.25};
  m.calibration = FineTuneMetrics::Calibration{ProbabilityCalibration{0.45, -2.75}, 2400, 0.21, kNaN};
  m.threshold = 0.25;
  const auto calibrated = FineTuneMetrics::fromJson(m.toJson());
  EXPECT_DOUBLE_EQ(calibrated.motionBaseline->calibration.slope, 0.5);
  EXPECT_DOUBLE_EQ(calibrated.motionBaseline->calibration.offset, -3.25);
  ASSERT_TRUE(calibrated.calibration.has_value());
  EXPECT_DOUBLE_EQ(calibrated.calibration->map.slope, 0.45);
  EXPECT_DOUBLE_EQ(calibrated.calibration->map.offset, -2.75);
  EXPECT_EQ(calibrated.calibration->windows, 2400);
  EXPECT_DOUBLE_EQ(calibrated.calibration->brierBefore, 0.21);
  EXPECT_TRUE(std::isnan(calibrated.calibration->brierAfter));
  EXPECT_EQ(calibrated.toJson(), m.toJson());
  // The validation clips' scores are the head's own: its threshold before the map.
  const ProbabilityCalibration map{0.45, -2.75};
  EXPECT_NEAR(calibrated.clipThreshold(), map.invert(0.25), 1e-15);
  EXPECT_GT(calibrated.clipThreshold(), 0.25);
  EXPECT_DOUBLE_EQ(back.clipThreshold(), back.thresholdOr05());
}

TEST(RunMetrics, AProbeHeadStoresNoEpochs) {
  FineTuneMetrics m;
  m.head = "logreg";
  const QJsonObject json = m.toJson();
  EXPECT_EQ(json.value("head").toString(), "logreg");
  EXPECT_FALSE(json.contains("train_loss"));
  EXPECT_FALSE(json.contains("best_epoch"));
  EXPECT_EQ(FineTuneMetrics::fromJson(json).bestEpoch, -1);
}

TEST(RunMetrics, PretrainRoundTripsLossesSnapshotsAndReproducibility) {
  PretrainMetrics m;
  m.losses = {1.0, 0.75, 0.5};
  m.stepsDone = 2;  // a resumed run: one step before, two in this leg
  m.clips = 40;
  m.device = "cpu (2 threads)";
  m.reproducibility = {true, "CPU fp32", "cpu", "fp32", "AMD EPYC", 2, 1};
  m.seconds = 12.5;
  m.snapshots = {{1, "/p/models/snapshots/run-3/step-1.safetensors"}, {3, "/p/s3.safetensors"}};
  m.modelId = 9;
  const QJsonObject json = m.toJson();
  // The stored layout that SQL and older readers know.
  EXPECT_DOUBLE_EQ(json.value("final_loss").toDouble(), 0.5);
  EXPECT_EQ(json.value("steps_done").toInteger(), 2);
  EXPECT_EQ(json.value("reproducibility").toObject().value("intra_op_threads").toInt(), 2);
  EXPECT_EQ(json.value("snapshots").toArray()[1].toObject().value("weights").toString(), "/p/s3.safetensors");

  const auto back = PretrainMetrics::fromJson(json);
  EXPECT_EQ(back.losses, m.losses);
  EXPECT_DOUBLE_EQ(back.finalLoss(), 0.5);
  EXPECT_EQ(back.stepsDone, 2);
  EXPECT_EQ(back.clips, 40);
  EXPECT_EQ(back.device, m.device);
  EXPECT_TRUE(back.reproducibility.deterministic);
  EXPECT_EQ(back.reproducibility.cpu, "AMD EPYC");
  EXPECT_EQ(back.reproducibility.blasThreads, 1);
  EXPECT_DOUBLE_EQ(back.seconds, 12.5);
  ASSERT_EQ(back.snapshots.size(), 2u);
  EXPECT_EQ(back.snapshots[0].step, 1);
  EXPECT_EQ(back.snapshots[1].weights, "/p/s3.safetensors");
  EXPECT_EQ(back.modelId, 9);
}

TEST(RunMetrics, PretrainOfAFailedRunReadsAsNothingDone) {
  const auto m = PretrainMetrics::fromJson(QJsonObject{});
  EXPECT_TRUE(m.losses.empty());
  EXPECT_TRUE(std::isnan(m.finalLoss()));
  EXPECT_EQ(m.modelId, 0);
  EXPECT_FALSE(m.toJson().contains("final_loss"));
  EXPECT_FALSE(m.toJson().contains("model_id"));
}

TEST(RunMetrics, ForecastRoundTripsEachRecordingAndTheWindowAucs) {
  ForecastMetrics m;
  ForecastMetrics::Recording a;
  a.recording = 4, a.windows = 600, a.seizures = 2, a.alarms = 5;
  a.sensitivity = 1, a.falseAlarmsPerHour = 18.5, a.meanWarningSeconds = 3.25, a.speedXRealTime = 44.8;
  a.counts = EventTotals{2, 2, 3, 0.162};
  ForecastMetrics::Recording b;  // no seizure: sensitivity and warning undefined
  b.recording = 5, b.windows = 300, b.alarms = 1, b.falseAlarmsPerHour = 12;
  m.recordings = {a, b};
  m.threshold = 0.863;
  m.windowPositives = 40, m.windowNegatives = 800;
  m.windowRocAuc = 0.919;  // PR-AUC left undefined
  m.windowBrier = 0.047;
  const QJsonObject json = m.toJson();
  EXPECT_TRUE(json.value("recordings").toArray()[1].toObject().value("sensitivity").isNull());
  EXPECT_TRUE(json.value("window_pr_auc").isNull());
  EXPECT_DOUBLE_EQ(ForecastMetrics::fromJson(json).windowBrier, 0.047);
  auto beforeBrier = json;
  beforeBrier.remove("window_brier");
  EXPECT_TRUE(std::isnan(ForecastMetrics::fromJson(beforeBrier).windowBrier));

  bool stored = false;
  const auto back = ForecastMetrics::fromJson(json, &stored);
  EXPECT_TRUE(stored);
  EXPECT_DOUBLE_EQ(back.threshold, 0.863);
  ASSERT_EQ(back.recordings.size(), 2u);
  EXPECT_EQ(back.recordings[0].recording, 4);
  EXPECT_EQ(back.recordings[0].seizures, 2);
  EXPECT_DOUBLE_EQ(back.recordings[0].meanWarningSeconds, 3.25);
  EXPECT_DOUBLE_EQ(back.recordings[0].speedXRealTime, 44.8);
  EXPECT_TRUE(std::isnan(back.recordings[1].sensitivity));
  EXPECT_DOUBLE_EQ(back.recordings[1].falseAlarmsPerHour, 12);
  // The counts behind the rates, where they were stored; pooling needs every recording's.
  ASSERT_TRUE(back.recordings[0].counts.has_value());
  EXPECT_EQ(back.recordings[0].counts->seizures, 2);
  EXPECT_EQ(back.recordings[0].counts->forecast, 2);
  EXPECT_EQ(back.recordings[0].counts->falseAlarms, 3);
  EXPECT_DOUBLE_EQ(back.recordings[0].counts->interictalHours, 0.162);
  EXPECT_FALSE(back.recordings[1].counts.has_value());
  EXPECT_FALSE(back.pooled().has_value());
  auto both = back;
  both.recordings[1].counts = EventTotals{0, 0, 1, 0.08};
  ASSERT_TRUE(both.pooled().has_value());
  EXPECT_EQ(both.pooled()->falseAlarms, 4);
  EXPECT_EQ(both.pooled()->seizures, 2);
  EXPECT_DOUBLE_EQ(both.pooled()->interictalHours, 0.162 + 0.08);
  EXPECT_EQ(ForecastMetrics::fromJson(both.toJson()).toJson(), both.toJson());

  // The motion baseline judged beside the forecast: absent unless there was one.
  EXPECT_FALSE(json.contains("motion_baseline"));
  EXPECT_FALSE(back.motionBaseline.has_value());
  both.motionBaseline = ForecastMetrics::Baseline{0.76, 2, EventTotals{6, 4, 11, 0.242}, 0.919, kNaN};
  const auto withBaseline = ForecastMetrics::fromJson(both.toJson());
  ASSERT_TRUE(withBaseline.motionBaseline.has_value());
  EXPECT_DOUBLE_EQ(withBaseline.motionBaseline->threshold, 0.76);
  EXPECT_EQ(withBaseline.motionBaseline->consecutive, 2);
  EXPECT_EQ(withBaseline.motionBaseline->totals.seizures, 6);
  EXPECT_EQ(withBaseline.motionBaseline->totals.forecast, 4);
  EXPECT_EQ(withBaseline.motionBaseline->totals.falseAlarms, 11);
  EXPECT_DOUBLE_EQ(withBaseline.motionBaseline->totals.interictalHours, 0.242);
  EXPECT_DOUBLE_EQ(withBaseline.motionBaseline->windowRocAuc, 0.919);
  EXPECT_TRUE(std::isnan(withBaseline.motionBaseline->windowPrAuc));
  EXPECT_TRUE(std::isnan(withBaseline.motionBaseline->modelMinusBaseline.difference));
  EXPECT_TRUE(std::isnan(withBaseline.motionBaseline->windowBrier));
  both.motionBaseline->windowBrier = 0.052;
  EXPECT_DOUBLE_EQ(ForecastMetrics::fromJson(both.toJson()).motionBaseline->windowBrier, 0.052);
  both.motionBaseline->windowBrier = kNaN;
  EXPECT_EQ(withBaseline.toJson(), both.toJson());
  // The paired difference of the window ROC-AUCs, with its interval.
  both.motionBaseline->modelMinusBaseline = RocAucDifference{0.006, -0.01, 0.02, 24, 1000};
  const auto d = ForecastMetrics::fromJson(both.toJson()).motionBaseline->modelMinusBaseline;
  EXPECT_DOUBLE_EQ(d.difference, 0.006);
  EXPECT_DOUBLE_EQ(d.low, -0.01);
  EXPECT_DOUBLE_EQ(d.high, 0.02);
  EXPECT_EQ(d.blocks, 24);
  EXPECT_EQ(d.resamples, 1000);
  EXPECT_EQ(
      both.toJson()["motion_baseline"].toObject()["window_roc_auc_difference"].toObject()["block_seconds"].toDouble(),
      kBlockSeconds);
  // A run stored before it (no such key) reads it as undefined.
  auto older = both.toJson();
  auto olderBaseline = older["motion_baseline"].toObject();
  olderBaseline.remove("window_roc_auc_difference");
  older["motion_baseline"] = olderBaseline;
  EXPECT_TRUE(std::isnan(ForecastMetrics::fromJson(older).motionBaseline->modelMinusBaseline.difference));
  EXPECT_EQ(back.windowNegatives, 800);
  EXPECT_DOUBLE_EQ(back.windowRocAuc, 0.919);
  EXPECT_TRUE(std::isnan(back.windowPrAuc));

  EXPECT_TRUE(back.periods.empty());
  EXPECT_FALSE(json.contains("periods"));  // runs without periods read as before

  // A period's one curve (issue 14).
  ForecastMetrics::Period p;
  p.period = 2, p.windows = 900, p.seizures = 1, p.alarms = 3, p.sensitivity = 1;
  p.falseAlarmsPerHour = 4.5, p.observedHours = 0.25, p.spanHours = 0.3;
  m.periods = {p};
  const auto withPeriod = ForecastMetrics::fromJson(m.toJson());
  ASSERT_EQ(withPeriod.periods.size(), 1u);
  EXPECT_EQ(withPeriod.periods[0].period, 2);
  EXPECT_EQ(withPeriod.periods[0].windows, 900);
  EXPECT_DOUBLE_EQ(withPeriod.periods[0].falseAlarmsPerHour, 4.5);
  EXPECT_DOUBLE_EQ(withPeriod.periods[0].observedHours, 0.25);
  EXPECT_DOUBLE_EQ(withPeriod.periods[0].spanHours, 0.3);
  EXPECT_TRUE(std::isnan(withPeriod.periods[0].meanWarningSeconds));

  // A run that failed before its metrics: nothing stored, the threshold too.
  ForecastMetrics::fromJson(QJsonObject{}, &stored);
  EXPECT_FALSE(stored);
}

}  // namespace
}  // namespace prodrome::core

// A difference's sign is always written, and an undefined one reads "—" like
// any other missing figure (core/runs/MetricText.h).
TEST(MetricText, SignedTextAlwaysShowsTheSign) {
  EXPECT_EQ(prodrome::core::signedMetricText(0.006, 3), QStringLiteral("+0.006"));
  EXPECT_EQ(prodrome::core::signedMetricText(-0.0071, 3), QStringLiteral("-0.007"));
  EXPECT_EQ(prodrome::core::signedMetricText(0.0, 3), QStringLiteral("+0.000"));
  EXPECT_EQ(prodrome::core::signedMetricText(std::numeric_limits<double>::quiet_NaN(), 3),
            prodrome::core::missingMetricText());
}

// A mean with its interval, or the mean alone where the interval is
// undefined: the one wording of the runs view, `runs show` and the probe
// curve (core/runs/MetricText.h).
TEST(MetricText, IntervalsDropWhenUndefined) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(prodrome::core::metricIntervalText(0.64, 0.59, 0.69, 3), QStringLiteral("0.640 [0.590, 0.690]"));
  EXPECT_EQ(prodrome::core::metricIntervalText(0.64, nan, nan, 3), QStringLiteral("0.640"));
  EXPECT_EQ(prodrome::core::metricIntervalText(nan, nan, nan, 3), prodrome::core::missingMetricText());
  EXPECT_EQ(prodrome::core::signedMetricIntervalText(0.08, 0.03, 0.13, 3), QStringLiteral("+0.080 [+0.030, +0.130]"));
  EXPECT_EQ(prodrome::core::signedMetricIntervalText(-0.02, nan, 0.1, 3), QStringLiteral("-0.020"));
}
