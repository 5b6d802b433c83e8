// The method on a user's own data from the command line alone (issue 12,
// item 8): videos and a CSV of seizures go into a new project through
// `recording add` and `import csv`, then clips build -> pretrain -> few-shot
// evaluation -> fine-tuning -> forecast, each a separate `prodrome` run.
//
// `prodrome synth` is used only to make the videos and to know their seizure
// frames; its project is thrown away, so nothing of the synthetic or demo
// code path reaches the project under test.

#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/Database.h"
#include "database/EventStore.h"
#include "database/ModelStore.h"
#include "database/PeriodStore.h"
#include "database/PredictionStore.h"
#include "database/RecordingStore.h"
#include "database/RunStore.h"
#include "database/Schema.h"
#include "database/SubjectStore.h"
#include "tests/app/CliRunner.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <fstream>
#include <map>
#include <string>
#include <vector>

using namespace prodrome;
using test::q;

namespace {

struct Video {
  std::filesystem::path file;
  std::int64_t onset = 0;
  std::int64_t offset = 0;
};

// Six 90-s human videos (64x48, 10 fps) with one seizure each, and the
// frames of those seizures, read from a scratch project that is not used
// again.
std::vector<Video> makeVideos(const std::filesystem::path& dir) {
  const auto scratch = dir / "scratch.prodrome";
  const auto r =
      test::runProdrome({"synth", q(scratch), "--species", "human", "--subjects", "6", "--minutes", "1.5", "--seizures",
                         "1", "--size", "64x48", "--fps", "10", "--seed", "5", "--out", q(dir / "videos")});
  EXPECT_EQ(r.exitCode, 0) << r.err;
  auto database = database::openProject(scratch);
  std::map<std::int64_t, std::filesystem::path> files;
  for (const auto& recording : database::RecordingStore(database).list()) files[recording.id] = recording.path;
  std::vector<Video> videos;
  for (const auto& event : database::EventStore(database).list())
    if (event.kind == database::EventKind::Seizure && event.offsetFrame)
      videos.push_back({files.at(event.recordingId), event.onsetFrame, *event.offsetFrame});
  return videos;
}

test::CliResult runStep(const QStringList& args) { return test::runProdrome(args, 300000); }

}  // namespace

TEST(MethodWorkflowCli, OwnVideosAndSeizureCsvThroughEveryStep) {
  // A folder inside the scratch directory, so that the moved copy below is
  // inside it too and goes with it at exit.
  const auto dir = test::scratchDirectory("method-workflow-cli") / "project";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::vector<Video> videos = makeVideos(dir);
  ASSERT_EQ(videos.size(), 6u);

  auto db = dir / "own.prodrome";
  QString project = q(db);
  ASSERT_EQ(runStep({"project", "init", project}).exitCode, 0);
  const QStringList codes = {"H01", "H02", "H03", "H04", "H05", "H06"};
  std::vector<std::int64_t> recordingIds;
  std::ofstream csv(dir / "seizures.csv");
  csv << "recording,onset,offset,type\n";
  for (std::size_t i = 0; i < videos.size(); ++i) {
    const auto added = runStep({"recording", "add", project, q(videos[i].file), "--subject", codes[static_cast<int>(i)],
                                "--species", "human"});
    ASSERT_EQ(added.exitCode, 0) << added.err;
    recordingIds.push_back(std::stoll(added.out));
    // By file name and frame numbers, as a user's own annotation sheet would.
    csv << videos[i].file.filename().string() << "," << videos[i].onset << "," << videos[i].offset << ",tonic-clonic\n";
  }
  csv.close();
  const auto imported = runStep({"import", "csv", project, q(dir / "seizures.csv")});
  ASSERT_EQ(imported.exitCode, 0) << imported.err;
  {
    auto database = database::openProject(db);
    const auto events = database::EventStore(database).list();
    ASSERT_EQ(events.size(), 6u);
    for (std::size_t i = 0; i < events.size(); ++i) {
      EXPECT_EQ(events[i].recordingId, recordingIds[i]);
      EXPECT_EQ(events[i].onsetFrame, videos[i].onset);
      EXPECT_EQ(events[i].offsetFrame, videos[i].offset);
    }
  }

  // Gaps shorter than the defaults: 90-s recordings hold no 30-min quiet time.
  // Three test subjects for the few-shot episodes: a query clip may not
  // overlap a support clip, and the pre-ictal windows of one seizure all
  // overlap, so two support clips can use up two seizures and the query
  // needs a third.
  const auto clips =
      runStep(QStringList{"clips", "build", project} +
              QString("--name own --length 5 --horizon 5 --gap-human 10 --post-ictal 10 --normal-stride 2 "
                      "--species human --seed 1 --split train=H01,H02 --split val=H03 "
                      "--split test=H04,H05,H06")
                  .split(' '));
  ASSERT_EQ(clips.exitCode, 0) << clips.err;
  EXPECT_NE(clips.out.find("split test: 3 subjects"), std::string::npos) << clips.out;

  // The project folder moves (as a copy taken to a GPU server would, issue
  // 16 §8): training, forecasting and review run on the moved project with
  // no re-linking, the old folder gone.
  const auto moved = dir.parent_path() / (dir.filename().string() + "-moved");
  std::filesystem::remove_all(moved);
  std::filesystem::rename(dir, moved);
  db = moved / "own.prodrome";
  project = q(db);

  // The tiniest run the flags allow: 4 frames of 32 px, a few steps, the CPU.
  const QStringList tiny = {"--size", "32", "--frames", "4", "--device", "cpu"};
  const auto pretrain =
      runStep(QStringList{"pretrain", project, "--name", "enc", "--clip-sets", "own", "--mix", "H", "--steps", "4",
                          "--batch", "2", "--checkpoint-every", "0", "--snapshot-every", "2"} +
              tiny);
  ASSERT_EQ(pretrain.exitCode, 0) << pretrain.err;
  const auto fewshot =
      runStep(QStringList{"finetune", project, "--clip-set", "own", "--fewshot", "--base", "enc", "--shots", "2",
                          "--episodes", "2", "--query", "1", "--epochs", "2", "--batch", "4"} +
              tiny);
  ASSERT_EQ(fewshot.exitCode, 0) << fewshot.err;
  EXPECT_NE(fewshot.out.find("shots"), std::string::npos) << fewshot.out;
  const auto finetune = runStep(QStringList{"finetune", project, "--clip-set", "own", "--name", "forecaster", "--base",
                                            "enc", "--epochs", "2", "--batch", "4"} +
                                tiny);
  ASSERT_EQ(finetune.exitCode, 0) << finetune.err;
  const QString heldOut = QString::number(recordingIds.back());
  // By its monitoring period (a recording's own, of one file): the file's
  // line and the period's one curve (issue 14).
  std::int64_t heldOutPeriod = 0;
  {
    auto database = database::openProject(db);
    heldOutPeriod = *database::PeriodStore(database).periodOf(recordingIds.back());
  }
  // Ids that are not ids are usage errors naming the item, not "recording 0
  // does not exist".
  for (const char* bad : {"abc", "3x", "0", "2,,3"})
    for (const char* option : {"--recordings", "--period"}) {
      const auto refused = test::runProdrome({"forecast", project, "--model", "forecaster", option, bad});
      EXPECT_EQ(refused.exitCode, 2) << option << " " << bad << ": " << refused.err;
      EXPECT_NE(refused.err.find(std::string(option) + ": '"), std::string::npos) << refused.err;
      EXPECT_NE(refused.err.find("' is not an id"), std::string::npos) << refused.err;
    }
  // A recording listed twice (here also through its period) was scored twice
  // and failed at the end, leaving a failed run with the first set of its
  // windows: it is refused before a run is stored. A threshold is a chance.
  {
    const auto runsBefore = [&] {
      auto database = database::openProject(db);
      return database::RunStore(database).list().size();
    };
    const auto before = runsBefore();
    const auto twice = test::runProdrome(
        {"forecast", project, "--model", "forecaster", "--recordings", heldOut + "," + heldOut, "--device", "cpu"});
    EXPECT_EQ(twice.exitCode, 1) << twice.err;
    EXPECT_NE(twice.err.find("recording " + heldOut.toStdString() + " is listed twice"), std::string::npos)
        << twice.err;
    const auto threshold = test::runProdrome(
        {"forecast", project, "--model", "forecaster", "--recordings", heldOut, "--threshold", "1.5"});
    EXPECT_EQ(threshold.exitCode, 2) << threshold.err;
    EXPECT_NE(threshold.err.find("--threshold must be a number in [0, 1], got '1.5'"), std::string::npos)
        << threshold.err;
    EXPECT_EQ(runsBefore(), before);
  }
  const auto forecast = runStep(
      {"forecast", project, "--model", "forecaster", "--period", QString::number(heldOutPeriod), "--device", "cpu"});
  ASSERT_EQ(forecast.exitCode, 0) << forecast.err;
  EXPECT_NE(forecast.out.find("recording " + heldOut.toStdString() + ":"), std::string::npos) << forecast.out;
  EXPECT_NE(forecast.out.find("period " + std::to_string(heldOutPeriod) + ": one curve of"), std::string::npos)
      << forecast.out;
  // The pooled event figures come with their exact intervals.
  EXPECT_NE(forecast.out.find("all 1 recording(s): "), std::string::npos) << forecast.out;
  EXPECT_NE(forecast.out.find("/h, 95% CI "), std::string::npos) << forecast.out;
  // How close its probabilities came, against a constant at the pre-ictal share.
  EXPECT_NE(forecast.out.find("Brier score "), std::string::npos) << forecast.out;
  // The windows and horizon of the clip set it was fine-tuned on.
  EXPECT_NE(forecast.out.find("; 5-s windows, horizon 5 s"), std::string::npos) << forecast.out;
  // Its windows judged as its operating point was, with the set's 10-s gap:
  // the held-out recording has normal windows (a patient's 30-min default
  // left it none, and the window-level ROC empty).
  EXPECT_EQ(forecast.out.find("see --gap"), std::string::npos) << forecast.out;
  EXPECT_EQ(forecast.out.find(" pre-ictal, 0 normal;"), std::string::npos) << forecast.out;

  const auto review = runStep({"review", "list", project, "--run", "4", "--recording", heldOut});
  ASSERT_EQ(review.exitCode, 0) << review.err;
  EXPECT_NE(review.out.find("recording " + heldOut.toStdString() + ": "), std::string::npos) << review.out;

  auto database = database::openProject(db);
  for (const auto& recording : database::RecordingStore(database).list())
    EXPECT_EQ(std::filesystem::path(recording.path).parent_path(), moved / "videos") << recording.path;
  const auto runs = database::RunStore(database).list();
  ASSERT_EQ(runs.size(), 4u);
  const std::vector<database::RunKind> kinds = {database::RunKind::Pretrain, database::RunKind::Finetune,
                                                database::RunKind::Finetune, database::RunKind::Forecast};
  for (std::size_t i = 0; i < runs.size(); ++i) {
    EXPECT_EQ(runs[i].kind, kinds[i]) << "run " << runs[i].id;
    EXPECT_EQ(runs[i].status, database::RunStatus::Succeeded) << "run " << runs[i].id << ": " << runs[i].log;
  }
  database::ModelStore models(database);
  const auto encoder = models.findByName("enc");
  const auto forecaster = models.findByName("forecaster");
  ASSERT_TRUE(encoder);
  ASSERT_TRUE(forecaster);
  EXPECT_TRUE(std::filesystem::exists(encoder->weightsPath));
  for (const auto& weights : {encoder->weightsPath, forecaster->weightsPath})
    EXPECT_NE(std::filesystem::path(weights).lexically_relative(moved).begin()->string(), "..") << weights;
  EXPECT_TRUE(std::filesystem::exists(forecaster->weightsPath));
  // A probability per window of the held-out recording, and of no other.
  database::PredictionStore predictions(database);
  const auto curve = predictions.listByRunAndRecording(runs.back().id, recordingIds.back());
  EXPECT_GT(curve.size(), 50u);  // 90 s, a 5-s window every second
  EXPECT_EQ(predictions.countByRun(runs.back().id), static_cast<std::int64_t>(curve.size()));
  for (const auto& p : curve) {
    EXPECT_GE(p.probability, 0.0);
    EXPECT_LE(p.probability, 1.0);
  }
  const auto forecastConfig =
      QJsonDocument::fromJson(QByteArray::fromStdString(runs.back().config)).object()["forecast"].toObject();
  EXPECT_TRUE(forecastConfig["model_window"].toBool()) << runs.back().config;
  EXPECT_EQ(forecastConfig["window_seconds"].toDouble(), 5.0) << runs.back().config;
  EXPECT_TRUE(forecastConfig["model_post_ictal"].toBool()) << runs.back().config;
  EXPECT_EQ(forecastConfig["post_ictal_seconds"].toDouble(), 10.0) << runs.back().config;
  // The set holds only the clips the split named, by subject.
  const auto set = database::ClipSetStore(database).findByName("own");
  ASSERT_TRUE(set);
  for (const auto& clip : database::ClipStore(database).listBySet(set->id)) {
    const std::size_t index = static_cast<std::size_t>(
        std::find(recordingIds.begin(), recordingIds.end(), clip.recordingId) - recordingIds.begin());
    ASSERT_LT(index, 6u);
    EXPECT_EQ(clip.split, index < 2 ? "train" : index == 2 ? "val" : "test");
  }

  // The demo's forecaster from the command line alone (issue 12): statistics
  // at three time scales and of two earlier windows, their share chosen among candidates, and an
  // operating point with its windows in a row chosen on the validation
  // patient and the two cross-fitted training ones.
  const auto rate = runStep(QStringList{"finetune",
                                        project,
                                        "--clip-set",
                                        "own",
                                        "--name",
                                        "rate-forecaster",
                                        "--base",
                                        "enc",
                                        "--head",
                                        "logreg",
                                        "--normalise",
                                        "recording",
                                        "--motion-stats",
                                        "--motion-scales",
                                        "3",
                                        "--motion-lags",
                                        "2",
                                        "--threshold-rule",
                                        "false-alarm-rate",
                                        "--max-false-alarms",
                                        "1000",
                                        "--max-consecutive",
                                        "3",
                                        "--cross-fit",
                                        "--motion-share-candidates",
                                        "0.5,0.9",
                                        "--jerk-weight-candidates",
                                        "0,0.5"} +
                            tiny);
  ASSERT_EQ(rate.exitCode, 0) << rate.err;
  EXPECT_NE(rate.out.find("statistics' share"), std::string::npos) << rate.out;
  EXPECT_NE(rate.out.find("brief jerks' weight"), std::string::npos) << rate.out;
  const auto last = database::RunStore(database).list().back();
  const auto stored = QJsonDocument::fromJson(QByteArray::fromStdString(last.config)).object()["finetune"].toObject();
  EXPECT_EQ(stored["motion_scales"].toInt(), 3);
  EXPECT_EQ(stored["motion_lags"].toInt(), 2);
  EXPECT_EQ(stored["max_consecutive"].toInt(), 3);
  EXPECT_TRUE(stored["cross_fit_operating_point"].toBool());
  EXPECT_EQ(stored["motion_share_candidates"].toArray(), (QJsonArray{0.5, 0.9}));
  EXPECT_EQ(stored["jerk_weight_candidates"].toArray(), (QJsonArray{0.0, 0.5}));
  const auto metrics = QJsonDocument::fromJson(QByteArray::fromStdString(last.metrics)).object();
  EXPECT_EQ(metrics["threshold_validation_recordings"].toInt(), 1) << last.metrics;
  EXPECT_EQ(metrics["threshold_cross_fitted_recordings"].toInt(), 2) << last.metrics;
  EXPECT_EQ(metrics["motion_share_trials"].toArray().size(), 2) << last.metrics;
  EXPECT_TRUE(metrics["motion_share"].toDouble() == 0.5 || metrics["motion_share"].toDouble() == 0.9) << last.metrics;
  EXPECT_EQ(metrics["jerk_weight_trials"].toArray().size(), 2) << last.metrics;
  const double jerkWeight = metrics["jerk_weight"].toDouble(-1);
  EXPECT_TRUE(jerkWeight == 0.0 || jerkWeight == 0.5) << last.metrics;
  const auto model = models.findByName("rate-forecaster");
  ASSERT_TRUE(model);
  const auto architecture = QJsonDocument::fromJson(QByteArray::fromStdString(model->architecture)).object();
  EXPECT_EQ(architecture["motion_scales"].toInt(), 3);
  EXPECT_EQ(architecture["motion_lags"].toInt(), 2);
  EXPECT_EQ(architecture["decision_consecutive"].toInt(), metrics["consecutive"].toInt());
  EXPECT_EQ(architecture["jerk_weight"].toDouble(-1), jerkWeight);
  // Its probabilities calibrated on the same windows, the map stored with it.
  EXPECT_NE(rate.out.find("probabilities calibrated on "), std::string::npos) << rate.out;
  ASSERT_TRUE(metrics["calibration"].isObject()) << last.metrics;
  EXPECT_EQ(architecture["calibration_slope"].toDouble(-1), metrics["calibration"].toObject()["slope"].toDouble());
  EXPECT_EQ(architecture["calibration_offset"].toDouble(), metrics["calibration"].toObject()["offset"].toDouble());
  EXPECT_EQ(architecture["decision_threshold"].toDouble(), metrics["threshold"].toDouble());
  // The clip set's window length and horizon, which that point holds for.
  EXPECT_EQ(architecture["window_seconds"].toDouble(), 5.0);
  EXPECT_EQ(architecture["horizon_seconds"].toDouble(), 5.0);
  // A forecast given its own window and horizon uses them, and says so.
  const auto given = runStep({"forecast", project, "--model", "rate-forecaster", "--recordings", heldOut, "--window",
                              "4", "--horizon", "3", "--device", "cpu"});
  ASSERT_EQ(given.exitCode, 0) << given.err;
  EXPECT_NE(given.out.find("; 4-s windows, horizon 3 s"), std::string::npos) << given.out;
  const auto givenConfig =
      QJsonDocument::fromJson(QByteArray::fromStdString(database::RunStore(database).list().back().config))
          .object()["forecast"]
          .toObject();
  EXPECT_FALSE(givenConfig["model_window"].toBool(true));
  EXPECT_FALSE(givenConfig["model_horizon"].toBool(true));
  EXPECT_EQ(givenConfig["window_seconds"].toDouble(), 4.0);
  EXPECT_EQ(runStep({"finetune", project, "--clip-set", "own", "--name", "x", "--motion-scales", "zero"}).exitCode, 2);
  EXPECT_EQ(runStep({"finetune", project, "--clip-set", "own", "--name", "x", "--motion-lags", "-1"}).exitCode, 2);
  const auto badShare =
      runStep({"finetune", project, "--clip-set", "own", "--name", "x", "--motion-share-candidates", "0.5,1.5"});
  EXPECT_EQ(badShare.exitCode, 2);
  EXPECT_NE(badShare.err.find("'1.5' is not a share"), std::string::npos) << badShare.err;
  const auto badWeight =
      runStep({"finetune", project, "--clip-set", "own", "--name", "x", "--jerk-weight-candidates", "0,1"});
  EXPECT_EQ(badWeight.exitCode, 2);
  EXPECT_NE(badWeight.err.find("--jerk-weight-candidates: '1' is not a weight"), std::string::npos) << badWeight.err;
  EXPECT_EQ(
      runStep({"finetune", project, "--clip-set", "own", "--name", "x", "--jerk-weight-candidates", ","}).exitCode, 2);

  // The probe curve along stage 1 (issue 12, item 5): the encoder run 1 kept
  // at steps 0, 2 and 4, each probed in the same episodes, found beside the
  // moved project.
  const QStringList probe = QStringList{"finetune", project, "--clip-set", "own", "--fewshot", "--shots", "2",
                                        "--episodes", "2", "--query", "1", "--head", "logreg", "--pooling", "motion",
                                        "--motion-stats", "--normalise", "recording", "--tokens-alone", "--no-baseline"} +
                            tiny;
  const auto runsBefore = database::RunStore(database).list().size();
  const auto probed = runStep(probe + QStringList{"--probe-snapshots", "1"});
  ASSERT_EQ(probed.exitCode, 0) << probed.err;
  EXPECT_NE(probed.out.find("probe curve, ROC-AUC over every shot count"), std::string::npos) << probed.out;
  for (const char* step : {"\n0 ", "\n2 ", "\n4 "}) EXPECT_NE(probed.out.find(step), std::string::npos) << probed.out;
  EXPECT_NE(probed.out.find("tokens alone best at step "), std::string::npos) << probed.out;
  const auto afterCurve = database::RunStore(database).list();
  ASSERT_EQ(afterCurve.size(), runsBefore + 3);
  for (std::size_t i = runsBefore; i < afterCurve.size(); ++i) {
    EXPECT_EQ(afterCurve[i].status, database::RunStatus::Succeeded) << afterCurve[i].log;
    const QJsonObject fewConfig =
        QJsonDocument::fromJson(QByteArray::fromStdString(afterCurve[i].config)).object()["fewshot"].toObject();
    EXPECT_EQ(fewConfig["label"].toString().toStdString(), "run 1 at step " + std::to_string(2 * (i - runsBefore)));
    const auto step = static_cast<qint64>(2 * (i - runsBefore));
    EXPECT_EQ(fewConfig["base_model"].toInteger(-1), 0);
    EXPECT_TRUE(fewConfig["base_weights"].toString().endsWith(QString("run-1/step-%1.safetensors").arg(step)))
        << fewConfig["base_weights"].toString().toStdString();
    EXPECT_EQ(fewConfig["probe_of_run"].toInteger(), 1);
    EXPECT_EQ(fewConfig["probe_step"].toInteger(-1), step);
  }
  // What it cannot probe is refused before any episode runs.
  const auto notPretrain = runStep(probe + QStringList{"--probe-snapshots", "2"});
  EXPECT_EQ(notPretrain.exitCode, 1);
  EXPECT_NE(notPretrain.err.find("run 2 is a finetune run; snapshots come from a pre-training run"), std::string::npos)
      << notPretrain.err;
  EXPECT_EQ(runStep(probe + QStringList{"--probe-snapshots", "1", "--base", "enc"}).exitCode, 2);
  // A damaged snapshot is named before any episode runs.
  const auto snapshots = moved / "own.models" / "snapshots" / "run-1";
  std::ofstream(snapshots / "step-4.safetensors", std::ios::trunc) << "not weights";
  const auto damaged = runStep(probe + QStringList{"--probe-snapshots", "1"});
  EXPECT_EQ(damaged.exitCode, 1);
  EXPECT_NE(damaged.err.find("run 1's snapshot at step 4 cannot be read: "), std::string::npos) << damaged.err;
  EXPECT_NE(damaged.err.find("step-4.safetensors"), std::string::npos) << damaged.err;
  EXPECT_EQ(database::RunStore(database).list().size(), afterCurve.size());
  // Where core/runs/ModelFiles.h keeps them, beside the moved project.
  ASSERT_TRUE(std::filesystem::remove(snapshots / "step-2.safetensors"));
  const auto missing = runStep(probe + QStringList{"--probe-snapshots", "1"});
  EXPECT_EQ(missing.exitCode, 1);
  EXPECT_NE(missing.err.find("run 1's snapshot at step 2 is missing: "), std::string::npos) << missing.err;
  EXPECT_EQ(database::RunStore(database).list().size(), afterCurve.size());
}
