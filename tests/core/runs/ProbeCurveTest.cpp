// The probe curve against pre-training steps (core/runs/ProbeCurve.h): rows
// paired with the first point episode by episode, the peak, and refusals.

#include "core/runs/ProbeCurve.h"

#include "core/runs/FewShotConfig.h"
#include "core/runs/JsonText.h"
#include "core/runs/ModelFiles.h"
#include "core/runs/PretrainMetrics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <utility>
#include <vector>

namespace prodrome::core {
namespace {

// A curve's points as (run, steps), to compare whole.
using RunsAndSteps = std::vector<std::pair<std::int64_t, std::int64_t>>;
RunsAndSteps runsAndSteps(const std::vector<StoredProbe>& curve) {
  RunsAndSteps out;
  for (const auto& p : curve) out.emplace_back(p.runId, p.steps);
  return out;
}

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

// A few-shot run as the project stores it: a probe of `probeOf`'s snapshot
// at `step` (0: not a probe), with one head, and `arm`'s metrics.
database::Run storedRun(std::int64_t id, std::int64_t probeOf, std::int64_t step, const FewShotMetrics& metrics,
                        const std::string& head = "logreg",
                        database::RunStatus status = database::RunStatus::Succeeded,
                        std::uint64_t seed = FineTuneSettings{}.seed) {
  FewShotConfig c;
  c.label = "probe " + std::to_string(id);
  c.probeOfRun = probeOf;
  c.probeStep = step;
  c.settings.head = head;
  c.settings.seed = seed;
  c.settings.baseWeights = "snapshots/run-" + std::to_string(probeOf) + "/step-" + std::to_string(step);
  c.baseline = step == 0;  // the baseline ran with the first point only: still one curve
  database::Run run;
  run.id = id;
  run.kind = database::RunKind::Finetune;
  run.status = status;
  run.config = toJsonText(QJsonObject{{"fewshot", c.toJson()}});
  run.metrics = toJsonText(metrics.toJson());
  return run;
}

TEST(ProbeCurve, StoredRunsGroupByConfigAndStepTheLatestRunOfAStepKept) {
  const auto a0 = arm(0.80, 0.50, 0.83, 0.53), a50 = arm(0.82, 0.60, 0.85, 0.63), a50again = arm(0.81, 0.58, 0.84, 0.61);
  std::vector<database::Run> runs;
  runs.push_back(storedRun(2, 1, 50, a50));
  runs.push_back(storedRun(3, 1, 0, a0));
  runs.push_back(storedRun(4, 1, 0, a0, "ncm"));    // another head: another curve
  runs.push_back(storedRun(9, 1, 50, a50, "ncm"));
  runs.push_back(storedRun(11, 1, 0, a0, "ncm", database::RunStatus::Succeeded, 99));  // one step: no curve
  runs.push_back(storedRun(5, 9, 0, a0));           // another pre-training run's
  runs.push_back(storedRun(6, 0, 0, a0));           // no probe at all
  runs.push_back(storedRun(7, 1, 50, a0, "logreg", database::RunStatus::Failed));
  runs.push_back(storedRun(8, 1, 50, a50again));    // a rerun of step 50
  database::Run broken = storedRun(10, 1, 100, a0);
  broken.metrics = "{not json";
  runs.push_back(broken);
  database::Run pretrain;
  pretrain.id = 1;
  pretrain.kind = database::RunKind::Pretrain;
  runs.push_back(pretrain);

  const auto curves = storedProbeCurves(runs, 1);
  ASSERT_EQ(curves.size(), 2u);
  ASSERT_EQ(curves[0].size(), 2u);  // logreg: steps 0 and 50 (100 unreadable, left out)
  EXPECT_EQ(runsAndSteps(curves[0]), (RunsAndSteps{{3, 0}, {8, 50}}));
  EXPECT_DOUBLE_EQ(curves[0][1].metrics.tokensAlone.overall.rocAuc, 0.61);
  ASSERT_EQ(curves[1].size(), 2u);
  EXPECT_EQ(curves[1][0].runId, 4);
  EXPECT_EQ(curves[1][1].runId, 9);
  const auto rows = probeCurveRows(probeCurvePoints(curves[0]));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_NEAR(rows[1].tokensAloneGain.mean, 0.08, 1e-12);  // the stored episodes pair as they did live
  EXPECT_TRUE(storedProbeCurves(runs, 42).empty());
}

// Pre-training run 1 of `project`, finished, with snapshots at `steps`
// (their files where it wrote them), `losses` steps and the model it made.
database::Run pretrainRun(const std::filesystem::path& project, const std::vector<std::int64_t>& steps,
                          std::size_t losses = 0, std::int64_t modelId = 0) {
  PretrainMetrics pm;
  pm.losses.assign(losses, 0.9);
  pm.modelId = modelId;
  for (const auto step : steps) pm.snapshots.push_back({step, snapshotWeightsPath(project, 1, step).string()});
  database::Run run;
  run.id = 1;
  run.kind = database::RunKind::Pretrain;
  run.status = database::RunStatus::Succeeded;
  run.metrics = toJsonText(pm.toJson());
  return run;
}

// A few-shot run as an older build stored it: no probe fields, nor the
// fields of the motion statistics added since, and its seed a number; its
// encoder a weights file or a project model.
database::Run olderRun(std::int64_t id, const std::string& weights, const FewShotMetrics& metrics,
                       std::int64_t baseModel = 0) {
  FewShotConfig c;
  c.label = "by hand " + std::to_string(id);
  c.settings.head = "logreg";
  c.settings.baseWeights = weights;
  c.settings.baseModel = baseModel;
  QJsonObject few = c.toJson();
  for (const char* key : {"probe_of_run", "probe_step", "motion_scales", "motion_lags", "motion_share"})
    few.remove(key);
  few["seed"] = static_cast<qint64>(c.settings.seed);
  database::Run run;
  run.id = id;
  run.kind = database::RunKind::Finetune;
  run.status = database::RunStatus::Succeeded;
  run.config = toJsonText(QJsonObject{{"fewshot", few}});
  run.metrics = toJsonText(metrics.toJson());
  return run;
}

// Runs stored before configs named their probe: `finetune --base-weights` on
// a snapshot file (how stage 1 was probed before --probe-snapshots). They
// join the curve when the file is a snapshot the pre-training run lists at
// that step, in its own project's models folder, the project moved or not;
// another project's snapshot, a step the run did not keep, or a base model
// beside the file do not.
TEST(ProbeCurve, OlderRunsOnASnapshotFileJoinTheCurveOfTheRunThatKeptIt) {
  const auto a0 = arm(0.80, 0.50, 0.83, 0.53), a50 = arm(0.82, 0.60, 0.85, 0.63), a100 = arm(0.83, 0.64, 0.86, 0.66);
  std::vector<database::Run> runs{pretrainRun("/old/place/rat.prodrome", {0, 50, 100})};
  runs.push_back(olderRun(2, "/old/place/rat.models/snapshots/run-1/step-0.safetensors", a0));
  runs.push_back(olderRun(3, "/new/place/rat.models/snapshots/run-1/step-50.safetensors", a50));  // after a move
  runs.push_back(storedRun(4, 1, 100, a100));  // a newer run, probe_of_run stored: the same curve
  runs.push_back(olderRun(5, "/other/mouse.models/snapshots/run-1/step-50.safetensors", a0));  // another project's
  runs.push_back(olderRun(6, "/old/place/rat.models/snapshots/run-1/step-75.safetensors", a0));  // not kept
  runs.push_back(olderRun(7, "/old/place/rat.models/snapshots/run-2/step-50.safetensors", a0));  // another run's
  runs.push_back(olderRun(8, "/old/place/rat.models/snapshots/run-1/step-50.safetensors", a0, 3));  // a base model
  runs.push_back(olderRun(9, "/old/place/rat.models/vit-tiny.safetensors", a0));
  runs.push_back(olderRun(10, "/old/place/rat.models/snapshots/run-1/step-050.safetensors", a0));  // not its name
  runs.push_back(olderRun(12, "snapshots/run-1/step-50.safetensors", a0));  // no models folder to tell the project

  const auto curves = storedProbeCurves(runs, 1);
  ASSERT_EQ(curves.size(), 1u);
  EXPECT_EQ(runsAndSteps(curves[0]), (RunsAndSteps{{2, 0}, {3, 50}, {4, 100}}));
  // Without the pre-training run's list there is nothing to check a file
  // against: the older runs are no points, and run 4 alone is no curve.
  runs.erase(runs.begin());
  EXPECT_TRUE(storedProbeCurves(runs, 1).empty());
}

// Older demos ran "with stage 1" on the model stage 1 made (--base) and
// "without" on its step-0 file: the model is the encoder after the run's last
// step, so the two are a curve from step 0 to 150. Another model, a model
// beside a file, or a run that made no model are no points.
TEST(ProbeCurve, ThePreTrainingRunsOwnModelIsItsLastStep) {
  const auto a0 = arm(0.80, 0.50, 0.83, 0.53), a150 = arm(0.84, 0.66, 0.87, 0.69);
  std::vector<database::Run> runs{pretrainRun("/demo/demo.prodrome", {0, 150}, 150, 5)};
  runs.push_back(olderRun(2, "", a150, 5));                                               // with stage 1
  runs.push_back(olderRun(3, "/demo/demo.models/snapshots/run-1/step-0.safetensors", a0));  // without
  runs.push_back(olderRun(4, "", a0, 6));                                                 // another model
  runs.push_back(olderRun(6, "/demo/demo.models/x.safetensors", a0, 5));                  // a file beside it
  const auto curves = storedProbeCurves(runs, 1);
  ASSERT_EQ(curves.size(), 1u);
  EXPECT_EQ(runsAndSteps(curves[0]), (RunsAndSteps{{3, 0}, {2, 150}}));
  // A pre-training run that did not finish made no model to be a point.
  runs[0].status = database::RunStatus::Cancelled;
  EXPECT_TRUE(storedProbeCurves(runs, 1).empty());
}

}  // namespace
}  // namespace prodrome::core
