// The demo report's forecaster figures from a hand-made result: the event
// figures carry their exact intervals, and a forecaster without an operating
// point is called so rather than shown with a threshold of 1.

#include "core/pipeline/Demo.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

namespace prodrome::core {
namespace {

std::string readAll(const std::filesystem::path& file) {
  std::ifstream in(file);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

DemoResult heldOutResult(const std::string& name, double threshold, int forecast, int falseAlarms) {
  const auto dir = test::scratchDirectory("demo-report") / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  DemoResult r;
  r.project = dir / "demo.prodrome";
  r.threshold = threshold;
  r.consecutive = 3;
  r.selectionRecordings = 6;
  r.crossFitted = true;
  r.heldOut.seizures = 6;
  r.heldOut.forecast = forecast;
  r.heldOut.falseAlarms = falseAlarms;
  r.heldOut.interictalHours = 0.242;
  return r;
}

TEST(DemoReport, EventFiguresCarryTheirExactIntervals) {
  auto r = heldOutResult("intervals", 0.877, 5, 11);
  writeDemoReport(r);
  const auto report = readAll(r.report);
  EXPECT_NE(report.find("| 0.833 [0.359, 0.996] | ≥ 0.80 | met (its 95 % interval holds the target"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("| 45.5 [22.7, 81.3] | ≤ 30 | **not met** (its 95 % interval holds the target"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("Operating point: threshold 0.877 with 3 window(s) in a row"), std::string::npos);
  const auto summary = readAll(r.project.parent_path() / "summary.csv");
  EXPECT_NE(summary.find("forecast_sensitivity_ci_low,0.3588"), std::string::npos) << summary;
  EXPECT_NE(summary.find("forecast_false_alarms_per_hour_ci_high,81.33"), std::string::npos) << summary;
}

// Where the false alarms fell, for the forecaster and for the statistics
// forecaster beside it, in the report and in summary.csv.
// The forecaster's probabilities: how they were calibrated, how close they
// came held out (beside a constant forecast), and how often what each
// number said happened.
TEST(DemoReport, TheProbabilitiesCalibrationAndReliabilityAreReported) {
  auto r = heldOutResult("calibration", 0.157, 4, 8);
  r.windowPositives = 2, r.windowNegatives = 6;
  r.windowBrier = 0.0425;
  r.calibration = FineTuneMetrics::Calibration{ProbabilityCalibration{0.5943, -2.7738}, 989, 0.1301, 0.0482};
  RecordingForecast f;
  f.recordingId = 10;
  f.points = {{75, 0.01},  {90, 0.015}, {105, 0.03}, {120, 0.3}, {135, 0.6},
              {150, 0.04}, {165, 0.9},  {180, 0.01}, {195, 0.7}};
  f.windowLabels = {0, 0, 0, 1, 1, 0, -1, 0, 0};
  r.forecasts = {f};
  r.forecastFps = {15.0};
  writeDemoReport(r);
  const auto report = readAll(r.report);
  EXPECT_NE(report.find("calibrated on the 989 labelled windows the operating point was chosen on (Platt scaling, "
                        "sigmoid(0.594 logit p - 2.774); Brier score there 0.130 before, 0.048 after)"),
            std::string::npos)
      << report;
  // 2 of 8 pre-ictal: a constant 0.25 scores 0.1875.
  EXPECT_NE(report.find("Held out: Brier score 0.043, against 0.188 for a constant at the held-out windows' pre-ictal "
                        "share."),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("| probability | windows | mean probability | pre-ictal share |"), std::string::npos) << report;
  EXPECT_NE(report.find("| 0.00–0.02 | 3 | 0.012 | 0.000 |"), std::string::npos) << report;
  EXPECT_NE(report.find("| 0.02–0.05 | 2 | 0.035 | 0.000 |"), std::string::npos) << report;
  EXPECT_NE(report.find("| 0.10–0.20 | 0 | — | — |"), std::string::npos) << report;
  EXPECT_NE(report.find("| 0.50–1.00 | 2 | 0.650 | 0.500 |"), std::string::npos) << report;  // 0.9 is unlabelled
  const auto summary = readAll(r.project.parent_path() / "summary.csv");
  EXPECT_NE(summary.find("forecast_window_brier,0.0425\nforecast_window_brier_constant,0.1875\n"
                         "forecast_calibration_slope,0.5943\nforecast_calibration_offset,-2.7738\n"),
            std::string::npos)
      << summary;

  // Without a map the numbers are called scores.
  r.calibration.reset();
  writeDemoReport(r);
  EXPECT_NE(readAll(r.report).find("not calibrated (the windows the operating point was chosen on did not allow it)"),
            std::string::npos);
  EXPECT_NE(readAll(r.project.parent_path() / "summary.csv").find("forecast_calibration_slope,\n"), std::string::npos);
}

TEST(DemoReport, WhereTheFalseAlarmsFellIsCounted) {
  auto r = heldOutResult("causes", 0.877, 5, 11);
  r.alarms.horizonSeconds = 5;
  r.falseAlarmCauses = {7, 2, 1, 1};
  r.lateAlarmSeconds = {1.3};
  DemoResult::BaselineForecast b;
  b.head.threshold = 0.9;
  b.heldOut.seizures = 6;
  b.heldOut.falseAlarms = 4;
  b.heldOut.interictalHours = 0.242;
  b.falseAlarmCauses = {3, 0, 0, 1};
  b.heldOut.forecast = 3;
  b.lateAlarmSeconds = {0.5, 2};
  r.motionBaseline = b;
  writeDemoReport(r);
  const auto report = readAll(r.report);
  EXPECT_NE(report.find("- Where its false alarms fell (the generator's schedule knows): 7 inside a look-alike "
                        "episode (a decoy), 2 within a window's length after one, 1 in a pre-ictal phase more than "
                        "5 s before its onset, 1 in ordinary time."),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("per hour: 3 inside a look-alike episode (a decoy), 0 within a window's length after one, 0 "
                        "in a pre-ictal phase more than 5 s before its onset, 1 in ordinary time). Of the 3 "
                        "seizures missed, 2 drew their first alarm within 5 s after the onset (late by 0.5, 2.0 s)"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("The seizure missed drew its first alarm within 5 s after the onset (late by 1.3 s): seen, "
                        "but only after the fact.\n- Where its false alarms fell"),
            std::string::npos)
      << report;
  const auto summary = readAll(r.project.parent_path() / "summary.csv");
  EXPECT_NE(summary.find("forecast_false_alarms_inside_look_alike,7\nforecast_false_alarms_after_look_alike,2\n"
                         "forecast_false_alarms_early_in_preictal,1\nforecast_false_alarms_in_ordinary_time,1\n"),
            std::string::npos)
      << summary;
  EXPECT_NE(summary.find("motion_baseline_forecast_false_alarms_inside_look_alike,3\n"), std::string::npos) << summary;
  EXPECT_NE(summary.find("motion_baseline_forecast_false_alarms_in_ordinary_time,1\n"), std::string::npos) << summary;
  EXPECT_NE(summary.find("forecast_missed_seizures_alarmed_late,1\n"), std::string::npos) << summary;
  EXPECT_NE(summary.find("motion_baseline_forecast_missed_seizures_alarmed_late,2\n"), std::string::npos) << summary;
  // One late among several missed.
  r.heldOut.forecast = 4;
  writeDemoReport(r);
  EXPECT_NE(readAll(r.report).find("Of the 2 seizures missed, 1 drew its first alarm within 5 s after the onset (late "
                                   "by 1.3 s)"),
            std::string::npos);
  r.heldOut.forecast = 5;
  // No late alarm, said as such; nothing said when nothing was missed.
  r.lateAlarmSeconds.clear();
  writeDemoReport(r);
  EXPECT_NE(readAll(r.report).find("The seizure missed drew no alarm within 5 s after the onset."), std::string::npos);
  r.heldOut.forecast = 6;
  writeDemoReport(r);
  EXPECT_EQ(readAll(r.report).find("seizure missed"), std::string::npos);
}

// The forecaster's description says what its statistics read, from its
// settings: scales and earlier windows.
TEST(DemoReport, TheForecastersStatisticsAreDescribedFromItsSettings) {
  auto r = heldOutResult("statistics", 0.877, 5, 11);
  r.forecasterSettings.motionScales = 3;
  r.forecasterSettings.motionLags = 2;
  writeDemoReport(r);
  EXPECT_NE(readAll(r.report).find("its motion statistics read over the whole window, its last 40 % and its last 20 %, "
                                   "and the same over each of the 2 windows before it, holding"),
            std::string::npos)
      << readAll(r.report);
  EXPECT_EQ(readAll(r.report).find("every normal window"), std::string::npos);
  r.forecasterSettings.motionScales = 1;
  r.forecasterSettings.motionLags = 0;
  // The full demo's forecaster trains on every normal window, not the
  // few-shot set's sample: the report says which.
  r.forecasterEveryNormalWindow = true;
  writeDemoReport(r);
  const auto report = readAll(r.report);
  EXPECT_NE(report.find("(their pre-ictal windows and every normal window, one a second, not the few-shot set's "
                        "sample; the few-shot head"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("its motion statistics read over the whole window, holding"), std::string::npos) << report;
  EXPECT_EQ(report.find("brief jerks"), std::string::npos) << report;  // none tried: none named

  // The brief jerks' weight and what each candidate gave, in the report and
  // summary.csv.
  r.forecasterJerkTrials = {{0.0, 0.58, 29.2, 0.839}, {0.25, 0.75, 29.2, 0.873}};
  r.forecasterJerkWeight = 0.25;
  writeDemoReport(r);
  const auto weighed = readAll(r.report);
  EXPECT_NE(weighed.find("brief jerks (movement bursts over within a few frames, counted as events) are weighed beside "
                         "the head's probability: each leaves 75 % of the remaining doubt, a weight of 0.25 chosen "
                         "among 0.00 (sensitivity 0.58 at 29.2/h, window ROC-AUC 0.839) and 0.25 (sensitivity 0.75"),
            std::string::npos)
      << weighed;
  EXPECT_NE(readAll(r.project.parent_path() / "summary.csv").find("forecast_jerk_weight,0.2500\n"), std::string::npos);
}

TEST(DemoReport, AForecasterWithoutAnOperatingPointIsCalledSo) {
  auto r = heldOutResult("none", 1.0 + 1e-9, 0, 0);
  writeDemoReport(r);
  const auto report = readAll(r.report);
  EXPECT_NE(report.find("Operating point: **none**"), std::string::npos) << report;
  // No alarm at all is not a false-alarm rate within the target.
  EXPECT_NE(report.find("**not met**: the forecaster raises no alarm"), std::string::npos) << report;
  EXPECT_EQ(report.find("threshold 1.000"), std::string::npos) << report;
}

TEST(DemoReport, ARateWithinBudgetAtTooLowASensitivityIsNamedAsHalfThePair) {
  auto r = heldOutResult("pair", 0.95, 2, 2);
  writeDemoReport(r);
  const auto report = readAll(r.report);
  EXPECT_NE(report.find("the target is this rate *with* the sensitivity above, which is not met"), std::string::npos)
      << report;
}

TEST(DemoReport, TheMotionBaselineForecasterStandsBesideTheForecaster) {
  auto r = heldOutResult("baseline", 0.877, 5, 11);
  r.windowRocAuc = 0.925;
  DemoResult::BaselineForecast b;
  b.head.threshold = 0.9;
  b.head.consecutive = 2;
  b.head.sensitivity = 0.75;
  b.head.falseAlarmsPerHour = 29.2;
  b.heldOut.seizures = 6;
  b.heldOut.forecast = 4;
  b.heldOut.falseAlarms = 10;
  b.heldOut.interictalHours = 0.242;
  b.windowRocAuc = 0.924;
  b.windowPrAuc = 0.5;
  r.motionBaseline = b;
  writeDemoReport(r);
  const auto report = readAll(r.report);
  EXPECT_NE(report.find("motion-statistics forecaster (the statistics alone, no encoder"), std::string::npos) << report;
  EXPECT_NE(report.find("| 4 of 6; 41.3 [19.8, 76.0] | (baseline) | window ROC-AUC 0.924 against the forecaster's 0.925 |"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("threshold 0.900 with 2 window(s) in a row, where it forecast 0.75 of the seizures with 29.2"),
            std::string::npos)
      << report;
  const auto summary = readAll(r.project.parent_path() / "summary.csv");
  EXPECT_NE(summary.find("motion_baseline_forecast_seizures_forecast,4\n"), std::string::npos) << summary;
  EXPECT_NE(summary.find("motion_baseline_forecast_false_alarms,10\n"), std::string::npos) << summary;
  EXPECT_NE(summary.find("motion_baseline_forecast_window_roc_auc,0.924"), std::string::npos) << summary;
  EXPECT_NE(summary.find("forecast_minus_motion_baseline_window_roc_auc,\n"), std::string::npos)
      << summary;  // none given

  // The paired difference of the two window ROC-AUCs, with its interval, and
  // what it says; the probabilities per window side by side.
  r.motionBaseline->forecasterMinusIt = RocAucDifference{0.001, -0.012, 0.0149, 24, 1000};
  RecordingForecast f;
  f.recordingId = 10;
  f.points = {{75, 0.25}, {90, 0.5}};
  f.motionBaseline = {0.125, 0.75};
  r.forecasts = {f};
  r.forecastFps = {15.0};
  writeDemoReport(r);
  const auto paired = readAll(r.report);
  EXPECT_NE(paired.find("the forecaster's ROC-AUC minus its is +0.001 [-0.012, +0.015]: what the encoder's tokens add "
                        "cannot be told from chance"),
            std::string::npos)
      << paired;
  EXPECT_EQ(readAll(r.project.parent_path() / "forecast.csv"),
            "recording,window_end_frame,seconds,probability,motion_baseline_probability\n"
            "10,75,5.000,0.25000,0.12500\n10,90,6.000,0.50000,0.75000\n");
  r.motionBaseline->forecasterMinusIt = RocAucDifference{0.04, 0.01, 0.07, 24, 1000};
  writeDemoReport(r);
  EXPECT_NE(readAll(r.report).find("+0.040 [+0.010, +0.070]: the encoder's tokens add something"), std::string::npos);
  r.motionBaseline->forecasterMinusIt = RocAucDifference{0.001, -0.012, 0.0149, 24, 1000};
  writeDemoReport(r);
  EXPECT_NE(paired.find("against the forecaster's 0.925; the forecaster's minus its +0.001 [-0.012, +0.015] (paired on "
                        "the same windows; bootstrap of 24 stretches of 60 s"),
            std::string::npos)
      << paired;
  const auto pairedSummary = readAll(r.project.parent_path() / "summary.csv");
  EXPECT_NE(pairedSummary.find("forecast_minus_motion_baseline_window_roc_auc_ci_low,-0.012"), std::string::npos)
      << pairedSummary;

  // A baseline that found no operating point raises no alarm, and says so.
  r.motionBaseline->head.threshold = 1.0 + 1e-9;
  r.motionBaseline->heldOut.forecast = 0;
  r.motionBaseline->heldOut.falseAlarms = 0;
  writeDemoReport(r);
  const auto none = readAll(r.report);
  EXPECT_NE(none.find("| 0 of 6; no alarm (no operating point) | (baseline)"), std::string::npos) << none;
  EXPECT_NE(none.find("(none: it raises no alarm)"), std::string::npos) << none;

  // Without one (a fine-tune that chose none), neither row nor keys.
  r.motionBaseline.reset();
  writeDemoReport(r);
  EXPECT_EQ(readAll(r.report).find("motion-statistics forecaster"), std::string::npos);
  EXPECT_EQ(readAll(r.project.parent_path() / "summary.csv").find("motion_baseline_forecast"), std::string::npos);
}

// One arm of the probe curve: three 4-shot episodes with these ROC-AUCs for
// the deployed head and for its tokens alone, and their means as summaries.
FewShotOutcome probeArm(const std::vector<double>& head, const std::vector<double>& tokens) {
  FewShotOutcome o;
  const auto fill = [](std::vector<EpisodeScore>& episodes, ShotSummary& overall, const std::vector<double>& rocs) {
    double sum = 0;
    for (std::size_t i = 0; i < rocs.size(); ++i) {
      EpisodeScore e;
      e.shots = 4;
      e.episode = static_cast<int>(i);
      e.metrics.roc_auc = rocs[i];
      episodes.push_back(e);
      sum += rocs[i];
    }
    overall.rocAuc = sum / static_cast<double>(rocs.size());
    overall.rocAucLow = overall.rocAuc - 0.01;
    overall.rocAucHigh = overall.rocAuc + 0.01;
  };
  fill(o.episodes, o.overall, head);
  fill(o.tokensAlone.episodes, o.tokensAlone.overall, tokens);
  return o;
}

// Issue 12, item 5: the frozen encoder probed along stage 1 runs from the
// encoder it started from (step 0) through the snapshots between to the
// stage-1 encoder, each paired with step 0 in the same episodes.
TEST(DemoReport, TheProbeCurveRunsFromStepZeroThroughTheSnapshotsToTheLast) {
  auto r = heldOutResult("probe", 0.877, 5, 11);
  r.plan.pretrainSteps = 150;
  r.plan.probeEvery = 50;
  for (int i = 0; i < 150; ++i) r.pretrainLosses.push_back(1.0 - 0.001 * i);
  r.withoutStage1 = probeArm({0.80, 0.82, 0.84}, {0.50, 0.60, 0.55});
  r.stage1Probes.push_back({50, probeArm({0.81, 0.83, 0.85}, {0.60, 0.72, 0.63})});
  r.stage1Probes.push_back({100, probeArm({0.80, 0.82, 0.84}, {0.55, 0.65, 0.60})});
  r.withStage1 = probeArm({0.82, 0.84, 0.86}, {0.52, 0.62, 0.57});

  const auto curve = stage1ProbeCurve(r);
  ASSERT_EQ(curve.size(), 4u);
  EXPECT_EQ(curve[0].steps, 0);
  EXPECT_EQ(curve[0].metrics, &r.withoutStage1);
  EXPECT_EQ(curve[1].steps, 50);
  EXPECT_EQ(curve[2].steps, 100);
  EXPECT_EQ(curve[3].steps, 150);
  EXPECT_EQ(curve[3].metrics, &r.withStage1);

  writeDemoReport(r);
  const auto report = readAll(r.report);
  EXPECT_NE(report.find("### Stage 1 on its own: the frozen encoder probed along its steps"), std::string::npos)
      << report;
  EXPECT_NE(report.find("at every 50 steps"), std::string::npos);
  EXPECT_NE(report.find("| 0 | — | 0.550 [0.540, 0.560] | — | 0.820 [0.810, 0.830] | — |"), std::string::npos)
      << report;
  // Step 50: the loss of steps 35-49 (1 − 0.001 i), and the tokens' gain
  // 0.10, 0.12, 0.08 over step 0: +0.100 ± t(2) · 0.02 / √3.
  EXPECT_NE(report.find("| 50 | 0.9580 | 0.650 [0.640, 0.660] | +0.100 [0.050, 0.150] | 0.830 [0.820, 0.840] | "
                        "+0.010 [0.010, 0.010] |"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("| 150 | 0.8580 |"), std::string::npos) << report;
  // Tokens 0.52, 0.62, 0.57 at the end against 0.60, 0.72, 0.63 at step 50.
  EXPECT_NE(report.find("The tokens alone scored best at step 50 (0.650); the last step's minus that, paired: "
                        "-0.080 [-0.130, -0.030]."),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("(probe.png)"), std::string::npos);
  const auto summary = readAll(r.project.parent_path() / "summary.csv");
  EXPECT_NE(summary.find("probe_step_0_tokens_alone_roc_auc,0.5500\n"), std::string::npos) << summary;
  EXPECT_EQ(summary.find("probe_step_0_tokens_alone_minus_step_0"), std::string::npos) << summary;
  EXPECT_NE(summary.find("probe_step_50_tokens_alone_minus_step_0_roc_auc,0.1000\n"
                         "probe_step_50_tokens_alone_minus_step_0_roc_auc_ci_low,0.0503\n"),
            std::string::npos)
      << summary;
  EXPECT_NE(summary.find("probe_step_150_head_roc_auc,0.8400\n"), std::string::npos) << summary;
  const auto episodes = readAll(r.project.parent_path() / "fewshot.csv");
  EXPECT_NE(episodes.find("\nstage1_step_100_tokens_alone,4,2,"), std::string::npos) << episodes;

  // Without snapshots between, the two arms above are the whole story.
  auto plain = heldOutResult("no-probe", 0.877, 5, 11);
  plain.withoutStage1 = r.withoutStage1;
  plain.withStage1 = r.withStage1;
  EXPECT_EQ(stage1ProbeCurve(plain).size(), 2u);
  writeDemoReport(plain);
  EXPECT_EQ(readAll(plain.report).find("probed along its steps"), std::string::npos);
  EXPECT_EQ(readAll(plain.project.parent_path() / "summary.csv").find("probe_step_"), std::string::npos);
}

}  // namespace
}  // namespace prodrome::core
