// `prodrome runs list|show`: runs stored as the runners store them (configs
// and metrics through their core/runs types) named and shown from the
// command line, as the GUI's tree and run view name and show them.

#include "core/runs/FewShotConfig.h"
#include "core/runs/FewShotMetrics.h"
#include "core/runs/FineTuneConfig.h"
#include "core/runs/FineTuneMetrics.h"
#include "core/runs/ForecastConfig.h"
#include "core/runs/ForecastMetrics.h"
#include "core/runs/JsonText.h"
#include "core/runs/PretrainConfig.h"
#include "core/runs/PretrainMetrics.h"
#include "core/runs/RunLock.h"
#include "database/ClipSetStore.h"
#include "database/Database.h"
#include "database/RunStore.h"
#include "database/Schema.h"
#include "tests/app/CliRunner.h"
#include "tests/support/FixtureVideo.h"
#include "tests/support/ProbeRuns.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>

#include <unistd.h>

using namespace prodrome;

namespace {

using test::q;

struct RunsProject {
  std::filesystem::path file;
  qint64 pretrain = 0, fineTune = 0, fewShot = 0, rateFineTune = 0, forecast = 0, olderForecast = 0;
};

ml::BinaryMetrics metricsOf(double bacc, double roc) {
  ml::BinaryMetrics m;
  m.balanced_accuracy = bacc;
  m.roc_auc = roc;
  m.pr_auc = m.sensitivity = m.specificity = std::numeric_limits<double>::quiet_NaN();
  return m;
}

RunsProject makeProject(const std::string& name) {
  RunsProject p;
  p.file = test::scratchDirectory(name) / "project.prodrome";
  const auto init = test::runProdrome({"project", "init", q(p.file)});
  EXPECT_EQ(init.exitCode, 0) << init.err;
  database::Database db = database::openProject(p.file);
  database::ClipSet set;
  set.name = "rodents-YN";
  set.params = "{}";
  const auto setId = database::ClipSetStore(db).add(set);
  database::RunStore runs(db);

  core::PretrainConfig pre;
  pre.modelName = "enc-rynh";
  pre.clipSets = {setId};
  p.pretrain = runs.add(database::RunKind::Pretrain, core::toJsonText(QJsonObject{{"pretrain", pre.toJson()}}));
  runs.markStarted(p.pretrain);
  core::PretrainMetrics pm;
  pm.losses = {0.9, 0.5, 0.25};
  pm.stepsDone = 3;
  pm.clips = 12;
  pm.device = "cpu";
  pm.reproducibility.deterministic = true;
  pm.reproducibility.reason = "CPU, fp32, fixed thread counts";
  pm.modelId = 7;
  // Where the snapshots were written before the project moved here.
  pm.snapshots = {{0, "/elsewhere/project.models/snapshots/run-1/step-0.safetensors"},
                  {2, "/elsewhere/project.models/snapshots/run-1/step-2.safetensors"}};
  runs.setMetrics(p.pretrain, core::toJsonText(pm.toJson()));
  runs.setStatus(p.pretrain, database::RunStatus::Succeeded);

  core::FineTuneConfig ft;
  ft.modelName = "forecaster";
  ft.clipSet = setId;
  core::FineTuneMetrics ftm;
  ftm.trainClips = 40;
  ftm.trainLoss = {0.69, 0.41};
  ftm.validation = {metricsOf(0.6, 0.7), metricsOf(0.8, 0.9)};
  ftm.bestEpoch = 1;
  ftm.thresholdRule = "youden";
  ftm.threshold = 0.37;
  p.fineTune = runs.add(database::RunKind::Finetune, core::toJsonText(QJsonObject{{"finetune", ft.toJson()}}));
  runs.setMetrics(p.fineTune, core::toJsonText(ftm.toJson()));
  runs.setStatus(p.fineTune, database::RunStatus::Succeeded);

  core::FewShotConfig fs;
  fs.label = "stage 1";
  fs.clipSet = setId;
  core::FewShotMetrics fsm;
  for (int e = 0; e < 3; ++e) {
    core::EpisodeScore s;
    s.shots = 4;
    s.episode = e;
    s.metrics = metricsOf(0.6 + 0.1 * e, 0.7);
    fsm.episodes.push_back(s);
    s.metrics = metricsOf(0.5, 0.55);
    fsm.baseline.episodes.push_back(s);
  }
  fsm.baseline.method = "motion energy";
  fsm.perShot = {core::summarise(fsm.episodes, 4)};
  fsm.baseline.perShot = {core::summarise(fsm.baseline.episodes, 4)};
  p.fewShot = runs.add(database::RunKind::Finetune, core::toJsonText(QJsonObject{{"fewshot", fs.toJson()}}));
  runs.setMetrics(p.fewShot, core::toJsonText(fsm.toJson()));
  runs.setStatus(p.fewShot, database::RunStatus::Succeeded);

  // A forecaster chosen for a false-alarm budget, its motion baseline beside it.
  ftm.thresholdRule = "false-alarm-rate";
  ftm.threshold = 0.877;
  ftm.consecutive = 3;
  ftm.validationEventSensitivity = 0.75;
  ftm.validationFalseAlarmsPerHour = 29.2;
  core::FineTuneMetrics::MotionBaseline b;
  b.firstColumn = 576;
  b.weight = {0.5, -1.0};
  b.threshold = 0.9;
  b.consecutive = 2;
  b.sensitivity = 0.5;
  b.falseAlarmsPerHour = 29.2;
  b.windowRocAuc = 0.876;
  ftm.motionBaseline = b;
  ftm.calibration = core::FineTuneMetrics::Calibration{core::ProbabilityCalibration{0.45, -2.75}, 2400, 0.2131, 0.0474};
  p.rateFineTune = runs.add(database::RunKind::Finetune, core::toJsonText(QJsonObject{{"finetune", ft.toJson()}}));
  runs.setMetrics(p.rateFineTune, core::toJsonText(ftm.toJson()));
  runs.setStatus(p.rateFineTune, database::RunStatus::Succeeded);

  // A forecast over two recordings with the counts behind its rates, and one
  // stored before the counts were (its rates only).
  core::ForecastConfig fc;
  fc.recordings = {1, 2};
  core::ForecastMetrics fm;
  fm.threshold = 0.877;
  fm.consecutive = 3;
  core::ForecastMetrics::Recording r1, r2;
  r1.recording = 1, r1.windows = 476, r1.seizures = 2, r1.alarms = 9, r1.sensitivity = 0.5;
  r1.falseAlarmsPerHour = 23.7;
  r1.counts = core::EventTotals{2, 1, 2, 0.0844};
  r2.recording = 2, r2.windows = 476, r2.seizures = 2, r2.alarms = 19, r2.sensitivity = 1;
  r2.falseAlarmsPerHour = 38.1;
  r2.counts = core::EventTotals{2, 2, 3, 0.0787};
  fm.recordings = {r1, r2};
  fm.windowPositives = 40, fm.windowNegatives = 600;
  fm.windowBrier = 0.0474;
  fm.motionBaseline =
      core::ForecastMetrics::Baseline{0.76,  2,   core::EventTotals{4, 2, 4, 0.1631},
                                      0.919, 0.5, core::RocAucDifference{0.006, -0.0104, 0.0201, 24, 1000}};
  fm.motionBaseline->windowBrier = 0.0521;
  p.forecast = runs.add(database::RunKind::Forecast, core::toJsonText(QJsonObject{{"forecast", fc.toJson()}}));
  runs.setMetrics(p.forecast, core::toJsonText(fm.toJson()));
  runs.setStatus(p.forecast, database::RunStatus::Succeeded);
  fm.recordings[1].counts.reset();
  fm.motionBaseline.reset();
  fm.windowBrier = std::numeric_limits<double>::quiet_NaN();
  p.olderForecast = runs.add(database::RunKind::Forecast, core::toJsonText(QJsonObject{{"forecast", fc.toJson()}}));
  runs.setMetrics(p.olderForecast, core::toJsonText(fm.toJson()));
  runs.setStatus(p.olderForecast, database::RunStatus::Succeeded);
  return p;
}

TEST(RunsCli, ListNamesEachRunByKindModelAndClipSet) {
  const auto p = makeProject("runs-list");
  const auto r = test::runProdrome({"runs", "list", q(p.file)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("id\tstatus\trun\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(std::to_string(p.pretrain) + "\tsucceeded\tpre-training · enc-rynh · clip set rodents-YN · "),
            std::string::npos)
      << r.out;  // then the start, in local time
  EXPECT_NE(r.out.find(std::to_string(p.fineTune) + "\tsucceeded\tfine-tuning · forecaster · clip set rodents-YN"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(std::to_string(p.fewShot) + "\tsucceeded\tk-shot evaluation · stage 1 · clip set rodents-YN"),
            std::string::npos)
      << r.out;
}

TEST(RunsCli, ShowPrintsAKShotRunsMeansWithIntervalsBesideTheBaseline) {
  const auto p = makeProject("runs-show-fewshot");
  const auto r = test::runProdrome({"runs", "show", q(p.file), QString::number(p.fewShot)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  // Mean 0.7 of 0.6, 0.7, 0.8 with its t-interval (sd 0.1, t(0.975, 2) = 4.303).
  EXPECT_NE(r.out.find("4\tmodel\t3\t0.7000 [0.4516, 0.9484]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("4\tbaseline\t3\t0.5000"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("baseline: motion energy"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"label\": \"stage 1\""), std::string::npos) << r.out;  // the stored config
}

TEST(RunsCli, ShowPrintsAPreTrainingsLossesAndWhetherItRepeats) {
  const auto p = makeProject("runs-show-pretrain");
  const auto r = test::runProdrome({"runs", "show", q(p.file), QString::number(p.pretrain)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("steps done 3, final loss 0.2500, 12 clips in the mix"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("repeatable bit for bit: yes (CPU, fp32, fixed thread counts)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("step\tloss\n1\t0.9000\n2\t0.5000\n3\t0.2500\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("model 7\n"), std::string::npos) << r.out;
}

// A moved project's pre-training run names its snapshots where they are now,
// beside the project, as the probes look for them (not where they were
// written), and says which are missing; so does its JSON.
TEST(RunsCli, ShowNamesTheSnapshotsWhereTheProjectIsNow) {
  const auto p = makeProject("runs-show-snapshots");
  const auto here = std::filesystem::absolute(p.file).parent_path() / "project.models" / "snapshots" /
                    ("run-" + std::to_string(p.pretrain));
  std::filesystem::create_directories(here);
  std::ofstream(here / "step-2.safetensors") << "weights";
  const auto r = test::runProdrome({"runs", "show", q(p.file), QString::number(p.pretrain)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out.find("/elsewhere/"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("snapshot at step 0: " + (here / "step-0.safetensors").string() + " (missing)\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("snapshot at step 2: " + (here / "step-2.safetensors").string() + "\n"), std::string::npos)
      << r.out;
  const auto json = test::runProdrome({"runs", "show", q(p.file), QString::number(p.pretrain), "--json"});
  ASSERT_EQ(json.exitCode, 0) << json.err;
  const auto files = QJsonDocument::fromJson(QByteArray::fromStdString(json.out))["snapshot_files"].toArray();
  ASSERT_EQ(files.size(), 2) << json.out;
  EXPECT_EQ(files[0]["step"].toInteger(), 0);
  EXPECT_FALSE(files[0]["exists"].toBool());
  EXPECT_EQ(files[1]["path"].toString().toStdString(), (here / "step-2.safetensors").string());
  EXPECT_TRUE(files[1]["exists"].toBool());
  // The metrics stay as stored.
  EXPECT_NE(json.out.find("/elsewhere/project.models/snapshots/run-1/step-2.safetensors"), std::string::npos);
  // A run of another kind has none.
  const auto other = test::runProdrome({"runs", "show", q(p.file), QString::number(p.fineTune), "--json"});
  EXPECT_FALSE(QJsonDocument::fromJson(QByteArray::fromStdString(other.out)).object().contains("snapshot_files"));
}

// Issue 12, item 5: few-shot runs that probed a pre-training run's
// snapshots are its probe curve, in text and JSON; the fine-tuning beside
// them is no point of it.
TEST(RunsCli, ShowPrintsAPreTrainingsProbeCurve) {
  const auto p = makeProject("runs-show-probes");
  std::vector<qint64> probes;
  {
    database::Database db = database::openProject(p.file);
    database::RunStore runs(db);
    probes.push_back(test::addProbeRun(runs, p.pretrain, 0, 0.50, 0.80));
    probes.push_back(test::addProbeRun(runs, p.pretrain, 3, 0.58, 0.82));
  }
  const auto r = test::runProdrome({"runs", "show", q(p.file), QString::number(p.pretrain)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("probe curve, ROC-AUC over every shot count, mean [95% CI]; gains paired with step 0\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\n3       " + std::to_string(probes[1]) + "      0.600 [0.550, 0.650]   +0.080 [+0.080, +0.080]"),
            std::string::npos)
      << r.out;
  // The first step's gains are missing figures, "—" as everywhere, its columns still aligned.
  EXPECT_NE(r.out.find("\n0       " + std::to_string(probes[0]) +
                       "      0.520 [0.470, 0.570]   —                         0.810 [0.785, 0.835]   —\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("tokens alone best at step 3\n"), std::string::npos) << r.out;
  const auto json = test::runProdrome({"runs", "show", q(p.file), QString::number(p.pretrain), "--json"});
  ASSERT_EQ(json.exitCode, 0) << json.err;
  const auto curves = QJsonDocument::fromJson(QByteArray::fromStdString(json.out))["probe_curves"].toArray();
  ASSERT_EQ(curves.size(), 1) << json.out;
  const auto points = curves[0].toArray();
  ASSERT_EQ(points.size(), 2);
  EXPECT_EQ(points[1]["steps"].toInteger(), 3);
  EXPECT_NEAR(points[1]["tokens_alone_roc_auc"].toDouble(), 0.60, 1e-9);
  EXPECT_NEAR(points[1]["tokens_alone_minus_first"].toDouble(), 0.08, 1e-9);
  EXPECT_TRUE(points[0]["tokens_alone_minus_first"].isNull());
  // Runs of other kinds print none.
  const auto other = test::runProdrome({"runs", "show", q(p.file), QString::number(p.fineTune)});
  EXPECT_EQ(other.out.find("probe curve"), std::string::npos) << other.out;
}

TEST(RunsCli, ShowPrintsAFineTuningsEpochsAndOperatingPoint) {
  const auto p = makeProject("runs-show-finetune");
  const auto r = test::runProdrome({"runs", "show", q(p.file), QString::number(p.fineTune)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("2\t0.4100\t0.8000\t0.9000\t—\t*"), std::string::npos) << r.out;  // the kept epoch
  EXPECT_NE(r.out.find("threshold 0.370 (youden)"), std::string::npos) << r.out;
}

TEST(RunsCli, ShowPrintsTheMotionBaselineBesideAForecastersOperatingPoint) {
  const auto p = makeProject("runs-show-baseline");
  const auto r = test::runProdrome({"runs", "show", q(p.file), QString::number(p.rateFineTune)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("motion baseline (the statistics alone, no encoder): threshold 0.900, 2 window(s) in a row, "
                       "sensitivity 0.5000 at 29.2000 false alarms per hour, window ROC-AUC 0.8760"),
            std::string::npos)
      << r.out;
  // Its probabilities' calibration, and on which scale the threshold is.
  EXPECT_NE(r.out.find("probabilities calibrated on 2400 labelled windows (sigmoid(0.450 logit p - 2.750)): the "
                       "chance of an onset within the horizon; Brier score there 0.213 before, 0.047 after; the "
                       "threshold is on that scale"),
            std::string::npos)
      << r.out;
  // A run without one says nothing of it.
  const auto youden = test::runProdrome({"runs", "show", q(p.file), QString::number(p.fineTune)});
  EXPECT_EQ(youden.out.find("motion baseline"), std::string::npos) << youden.out;
  EXPECT_EQ(youden.out.find("calibrated"), std::string::npos) << youden.out;
}

// A forecast over recordings without seizures (a lab's normal footage) has
// no sensitivity, and so no interval for it; its false alarms still have one.
TEST(RunsCli, ShowGivesNoIntervalWhereTheFigureIsUndefined) {
  const auto p = makeProject("runs-show-no-seizures");
  qint64 id = 0;
  {
    database::Database db = database::openProject(p.file);
    database::RunStore runs(db);
    core::ForecastConfig fc;
    fc.recordings = {1};
    core::ForecastMetrics fm;
    fm.threshold = 0.877;
    core::ForecastMetrics::Recording r;
    r.recording = 1, r.windows = 73, r.seizures = 0, r.alarms = 0, r.sensitivity = std::nan("");
    r.falseAlarmsPerHour = 0;
    r.counts = core::EventTotals{0, 0, 0, 0.02};
    fm.recordings = {r};
    id = runs.add(database::RunKind::Forecast, core::toJsonText(QJsonObject{{"forecast", fc.toJson()}}));
    runs.setMetrics(id, core::toJsonText(fm.toJson()));
    runs.setStatus(id, database::RunStatus::Succeeded);
  }
  const auto r = test::runProdrome({"runs", "show", q(p.file), QString::number(id)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  // No events in 0.02 h: Garwood's upper bound 3.689 events, 184.44 per hour.
  EXPECT_NE(r.out.find("all 1 recording(s): 0/0 seizures forecast (sensitivity —), 0 false alarms in 0.020 "
                       "inter-ictal hours (0.00/h, 95% CI 0.00-184.44)"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("CI —"), std::string::npos) << r.out;
}

TEST(RunsCli, ShowPoolsAForecastsRecordingsWithTheirIntervals) {
  const auto p = makeProject("runs-show-forecast");
  const auto r = test::runProdrome({"runs", "show", q(p.file), QString::number(p.forecast)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("1\t476\t2\t1\t9\t2\t0.0844\t0.5000\t23.7000"), std::string::npos) << r.out;
  // 3 of 4 seizures (Clopper-Pearson 0.194-0.994), 5 false alarms in 0.1631 h
  // (Garwood 1.623-11.668 events: 9.95-71.54 per hour).
  EXPECT_NE(r.out.find("all 2 recording(s): 3/4 seizures forecast (sensitivity 0.750, 95% CI 0.194-0.994), 5 false "
                       "alarms in 0.163 inter-ictal hours (30.66/h, 95% CI 9.95-71.54)"),
            std::string::npos)
      << r.out;
  // Beside it, the motion baseline judged on the same windows.
  // How close its probabilities came: 40 of 640 windows pre-ictal, a
  // constant 0.0625 scores 0.0625 · 0.9375.
  EXPECT_NE(r.out.find("Brier score 0.047 (a constant at the pre-ictal share: 0.059)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("motion baseline beside it (the statistics alone, no encoder; threshold 0.760, 2 in a row; "
                       "window ROC-AUC 0.919, Brier score 0.052): 2/4 seizures forecast (sensitivity 0.500, 95% CI "
                       "0.068-0.932), 4 false "
                       "alarms in 0.163 inter-ictal hours (24.52/h"),
            std::string::npos)
      << r.out;
  // And whether the model's window ROC-AUC beats its by more than chance.
  EXPECT_NE(r.out.find("; the model's window ROC-AUC minus its +0.006 (95% CI -0.010 to +0.020, bootstrap of 24 "
                       "stretches of 60 s)"),
            std::string::npos)
      << r.out;
  // Stored before the counts: their columns say "—" and nothing is pooled.
  const auto older = test::runProdrome({"runs", "show", q(p.file), QString::number(p.olderForecast)});
  ASSERT_EQ(older.exitCode, 0) << older.err;
  EXPECT_NE(older.out.find("2\t476\t2\t—\t19\t—\t—\t1.0000\t38.1000"), std::string::npos) << older.out;
  EXPECT_EQ(older.out.find("all 2 recording(s)"), std::string::npos) << older.out;
  EXPECT_EQ(older.out.find("motion baseline"), std::string::npos) << older.out;
  EXPECT_NE(older.out.find("Brier score —"), std::string::npos) << older.out;
}

TEST(RunsCli, ShowJsonCarriesTheStoredConfigAndMetrics) {
  const auto p = makeProject("runs-show-json");
  const auto r = test::runProdrome({"runs", "show", q(p.file), QString::number(p.fineTune), "--json"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(r.out)).object();
  EXPECT_EQ(o.value("kind").toString(), "fine-tuning");
  EXPECT_EQ(o.value("config").toObject().value("finetune").toObject().value("model_name").toString(), "forecaster");
  EXPECT_EQ(o.value("metrics").toObject().value("threshold").toDouble(), 0.37);
}

TEST(RunsCli, ARunLeftRunningByAProcessThatEndedIsInterrupted) {
  const auto p = makeProject("runs-interrupted");
  database::Database db = database::openProject(p.file);
  database::RunStore(db).setStatus(p.pretrain, database::RunStatus::Running);
  const auto id = std::to_string(p.pretrain);
  {
    // This test's process runs it, as far as `prodrome` (another process) can tell.
    core::RunLock held(db, p.pretrain);
    const auto list = test::runProdrome({"runs", "list", q(p.file)});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    EXPECT_NE(list.out.find(id + "\trunning\tpre-training · enc-rynh"), std::string::npos) << list.out;
    const auto show = test::runProdrome({"runs", "show", q(p.file), QString::number(p.pretrain)});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    EXPECT_NE(show.out.find("· running\nrun by process " + std::to_string(::getpid()) + " on host "), std::string::npos)
        << show.out;
    const auto json = test::runProdrome({"runs", "show", q(p.file), QString::number(p.pretrain), "--json"});
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(json.out)).object();
    EXPECT_EQ(o.value("status").toString(), "running");
    EXPECT_TRUE(o.value("held_by").toString().startsWith("process " + QString::number(::getpid())));
  }
  const auto list = test::runProdrome({"runs", "list", q(p.file)});
  ASSERT_EQ(list.exitCode, 0) << list.err;
  EXPECT_NE(list.out.find(id + "\tinterrupted\tpre-training · enc-rynh"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find(std::to_string(p.fineTune) + "\tsucceeded\t"), std::string::npos) << list.out;
  const auto show = test::runProdrome({"runs", "show", q(p.file), QString::number(p.pretrain), "--json"});
  const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(show.out)).object();
  EXPECT_EQ(o.value("status").toString(), "interrupted");
  EXPECT_FALSE(o.contains("held_by"));
  // The stored row is left as it was: the run resumes from its checkpoint.
  EXPECT_EQ(database::RunStore(db).find(p.pretrain)->status, database::RunStatus::Running);
}

TEST(RunsCli, AnUnknownRunIsAClearError) {
  const auto p = makeProject("runs-unknown");
  const auto r = test::runProdrome({"runs", "show", q(p.file), "99"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.err.find("has no run 99"), std::string::npos) << r.err;
  const auto bad = test::runProdrome({"runs", "show", q(p.file), "abc"});
  EXPECT_EQ(bad.exitCode, 2);
  EXPECT_NE(bad.err.find("'abc' is not a run id"), std::string::npos) << bad.err;
}

}  // namespace
