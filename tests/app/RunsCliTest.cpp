// `prodrome runs list|show`: runs stored as the runners store them (configs
// and metrics through their core/runs types) named and shown from the
// command line, as the GUI's tree and run view name and show them.

#include "core/runs/FewShotConfig.h"
#include "core/runs/FewShotMetrics.h"
#include "core/runs/FineTuneConfig.h"
#include "core/runs/FineTuneMetrics.h"
#include "core/runs/JsonText.h"
#include "core/runs/PretrainConfig.h"
#include "core/runs/PretrainMetrics.h"
#include "database/ClipSetStore.h"
#include "database/Database.h"
#include "database/RunStore.h"
#include "database/Schema.h"
#include "tests/app/CliRunner.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

using namespace prodrome;

namespace {

using test::q;

struct RunsProject {
  std::filesystem::path file;
  qint64 pretrain = 0, fineTune = 0, fewShot = 0;
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

TEST(RunsCli, ShowPrintsAFineTuningsEpochsAndOperatingPoint) {
  const auto p = makeProject("runs-show-finetune");
  const auto r = test::runProdrome({"runs", "show", q(p.file), QString::number(p.fineTune)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("2\t0.4100\t0.8000\t0.9000\t—\t*"), std::string::npos) << r.out;  // the kept epoch
  EXPECT_NE(r.out.find("threshold 0.370 (youden)"), std::string::npos) << r.out;
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
