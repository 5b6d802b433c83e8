#include "core/pipeline/Demo.h"

#include "core/Error.h"
#include "core/clips/ClipSetService.h"
#include "core/pipeline/Pretraining.h"
#include "core/synth/SynthProject.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"

#include <algorithm>
#include <chrono>
#include <map>

namespace prodrome::core {

DemoPlan demoPlan(bool quick) {
  if (quick) return {2, 4, 2.0, 3.0, 2, 2, 30, 1, 6, 4, 2};
  return {3, 5, 3.0, 5.0, 3, 3, 300, 3, 15, 10, 5};
}

namespace {

using Clock = std::chrono::steady_clock;

// Synthetic recordings are minutes long: the design's default gaps (60 s
// rodent, 30 min human) would leave no normal window, so the demo uses the
// generator's documented spacing (SynthProject.h).
ClipSetParams demoClipParams(std::uint64_t seed, bool ictal) {
  ClipSetParams p;
  p.clipSeconds = 5;
  p.horizonSeconds = 5;
  p.strideSeconds = 1;
  p.postIctalSeconds = 10;
  p.humanGapSeconds = 10;
  p.rodentGapSeconds = 10;
  p.normalStrideSeconds = 2;  // overlapping normal windows: short recordings hold few tiles
  p.buildPreictal = !ictal;
  p.buildIctal = ictal;
  p.buildNormal = true;
  p.maxIctalPerSeizure = 6;
  p.normalPerPreictal = ictal ? 0 : 2;
  p.maxNormalPerRecording = ictal ? 30 : 0;
  p.seed = static_cast<std::int64_t>(seed);
  return p;
}

}  // namespace

DemoResult runDemo(const DemoOptions& options, const JobCallbacks& callbacks) {
  const auto started = Clock::now();
  DemoResult result;
  result.plan = demoPlan(options.quick);
  const auto& plan = result.plan;
  std::filesystem::create_directories(options.directory);
  if (!std::filesystem::is_empty(options.directory))
    throw Error("demo folder '" + options.directory.string() + "' is not empty");
  result.project = options.directory / "demo.prodrome";
  auto db = database::openProject(result.project);

  auto stageStart = Clock::now();
  auto endStage = [&](const std::string& name) {
    const auto now = Clock::now();
    result.stageSeconds.emplace_back(name, std::chrono::duration<double>(now - stageStart).count());
    stageStart = now;
  };
  auto stage = [&](const std::string& name) {
    return [&callbacks, name](double f) {
      if (callbacks.stage) callbacks.stage(name, f, "");
    };
  };

  // 1. Data.
  synth::SynthOptions rodents;
  rodents.species = "rodent";
  rodents.subjects = plan.rodentSubjects;
  rodents.minutes = plan.rodentMinutes;
  rodents.seizures = plan.rodentSeizures;
  rodents.seed = options.seed;
  rodents.difficulty = options.difficulty;
  rodents.outputDir = options.directory / "videos";
  synth::SynthOptions humans = rodents;
  humans.species = "human";
  humans.subjects = plan.humanSubjects;
  humans.minutes = plan.humanMinutes;
  humans.seizures = plan.humanSeizures;
  humans.seed = options.seed + 1;
  synth::synthesize(db, rodents, stage("synthesise rodents"), callbacks.cancel);
  const auto humanSummary = synth::synthesize(db, humans, stage("synthesise humans"), callbacks.cancel);
  endStage("synthesise videos");

  // 2. Clip sets: rodent ictal + normal (pre-training only); human pre-ictal
  //    + normal, split by subject: the last two subjects are held out.
  ClipSetService clips(db);
  const auto rodentSet = clips.build("rodents-YN", demoClipParams(options.seed, true)).clipSetId;
  std::map<std::string, std::vector<std::int64_t>> lists;
  const auto& recs = humanSummary.recordings;
  for (std::size_t i = 0; i < recs.size(); ++i)
    lists[i + 2 >= recs.size() ? kTestSplit : kTrainSplit].push_back(recs[i].subjectId);
  // Rodent subjects take no split: they are never evaluated.
  const auto humanSet =
      clips.build("humans-forecast", demoClipParams(options.seed, false), splitSubjectsByLists(lists)).clipSetId;
  endStage("build clip sets");

  // 3. Stage 1.
  PretrainConfig pre;
  pre.modelName = "vit-tiny-stage1";
  pre.clipSets = {rodentSet, humanSet};
  pre.mix = "RYNH";
  pre.humanSplit = kTrainSplit;
  pre.maskRatio = 0.9;
  pre.steps = plan.pretrainSteps;
  pre.lr = 1.5e-4 * 4;  // a small set and few steps: the official base rate × 4 converges in budget
  pre.warmupSteps = std::max<std::int64_t>(2, plan.pretrainSteps / 10);
  pre.seed = options.seed;
  pre.device = options.device;
  pre.checkpointEvery = 0;
  const auto stage1 = runPretraining(db, pre, callbacks);
  if (stage1.cancelled) throw Cancelled();
  result.pretrainedModel = stage1.modelId;
  result.pretrainLosses = stage1.losses;
  endStage("stage 1: pre-training");

  // 4. Stage 2: k-shot episodes on held-out subjects, with and without stage 1.
  FewShotConfig few;
  few.clipSet = humanSet;
  few.split = kTestSplit;
  few.shots = {2, 3, 4};
  few.episodes = plan.episodes;
  few.queryPerClass = plan.queryPerClass;
  few.settings.epochs = plan.fewShotEpochs;
  few.settings.lr = 1e-3;
  few.settings.seed = options.seed;
  few.settings.device = options.device;
  few.settings.baseModel = stage1.modelId;
  few.label = "stage 1";
  result.withStage1 = runFewShot(db, few, callbacks);
  if (result.withStage1.cancelled) throw Cancelled();
  few.settings.baseModel = 0;
  few.label = "no stage 1";
  result.withoutStage1 = runFewShot(db, few, callbacks);
  if (result.withoutStage1.cancelled) throw Cancelled();
  endStage("stage 2: few-shot episodes");

  // 5. A forecaster from the training subjects, run over a held-out recording.
  FineTuneConfig ft;
  ft.modelName = "vit-tiny-forecaster";
  ft.clipSet = humanSet;
  ft.trainSplit = kTrainSplit;
  ft.validationSplit = "";
  ft.settings.baseModel = stage1.modelId;
  ft.settings.epochs = plan.forecasterEpochs;
  ft.settings.lr = 1e-3;
  ft.settings.seed = options.seed;
  ft.settings.device = options.device;
  const auto forecaster = runFineTune(db, ft, callbacks);
  if (forecaster.cancelled) throw Cancelled();
  result.forecasterModel = forecaster.modelId;
  ForecastConfig fc;
  fc.model = forecaster.modelId;
  fc.recordings = {recs.back().recordingId};
  fc.device = options.device;
  fc.alarms.threshold = 0.5;
  fc.alarms.horizonSeconds = 5;
  fc.alarms.postIctalSeconds = 10;
  result.alarms = fc.alarms;
  const auto forecast = runForecast(db, fc, callbacks);
  if (forecast.cancelled) throw Cancelled();
  result.forecast = forecast.recordings.front();
  result.forecastRecording = fc.recordings.front();
  result.forecastFps = database::RecordingStore(db).find(result.forecastRecording)->fps;
  result.forecastSeizures = seizuresOf(db, result.forecastRecording);
  endStage("stage 2: forecaster + recording forecast");
  result.totalSeconds = std::chrono::duration<double>(Clock::now() - started).count();
  return result;
}

}  // namespace prodrome::core
