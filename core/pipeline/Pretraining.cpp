#include "core/pipeline/Pretraining.h"

#include "core/Error.h"
#include "core/pipeline/CachedClipDataset.h"
#include "core/pipeline/DeviceSetup.h"
#include "core/pipeline/ModelLoading.h"
#include "core/pipeline/RunClipCache.h"
#include "core/runs/ModelFiles.h"
#include "core/runs/PretrainMetrics.h"
#include "core/runs/RunRecord.h"
#include "database/Database.h"
#include "database/ModelStore.h"
#include "database/RunStore.h"
#include "ml/ClipBatcher.h"
#include "ml/PreTrainer.h"
#include "ml/VideoMAEConfig.h"
#include "ml/VideoMAEWeights.h"

#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iterator>

namespace prodrome::core {

namespace {

std::string formatSeconds(double s) {
  if (!std::isfinite(s) || s < 0) return "--:--";
  const auto total = static_cast<long long>(s + 0.5);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%lld:%02lld", total / 60, total % 60);
  return buffer;
}

void validate(const PretrainConfig& c) {
  validateModelName(c.modelName);
  if (c.clipSets.empty()) throw Error("pre-training needs at least one clip set");
  if (c.steps < 1) throw Error("pre-training needs at least one step");
  if (c.batchSize < 1) throw Error("batch size must be at least 1");
  if (c.maskRatio < 0.1 || c.maskRatio > 0.9) throw Error("mask ratio must be within 0.1..0.9");
  if (c.snapshotEvery < 0) throw Error("snapshot interval must be 0 (none) or a number of steps");
  dataMixPreset(c.mix);  // throws for an unknown name
}

}  // namespace

PretrainOutcome runPretraining(database::Database& db, const PretrainConfig& configIn, const JobCallbacks& callbacks,
                               std::optional<std::int64_t> resumeRunId) {
  const auto started = std::chrono::steady_clock::now();
  PretrainConfig config = configIn;
  std::unique_ptr<RunRecord> run;
  PretrainMetrics metrics;  // a resumed run's earlier losses and snapshots carry on
  if (resumeRunId) {
    config = PretrainConfig::fromJson(RunRecord::resumableJob(db, *resumeRunId, database::RunKind::Pretrain));
    requireFreeModelName(db, config.modelName);
    run = std::make_unique<RunRecord>(db, *resumeRunId, database::RunKind::Pretrain);
    const auto stored = database::RunStore(db).find(*resumeRunId);
    const auto earlier = PretrainMetrics::fromJson(parseJsonObject(stored->metrics, "run metrics"));
    metrics.losses = earlier.losses;
    metrics.snapshots = earlier.snapshots;
  } else {
    validate(config);
    requireFreeModelName(db, config.modelName);
    QJsonObject record;
    record["pretrain"] = config.toJson();
    run = std::make_unique<RunRecord>(db, database::RunKind::Pretrain, record);
  }

  PretrainOutcome outcome;
  outcome.runId = run->id();
  return runRecorded(*run, outcome, [&]() -> PretrainOutcome {
    const auto device = prepareDevice(config.device);
    run->log("device " + device.description);

    // Data: every clip of the source sets that the mix accepts.
    std::vector<CachedClipDataset::Ref> refs;
    const auto mix = [&] {
      auto m = dataMixPreset(config.mix);
      m.humanSplit = config.humanSplit;
      return m;
    }();
    const auto accepted = [&](const CachedClipInfo& c) { return mix.accepts(c); };
    // Read at the median rate of their recordings (trainingFrameRate), as
    // fine-tuning reads its clips: a faster camera's clips span the same time.
    std::vector<CachedClipInfo> entries;
    for (auto setId : config.clipSets)
      std::ranges::copy_if(ClipCache::entries(db, setId), std::back_inserter(entries), accepted);
    const ClipShape shape{config.frames, config.size, config.sampleStride, trainingFrameRate(db, entries)};
    for (auto setId : config.clipSets) {
      auto cache = openRunClipCache(db, setId, shape, callbacks, *run);
      for (auto i : selectClips(*cache, accepted)) refs.push_back({cache, i});
    }
    if (refs.empty()) throw Error("no clip of the chosen clip sets fits data mix '" + config.mix + "'");
    auto dataset = std::make_shared<CachedClipDataset>(std::move(refs));
    outcome.clips = dataset->size();
    run->log("data: " + std::to_string(outcome.clips) + " clips (mix " + config.mix + ")");

    ml::VideoMAEConfig architecture = ml::presetConfig(config.preset);
    architecture.img_size = config.size;
    architecture.num_frames = config.frames;
    architecture.sample_stride = config.sampleStride;
    // Stored with the encoder: fine-tuning it on video read at another rate
    // is noted in that run's log (ModelLoading.h).
    architecture.frame_rate = shape.rate;
    torch::manual_seed(config.seed);
    ml::VideoMAEForPreTraining model(architecture);
    if (config.initModel > 0)
      run->log(initialisePreTraining(model, projectModelWeights(db, config.initModel)));
    else if (!config.initWeights.empty())
      run->log(initialisePreTraining(model, config.initWeights));
    model->to(device.device);

    ml::BatchOptions batches;
    batches.batch_size = std::min<std::int64_t>(config.batchSize, dataset->size());
    batches.crop_size = config.size;
    batches.multi_scale_crop = config.augment;
    batches.horizontal_flip = config.augment;
    batches.seed = config.seed;
    ml::ClipBatcher batcher(dataset, batches);

    ml::PreTrainingOptions options;
    options.total_steps = config.steps;
    options.warmup_steps = std::min(config.warmupSteps, config.steps / 2);
    options.lr = config.lr;
    options.weight_decay = config.weightDecay;
    options.adamw = config.adamw;
    options.clip_grad = config.clipGrad;
    options.mask_ratio = config.maskRatio;
    options.seed = config.seed;
    options.checkpoint_every = config.checkpointEvery;
    options.checkpoint_dir = checkpointDirectory(db.path(), run->id());
    ml::PreTrainer trainer(model, options);
    if (resumeRunId && std::filesystem::exists(options.checkpoint_dir / "trainer_state.safetensors")) {
      trainer.loadCheckpoint(options.checkpoint_dir);
      run->log("resumed at step " + std::to_string(trainer.currentStep()));
    }

    // Snapshots: the encoder as it stands after `step` steps.
    const auto snapshot = [&](std::int64_t step) {
      const auto path = snapshotWeightsPath(db.path(), run->id(), step);
      std::filesystem::create_directories(path.parent_path());
      ml::saveWeights(path, model);
      outcome.snapshots.emplace_back(step, path);
    };
    if (config.snapshotEvery > 0 && trainer.currentStep() == 0) snapshot(0);
    const auto progress = [&](const ml::TrainingProgress& p) {
      if (config.snapshotEvery > 0 && (p.step % config.snapshotEvery == 0 || p.step == p.total_steps))
        snapshot(p.step);
      if (callbacks.training) callbacks.training(p);
      if (callbacks.stage) {
        char line[160];
        std::snprintf(line, sizeof line, "step %lld/%lld  loss %.4f  lr %.2e  %.1f clips/s  ETA %s",
                      static_cast<long long>(p.step), static_cast<long long>(p.total_steps), p.loss, p.lr,
                      p.clips_per_second, formatSeconds(p.eta_seconds).c_str());
        callbacks.stage("pre-train", static_cast<double>(p.step) / p.total_steps, line);
      }
    };
    // Read before the run, as the steps will see them (issue 12, item 9).
    const auto repro = ml::reproducibility(device.device, options.precision);
    const auto result = trainer.run(batcher, progress, callbacks.cancel);
    outcome.losses = result.losses;
    outcome.cancelled = result.cancelled;

    metrics.losses.insert(metrics.losses.end(), result.losses.begin(), result.losses.end());
    metrics.stepsDone = result.steps;
    metrics.clips = outcome.clips;
    metrics.device = device.description;
    metrics.reproducibility = {repro.bitExact, repro.reason,         repro.device,     repro.precision,
                               repro.cpu,      repro.intraOpThreads, repro.blasThreads};
    outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    metrics.seconds = outcome.seconds;
    for (const auto& [step, path] : outcome.snapshots) metrics.snapshots.push_back({step, path.string()});

    if (result.cancelled) {
      trainer.saveCheckpoint(options.checkpoint_dir);
      run->finish(database::RunStatus::Cancelled, metrics.toJson());
      return outcome;
    }
    requireFreeModelName(db, config.modelName);
    outcome.weights = modelWeightsPath(db.path(), config.modelName);
    std::filesystem::create_directories(outcome.weights.parent_path());
    ml::saveWeights(outcome.weights, model);
    database::Model row;
    row.name = config.modelName;
    row.architecture = ml::configToJson(architecture);
    row.weightsPath = outcome.weights.string();
    if (config.initModel > 0) row.parentId = config.initModel;
    outcome.modelId = database::ModelStore(db).add(row);
    metrics.modelId = outcome.modelId;
    run->finish(database::RunStatus::Succeeded, metrics.toJson());
    return outcome;
  });
}

}  // namespace prodrome::core
