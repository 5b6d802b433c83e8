#include "core/clips/ClipSetService.h"
#include "core/exchange/RecordingRelinker.h"
#include "core/forecast/PooledWindows.h"
#include "core/pipeline/BriefJerks.h"
#include "core/pipeline/CachedClipDataset.h"
#include "core/pipeline/ClipCache.h"
#include "core/pipeline/ClipFeatures.h"
#include "core/pipeline/DataMix.h"
#include "core/pipeline/EncodedWindows.h"
#include "core/pipeline/FineTuneParts.h"
#include "core/pipeline/FineTuning.h"
#include "core/pipeline/Forecasting.h"
#include "core/pipeline/ModelLoading.h"
#include "core/pipeline/MotionBaselineForecast.h"
#include "core/pipeline/Pretraining.h"
#include "core/pipeline/VideoScoring.h"
#include "core/pipeline/WindowMotion.h"
#include "core/runs/FineTuneMetrics.h"
#include "core/runs/ForecastRunInfo.h"
#include "core/runs/RunRecord.h"
#include "core/synth/SynthProject.h"
#include "core/video/ClipReader.h"
#include "core/video/FrameConverter.h"
#include "core/video/VideoSource.h"
#include "core/video/VideoWriter.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/EventStore.h"
#include "database/ModelStore.h"
#include "database/PredictionStore.h"
#include "database/RecordingStore.h"
#include "database/RunStore.h"
#include "database/Schema.h"
#include "ml/VideoMAEWeights.h"
#include "tests/support/FixtureVideo.h"
#include "tests/support/TinyJobs.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <unistd.h>

#include <atomic>
#include <cmath>
#include <cstring>
#include <fstream>
#include <functional>
#include <span>

using namespace prodrome;
using namespace prodrome::core;

namespace {

// One small synthetic project shared by the suite: 4 patients (2 held out) and 1 rodent,
// a rodent Y/N set and a human forecasting set split by subject.
struct Project {
  ~Project() {
    db.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }
  std::filesystem::path dir;
  std::optional<database::Database> db;
  std::int64_t rodentSet = 0, humanSet = 0;
  std::vector<synth::SynthRecording> humans;
};

Project& project() {
  static Project p;
  static const bool ready = [] {
    // ctest runs each test in its own process, two at a time: one folder each.
    p.dir = test::scratchDirectory("pipeline") / ("p" + std::to_string(::getpid()));
    std::filesystem::remove_all(p.dir);
    std::filesystem::create_directories(p.dir);
    p.db.emplace(database::openProject(p.dir / "project.prodrome"));
    synth::SynthOptions o;
    o.species = "human";
    o.subjects = 4;
    o.minutes = 1.5;
    o.seizures = 1;
    o.seed = 5;
    o.width = 64;
    o.height = 48;
    o.fps = 10;
    o.outputDir = p.dir / "videos";
    p.humans = synth::synthesize(*p.db, o).recordings;
    o.species = "rodent";
    o.subjects = 1;
    synth::synthesize(*p.db, o);
    ClipSetParams params;
    params.postIctalSeconds = params.humanGapSeconds = params.rodentGapSeconds = 10;
    params.normalStrideSeconds = 2;
    params.buildPreictal = false;
    params.buildIctal = true;
    ClipSetService clips(*p.db);
    p.rodentSet = clips.build("rodents", params).clipSetId;
    params.buildPreictal = true;
    params.buildIctal = false;
    SubjectSplit split;
    for (std::size_t i = 0; i < p.humans.size(); ++i)
      split[p.humans[i].subjectId] = i + 2 >= p.humans.size() ? kTestSplit : kTrainSplit;
    p.humanSet = clips.build("humans", params, split).clipSetId;
    return true;
  }();
  (void)ready;
  return p;
}

database::Database& db() { return *project().db; }
std::filesystem::path cacheDir() { return ClipCache::directoryFor(db().path()); }

PretrainConfig tinyPretrain(const std::string& name) {
  return test::tinyPretrain(name, {project().rodentSet, project().humanSet});
}

FineTuneSettings tinySettings() { return test::tinyFineTuneSettings(); }

// Few-shot episodes on the tiny project's test split: one query per class.
FewShotConfig tinyFewShot(std::vector<int> shots, int episodes) {
  FewShotConfig c;
  c.clipSet = project().humanSet;
  c.split = kTestSplit;
  c.shots = std::move(shots);
  c.episodes = episodes;
  c.queryPerClass = 1;
  c.settings = tinySettings();
  return c;
}

TEST(ClipCache, HoldsWhatTheClipReaderReadsAndIsReused) {
  auto first = ClipCache::ensure(db(), project().humanSet, 4, 32, cacheDir());
  ASSERT_GT(first->count(), 10);
  const auto clips = database::ClipStore(db()).listBySet(project().humanSet);
  ASSERT_EQ(static_cast<std::size_t>(first->count()), clips.size());
  // Spot-check a clip against a direct read.
  const auto& info = first->info(first->count() / 2);
  const auto rec = database::RecordingStore(db()).find(info.recordingId);
  VideoSource source(rec->path);
  ClipReader reader(source);
  const auto direct = reader.read(info.startFrame, info.endFrame, 4, 32);
  EXPECT_EQ(std::memcmp(direct.data(), first->pixels(first->count() / 2), direct.size()), 0);
  EXPECT_FALSE(first->reused());
  auto second = ClipCache::ensure(db(), project().humanSet, 4, 32, cacheDir());
  EXPECT_TRUE(second->reused());
  // Another shape is another file.
  auto other = ClipCache::ensure(db(), project().humanSet, 2, 16, cacheDir());
  EXPECT_FALSE(other->reused());
  EXPECT_NE(other->file(), first->file());
}

// A cache holds frames decoded from the videos as they were: once a video
// is not the file that was added, the cache is not reused (nor rebuilt from
// the other file), and the error names the file.
TEST(ClipCache, IsNotReusedOnceAVideoIsNoLongerTheOneAdded) {
  EXPECT_NO_THROW(ClipCache::ensure(db(), project().humanSet, 4, 32, cacheDir()));
  database::RecordingStore store(db());
  const auto changed = *store.find(ClipCache::entries(db(), project().humanSet).front().recordingId);
  auto row = changed;
  row.fingerprint = "1-00000000000000000000000000000000";  // as though the file had been replaced
  store.update(row);
  try {
    ClipCache::ensure(db(), project().humanSet, 4, 32, cacheDir());
    ADD_FAILURE() << "a cache of another file's frames was used";
  } catch (const VideoError& e) {
    EXPECT_EQ(e.path(), changed.path);
    EXPECT_NE(std::string(e.what()).find("is no longer the video that was added"), std::string::npos) << e.what();
  }
  store.update(changed);
  EXPECT_TRUE(ClipCache::ensure(db(), project().humanSet, 4, 32, cacheDir())->reused());
}

// An unknown set is named as such by the cache and by every job that lists
// its entries before opening it.
TEST(ClipCache, RefusesAnEmptyOrUnknownSet) {
  const auto says = [](const std::function<void()>& f) {
    try {
      f();
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const std::string unknown = "clip set 999 does not exist";
  EXPECT_EQ(says([] { ClipCache::ensure(db(), 999, 4, 32, cacheDir()); }), unknown);
  EXPECT_EQ(says([] { ClipCache::entries(db(), 999); }), unknown);
  auto fewShot = tinyFewShot({2}, 1);
  fewShot.clipSet = 999;
  EXPECT_NE(says([&] { runFewShot(db(), fewShot); }).find(unknown), std::string::npos);
  FineTuneConfig ft;
  ft.modelName = "from-nothing";
  ft.clipSet = 999;
  ft.settings = tinySettings();
  EXPECT_NE(says([&] { runFineTune(db(), ft); }).find(unknown), std::string::npos);
  database::ClipSet empty;
  empty.name = "empty";
  const auto emptyId = database::ClipSetStore(db()).add(empty);
  EXPECT_EQ(says([&] { ClipCache::entries(db(), emptyId); }), "clip set 'empty' has no clips");
}

TEST(DataMix, PresetsSelectSpeciesLabelsAndHumanSplit) {
  CachedClipInfo rodentIctal{1, 1, 1, 0, 10, database::ClipLabel::Ictal, database::Species::Rodent, ""};
  CachedClipInfo rodentNormal = rodentIctal;
  rodentNormal.label = database::ClipLabel::Normal;
  CachedClipInfo humanNormalTrain{2, 2, 2, 0, 10, database::ClipLabel::Normal, database::Species::Human, "train"};
  CachedClipInfo humanNormalTest = humanNormalTrain;
  humanNormalTest.split = "test";
  CachedClipInfo humanPreictal = humanNormalTrain;
  humanPreictal.label = database::ClipLabel::Preictal;
  auto full = dataMixPreset("rynh");
  full.humanSplit = "train";
  EXPECT_TRUE(full.accepts(rodentIctal));
  EXPECT_TRUE(full.accepts(rodentNormal));
  EXPECT_TRUE(full.accepts(humanNormalTrain));
  EXPECT_FALSE(full.accepts(humanNormalTest));  // held-out subjects stay unseen
  EXPECT_FALSE(full.accepts(humanPreictal));    // the paper's human set is inter-ictal
  EXPECT_TRUE(dataMixPreset("RY").accepts(rodentIctal));
  EXPECT_FALSE(dataMixPreset("RY").accepts(rodentNormal));
  EXPECT_FALSE(dataMixPreset("RN").accepts(humanNormalTrain));
  EXPECT_FALSE(dataMixPreset("H").accepts(rodentNormal));
  EXPECT_THROW(dataMixPreset("XY"), Error);
}

TEST(JobConfig, RoundTripsAndRefusesUnknownFields) {
  auto c = tinyPretrain("m");
  c.seed = 18446744073709551557ULL;  // beyond a JSON double's exact range
  const auto back = PretrainConfig::fromJson(c.toJson());
  EXPECT_EQ(back.seed, c.seed);
  EXPECT_EQ(back.clipSets, c.clipSets);
  EXPECT_EQ(back.size, 32);
  auto json = c.toJson();
  json["stpes"] = 3;
  EXPECT_THROW(PretrainConfig::fromJson(json), Error);
  json = c.toJson();
  json["steps"] = "three";
  EXPECT_THROW(PretrainConfig::fromJson(json), Error);
}

TEST(Pretraining, StoresRunAndModelAndLossFalls) {
  auto c = tinyPretrain("pre-a");
  c.steps = 12;
  c.lr = 1e-3;
  const auto out = runPretraining(db(), c);
  ASSERT_FALSE(out.cancelled);
  ASSERT_EQ(out.losses.size(), 12u);
  EXPECT_TRUE(std::filesystem::exists(out.weights));
  const auto model = database::ModelStore(db()).find(out.modelId);
  ASSERT_TRUE(model);
  EXPECT_EQ(model->weightsPath, out.weights.string());
  const auto run = database::RunStore(db()).find(out.runId);
  EXPECT_EQ(run->status, database::RunStatus::Succeeded);
  EXPECT_NE(run->config.find("\"code_revision\""), std::string::npos);
  EXPECT_NE(run->metrics.find("\"losses\""), std::string::npos);
  EXPECT_GT(out.clips, 0);
  // The same name again is refused before any work.
  EXPECT_THROW(runPretraining(db(), c), Error);
}

// Issue 12, item 5: the encoder at step 0, every N steps and at the end, so a
// frozen-encoder probe can be drawn against pre-training steps.
TEST(Pretraining, SnapshotsKeepTheEncoderAlongTheWay) {
  auto c = tinyPretrain("pre-snapshots");
  c.steps = 5;
  c.snapshotEvery = 2;
  const auto out = runPretraining(db(), c);
  ASSERT_FALSE(out.cancelled);
  std::vector<std::int64_t> steps;
  for (const auto& [step, path] : out.snapshots) {
    steps.push_back(step);
    EXPECT_TRUE(std::filesystem::exists(path)) << path;
  }
  EXPECT_EQ(steps, (std::vector<std::int64_t>{0, 2, 4, 5}));
  const auto bytes = [](const std::filesystem::path& f) {
    std::ifstream in(f, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  };
  // The last snapshot is the stored model; the first is the untrained encoder.
  EXPECT_EQ(bytes(out.snapshots.back().second), bytes(out.weights));
  EXPECT_NE(bytes(out.snapshots.front().second), bytes(out.weights));
  const auto run = database::RunStore(db()).find(out.runId);
  const auto metrics = QJsonDocument::fromJson(QByteArray::fromStdString(run->metrics)).object();
  ASSERT_EQ(metrics["snapshots"].toArray().size(), 4);
  EXPECT_EQ(metrics["snapshots"].toArray()[1].toObject()["step"].toInteger(), 2);
  // A snapshot is a base for the few-shot probe like any stage-1 model.
  auto few = tinyFewShot({1}, 2);
  few.baseline = false;
  few.settings.head = "logreg";
  few.settings.baseWeights = out.snapshots.front().second.string();
  EXPECT_EQ(runFewShot(db(), few).episodes.size(), 2u);
  c.modelName = "pre-snapshots-bad";
  c.snapshotEvery = -1;
  EXPECT_THROW(runPretraining(db(), c), Error);
}

TEST(Pretraining, CancelledRunResumesToTheSameLossesAsAnUninterruptedOne) {
  auto whole = runPretraining(db(), tinyPretrain("pre-whole"));
  ASSERT_EQ(whole.losses.size(), 6u);

  std::atomic<bool> cancel{false};
  JobCallbacks callbacks;
  callbacks.cancel = &cancel;
  callbacks.training = [&](const ml::TrainingProgress& p) {
    if (p.step == 3) cancel = true;
  };
  const auto first = runPretraining(db(), tinyPretrain("pre-split"), callbacks);
  ASSERT_TRUE(first.cancelled);
  EXPECT_EQ(database::RunStore(db()).find(first.runId)->status, database::RunStatus::Cancelled);
  EXPECT_EQ(database::ModelStore(db()).findByName("pre-split"), std::nullopt);

  const auto rest = runPretraining(db(), {}, {}, first.runId);
  ASSERT_FALSE(rest.cancelled);
  std::vector<double> joined = first.losses;
  joined.insert(joined.end(), rest.losses.begin(), rest.losses.end());
  ASSERT_EQ(joined.size(), whole.losses.size());
  for (std::size_t i = 0; i < joined.size(); ++i) EXPECT_DOUBLE_EQ(joined[i], whole.losses[i]) << "step " << i;
  EXPECT_EQ(database::RunStore(db()).find(first.runId)->status, database::RunStatus::Succeeded);
}

TEST(FewShot, EpisodesAreScoredAndRecorded) {
  const auto c = tinyFewShot({2}, 2);
  const auto out = runFewShot(db(), c);
  ASSERT_EQ(out.episodes.size(), 2u);
  for (const auto& e : out.episodes) {
    EXPECT_EQ(e.support, 4);
    EXPECT_EQ(e.query, 2);
    EXPECT_GE(e.metrics.balanced_accuracy, 0.0);
    EXPECT_LE(e.metrics.balanced_accuracy, 1.0);
  }
  EXPECT_NE(out.episodes[0].seed, out.episodes[1].seed);  // independent draws
  // An evaluation keeps no checkpoint: a resume is refused and changes nothing.
  EXPECT_THROW(runFineTune(db(), {}, {}, out.runId), Error);
  EXPECT_EQ(database::RunStore(db()).find(out.runId)->status, database::RunStatus::Succeeded);
  ASSERT_EQ(out.perShot.size(), 1u);
  EXPECT_EQ(out.perShot[0].episodes, 2);
  // Same config, same episodes.
  const auto again = runFewShot(db(), c);
  EXPECT_EQ(again.episodes[0].seed, out.episodes[0].seed);
  EXPECT_DOUBLE_EQ(again.episodes[0].metrics.roc_auc, out.episodes[0].metrics.roc_auc);
}

// Issue 12: every arm of an evaluation sees the same episodes. A probe on a
// random encoder and one on the stage-1 encoder, with the motion baseline, are
// scored on identical support and query clips, and predictions name their clips.
// Every episode is drawn before a clip is decoded: a pool too small for the
// queries asked is refused at once, with what it has.
TEST(FewShot, APoolTooSmallForItsQueriesIsRefusedBeforeAClipIsDecoded) {
  auto config = tinyFewShot({2}, 2);
  config.queryPerClass = 1000;
  std::vector<std::string> stages;
  JobCallbacks callbacks;
  callbacks.stage = [&](const std::string& stage, double, const std::string&) { stages.push_back(stage); };
  try {
    runFewShot(db(), config, callbacks);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("cannot draw a query of 1000 pre-ictal clips: only "), std::string::npos)
        << e.what();
  }
  EXPECT_EQ(std::count(stages.begin(), stages.end(), "decode clips"), 0);
}

TEST(FewShot, ArmsArePairedOnTheSameClipsAndProbesNeedNoTraining) {
  // The tiny test split holds two seizures: a support of more than one
  // pre-ictal clip may overlap every other pre-ictal clip.
  auto c = tinyFewShot({1}, 6);
  c.settings.head = "logreg";
  c.settings.motionPooling = true;
  c.settings.sampleStride = 1;
  c.baseline = true;
  const auto random = runFewShot(db(), c);
  c.settings.head = "ncm";
  static const auto stage1 = [] {
    auto pc = tinyPretrain("pre-paired");
    pc.steps = 2;
    return runPretraining(db(), pc);
  }();
  c.settings.baseModel = stage1.modelId;
  c.baseline = false;
  const auto pretrained = runFewShot(db(), c);
  ASSERT_EQ(random.episodes.size(), 6u);
  ASSERT_EQ(pretrained.episodes.size(), 6u);
  ASSERT_EQ(random.baseline.episodes.size(), 6u);
  EXPECT_TRUE(pretrained.baseline.episodes.empty());
  EXPECT_TRUE(pretrained.tokensAlone.episodes.empty());
  for (std::size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(random.episodes[i].supportClips, pretrained.episodes[i].supportClips) << i;
    EXPECT_EQ(random.episodes[i].queryClips, pretrained.episodes[i].queryClips) << i;
    EXPECT_EQ(random.baseline.episodes[i].queryClips, random.episodes[i].queryClips) << i;
    EXPECT_EQ(random.episodes[i].supportClips.size(), static_cast<std::size_t>(2 * random.episodes[i].shots));
  }
  EXPECT_NE(random.episodes[0].supportClips, random.episodes[1].supportClips);  // independent draws
  // 95 % intervals around each mean (6 episodes per shot count).
  for (const auto& s : random.perShot) {
    EXPECT_EQ(s.episodes, 6);
    if (std::isfinite(s.rocAucLow)) {
      EXPECT_LE(s.rocAucLow, s.rocAuc);
      EXPECT_GE(s.rocAucHigh, s.rocAuc);
    }
  }
  const auto stored = database::RunStore(db()).find(random.runId);
  const auto metrics = QJsonDocument::fromJson(QByteArray::fromStdString(stored->metrics)).object();
  const auto first = metrics["episodes"].toArray()[0].toObject();
  EXPECT_EQ(first["predictions"].toObject()["clips"].toArray().size(), first["query"].toInt());
  EXPECT_TRUE(first.contains("baseline"));
  EXPECT_TRUE(metrics.contains("baseline"));

  // The tokens-alone arm of a head that also reads the motion statistics is
  // the head without them, scored in the same episodes.
  c.settings.recordingNorm = true;
  c.settings.motionStats = true;
  c.tokensAlone = true;
  const auto fused = runFewShot(db(), c);
  c.settings.motionStats = false;
  c.tokensAlone = false;
  const auto tokens = runFewShot(db(), c);
  ASSERT_EQ(fused.tokensAlone.episodes.size(), 6u);
  ASSERT_EQ(tokens.episodes.size(), 6u);
  for (std::size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(fused.tokensAlone.episodes[i].queryClips, tokens.episodes[i].queryClips) << i;
    EXPECT_DOUBLE_EQ(fused.tokensAlone.episodes[i].metrics.balanced_accuracy, tokens.episodes[i].metrics.balanced_accuracy) << i;
  }
  EXPECT_EQ(fused.tokensAlone.perShot.size(), 1u);
  const auto fusedStored = database::RunStore(db()).find(fused.runId);
  EXPECT_TRUE(QJsonDocument::fromJson(QByteArray::fromStdString(fusedStored->metrics)).object().contains("tokens_alone"));
  c.settings.motionStats = false;
  c.tokensAlone = true;  // nothing to leave out
  EXPECT_THROW(runFewShot(db(), c), Error);
}

// A probe forecaster: fitted in closed form, stored as an ordinary classifier
// whose head reproduces the probe, with its operating point chosen on the
// validation split and carried in the weights file.
TEST(FineTune, AProbeForecasterStoresItsThreshold) {
  FineTuneConfig ft;
  ft.modelName = "probe-forecaster";
  ft.clipSet = project().humanSet;
  ft.trainSplit = kTrainSplit;
  ft.validationSplit = kTestSplit;  // the tiny project has no val split; any labelled split will do here
  ft.settings = tinySettings();
  ft.settings.head = "logreg";
  ft.settings.motionPooling = true;
  const auto out = runFineTune(db(), ft);
  ASSERT_GT(out.modelId, 0);
  const auto model = loadClassifier(out.weights, ml::VideoMAEConfig{});
  EXPECT_TRUE(model->config().motion_pooling);
  EXPECT_DOUBLE_EQ(model->config().decision_threshold, out.threshold);
  EXPECT_GT(out.threshold, 0.0);
  EXPECT_LT(out.threshold, 1.0);
  ft.settings.head = "svm";
  ft.modelName = "bad-head";
  EXPECT_THROW(runFineTune(db(), ft), Error);
}

FineTuneOutcome forecaster() {
  static const FineTuneOutcome model = [] {
    FineTuneConfig ft;
    ft.modelName = "forecaster";
    ft.clipSet = project().humanSet;
    ft.validationSplit = "";
    ft.settings = tinySettings();
    return runFineTune(db(), ft);
  }();
  return model;
}

TEST(FineTune, ReportsEachEpochAndStoresTheKeptModelsValidationScores) {
  FineTuneConfig ft;
  ft.modelName = "ft-validated";
  ft.clipSet = project().humanSet;
  ft.validationSplit = "test";
  ft.settings = tinySettings();
  std::vector<ml::EpochReport> epochs;
  JobCallbacks callbacks;
  callbacks.epoch = [&](const ml::EpochReport& e) { epochs.push_back(e); };
  const auto out = runFineTune(db(), ft, callbacks);
  ASSERT_GT(out.modelId, 0);
  ASSERT_EQ(epochs.size(), 2u);
  EXPECT_EQ(epochs[0].epoch, 0);
  EXPECT_EQ(epochs[1].epoch, 1);

  const auto run = database::RunStore(db()).find(out.runId);
  ASSERT_TRUE(run);
  const auto metrics = parseJsonObject(run->metrics, "metrics");
  const auto stored = metrics["validation_predictions"].toObject();
  const auto scores = stored["scores"].toArray();
  const auto labels = stored["labels"].toArray();
  ASSERT_EQ(scores.size(), metrics["validation_clips"].toInt());
  ASSERT_EQ(labels.size(), scores.size());
  std::vector<double> s;
  std::vector<int> l;
  for (int i = 0; i < scores.size(); ++i) {
    s.push_back(scores[i].toDouble());
    l.push_back(labels[i].toInt());
  }
  // The stored scores are the kept (best) epoch's model: same ROC-AUC as its report.
  const auto best = metrics["best_epoch"].toInt();
  ASSERT_GE(best, 0);
  EXPECT_NEAR(ml::rocAuc(s, l), epochs[static_cast<std::size_t>(best)].validation.roc_auc, 1e-9);
}

TEST(FineTune, CancelledRunResumesToTheSameModelAsAnUninterruptedOne) {
  const auto config = [](const std::string& name) {
    FineTuneConfig ft;
    ft.modelName = name;
    ft.clipSet = project().humanSet;
    ft.validationSplit = "test";
    ft.settings = tinySettings();
    return ft;
  };
  const auto whole = runFineTune(db(), config("ft-whole"));
  ASSERT_GT(whole.modelId, 0);

  std::atomic<bool> cancel{false};
  JobCallbacks callbacks;
  callbacks.cancel = &cancel;
  callbacks.training = [&](const ml::TrainingProgress& p) {
    if (p.step == p.total_steps - 1) cancel = true;  // inside the last epoch
  };
  const auto first = runFineTune(db(), config("ft-split"), callbacks);
  ASSERT_TRUE(first.cancelled);
  EXPECT_EQ(database::RunStore(db()).find(first.runId)->status, database::RunStatus::Cancelled);
  EXPECT_THROW(runPretraining(db(), {}, {}, first.runId), Error);  // not a pre-training run
  // A model that took the name meanwhile is not overwritten, and the refused
  // resume leaves the run as it was (still resumable).
  database::Model squatter;
  squatter.name = "ft-split";
  squatter.weightsPath = "elsewhere.safetensors";
  const auto squatterId = database::ModelStore(db()).add(squatter);
  EXPECT_THROW(runFineTune(db(), {}, {}, first.runId), Error);
  EXPECT_EQ(database::RunStore(db()).find(first.runId)->status, database::RunStatus::Cancelled);
  database::ModelStore(db()).remove(squatterId);

  const auto rest = runFineTune(db(), {}, {}, first.runId);
  ASSERT_GT(rest.modelId, 0);
  ASSERT_EQ(rest.trainLoss.size(), whole.trainLoss.size());
  for (std::size_t i = 0; i < whole.trainLoss.size(); ++i)
    EXPECT_DOUBLE_EQ(rest.trainLoss[i], whole.trainLoss[i]) << "epoch " << i;
  const auto scores = [](std::int64_t runId) {
    const auto run = database::RunStore(db()).find(runId);
    return parseJsonObject(run->metrics, "metrics")["validation_predictions"].toObject()["scores"].toArray();
  };
  EXPECT_EQ(scores(rest.runId), scores(whole.runId));
  EXPECT_THROW(runFineTune(db(), {}, {}, first.runId), Error);  // succeeded: nothing to resume
}

TEST(Forecasting, ScoresEveryWindowAndStoresPredictions) {
  const auto model = forecaster();
  ASSERT_GT(model.modelId, 0);
  ASSERT_EQ(model.trainLoss.size(), 2u);

  ForecastConfig fc;
  fc.model = model.modelId;
  const auto& rec = project().humans.back();
  fc.recordings = {rec.recordingId};
  fc.alarms.threshold = 0;  // every window alarms: the refractory time alone spaces them
  const auto out = runForecast(db(), fc);
  ASSERT_EQ(out.recordings.size(), 1u);
  const auto& r = out.recordings[0];
  // 10 fps, 5-s windows every second: ends at 50, 60, ..., up to the last frame.
  const std::int64_t frames = rec.frameCount;
  EXPECT_EQ(static_cast<std::int64_t>(r.points.size()), (frames - 50) / 10 + 1);
  EXPECT_EQ(r.points.front().windowEndFrame, 50);
  for (const auto& p : r.points) {
    EXPECT_GE(p.probability, 0.0);
    EXPECT_LE(p.probability, 1.0);
  }
  const auto stored = database::PredictionStore(db()).listByRunAndRecording(out.runId, rec.recordingId);
  ASSERT_EQ(stored.size(), r.points.size());
  EXPECT_DOUBLE_EQ(stored[3].probability, r.points[3].probability);
  EXPECT_EQ(r.events.seizures.size(), rec.seizures.size());
  EXPECT_EQ(r.events.forecastSeizures, static_cast<int>(rec.seizures.size()));  // threshold 0 forecasts all
  EXPECT_EQ(database::RunStore(db()).find(out.runId)->status, database::RunStatus::Succeeded);
}

// A logistic-probe forecaster trained on the train split, validated on the
// test split (the tiny project has no validation split).
FineTuneConfig logregForecasterConfig(const std::string& name) {
  FineTuneConfig ft;
  ft.modelName = name;
  ft.clipSet = project().humanSet;
  ft.trainSplit = kTrainSplit;
  ft.validationSplit = kTestSplit;
  ft.settings = tinySettings();
  ft.settings.head = "logreg";
  return ft;
}

// The demo's kind of forecaster: a logistic probe on recording-standardised
// tokens and motion statistics at three time scales, its operating point
// chosen for a false-alarm rate on validation and cross-fitted curves.
FineTuneConfig rateForecasterConfig(const std::string& name, double maxFalseAlarmsPerHour, int maxConsecutive) {
  auto ft = logregForecasterConfig(name);
  ft.settings.recordingNorm = true;
  ft.settings.motionStats = true;
  ft.settings.motionScales = 3;
  ft.thresholdRule = "false-alarm-rate";
  ft.maxFalseAlarmsPerHour = maxFalseAlarmsPerHour;
  ft.maxConsecutive = maxConsecutive;
  ft.crossFitOperatingPoint = true;
  return ft;
}

// `model` saved beside the project and added to it as `name`: a variant of a
// trained model (another operating point, window or frame rate) to forecast with.
std::int64_t addProjectModel(ml::VideoMAEClassifier& model, const std::string& name) {
  const auto weights = db().path().parent_path() / (name + ".safetensors");
  ml::saveWeights(weights, model);
  database::Model row;
  row.name = name;
  row.architecture = ml::configToJson(model->config());
  row.weightsPath = weights.string();
  return database::ModelStore(db()).add(row);
}

// Windows of 50 frames every 10, read as the model was trained.
WindowScan scanOf(const ml::VideoMAEConfig& config) {
  WindowScan scan;
  scan.windowFrames = 50;
  scan.strideFrames = 10;
  scan.frames = static_cast<int>(config.num_frames);
  scan.size = static_cast<int>(config.img_size);
  scan.sampleStride = static_cast<int>(config.sample_stride);
  return scan;
}

TEST(Forecasting, ARecordingNormalisedForecasterReadsEachWindowAgainstItsRecording) {
  auto ft = logregForecasterConfig("recording-norm-forecaster");
  ft.settings.recordingNorm = true;
  const auto out = runFineTune(db(), ft);
  ASSERT_GT(out.modelId, 0);
  const auto model = loadClassifier(out.weights, ml::VideoMAEConfig{});
  ASSERT_TRUE(model->config().recording_norm);
  // Its operating point comes from forecast curves of the validation
  // recordings (window labels), not from clip-set scores.
  const auto metrics = QJsonDocument::fromJson(QByteArray::fromStdString(
                                                   database::RunStore(db()).find(out.runId)->metrics))
                           .object();
  EXPECT_EQ(metrics["threshold_rule"].toString(), "youden");
  EXPECT_GT(metrics["threshold_windows"].toInteger(), 0);
  // And the metrics at it are the windows', the scale it was chosen on: the
  // counts add up to those windows, not to the validation clips.
  EXPECT_EQ(metrics["validation_at_threshold_on"].toString(), "windows");
  const auto at = metrics["validation_at_threshold"].toObject();
  EXPECT_EQ(at["tp"].toInteger() + at["fp"].toInteger() + at["tn"].toInteger() + at["fn"].toInteger(),
            metrics["threshold_windows"].toInteger());
  EXPECT_DOUBLE_EQ(out.validation.balanced_accuracy, at["bacc"].toDouble());

  ForecastConfig fc;
  fc.model = out.modelId;
  fc.recordings = {project().humans.back().recordingId};
  const auto forecast = runForecast(db(), fc);
  const auto& points = forecast.recordings.at(0).points;
  ASSERT_GT(points.size(), 10u);
  for (const auto& p : points) {
    EXPECT_GT(p.probability, 0.0);
    EXPECT_LT(p.probability, 1.0);
  }
  // The same weights read without their recording score differently: the
  // forecast path applies the standardisation (its arithmetic is ml's test).
  auto raw = loadClassifier(out.weights, ml::VideoMAEConfig{});
  auto rawConfig = raw->config();
  rawConfig.recording_norm = false;
  ml::VideoMAEClassifier plain(rawConfig);
  {
    torch::NoGradGuard noGrad;
    auto dst = plain->named_parameters();
    for (const auto& p : raw->named_parameters()) dst[p.key()].copy_(p.value());
  }
  const auto scan = scanOf(rawConfig);
  const auto plainPoints =
      scoreVideo(plain, database::RecordingStore(db()).find(fc.recordings[0])->path, scan, torch::kCPU);
  ASSERT_EQ(plainPoints.size(), points.size());
  double largest = 0;
  for (std::size_t i = 0; i < points.size(); ++i)
    largest = std::max(largest, std::abs(points[i].probability - plainPoints[i].probability));
  EXPECT_GT(largest, 1e-3);

  // Weights finite but absurd (an encoder whose arithmetic overflows on these
  // frames): NaN never crosses a threshold, so rather than a quiet night the
  // forecast stops and names the video, whether its head reads the
  // recording's features (NaN features) or each window alone (NaN
  // probabilities).
  const auto video = database::RecordingStore(db()).find(fc.recordings[0])->path;
  for (auto* overflowing : {&raw, &plain}) {
    {
      torch::NoGradGuard noGrad;
      (*overflowing)->encoder->patch_embed->proj->weight.fill_(3e38f);
    }
    try {
      scoreVideo(*overflowing, video, scan, torch::kCPU);
      FAIL() << "a forecast of NaN scores went on";
    } catch (const Error& e) {
      const std::string message = e.what();
      EXPECT_NE(message.find(video), std::string::npos) << message;
      EXPECT_NE(message.find((*overflowing)->config().recording_norm ? "features are NaN or infinite"
                                                                     : "probabilities are NaN or infinite"),
                std::string::npos)
          << message;
      EXPECT_NE(message.find("the first ending at frame " + std::to_string(points.front().windowEndFrame)),
                std::string::npos)
          << message;
    }
  }

  ft.modelName = "recording-norm-finetune";
  ft.settings.head = "finetune";
  EXPECT_THROW(runFineTune(db(), ft), Error);  // full fine-tuning sees one clip, not its recording
}

// A fine-tuning run's forecast curves of its own clips' recordings take
// those clips' features instead of encoding the windows again: the same
// numbers, from fewer forward passes.
TEST(Forecasting, WindowsAlreadyEncodedAsClipsAreReadNotEncodedAgain) {
  auto ft = rateForecasterConfig("encoded-windows-forecaster", 1e6, 1);
  const auto out = runFineTune(db(), ft);
  ASSERT_GT(out.modelId, 0);
  auto model = loadClassifier(out.weights, ml::VideoMAEConfig{});
  const auto scan = scanOf(model->config());
  // The clips of the model's training, at its training frame rate.
  const ClipShape shape{scan.frames, scan.size, scan.sampleStride, model->config().frame_rate};
  ASSERT_EQ(shape.rate, 10.0);
  const auto& recording = project().humans.front();
  const auto video = database::RecordingStore(db()).find(recording.recordingId)->path;

  const auto cache = ClipCache::ensure(db(), project().humanSet, shape, cacheDir());
  std::vector<std::int64_t> ofRecording;
  for (std::int64_t i = 0; i < cache->count(); ++i)
    if (cache->info(i).recordingId == recording.recordingId) ofRecording.push_back(i);
  ASSERT_FALSE(ofRecording.empty());
  EncodedWindows encoded(shape);
  encoded.add(*cache, ofRecording, encoderFeatures(model, *cache, ofRecording, torch::kCPU));
  const auto* known = encoded.of(recording.recordingId, shape);
  ASSERT_NE(known, nullptr);
  // Some of the recording's windows are its clips (normal clips tile it
  // from its start, every 2 s; the windows come every second).
  std::size_t windowsKnown = 0;
  for (std::int64_t end = scan.windowFrames; end <= recording.frameCount; end += scan.strideFrames)
    windowsKnown += known->count({end - scan.windowFrames, end});
  ASSERT_GT(windowsKnown, 2u);

  torch::Tensor encodedInputs, knownInputs;
  const auto encodedPoints = scoreVideo(model, video, scan, torch::kCPU, {}, &encodedInputs);
  const auto knownPoints = scoreVideo(model, video, scan, torch::kCPU, {}, &knownInputs, nullptr, known);
  ASSERT_EQ(knownPoints.size(), encodedPoints.size());
  // Equal to float rounding: a batch of other windows sums in another order.
  EXPECT_TRUE(torch::allclose(knownInputs, encodedInputs, 1e-4, 1e-4));
  for (std::size_t i = 0; i < knownPoints.size(); ++i) {
    EXPECT_EQ(knownPoints[i].windowEndFrame, encodedPoints[i].windowEndFrame);
    EXPECT_NEAR(knownPoints[i].probability, encodedPoints[i].probability, 1e-5);
  }
  // They are read, not ignored: other features there change what the head read.
  EncodedWindows zeros(shape);
  zeros.add(*cache, ofRecording,
            torch::zeros({static_cast<std::int64_t>(ofRecording.size()), model->config().pooledDim()}));
  torch::Tensor zeroInputs;
  scoreVideo(model, video, scan, torch::kCPU, {}, &zeroInputs, nullptr, zeros.of(recording.recordingId, shape));
  EXPECT_FALSE(torch::allclose(zeroInputs, encodedInputs, 1e-3, 1e-3));
  // Windows sampled otherwise are not theirs; other recordings have none.
  EXPECT_EQ(encoded.of(recording.recordingId, ClipShape{shape.frames, shape.size, shape.stride + 1}), nullptr);
  EXPECT_EQ(encoded.of(recording.recordingId, ClipShape{shape.frames, shape.size, shape.stride, 5}), nullptr);
  EXPECT_EQ(encoded.of(project().humans.back().recordingId, shape), nullptr);
  EXPECT_EQ(encoded.size(), ofRecording.size());
  // Features of the wrong count of clips, or from a cache that samples
  // otherwise, are refused.
  EXPECT_THROW(encoded.add(*cache, ofRecording, torch::zeros({1, model->config().pooledDim()})), std::logic_error);
  EncodedWindows otherShape(ClipShape{shape.frames, shape.size, shape.stride + 1});
  EXPECT_THROW(otherShape.add(*cache, ofRecording, torch::zeros({static_cast<std::int64_t>(ofRecording.size()), 4})),
               std::logic_error);
}

TEST(Forecasting, AMotionStatisticsHeadReadsTheClipsFrameDifferencesInTrainingAndInTheForecast) {
  auto ft = logregForecasterConfig("motion-stats-forecaster");
  ft.settings.motionStats = true;
  EXPECT_THROW(runFineTune(db(), ft), Error);  // frame differences are only comparable within a recording
  ft.settings.recordingNorm = true;
  const auto out = runFineTune(db(), ft);
  ASSERT_GT(out.modelId, 0);
  auto model = loadClassifier(out.weights, ml::VideoMAEConfig{});
  ASSERT_TRUE(model->config().motion_stats);
  const auto pooled = model->config().pooledDim();
  ASSERT_EQ(model->head->weight.size(1), pooled + ml::kMotionStatistics);
  // The probe gave the statistics weight: they carry signal on this data.
  EXPECT_GT(model->head->weight.slice(1, pooled).abs().max().item<double>(), 1e-3);

  const auto scan = scanOf(model->config());
  const auto video = database::RecordingStore(db()).find(project().humans.back().recordingId)->path;
  const auto points = scoreVideo(model, video, scan, torch::kCPU);
  ASSERT_GT(points.size(), 10u);
  // The forecast feeds the statistics to the head: silencing their weights
  // changes the scores.
  {
    torch::NoGradGuard noGrad;
    model->head->weight.slice(1, pooled).zero_();
  }
  const auto silenced = scoreVideo(model, video, scan, torch::kCPU);
  ASSERT_EQ(silenced.size(), points.size());
  double largest = 0;
  for (std::size_t i = 0; i < points.size(); ++i)
    largest = std::max(largest, std::abs(points[i].probability - silenced[i].probability));
  EXPECT_GT(largest, 1e-3);

  // The cache's statistics are those of every frame of the clip's window,
  // as the forecast computes them for the window with the same frames.
  auto cache = ClipCache::ensure(db(), project().humanSet, 4, 32, cacheDir());
  const auto& info = cache->info(cache->count() / 2);
  const auto energies =
      recordingEnergies(database::RecordingStore(db()).find(info.recordingId)->path, cache->size());
  float direct[ml::kMotionStatistics];
  windowMotion(energies, info.startFrame, info.endFrame, direct);
  EXPECT_THROW(cache->motion(0), std::logic_error);  // not computed until asked for
  cache->ensureMotion();
  const float* cached = cache->motion(cache->count() / 2);
  for (int j = 0; j < ml::kMotionStatistics; ++j) EXPECT_FLOAT_EQ(cached[j], direct[j]);
  EXPECT_NE(direct[0], 0.f);  // log mean energy: a real value, not an unwritten slot
  // ... and every time scale after it, then the earlier windows', as the
  // forecast computes them.
  float scales[ClipCache::kMotionPerClip];
  windowMotion(energies, info.startFrame, info.endFrame, scales, static_cast<int>(ml::kMaxMotionScales),
               static_cast<int>(ml::kMaxMotionLags));
  for (int j = 0; j < ClipCache::kMotionPerClip; ++j) EXPECT_FLOAT_EQ(cached[j], scales[j]) << j;
  // A second opening reads them from the sidecar: the same values.
  auto reopened = ClipCache::ensure(db(), project().humanSet, 4, 32, cacheDir());
  std::vector<std::string> stages;
  reopened->ensureMotion([&](const std::string&, double, const std::string& detail) { stages.push_back(detail); });
  ASSERT_FALSE(stages.empty());
  EXPECT_EQ(stages.back().rfind("reused", 0), 0u);
  for (int j = 0; j < ml::kMotionStatistics; ++j)
    EXPECT_FLOAT_EQ(reopened->motion(cache->count() / 2)[j], direct[j]);
}

// Issue 12: a forecaster's operating point is the threshold and the windows
// in a row, chosen on the validation recordings and on the training ones,
// each scored by a head that never saw its subject; the forecast raises its
// alarms with both unless told otherwise.
TEST(Forecasting, AnOperatingPointChosenOnCrossFittedCurvesCarriesItsWindowsInARow) {
  // Any threshold qualifies at 1e6 per hour: the most sensitive pair wins.
  const auto ft = rateForecasterConfig("cross-fitted-forecaster", 1e6, 3);
  const auto out = runFineTune(db(), ft);
  ASSERT_GT(out.modelId, 0);
  auto model = loadClassifier(out.weights, ml::VideoMAEConfig{});
  EXPECT_EQ(model->config().motion_scales, 3);
  EXPECT_EQ(model->head->weight.size(1), model->config().pooledDim() + 3 * ml::kMotionStatistics);
  EXPECT_EQ(model->config().decision_consecutive, out.consecutive);
  EXPECT_GE(out.consecutive, 1);
  EXPECT_LE(out.consecutive, 3);
  const auto run = database::RunStore(db()).find(out.runId);
  ASSERT_TRUE(run);
  const auto metrics = QJsonDocument::fromJson(QByteArray::fromStdString(run->metrics)).object();
  EXPECT_EQ(metrics["threshold_rule"].toString(), "false-alarm-rate");
  EXPECT_EQ(metrics["consecutive"].toInteger(), out.consecutive);
  // Two held-out patients validate; the two training patients are cross-fitted.
  EXPECT_EQ(metrics["threshold_validation_recordings"].toInteger(), 2);
  EXPECT_EQ(metrics["threshold_cross_fitted_recordings"].toInteger(), 2);

  // Beside it, the motion baseline: the statistics' columns alone, its own
  // operating point by the same rule on the same recordings (any threshold
  // qualifies here, so both found one), stored with the run.
  ASSERT_TRUE(out.motionBaseline.has_value());
  const auto& baseline = *out.motionBaseline;
  EXPECT_EQ(baseline.firstColumn, model->config().pooledDim());
  EXPECT_EQ(static_cast<std::int64_t>(baseline.weight.size()), 3 * ml::kMotionStatistics);
  EXPECT_LE(baseline.threshold, 1.0);
  EXPECT_GE(baseline.consecutive, 1);
  EXPECT_LE(baseline.consecutive, 3);
  EXPECT_FALSE(std::isnan(baseline.falseAlarmsPerHour));
  const auto stored = FineTuneMetrics::fromJson(metrics).motionBaseline;
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->weight, baseline.weight);
  EXPECT_EQ(stored->threshold, baseline.threshold);
  // It reads what the head read of each window, and of it the statistics only.
  {
    const auto video = database::RecordingStore(db()).find(project().humans.back().recordingId)->path;
    std::vector<torch::Tensor> inputs(1);
    const auto points = scoreVideo(model, video, scanOf(model->config()), torch::kCPU, {}, &inputs[0]);
    ASSERT_EQ(inputs[0].size(0), static_cast<std::int64_t>(points.size()));
    const auto p = motionBaselineProbabilities(baseline, inputs[0]);
    ASSERT_EQ(p.size(), points.size());
    auto tokensChanged = inputs[0].clone();
    tokensChanged.narrow(1, 0, baseline.firstColumn).fill_(7);
    EXPECT_EQ(motionBaselineProbabilities(baseline, tokensChanged), p);
    auto statisticsChanged = inputs[0].clone();
    statisticsChanged.narrow(1, baseline.firstColumn, 1).add_(3);
    EXPECT_NE(motionBaselineProbabilities(baseline, statisticsChanged), p);
    const double z = torch::dot(inputs[0][0].narrow(0, baseline.firstColumn, baseline.weight.size()).to(torch::kDouble),
                                torch::tensor(baseline.weight, torch::kDouble))
                         .item<double>() +
                     baseline.bias;
    EXPECT_NEAR(p[0], 1 / (1 + std::exp(-z)), 1e-12);
    // Inputs of another width are refused, naming both.
    try {
      motionBaselineProbabilities(baseline, inputs[0].narrow(1, 1, inputs[0].size(1) - 1));
      ADD_FAILURE() << "inputs one column short were accepted";
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("the head read " + std::to_string(inputs[0].size(1) - 1) + " columns"),
                std::string::npos)
          << e.what();
    }
  }

  // A model that says 2 in a row: the forecast defers to it, the review reads
  // what was applied, and a given count overrides it.
  model->setDecisionThreshold(model->config().decision_threshold, 2);
  const auto id = addProjectModel(model, "two-in-a-row");
  ForecastConfig fc;
  fc.model = id;
  fc.recordings = {project().humans.back().recordingId};
  const auto deferred = runForecast(db(), fc);
  EXPECT_EQ(deferred.alarms.consecutive, 2);
  const auto info = parseForecastRun(*database::RunStore(db()).find(deferred.runId));
  ASSERT_TRUE(info);
  EXPECT_EQ(info->alarms.consecutive, 2);
  fc.modelConsecutive = false;
  fc.alarms.consecutive = 1;
  EXPECT_EQ(runForecast(db(), fc).alarms.consecutive, 1);

  // A forecast with the fine-tuned model judges its motion baseline on the
  // same windows, at the baseline's own operating point, and stores it.
  ForecastConfig withBaseline;
  withBaseline.model = out.modelId;
  withBaseline.recordings = {project().humans.back().recordingId};
  const auto judged = runForecast(db(), withBaseline);
  ASSERT_TRUE(judged.motionBaseline.has_value());
  EXPECT_EQ(judged.motionBaseline->threshold, baseline.threshold);
  EXPECT_EQ(judged.motionBaseline->consecutive, baseline.consecutive);
  EXPECT_EQ(judged.motionBaseline->totals.seizures, static_cast<int>(judged.recordings[0].events.seizures.size()));
  EXPECT_DOUBLE_EQ(judged.motionBaseline->totals.interictalHours, judged.recordings[0].events.interictalHours);
  // Its alarms stay with the recording (the demo reads where they fell), and
  // they are the alarms its totals count.
  ASSERT_TRUE(judged.recordings[0].motionBaselineEvents.has_value());
  EXPECT_EQ(judged.recordings[0].motionBaselineEvents->falseAlarms, judged.motionBaseline->totals.falseAlarms);
  EXPECT_EQ(judged.recordings[0].motionBaselineEvents->forecastSeizures, judged.motionBaseline->totals.forecast);
  EXPECT_FALSE(deferred.recordings[0].motionBaselineEvents.has_value());
  const auto judgedMetrics = ForecastMetrics::fromJson(
      QJsonDocument::fromJson(QByteArray::fromStdString(database::RunStore(db()).find(judged.runId)->metrics)).object());
  ASSERT_TRUE(judgedMetrics.motionBaseline.has_value());
  EXPECT_EQ(judgedMetrics.motionBaseline->totals.falseAlarms, judged.motionBaseline->totals.falseAlarms);
  // The model's window ROC-AUC minus the baseline's, on the same windows.
  const auto& d = judged.motionBaseline->modelMinusBaseline;
  if (!std::isnan(judged.windowRocAuc)) {
    EXPECT_NEAR(d.difference, judged.windowRocAuc - judged.motionBaseline->windowRocAuc, 1e-12);
    EXPECT_GE(d.blocks, 1);
    if (!std::isnan(d.low)) {
      EXPECT_LE(d.low, d.high);
    }
  }
  EXPECT_EQ(judgedMetrics.motionBaseline->modelMinusBaseline.blocks, d.blocks);
  // Its curve is stored beside the model's, window by window: the very curve
  // it was judged on (schema v8).
  {
    const auto recording = *database::RecordingStore(db()).find(withBaseline.recordings[0]);
    const auto rows = database::PredictionStore(db()).listByRunAndRecording(judged.runId, recording.id);
    ASSERT_EQ(rows.size(), judged.recordings[0].points.size());
    std::vector<ForecastPoint> curve;
    ASSERT_EQ(judged.recordings[0].motionBaseline.size(), rows.size());  // the outcome carries the same curve
    for (const auto& row : rows) {
      ASSERT_TRUE(row.motionBaselineProbability.has_value()) << row.windowEndFrame;
      EXPECT_EQ(*row.motionBaselineProbability, judged.recordings[0].motionBaseline[curve.size()]);
      curve.push_back({row.windowEndFrame, *row.motionBaselineProbability});
    }
    AlarmOptions at = judged.alarms;
    at.threshold = baseline.threshold;
    at.consecutive = static_cast<int>(baseline.consecutive);
    const auto again = evaluateAlarms(curve, seizuresOf(db(), recording.id), recording.fps, recording.frameCount, at);
    EXPECT_EQ(again.falseAlarms, judged.motionBaseline->totals.falseAlarms);
    EXPECT_EQ(again.forecastSeizures, judged.motionBaseline->totals.forecast);
  }
  // The copy saved by hand above has no fine-tuning run here: no baseline,
  // and no curve of one.
  EXPECT_FALSE(deferred.motionBaseline.has_value());
  EXPECT_TRUE(deferred.recordings[0].motionBaseline.empty());
  for (const auto& row : database::PredictionStore(db()).listByRunAndRecording(deferred.runId, fc.recordings[0]))
    ASSERT_FALSE(row.motionBaselineProbability.has_value()) << row.windowEndFrame;
}

// What a fine-tuning run stored as its metrics.
FineTuneMetrics storedFineTuneMetrics(std::int64_t runId) {
  return FineTuneMetrics::fromJson(
      QJsonDocument::fromJson(QByteArray::fromStdString(database::RunStore(db()).find(runId)->metrics)).object());
}

// Runs `config` expecting it refused before any work, with `fragment` in
// the message.
void expectRefused(const FineTuneConfig& config, const std::string& fragment) {
  try {
    runFineTune(db(), config);
    ADD_FAILURE() << config.modelName << " was accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
  }
}

// `config` as full fine-tuning, which has no probe head and no statistics.
FineTuneConfig fullyFineTuned(FineTuneConfig config, const std::string& name) {
  config.modelName = name;
  config.settings.head = "finetune";
  config.settings.recordingNorm = false;
  config.settings.motionStats = false;
  return config;
}

// Issue 12: the statistics' share of a forecaster's head is chosen among
// candidates on the curves its operating point is chosen on. Choosing a share
// gives the model that share would have given outright: the same head, the
// same operating point and the same validation scores.
TEST(Forecasting, AStatisticsShareChosenAmongCandidatesGivesTheModelThatShareGives) {
  auto ft = rateForecasterConfig("share-chosen", 60, 2);
  ft.motionShareCandidates = {0.5, 0.99};
  const auto chosen = runFineTune(db(), ft);
  ASSERT_GT(chosen.modelId, 0);
  ASSERT_FALSE(std::isnan(chosen.motionShare));
  const auto metrics = storedFineTuneMetrics(chosen.runId);
  ASSERT_EQ(metrics.motionShareTrials.size(), 2u);
  EXPECT_EQ(metrics.motionShareTrials[0].share, 0.5);
  EXPECT_EQ(metrics.motionShareTrials[1].share, 0.99);
  ASSERT_TRUE(metrics.motionShare);
  EXPECT_EQ(*metrics.motionShare, chosen.motionShare);
  // The kept share forecasts at least as many seizures as the other there.
  const auto& kept = metrics.motionShareTrials[chosen.motionShare == 0.5 ? 0 : 1];
  const auto& other = metrics.motionShareTrials[chosen.motionShare == 0.5 ? 1 : 0];
  EXPECT_GE(std::isnan(kept.sensitivity) ? -1 : kept.sensitivity, std::isnan(other.sensitivity) ? -1 : other.sensitivity);
  EXPECT_EQ(kept.sensitivity, chosen.selectionSensitivity);

  auto direct = ft;
  direct.modelName = "share-given";
  direct.motionShareCandidates.clear();
  direct.settings.motionShare = chosen.motionShare;
  const auto given = runFineTune(db(), direct);
  EXPECT_EQ(given.threshold, chosen.threshold);
  EXPECT_EQ(given.consecutive, chosen.consecutive);
  EXPECT_EQ(given.selectionFalseAlarmsPerHour, chosen.selectionFalseAlarmsPerHour);
  EXPECT_TRUE(std::isnan(given.motionShare));
  const auto a = loadClassifier(chosen.weights, ml::VideoMAEConfig{});
  const auto b = loadClassifier(given.weights, ml::VideoMAEConfig{});
  EXPECT_TRUE(torch::equal(a->head->weight, b->head->weight));
  const auto givenMetrics = storedFineTuneMetrics(given.runId);
  EXPECT_EQ(givenMetrics.validationPredictions.scores, metrics.validationPredictions.scores);
  EXPECT_TRUE(givenMetrics.motionShareTrials.empty());
  // The motion baseline reads no tokens: whatever share the head was given or
  // chose, it is the same detector at the same operating point.
  ASSERT_TRUE(chosen.motionBaseline && given.motionBaseline);
  EXPECT_EQ(chosen.motionBaseline->weight, given.motionBaseline->weight);
  EXPECT_EQ(chosen.motionBaseline->threshold, given.motionBaseline->threshold);
  EXPECT_EQ(chosen.motionBaseline->consecutive, given.motionBaseline->consecutive);

  // An unknown rule is refused before any work, naming it.
  auto unknownRule = ft;
  unknownRule.modelName = "rule-refused";
  unknownRule.thresholdRule = "roc";
  expectRefused(unknownRule, "unknown threshold rule 'roc'");

  // Candidates need a probe reading the statistics, and shares inside (0, 1).
  expectRefused(fullyFineTuned(ft, "share-refused"), "needs a probe head");
  auto outside = ft;
  outside.modelName = "share-outside";
  outside.motionShareCandidates = {0.5, 1.0};
  expectRefused(outside, "between 0 and 1");
}

// Issue 12: the weight of the windows' brief jerks is chosen among candidates
// after the share, on the same curves and by the same rule; the model stores
// it and forecasts with it, each window's probability the head's with its
// jerks weighed in, and the motion baseline beside it weighs them the same.
TEST(Forecasting, AJerkWeightChosenAmongCandidatesIsStoredAndForecastWith) {
  auto ft = rateForecasterConfig("jerks-chosen", 60, 2);
  ft.jerkWeightCandidates = {0.0, 0.5};
  const auto chosen = runFineTune(db(), ft);
  ASSERT_GT(chosen.modelId, 0);
  ASSERT_FALSE(std::isnan(chosen.jerkWeight));
  const auto metrics = storedFineTuneMetrics(chosen.runId);
  ASSERT_EQ(metrics.jerkWeightTrials.size(), 2u);
  EXPECT_EQ(metrics.jerkWeightTrials[0].share, 0.0);
  EXPECT_EQ(metrics.jerkWeightTrials[1].share, 0.5);
  ASSERT_TRUE(metrics.jerkWeight);
  EXPECT_EQ(*metrics.jerkWeight, chosen.jerkWeight);
  const auto& kept = metrics.jerkWeightTrials[chosen.jerkWeight == 0.0 ? 0 : 1];
  const auto& other = metrics.jerkWeightTrials[chosen.jerkWeight == 0.0 ? 1 : 0];
  EXPECT_GE(std::isnan(kept.sensitivity) ? -1 : kept.sensitivity,
            std::isnan(other.sensitivity) ? -1 : other.sensitivity);
  EXPECT_EQ(kept.sensitivity, chosen.selectionSensitivity);
  EXPECT_EQ(kept.falseAlarmsPerHour, chosen.selectionFalseAlarmsPerHour);
  auto model = loadClassifier(chosen.weights, ml::VideoMAEConfig{});
  EXPECT_EQ(model->config().jerk_weight, chosen.jerkWeight);
  ASSERT_TRUE(chosen.motionBaseline);
  EXPECT_EQ(chosen.motionBaseline->jerkWeight, chosen.jerkWeight);

  // Without candidates the head stands alone; weight 0 is the head alone:
  // as a candidate it gives what no candidate gives.
  auto none = ft;
  none.modelName = "jerks-none";
  none.jerkWeightCandidates.clear();
  const auto alone = runFineTune(db(), none);
  EXPECT_TRUE(std::isnan(alone.jerkWeight));
  EXPECT_EQ(loadClassifier(alone.weights, ml::VideoMAEConfig{})->config().jerk_weight, 0.0);
  EXPECT_EQ(metrics.jerkWeightTrials[0].sensitivity, alone.selectionSensitivity);
  EXPECT_EQ(metrics.jerkWeightTrials[0].falseAlarmsPerHour, alone.selectionFalseAlarmsPerHour);
  auto zero = ft;
  zero.modelName = "jerks-zero";
  zero.jerkWeightCandidates = {0.0};
  const auto atZero = runFineTune(db(), zero);
  EXPECT_EQ(atZero.jerkWeight, 0.0);
  EXPECT_EQ(atZero.threshold, alone.threshold);
  EXPECT_EQ(atZero.consecutive, alone.consecutive);
  ASSERT_TRUE(atZero.motionBaseline && alone.motionBaseline);
  EXPECT_EQ(atZero.motionBaseline->threshold, alone.motionBaseline->threshold);

  // The forecast weighs each window's jerks, counted on the frames it reads.
  const auto scan = scanOf(model->config());
  const auto recording = *database::RecordingStore(db()).find(project().humans.back().recordingId);
  model->setCalibration(1.0, 0.0);  // the head's own probabilities, compared below
  model->setJerkWeight(0.0);
  std::vector<int> jerks;
  const auto head = scoreVideo(model, recording.path, scan, torch::kCPU, {}, nullptr, &jerks);
  ASSERT_EQ(jerks.size(), head.size());
  model->setJerkWeight(0.5);
  const auto weighed = scoreVideo(model, recording.path, scan, torch::kCPU);
  ASSERT_EQ(weighed.size(), head.size());
  int windowsWithJerks = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    EXPECT_DOUBLE_EQ(weighed[i].probability, withJerks(head[i].probability, jerks[i], 0.5)) << i;
    windowsWithJerks += jerks[i] > 0;
  }
  EXPECT_GT(windowsWithJerks, 0);  // the fixture's twitches: the test weighs something
  // The same jerks as every frame read in order (keyframes marked) gives.
  VideoSource source(recording.path);
  FrameEnergies energies(scan.size);
  while (auto frame = source.next()) energies.push(*frame);
  const auto known = briefJerks(energies.values(), energies.keyframes(), source.info().frameRate.value());
  for (std::size_t i = 0; i < head.size(); ++i)
    EXPECT_EQ(jerks[i], jerksInWindow(known, head[i].windowEndFrame - scan.windowFrames, head[i].windowEndFrame)) << i;

  // Candidates need a probe reading the statistics, and weights in [0, 1).
  auto full = fullyFineTuned(ft, "jerks-refused");
  full.motionShareCandidates.clear();
  expectRefused(full, "weight of brief jerks among candidates needs a probe head");
  auto outside = ft;
  outside.modelName = "jerks-outside";
  outside.jerkWeightCandidates = {0.5, 1.0};
  expectRefused(outside, "at least 0 and below 1");
}

// Issue 12: a forecaster's probability is calibrated on the windows its
// operating point was chosen on and stored with the model, its threshold
// mapped with it; the motion baseline beside it likewise. The forecast's
// numbers become the chance of an onset within the horizon; which windows
// reach the threshold does not change.
TEST(Forecasting, ACalibratedForecasterSaysTheChanceAndKeepsItsAlarms) {
  const auto ft = rateForecasterConfig("calibrated", 60, 2);
  const auto out = runFineTune(db(), ft);
  ASSERT_GT(out.modelId, 0);
  const auto metrics = storedFineTuneMetrics(out.runId);
  ASSERT_TRUE(metrics.calibration.has_value());
  const auto map = metrics.calibration->map;
  EXPECT_FALSE(map.isIdentity());
  EXPECT_GT(map.slope, 0);
  EXPECT_GT(metrics.calibration->windows, 0);
  EXPECT_FALSE(std::isnan(metrics.calibration->brierBefore));
  EXPECT_FALSE(std::isnan(metrics.calibration->brierAfter));
  auto model = loadClassifier(out.weights, ml::VideoMAEConfig{});
  EXPECT_EQ(model->config().calibration_slope, map.slope);
  EXPECT_EQ(model->config().calibration_offset, map.offset);
  EXPECT_EQ(model->config().decision_threshold, out.threshold);
  EXPECT_EQ(*metrics.threshold, out.threshold);

  const auto recording = *database::RecordingStore(db()).find(project().humans.back().recordingId);
  const auto scan = scanOf(model->config());
  torch::Tensor inputs;
  std::vector<int> jerks;
  const auto calibrated = scoreVideo(model, recording.path, scan, torch::kCPU, {}, &inputs, &jerks);
  model->setCalibration(1.0, 0.0);
  const auto raw = scoreVideo(model, recording.path, scan, torch::kCPU);
  ASSERT_EQ(calibrated.size(), raw.size());
  ASSERT_FALSE(raw.empty());
  const double rawThreshold = metrics.clipThreshold();  // the threshold on the head's own scale
  int changed = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    EXPECT_EQ(calibrated[i].probability, map.apply(raw[i].probability)) << i;
    changed += calibrated[i].probability != raw[i].probability;
    // The window whose score became the threshold may sit an ulp either side.
    if (std::abs(raw[i].probability - rawThreshold) < 1e-9) continue;
    EXPECT_EQ(raw[i].probability >= rawThreshold, calibrated[i].probability >= out.threshold) << i;
  }
  EXPECT_GT(changed, 0);

  // The baseline has its own map and threshold; a forecast stores both
  // curves calibrated and says how close each came (the Brier score).
  ASSERT_TRUE(out.motionBaseline.has_value());
  const auto& baseline = *out.motionBaseline;
  EXPECT_FALSE(baseline.calibration.isIdentity());
  ForecastConfig fc;
  fc.model = out.modelId;
  fc.recordings = {recording.id};
  const auto forecast = runForecast(db(), fc);
  ASSERT_EQ(forecast.recordings.size(), 1u);
  const auto& rf = forecast.recordings[0];
  ASSERT_EQ(rf.points.size(), calibrated.size());
  for (std::size_t i = 0; i < rf.points.size(); ++i) EXPECT_EQ(rf.points[i].probability, calibrated[i].probability);
  auto baselineCurve = motionBaselineProbabilities(baseline, inputs);
  weighJerks(baselineCurve, jerks, baseline.jerkWeight);
  baseline.calibration.applyTo(baselineCurve);
  ASSERT_EQ(rf.motionBaseline.size(), baselineCurve.size());
  for (std::size_t i = 0; i < baselineCurve.size(); ++i) EXPECT_DOUBLE_EQ(rf.motionBaseline[i], baselineCurve[i]) << i;
  PooledWindows windows;
  windows.add(rf.points, rf.windowLabels);
  ASSERT_GT(windows.labels.size(), 0u);
  EXPECT_DOUBLE_EQ(forecast.windowBrier, windows.brierScore());
  const auto stored = ForecastMetrics::fromJson(
      QJsonDocument::fromJson(QByteArray::fromStdString(database::RunStore(db()).find(forecast.runId)->metrics))
          .object());
  EXPECT_DOUBLE_EQ(stored.windowBrier, forecast.windowBrier);
  ASSERT_TRUE(stored.motionBaseline.has_value());
  EXPECT_FALSE(std::isnan(stored.motionBaseline->windowBrier));
  EXPECT_EQ(stored.motionBaseline->threshold, baseline.threshold);
}

TEST(WindowMotion, AWindowReadsItsOwnFramesOnlyAndFramesComeInOrder) {
  std::vector<double> energies(40);
  for (std::size_t k = 0; k < energies.size(); ++k) energies[k] = 0.1 * static_cast<double>(k % 7);
  float got[ml::kMotionStatistics];
  windowMotion(energies, 10, 25, got);
  const auto want = synth::motionFeatures(std::span<const double>(energies).subspan(11, 14));
  for (int j = 0; j < ml::kMotionStatistics; ++j) EXPECT_FLOAT_EQ(got[j], static_cast<float>(want[j]));
  // Frame 10's energy is against frame 9, outside the window: changing it changes nothing.
  energies[10] = 100;
  float again[ml::kMotionStatistics];
  windowMotion(energies, 10, 25, again);
  for (int j = 0; j < ml::kMotionStatistics; ++j) EXPECT_FLOAT_EQ(again[j], got[j]);
  EXPECT_THROW(windowMotion(energies, 30, 41, got), std::out_of_range);
  EXPECT_THROW(windowMotion(energies, 5, 5, got), std::out_of_range);

  // Time scales: the whole window, then its last 40 % and 20 % (15 frames:
  // the last 6 and 3, each read against its own first frame).
  float three[3 * ml::kMotionStatistics];
  windowMotion(energies, 10, 25, three, 3);
  const std::span<const double> all(energies);
  const synth::MotionFeatures parts[] = {synth::motionFeatures(all.subspan(11, 14)),
                                         synth::motionFeatures(all.subspan(20, 5)),
                                         synth::motionFeatures(all.subspan(23, 2))};
  for (int s = 0; s < 3; ++s)
    for (int j = 0; j < ml::kMotionStatistics; ++j)
      EXPECT_FLOAT_EQ(three[s * ml::kMotionStatistics + j], static_cast<float>(parts[s][j])) << s << " " << j;
  EXPECT_THROW(windowMotion(energies, 10, 25, three, 0), std::out_of_range);
  EXPECT_THROW(windowMotion(energies, 10, 25, three, 4), std::out_of_range);

  // Earlier windows: lag 1 is the window of the same length ending one
  // length before, at the same scales; a window too near the start for lag
  // 2 reads the recording's first window of that length.
  float lagged[3 * 2 * ml::kMotionStatistics];
  windowMotion(energies, 20, 35, lagged, 2, 2);
  float ownWindow[2 * ml::kMotionStatistics], oneBack[2 * ml::kMotionStatistics], first[2 * ml::kMotionStatistics];
  windowMotion(energies, 20, 35, ownWindow, 2);
  windowMotion(energies, 5, 20, oneBack, 2);
  windowMotion(energies, 0, 15, first, 2);
  for (int j = 0; j < 2 * ml::kMotionStatistics; ++j) {
    EXPECT_FLOAT_EQ(lagged[j], ownWindow[j]) << j;
    EXPECT_FLOAT_EQ(lagged[2 * ml::kMotionStatistics + j], oneBack[j]) << j;
    EXPECT_FLOAT_EQ(lagged[4 * ml::kMotionStatistics + j], first[j]) << j;
  }
  EXPECT_NE(oneBack[0], ownWindow[0]);  // the lags read other frames, not the window again
  EXPECT_THROW(windowMotion(energies, 20, 35, lagged, 2, ml::kMaxMotionLags + 1), std::out_of_range);
  EXPECT_THROW(windowMotion(energies, 20, 35, lagged, 2, -1), std::out_of_range);

  FrameEnergies fe(8);
  std::vector<std::uint8_t> square(8 * 8 * 3, 10);
  fe.pushSquare(0, square.data());
  EXPECT_THROW(fe.pushSquare(2, square.data()), std::logic_error);  // frame 1 skipped
  ASSERT_EQ(fe.values().size(), 1u);
  EXPECT_EQ(fe.values()[0], 0.0);
}

TEST(Forecasting, MissingVideoFailsTheRunWithAClearMessage) {
  database::Recording ghost;
  ghost.subjectId = project().humans.front().subjectId;
  ghost.path = (project().dir / "gone.mp4").string();
  ghost.fingerprint = "gone";
  ghost.fps = 10;
  ghost.frameCount = 100;
  const auto id = database::RecordingStore(db()).add(ghost);
  ForecastConfig fc;
  fc.model = forecaster().modelId;
  fc.recordings = {id};
  try {
    runForecast(db(), fc);
    FAIL() << "no error";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("gone.mp4"), std::string::npos) << e.what();
  }
  const auto runs = database::RunStore(db()).list();
  EXPECT_EQ(runs.back().status, database::RunStatus::Failed);
}

// A video replaced after it was added (another file, a re-encode, a cut)
// would be scored against the project's timeline: its seizures counted as
// missed past the file's end, its hours those of the old file. The run
// fails naming the file before any window is scored, of any recording.
TEST(Forecasting, AVideoChangedAfterItWasAddedFailsTheRunBeforeAnyWindowIsScored) {
  const auto& humans = project().humans;
  database::RecordingStore store(db());
  const auto original = *store.find(humans.front().recordingId);
  database::Recording copy = original;
  copy.path = (project().dir / "replaced-later.mp4").string();
  std::filesystem::copy_file(original.path, copy.path, std::filesystem::copy_options::overwrite_existing);
  copy.id = store.add(copy);
  EXPECT_NO_THROW(requireLinkedVideo(*store.find(copy.id)));
  std::filesystem::copy_file(store.find(humans.back().recordingId)->path, copy.path,
                             std::filesystem::copy_options::overwrite_existing);
  ForecastConfig fc;
  fc.model = forecaster().modelId;
  fc.recordings = {humans.front().recordingId, copy.id};
  try {
    runForecast(db(), fc);
    FAIL() << "a replaced video was forecast";
  } catch (const VideoError& e) {
    const std::string message = e.what();
    EXPECT_EQ(e.path(), copy.path);
    EXPECT_NE(message.find("recording " + std::to_string(copy.id) + ": '" + copy.path +
                           "' is no longer the video that was added"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("expected " + original.fingerprint), std::string::npos) << message;
  }
  const auto run = database::RunStore(db()).list().back();
  EXPECT_EQ(run.status, database::RunStatus::Failed);
  EXPECT_EQ(database::PredictionStore(db()).countByRun(run.id), 0);  // not even the first recording's
  // Put back, it forecasts.
  std::filesystem::copy_file(original.path, copy.path, std::filesystem::copy_options::overwrite_existing);
  fc.recordings = {copy.id};
  EXPECT_GT(runForecast(db(), fc).recordings.at(0).points.size(), 0u);
}

// A forecaster stores the window length and horizon of the clip set it was
// fine-tuned on; its operating point holds for those, so a forecast reads
// windows of that length and judges alarms with that horizon unless given
// others, and the run stores what it applied (the review reads it back).
TEST(Forecasting, AForecastReadsWindowsOfTheLengthTheModelWasFineTunedFor) {
  const auto params = ClipSetService(db()).params(project().humanSet);
  auto model = loadClassifier(forecaster().weights, ml::VideoMAEConfig{});
  EXPECT_EQ(model->config().window_seconds, params.clipSeconds);
  EXPECT_EQ(model->config().horizon_seconds, params.horizonSeconds);
  EXPECT_EQ(model->config().frame_rate, 10.0);  // the project's videos

  // The same model, said to be fine-tuned on 4-s clips with a 3-s horizon.
  model->setTrainedFor(4, 3, model->config().frame_rate);
  ForecastConfig fc;
  fc.model = addProjectModel(model, "four-second");
  fc.recordings = {project().humans.back().recordingId};
  const auto deferred = runForecast(db(), fc);
  EXPECT_EQ(deferred.windowSeconds, 4.0);
  EXPECT_EQ(deferred.alarms.horizonSeconds, 3.0);
  ASSERT_FALSE(deferred.recordings[0].points.empty());
  EXPECT_EQ(deferred.recordings[0].points.front().windowEndFrame, 40);  // 10 fps
  const auto stored = database::RunStore(db()).find(deferred.runId);
  const auto info = parseForecastRun(*stored);
  ASSERT_TRUE(info);
  EXPECT_EQ(info->windowSeconds, 4.0);
  EXPECT_EQ(info->alarms.horizonSeconds, 3.0);
  EXPECT_NE(stored->log.find("window 4 s (the model's), horizon 3 s (the model's)"), std::string::npos) << stored->log;
  EXPECT_TRUE(deferred.notes.empty());  // the video's frame rate is the model's

  fc.modelWindow = false;  // 5 s, the config's own
  const auto given = runForecast(db(), fc);
  EXPECT_EQ(given.windowSeconds, 5.0);
  EXPECT_EQ(given.recordings[0].points.front().windowEndFrame, 50);
  EXPECT_EQ(given.alarms.horizonSeconds, 3.0);
  fc.modelHorizon = false;
  fc.alarms.horizonSeconds = 6;
  EXPECT_EQ(runForecast(db(), fc).alarms.horizonSeconds, 6.0);

  // Fine-tuned on 30-fps video, forecasting 10-fps video: it still scores,
  // and says that its frames span other times here.
  model->setTrainedFor(4, 3, 30);
  fc.model = addProjectModel(model, "thirty-fps");
  const auto noted = runForecast(db(), fc);
  EXPECT_FALSE(noted.recordings[0].points.empty());
  ASSERT_EQ(noted.notes.size(), 1u);
  EXPECT_NE(noted.notes[0].find("is at 10 fps and the model was fine-tuned on 30-fps video"), std::string::npos)
      << noted.notes[0];
  EXPECT_NE(database::RunStore(db()).find(noted.runId)->log.find(noted.notes[0]), std::string::npos);
}

// The window labels a forecast judges with are those the model's operating
// point was judged with, its clip set's (the tiny project's: 10-s gap and
// post-ictal time), unless given: a patient's species default (30 min) left
// a 90-s recording without a normal window, and the window-level ROC empty.
TEST(Forecasting, AForecastJudgesItsWindowsAsTheModelsOperatingPointWasJudged) {
  const auto params = ClipSetService(db()).params(project().humanSet);
  auto model = loadClassifier(forecaster().weights, ml::VideoMAEConfig{});
  EXPECT_EQ(model->config().gap_seconds_human, params.humanGapSeconds);
  EXPECT_EQ(model->config().gap_seconds_rodent, params.rodentGapSeconds);
  EXPECT_EQ(model->config().post_ictal_seconds, params.postIctalSeconds);
  ASSERT_EQ(params.humanGapSeconds, 10.0);

  ForecastConfig fc;
  fc.model = forecaster().modelId;
  fc.recordings = {project().humans.back().recordingId};
  const auto deferred = runForecast(db(), fc);
  EXPECT_EQ(deferred.alarms.postIctalSeconds, 10.0);
  EXPECT_GT(deferred.windowNegatives, 0);
  EXPECT_GT(deferred.windowPositives, 0);
  const auto stored = database::RunStore(db()).find(deferred.runId);
  EXPECT_EQ(parseForecastRun(*stored)->alarms.postIctalSeconds, 10.0);
  EXPECT_NE(stored->log.find("post-ictal 10 s (the model's)"), std::string::npos) << stored->log;
  EXPECT_NE(stored->log.find("normal windows of patients keep 10 s from every seizure (the model's)"),
            std::string::npos)
      << stored->log;
  EXPECT_EQ(stored->log.find("normal windows of rodents"), std::string::npos);  // none forecast

  // Given, they win.
  fc.modelPostIctal = false;
  fc.alarms.postIctalSeconds = 20;
  fc.gapSeconds = 15;
  const auto given = runForecast(db(), fc);
  EXPECT_EQ(given.alarms.postIctalSeconds, 20.0);
  EXPECT_LT(given.windowNegatives, deferred.windowNegatives);
  EXPECT_NE(database::RunStore(db()).find(given.runId)->log.find("keep 15 s from every seizure (given)"),
            std::string::npos);

  // A model that stores none: the species' default, which leaves no normal window here.
  model->setJudgedWith(-1, -1, -1);
  ForecastConfig old;
  old.model = addProjectModel(model, "unjudged");
  old.recordings = fc.recordings;
  const auto defaults = runForecast(db(), old);
  EXPECT_EQ(defaults.alarms.postIctalSeconds, AlarmOptions{}.postIctalSeconds);
  EXPECT_EQ(defaults.windowNegatives, 0);
  EXPECT_NE(
      database::RunStore(db()).find(defaults.runId)->log.find("keep 1800 s from every seizure (the species' default)"),
      std::string::npos);
}

// A recording shorter than one window (a chained night's last seconds, a
// clip cut short) holds no window: the forecast scores the others, counts it
// and says so, instead of failing on the motion baseline's empty table.
TEST(Forecasting, ARecordingShorterThanOneWindowIsCountedAndTheOthersScored) {
  const auto out = runFineTune(db(), rateForecasterConfig("short-recording-forecaster", 1e6, 1));
  ASSERT_GT(out.modelId, 0);
  ASSERT_TRUE(out.motionBaseline.has_value());
  test::FixtureSpec spec;
  spec.fileName = "short.mp4";
  spec.writer.width = 64;
  spec.writer.height = 48;
  spec.writer.timeBase = {1, 10};
  spec.writer.frameRate = {10, 1};
  spec.frameCount = 20;  // 2 s at 10 fps: the window is 5 s
  database::Recording shortOne;
  shortOne.subjectId = project().humans.back().subjectId;
  shortOne.path = test::makeFixture(project().dir, spec).string();
  shortOne.fingerprint = "short";
  shortOne.fps = 10;
  shortOne.frameCount = spec.frameCount;
  const auto shortId = database::RecordingStore(db()).add(shortOne);

  ForecastConfig fc;
  fc.model = out.modelId;
  fc.recordings = {shortId, project().humans.back().recordingId};
  const auto forecast = runForecast(db(), fc);
  ASSERT_EQ(forecast.recordings.size(), 2u);
  EXPECT_TRUE(forecast.recordings[0].points.empty());
  EXPECT_TRUE(forecast.recordings[0].motionBaseline.empty());
  EXPECT_TRUE(forecast.recordings[0].motionBaselineEvents.has_value());
  EXPECT_EQ(forecast.recordings[0].events.falseAlarms, 0);
  EXPECT_GT(forecast.recordings[1].points.size(), 10u);
  EXPECT_EQ(forecast.recordings[1].motionBaseline.size(), forecast.recordings[1].points.size());
  ASSERT_TRUE(forecast.motionBaseline.has_value());
  ASSERT_EQ(forecast.notes.size(), 1u);
  EXPECT_NE(forecast.notes[0].find("shorter than one 5-s window"), std::string::npos) << forecast.notes[0];
  const auto run = database::RunStore(db()).find(forecast.runId);
  ASSERT_TRUE(run);
  EXPECT_EQ(run->status, database::RunStatus::Succeeded);
  EXPECT_NE(run->log.find("recording " + std::to_string(shortId) + " '" + shortOne.path +
                          "' (2.00 s) is shorter than one 5-s window: no window scored"),
            std::string::npos)
      << run->log;

  // What reads the head's inputs gets a table of no rows and the head's width.
  auto model = loadClassifier(out.weights, ml::VideoMAEConfig{});
  torch::Tensor inputs;
  std::vector<int> jerks{1, 2};
  EXPECT_TRUE(scoreVideo(model, shortOne.path, scanOf(model->config()), torch::kCPU, {}, &inputs, &jerks).empty());
  ASSERT_TRUE(inputs.defined());
  EXPECT_EQ(inputs.size(0), 0);
  EXPECT_EQ(inputs.size(1), model->config().headInputDim());
  EXPECT_TRUE(jerks.empty());
}

// `source`'s frames written losslessly (FFV1, every frame a keyframe) at
// `fps`, each `repeat` times: the same pictures at another frame rate.
std::filesystem::path losslessCopy(const std::string& source, const std::string& name, int fps, int repeat) {
  VideoSource in(source);
  core::VideoWriterOptions o;
  o.encoder = "ffv1";
  o.width = in.info().width;
  o.height = in.info().height;
  o.timeBase = {1, fps};
  o.frameRate = {fps, 1};
  const auto path = project().dir / name;
  core::VideoWriter out(path, o);
  FrameConverter converter;
  std::int64_t pts = 0;
  while (auto frame = in.next()) {
    const auto rgb = converter.toRgb24(*frame);
    for (int r = 0; r < repeat; ++r) out.writeRgb(rgb.data(), o.width * 3, pts++);
  }
  out.finish();
  return path;
}

// A recording faster than the video a forecaster was fine-tuned on is read
// at the model's rate (core/forecast/FrameGrid.h): the same pictures at twice
// the rate give the same head inputs, jerks and probabilities at the same
// times, where reading every frame would halve every sample's span and zero
// every other frame difference.
TEST(Forecasting, AFasterRecordingIsReadAtTheRateTheModelWasFineTunedAt) {
  const auto out = runFineTune(db(), rateForecasterConfig("frame-grid-forecaster", 1e6, 1));
  ASSERT_GT(out.modelId, 0);
  auto model = loadClassifier(out.weights, ml::VideoMAEConfig{});
  ASSERT_EQ(model->config().frame_rate, 10.0);
  const auto source = database::RecordingStore(db()).find(project().humans.back().recordingId)->path;
  const auto once = losslessCopy(source, "once.mkv", 10, 1);
  const auto twice = losslessCopy(source, "twice.mkv", 20, 2);

  const auto at10 = scanOf(model->config());  // 5-s windows every second at 10 fps
  auto at20 = at10;
  at20.windowFrames *= 2;
  at20.strideFrames *= 2;
  at20.grid = FrameGrid::forRates(20, model->config().frame_rate);
  ASSERT_EQ(at20.grid.step(), 2.0);
  torch::Tensor inputs10, inputs20, inputsEvery;
  std::vector<int> jerks10, jerks20;
  const auto p10 = scoreVideo(model, once, at10, torch::kCPU, {}, &inputs10, &jerks10);
  const auto p20 = scoreVideo(model, twice, at20, torch::kCPU, {}, &inputs20, &jerks20);
  ASSERT_GT(p10.size(), 5u);
  ASSERT_EQ(p20.size(), p10.size());
  for (std::size_t i = 0; i < p10.size(); ++i) {
    EXPECT_EQ(p20[i].windowEndFrame, 2 * p10[i].windowEndFrame);
    EXPECT_NEAR(p20[i].probability, p10[i].probability, 1e-5) << i;
  }
  EXPECT_TRUE(torch::allclose(inputs20, inputs10, 1e-4, 1e-4)) << (inputs20 - inputs10).abs().max().item<float>();
  EXPECT_EQ(jerks20, jerks10);

  // Read frame by frame, the same pictures give the head other inputs.
  auto every = at20;
  every.grid = FrameGrid();
  scoreVideo(model, twice, every, torch::kCPU, {}, &inputsEvery);
  EXPECT_GT((inputsEvery - inputs10).abs().max().item<float>(), 0.1);

  // A forecast of the faster recording reads it on the grid and says so.
  database::Recording fast;
  fast.subjectId = project().humans.back().subjectId;
  fast.path = twice.string();
  fast.fingerprint = "twice";
  fast.fps = 20;
  fast.frameCount = VideoSource(twice).frameCount();
  ForecastConfig fc;
  fc.model = out.modelId;
  fc.recordings = {database::RecordingStore(db()).add(fast)};
  const auto forecast = runForecast(db(), fc);
  ASSERT_EQ(forecast.recordings[0].points.size(), p20.size());
  for (std::size_t i = 0; i < p20.size(); ++i) {
    EXPECT_EQ(forecast.recordings[0].points[i].windowEndFrame, p20[i].windowEndFrame);
    EXPECT_NEAR(forecast.recordings[0].points[i].probability, p20[i].probability, 1e-6) << i;
  }
  ASSERT_EQ(forecast.notes.size(), 1u);
  EXPECT_NE(forecast.notes[0].find("is at 20 fps and the model was fine-tuned on 10-fps video: it was read at the "
                                   "model's rate, the frame nearest each 1/10 s (one frame in 2)"),
            std::string::npos)
      << forecast.notes[0];
}

// `video` (a lossless copy of project().humans[0]'s recording, written at
// `factor` times its rate) added to that patient as another recording.
std::int64_t addCopyOfFirstPatient(const std::filesystem::path& video, int factor) {
  database::Recording r;
  r.subjectId = project().humans.front().subjectId;
  r.path = video.string();
  r.fingerprint = video.filename().string();
  r.fps = 10.0 * factor;
  r.frameCount = VideoSource(video).frameCount();
  return database::RecordingStore(db()).add(r);
}

// The human set's clips, with the first patient's moved to `copy` (its frames
// times `factor`, its seizures copied there too) and the third patient's in
// training: three training patients, so the training rate is the median of
// three recordings.
std::int64_t humanSetOnCopy(const std::string& name, std::int64_t copy, int factor) {
  const auto& humans = project().humans;
  database::ClipSet set;
  set.name = name;
  set.params = database::ClipSetStore(db()).find(project().humanSet)->params;
  const auto setId = database::ClipSetStore(db()).add(set);
  std::vector<database::Clip> clips;
  for (auto c : database::ClipStore(db()).listBySet(project().humanSet)) {
    c.id = 0;
    c.clipSetId = setId;
    c.sourceEventId.reset();
    if (c.recordingId == humans[0].recordingId) {
      c.recordingId = copy;
      c.startFrame *= factor;
      c.endFrame *= factor;
    }
    if (c.recordingId == humans[2].recordingId) c.split = kTrainSplit;
    clips.push_back(c);
  }
  database::ClipStore(db()).addAll(clips);
  database::EventStore events(db());
  if (events.listByRecording(copy).empty())
    for (auto e : events.listByRecording(humans[0].recordingId)) {
      e.id = 0;
      e.recordingId = copy;
      e.onsetFrame *= factor;
      if (e.offsetFrame) *e.offsetFrame *= factor;
      events.add(e);
    }
  return setId;
}

// A clip set `name` of normal training clips: for each start (at 10 fps) a
// 5-s window in each recording, its frames times the recording's factor
// (the same moments in a copy at factor times the rate), in that order.
std::int64_t setOfWindows(const std::string& name, const std::vector<std::pair<std::int64_t, int>>& recordings,
                          const std::vector<std::int64_t>& starts) {
  database::ClipSet set;
  set.name = name;
  const auto setId = database::ClipSetStore(db()).add(set);
  std::vector<database::Clip> clips;
  for (const auto start : starts)
    for (const auto& [recording, factor] : recordings)
      clips.push_back({0, setId, recording, start * factor, (start + 50) * factor, database::ClipLabel::Normal,
                       kTrainSplit, std::nullopt});
  database::ClipStore(db()).addAll(clips);
  return setId;
}

// Training clips are read at the training frame rate: a recording faster
// than it is read on its frame grid (pixels and motion statistics), as a
// forecast reads it; a set whose recordings are all at the rate reads every
// frame and keeps its file.
TEST(ClipCache, AFasterRecordingIsReadOnTheGridOfTheTrainingRate) {
  const auto source = database::RecordingStore(db()).find(project().humans.front().recordingId)->path;
  const auto once = addCopyOfFirstPatient(losslessCopy(source, "cache-once.mkv", 10, 1), 1);
  const auto twice = addCopyOfFirstPatient(losslessCopy(source, "cache-twice.mkv", 20, 2), 2);
  const auto setId = setOfWindows("same pictures at two rates", {{once, 1}, {twice, 2}}, {0, 13, 40, 61});

  // The training rate of a 10- and a 20-fps recording is the lower median:
  // a rate one of them has, and the one both can be read at.
  EXPECT_EQ(trainingFrameRate(db(), ClipCache::entries(db(), setId)), 10.0);

  // Every 2nd frame up to each clip's end, so that the rate shows in the pixels.
  const ClipShape everyFrame{4, 32, 2, 0}, atTen{4, 32, 2, 10};
  const auto onGrid = ClipCache::ensure(db(), setId, atTen, cacheDir());
  EXPECT_NE(onGrid->file().filename().string().find("-r10.pdclips"), std::string::npos) << onGrid->file();
  EXPECT_EQ(onGrid->gridOf(twice).step(), 2.0);
  EXPECT_TRUE(onGrid->gridOf(once).everyFrame());
  EXPECT_EQ(onGrid->gridLine(), "clips read at 10 fps: 1 faster recording(s) read on that rate's frame grid");
  onGrid->ensureMotion();
  for (std::int64_t i = 0; i < onGrid->count(); i += 2) {
    ASSERT_EQ(onGrid->info(i).recordingId, once);
    ASSERT_EQ(onGrid->info(i + 1).recordingId, twice);
    EXPECT_EQ(std::memcmp(onGrid->pixels(i), onGrid->pixels(i + 1), onGrid->clipBytes()), 0) << i;
    for (std::int64_t k = 0; k < ClipCache::kMotionPerClip; ++k)
      EXPECT_NEAR(onGrid->motion(i)[k], onGrid->motion(i + 1)[k], 1e-5) << i << " " << k;
  }

  // Read frame by frame, the faster copy gives other pictures and statistics
  // (far beyond the rounding the grid's copies agree within).
  const auto every = ClipCache::ensure(db(), setId, everyFrame, cacheDir());
  EXPECT_NE(every->file(), onGrid->file());
  every->ensureMotion();
  double largest = 0;
  for (std::int64_t i = 0; i < every->count(); i += 2) {
    EXPECT_NE(std::memcmp(every->pixels(i), every->pixels(i + 1), every->clipBytes()), 0) << i;
    for (std::int64_t k = 0; k < ClipCache::kMotionPerClip; ++k)
      largest = std::max<double>(largest, std::abs(every->motion(i)[k] - every->motion(i + 1)[k]));
  }
  EXPECT_GT(largest, 0.01);

  // A set with no faster recording is the same file at any training rate.
  const auto plain = ClipCache::ensure(db(), project().humanSet, everyFrame, cacheDir());
  const auto plainAtTen = ClipCache::ensure(db(), project().humanSet, atTen, cacheDir());
  EXPECT_EQ(plainAtTen->file(), plain->file());
  EXPECT_TRUE(plainAtTen->reused());
  EXPECT_EQ(plainAtTen->gridLine(), "");
  // At the faster copy's rate, the slower recording cannot be made up: it is
  // read frame by frame, and the line says so.
  const auto atTwenty = ClipCache::ensure(db(), setId, ClipShape{4, 32, 2, 20}, cacheDir());
  EXPECT_EQ(atTwenty->file(), every->file());
  EXPECT_EQ(atTwenty->gridLine(),
            "clips read at 20 fps: 1 slower recording(s) read frame by frame (frames cannot "
            "be made up: their clips span more time)");
}

// A forecaster fine-tuned with one training recording at twice the others'
// rate (the same pictures, each frame twice) reads it at the training rate,
// for its clips and its operating point's curves: the same model as with
// that recording at the others' rate.
TEST(FineTune, ATrainingRecordingFasterThanTheOthersIsReadAtTheirRate) {
  const auto source = database::RecordingStore(db()).find(project().humans.front().recordingId)->path;
  const auto once = addCopyOfFirstPatient(losslessCopy(source, "train-once.mkv", 10, 1), 1);
  const auto twice = addCopyOfFirstPatient(losslessCopy(source, "train-twice.mkv", 20, 2), 2);
  auto atRate = rateForecasterConfig("trained-at-rate", 1e6, 1);
  atRate.clipSet = humanSetOnCopy("first patient at 10 fps", once, 1);
  auto faster = rateForecasterConfig("trained-faster", 1e6, 1);
  faster.clipSet = humanSetOnCopy("first patient at 20 fps", twice, 2);
  const auto a = runFineTune(db(), atRate);
  const auto b = runFineTune(db(), faster);
  ASSERT_GT(a.modelId, 0);
  ASSERT_GT(b.modelId, 0);
  auto modelA = loadClassifier(a.weights, ml::VideoMAEConfig{});
  auto modelB = loadClassifier(b.weights, ml::VideoMAEConfig{});
  EXPECT_EQ(modelA->config().frame_rate, 10.0);
  EXPECT_EQ(modelB->config().frame_rate, 10.0);  // the median of 20, 10 and 10
  EXPECT_NEAR(b.threshold, a.threshold, 1e-4);
  EXPECT_EQ(b.consecutive, a.consecutive);
  // Calibrated on the operating point's curves of the training recordings.
  ASSERT_NE(modelA->config().calibration_slope, 1.0);
  EXPECT_NEAR(modelB->config().calibration_slope, modelA->config().calibration_slope, 1e-3);
  EXPECT_NEAR(modelB->config().calibration_offset, modelA->config().calibration_offset, 1e-3);
  const auto weightsA = modelA->head->weight, weightsB = modelB->head->weight;
  EXPECT_TRUE(torch::allclose(weightsB, weightsA, 1e-3, 1e-3)) << (weightsB - weightsA).abs().max().item<float>();
  const auto run = database::RunStore(db()).find(b.runId);
  ASSERT_TRUE(run);
  EXPECT_NE(run->log.find("clips read at 10 fps: 1 faster recording(s) read on that rate's frame grid"),
            std::string::npos)
      << run->log;
}

// Stage 1 reads its clips at their recordings' median rate too: the mix's
// faster recording is read on that rate's grid.
TEST(Pretraining, AFasterRecordingIsReadAtTheMixsMedianRate) {
  const auto& first = project().humans.front();
  const auto source = database::RecordingStore(db()).find(first.recordingId)->path;
  const auto twice = addCopyOfFirstPatient(losslessCopy(source, "pretrain-twice.mkv", 20, 2), 2);
  const auto setId =
      setOfWindows("one patient at two rates, and another",
                   {{first.recordingId, 1}, {twice, 2}, {project().humans[1].recordingId, 1}}, {0, 30, 60});
  auto config = tinyPretrain("pretrained-at-median-rate");
  config.clipSets = {setId};
  config.mix = "H";
  const auto out = runPretraining(db(), config);
  EXPECT_EQ(out.clips, 9);
  const auto run = database::RunStore(db()).find(out.runId);
  ASSERT_TRUE(run);
  EXPECT_NE(run->log.find("clips read at 10 fps: 1 faster recording(s) read on that rate's frame grid"),
            std::string::npos)
      << run->log;
  // The encoder stores that rate, so a fine-tuning that reads its clips at
  // another one can say so (ModelLoading.h).
  const auto encoder = database::ModelStore(db()).find(out.modelId);
  ASSERT_TRUE(encoder);
  const auto stored = ml::configFromMetadata(ml::SafeTensorsFile::load(encoder->weightsPath));
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->frame_rate, 10);
}

// Issue 16: a pre-training encoder asked to forecast is refused by name, with
// what to do, before any run is recorded (it failed with a list of missing
// tensors); a clip set is named by its name, not its id.
TEST(Forecasting, APreTrainingEncoderIsRefusedByName) {
  auto c = tinyPretrain("pre-only");
  c.steps = 1;
  const auto encoder = runPretraining(db(), c);
  const auto runsBefore = database::RunStore(db()).list().size();
  ForecastConfig fc;
  fc.model = encoder.modelId;
  fc.recordings = {project().humans.back().recordingId};
  try {
    runForecast(db(), fc);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("'pre-only' is a pre-training encoder"), std::string::npos) << e.what();
  }
  EXPECT_EQ(database::RunStore(db()).list().size(), runsBefore);

  FineTuneConfig ft;
  ft.modelName = "never";
  ft.clipSet = project().rodentSet;  // ictal and normal clips: none for forecasting
  ft.settings = tinySettings();
  ft.settings.species = "rodent";
  // Refused before the clip cache is opened, let alone a clip decoded.
  std::vector<std::string> stages;
  JobCallbacks callbacks;
  callbacks.stage = [&](const std::string& stage, double, const std::string&) { stages.push_back(stage); };
  try {
    runFineTune(db(), ft, callbacks);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("clip set 'rodents' has no pre-ictal or normal clips of species rodent"),
              std::string::npos)
        << e.what();
  }
  EXPECT_EQ(std::count(stages.begin(), stages.end(), "decode clips"), 0);

  // A split of another species says what it holds.
  ft.clipSet = project().humanSet;
  int humans = 0;
  for (const auto& c : ClipCache::entries(db(), project().humanSet)) humans += c.split == kTrainSplit;
  ASSERT_GT(humans, 0);
  try {
    runFineTune(db(), ft);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("clip set 'humans' has no pre-ictal or normal clips of species rodent in "
                                         "split 'train' (it holds " +
                                         std::to_string(humans) + " of species human)"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
