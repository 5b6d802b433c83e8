#include "core/pipeline/FineTuning.h"

#include "core/Error.h"
#include "core/clips/EpisodeSampler.h"
#include "core/pipeline/CachedClipDataset.h"
#include "core/pipeline/DeviceSetup.h"
#include "core/pipeline/JsonFields.h"
#include "core/pipeline/ModelFiles.h"
#include "core/pipeline/ModelLoading.h"
#include "core/pipeline/RunRecord.h"
#include "database/Database.h"
#include "database/ModelStore.h"
#include "ml/ClipBatcher.h"
#include "ml/FineTuner.h"
#include "ml/ModelConfig.h"
#include "ml/VideoMAEWeights.h"

#include <QJsonArray>

#include <cmath>
#include <cstdio>
#include <limits>

namespace prodrome::core {

using database::ClipLabel;

void FineTuneSettings::toJson(QJsonObject& o) const {
  o["base_model"] = static_cast<qint64>(baseModel);
  o["base_weights"] = QString::fromStdString(baseWeights);
  o["preset"] = QString::fromStdString(preset);
  o["frames"] = frames;
  o["size"] = size;
  o["species"] = QString::fromStdString(species);
  o["epochs"] = static_cast<qint64>(epochs);
  o["batch_size"] = static_cast<qint64>(batchSize);
  o["lr"] = lr;
  o["layer_decay"] = layerDecay;
  o["weight_decay"] = weightDecay;
  o["mean_pooling"] = meanPooling;
  o["augment"] = augment;
  o["seed"] = QString::number(seed);
  o["device"] = QString::fromStdString(device);
}

void FineTuneSettings::fromJson(JsonFields& f) {
  f.get("base_model", baseModel);
  f.get("base_weights", baseWeights);
  f.get("preset", preset);
  f.get("frames", frames);
  f.get("size", size);
  f.get("species", species);
  f.get("epochs", epochs);
  f.get("batch_size", batchSize);
  f.get("lr", lr);
  f.get("layer_decay", layerDecay);
  f.get("weight_decay", weightDecay);
  f.get("mean_pooling", meanPooling);
  f.get("augment", augment);
  f.get("seed", seed);
  f.get("device", device);
}

QJsonObject FineTuneConfig::toJson() const {
  QJsonObject o;
  o["model_name"] = QString::fromStdString(modelName);
  o["clip_set"] = static_cast<qint64>(clipSet);
  o["train_split"] = QString::fromStdString(trainSplit);
  o["validation_split"] = QString::fromStdString(validationSplit);
  o["patience"] = static_cast<qint64>(patience);
  settings.toJson(o);
  return o;
}

FineTuneConfig FineTuneConfig::fromJson(const QJsonObject& json) {
  JsonFields f(json, "fine-tuning config");
  FineTuneConfig c;
  f.get("model_name", c.modelName);
  f.get("clip_set", c.clipSet);
  f.get("train_split", c.trainSplit);
  f.get("validation_split", c.validationSplit);
  f.get("patience", c.patience);
  c.settings.fromJson(f);
  f.finish();
  return c;
}

QJsonObject FewShotConfig::toJson() const {
  QJsonObject o;
  o["label"] = QString::fromStdString(label);
  o["clip_set"] = static_cast<qint64>(clipSet);
  o["split"] = QString::fromStdString(split);
  QJsonArray s;
  for (int k : shots) s.append(k);
  o["shots"] = s;
  o["episodes"] = episodes;
  o["query_per_class"] = queryPerClass;
  settings.toJson(o);
  return o;
}

FewShotConfig FewShotConfig::fromJson(const QJsonObject& json) {
  JsonFields f(json, "few-shot config");
  FewShotConfig c;
  f.get("label", c.label);
  f.get("clip_set", c.clipSet);
  f.get("split", c.split);
  f.get("shots", c.shots);
  f.get("episodes", c.episodes);
  f.get("query_per_class", c.queryPerClass);
  c.settings.fromJson(f);
  f.finish();
  return c;
}

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

ml::BinaryMetrics undefinedMetrics() {
  ml::BinaryMetrics m;
  m.sensitivity = m.specificity = m.balanced_accuracy = m.roc_auc = m.pr_auc = kNaN;
  return m;
}

QJsonObject predictionsJson(const ml::Predictions& p) {
  QJsonArray scores, labels;
  for (double s : p.probabilities) scores.append(s);
  for (int l : p.labels) labels.append(l);
  return QJsonObject{{"scores", scores}, {"labels", labels}};
}

QJsonObject metricsJson(const ml::BinaryMetrics& m) {
  QJsonObject o;
  o["bacc"] = jsonNumber(m.balanced_accuracy);
  o["roc_auc"] = jsonNumber(m.roc_auc);
  o["pr_auc"] = jsonNumber(m.pr_auc);
  o["sensitivity"] = jsonNumber(m.sensitivity);
  o["specificity"] = jsonNumber(m.specificity);
  o["tp"] = static_cast<qint64>(m.tp);
  o["fp"] = static_cast<qint64>(m.fp);
  o["tn"] = static_cast<qint64>(m.tn);
  o["fn"] = static_cast<qint64>(m.fn);
  return o;
}

bool speciesMatches(const FineTuneSettings& s, const CachedClipInfo& c) {
  return s.species.empty() || database::toString(c.species) == s.species;
}

bool forecastingLabel(const CachedClipInfo& c) {
  return c.label == ClipLabel::Preictal || c.label == ClipLabel::Normal;
}

ml::VideoMAEConfig architectureOf(const FineTuneSettings& s) {
  auto config = ml::presetConfig(s.preset);
  config.img_size = s.size;
  config.num_frames = s.frames;
  config.use_mean_pooling = s.meanPooling;
  config.num_classes = 1;
  config.drop_path_rate = 0.1;
  return config;
}

std::filesystem::path baseWeightsOf(database::Database& db, const FineTuneSettings& s) {
  if (s.baseModel > 0) return projectModelWeights(db, s.baseModel);
  return s.baseWeights;
}

ml::VideoMAEClassifier freshClassifier(const ml::VideoMAEConfig& architecture, const std::filesystem::path& base,
                                       std::uint64_t seed, std::string* log) {
  torch::manual_seed(seed);
  ml::VideoMAEClassifier model(architecture);
  if (!base.empty()) {
    const auto line = initialiseClassifierEncoder(model, base);
    if (log) *log = line;
  } else if (log) {
    *log = "encoder randomly initialised (no stage 1)";
  }
  return model;
}

ml::BatchOptions trainBatches(const FineTuneSettings& s, std::int64_t clips) {
  ml::BatchOptions b;
  b.batch_size = std::max<std::int64_t>(1, std::min(s.batchSize, clips));
  b.crop_size = s.size;
  b.horizontal_flip = s.augment;
  b.multi_scale_crop = s.augment;
  b.seed = s.seed;
  return b;
}

ml::BatchOptions evalBatches(const FineTuneSettings& s) {
  ml::BatchOptions b;
  b.batch_size = std::max<std::int64_t>(1, s.batchSize);
  b.crop_size = s.size;
  b.shuffle = false;
  b.drop_last = false;
  return b;
}

ml::FineTuningOptions tunerOptions(const FineTuneSettings& s, std::int64_t stepsPerEpoch, std::int64_t patience) {
  ml::FineTuningOptions o;
  o.epochs = s.epochs;
  o.lr = s.lr;
  o.layer_decay = s.layerDecay;
  o.weight_decay = s.weightDecay;
  o.warmup_steps = std::min<std::int64_t>(stepsPerEpoch * 2, s.epochs * stepsPerEpoch / 4);
  o.balance_classes = true;
  o.patience = patience;
  return o;
}

std::string progressLine(const char* prefix, const ml::TrainingProgress& p) {
  char line[200];
  std::snprintf(line, sizeof line, "%s step %lld/%lld  loss %.4f  lr %.2e", prefix, static_cast<long long>(p.step),
                static_cast<long long>(p.total_steps), p.loss, p.lr);
  return line;
}

}  // namespace

ShotSummary summarise(const std::vector<EpisodeScore>& scores, int shots) {
  ShotSummary s;
  s.shots = shots;
  auto stat = [&](auto get, double& mean, double& sd) {
    std::vector<double> v;
    for (const auto& e : scores)
      if ((shots == 0 || e.shots == shots) && std::isfinite(get(e.metrics))) v.push_back(get(e.metrics));
    if (v.empty()) {
      mean = sd = kNaN;
      return;
    }
    double sum = 0;
    for (double x : v) sum += x;
    mean = sum / v.size();
    double ss = 0;
    for (double x : v) ss += (x - mean) * (x - mean);
    sd = v.size() > 1 ? std::sqrt(ss / (v.size() - 1)) : 0;
  };
  for (const auto& e : scores)
    if (shots == 0 || e.shots == shots) ++s.episodes;
  stat([](const ml::BinaryMetrics& m) { return m.balanced_accuracy; }, s.bacc, s.baccSd);
  stat([](const ml::BinaryMetrics& m) { return m.roc_auc; }, s.rocAuc, s.rocAucSd);
  stat([](const ml::BinaryMetrics& m) { return m.pr_auc; }, s.prAuc, s.prAucSd);
  return s;
}

FineTuneOutcome runFineTune(database::Database& db, const FineTuneConfig& configIn, const JobCallbacks& callbacks,
                            std::optional<std::int64_t> resumeRunId) {
  FineTuneConfig config = configIn;
  std::unique_ptr<RunRecord> runOwner;
  if (resumeRunId) {
    config = FineTuneConfig::fromJson(RunRecord::resumableJob(db, *resumeRunId, database::RunKind::Finetune));
    requireFreeModelName(db, config.modelName);
    runOwner = std::make_unique<RunRecord>(db, *resumeRunId, database::RunKind::Finetune);
  } else {
    requireFreeModelName(db, config.modelName);
    QJsonObject record;
    record["finetune"] = config.toJson();
    runOwner = std::make_unique<RunRecord>(db, database::RunKind::Finetune, record);
  }
  RunRecord& run = *runOwner;
  FineTuneOutcome outcome;
  outcome.runId = run.id();
  return runRecorded(run, outcome, [&]() -> FineTuneOutcome {
    const auto& s = config.settings;
    const auto device = prepareDevice(s.device);
    run.log("device " + device.description);
    auto cache = ClipCache::ensure(db, config.clipSet, s.frames, s.size, ClipCache::directoryFor(db.path()),
                                   callbacks.stage, callbacks.cancel);
    auto pick = [&](const std::string& split) {
      return selectClips(*cache, [&](const CachedClipInfo& c) {
        return c.split == split && speciesMatches(s, c) && forecastingLabel(c);
      });
    };
    const auto trainIdx = pick(config.trainSplit);
    if (trainIdx.empty())
      throw Error("clip set " + std::to_string(config.clipSet) + " has no pre-ictal or normal clips in split '" +
                  config.trainSplit + "'");
    auto train = std::make_shared<CachedClipDataset>(cache, trainIdx);
    int positives = 0;
    for (std::int64_t i = 0; i < train->size(); ++i) positives += train->label(i);
    if (positives == 0 || positives == train->size())
      throw Error("split '" + config.trainSplit + "' needs both pre-ictal and normal clips (has " +
                  std::to_string(positives) + " pre-ictal of " + std::to_string(train->size()) + ")");
    const auto valIdx = config.validationSplit.empty() ? std::vector<std::int64_t>{} : pick(config.validationSplit);

    std::string initLog;
    auto model = freshClassifier(architectureOf(s), baseWeightsOf(db, s), s.seed, &initLog);
    run.log(initLog);
    model->to(device.device);
    ml::ClipBatcher trainBatcher(train, trainBatches(s, train->size()));
    std::unique_ptr<ml::ClipBatcher> valBatcher;
    if (!valIdx.empty())
      valBatcher =
          std::make_unique<ml::ClipBatcher>(std::make_shared<CachedClipDataset>(cache, valIdx), evalBatches(s));
    auto options = tunerOptions(s, trainBatcher.batchesPerEpoch(), valBatcher ? config.patience : 0);
    // Checkpoints at epoch ends (after validation) and on cancel, so a crash
    // or a cancel loses at most one epoch and resumes bit-identically.
    options.checkpoint_every = trainBatcher.batchesPerEpoch();
    options.checkpoint_dir = checkpointDirectory(db.path(), run.id());
    ml::FineTuner tuner(model, options);
    if (resumeRunId && std::filesystem::exists(options.checkpoint_dir / "trainer_state.safetensors")) {
      tuner.loadCheckpoint(options.checkpoint_dir);
      run.log("resumed at step " + std::to_string(tuner.currentStep()));
    }
    const auto result = tuner.run(
        trainBatcher, valBatcher.get(),
        [&](const ml::TrainingProgress& p) {
          if (callbacks.training) callbacks.training(p);
          if (callbacks.stage)
            callbacks.stage("fine-tune", static_cast<double>(p.step) / std::max<std::int64_t>(1, p.total_steps),
                            progressLine("", p));
        },
        callbacks.cancel, callbacks.epoch);
    QJsonArray losses, validation;
    for (const auto& e : result.epochs) {
      outcome.trainLoss.push_back(e.train_loss);
      losses.append(e.train_loss);
      validation.append(metricsJson(e.validation));
    }
    QJsonObject metrics;
    metrics["train_loss"] = losses;
    metrics["validation"] = validation;
    metrics["best_epoch"] = static_cast<qint64>(result.best_epoch);
    metrics["stopped_early"] = result.stopped_early;
    metrics["train_clips"] = static_cast<qint64>(train->size());
    metrics["validation_clips"] = static_cast<qint64>(valIdx.size());
    if (valBatcher && !result.cancelled) {
      // The kept model's scores, for the run view's ROC and PR curves and
      // confusion matrix; one more pass over a validation set that is small.
      useThreadsFor(device, Workload::Inference);
      metrics["validation_predictions"] = predictionsJson(tuner.predict(*valBatcher));
    }
    outcome.validation = undefinedMetrics();
    if (result.best_epoch >= 0) {
      for (const auto& e : result.epochs)
        if (e.epoch == result.best_epoch) outcome.validation = e.validation;
    }
    if (result.cancelled) {
      tuner.saveCheckpoint(options.checkpoint_dir);
      outcome.cancelled = true;
      run.finish(database::RunStatus::Cancelled, metrics);
      return outcome;
    }
    requireFreeModelName(db, config.modelName);
    outcome.weights = modelWeightsPath(db.path(), config.modelName);
    std::filesystem::create_directories(outcome.weights.parent_path());
    model->to(torch::kCPU);
    ml::saveWeights(outcome.weights, model);
    database::Model row;
    row.name = config.modelName;
    row.architecture = ml::configToJson(model->config());
    row.weightsPath = outcome.weights.string();
    if (s.baseModel > 0) row.parentId = s.baseModel;
    outcome.modelId = database::ModelStore(db).add(row);
    metrics["model_id"] = static_cast<qint64>(outcome.modelId);
    run.finish(database::RunStatus::Succeeded, metrics);
    return outcome;
  });
}

FewShotOutcome runFewShot(database::Database& db, const FewShotConfig& config, const JobCallbacks& callbacks) {
  if (config.shots.empty() || config.episodes < 1) throw Error("few-shot evaluation needs shots and episodes");
  QJsonObject record;
  record["fewshot"] = config.toJson();
  RunRecord run(db, database::RunKind::Finetune, record);
  FewShotOutcome outcome;
  outcome.runId = run.id();
  return runRecorded(run, outcome, [&]() -> FewShotOutcome {
    const auto& s = config.settings;
    const auto device = prepareDevice(s.device);
    auto cache = ClipCache::ensure(db, config.clipSet, s.frames, s.size, ClipCache::directoryFor(db.path()),
                                   callbacks.stage, callbacks.cancel);
    const auto poolIdx = selectClips(*cache, [&](const CachedClipInfo& c) {
      return (config.split.empty() || c.split == config.split) && speciesMatches(s, c) && forecastingLabel(c);
    });
    std::vector<ClipWindow> pool;
    for (auto i : poolIdx) {
      const auto& c = cache->info(i);
      pool.push_back({c.recordingId, c.subjectId, c.startFrame, c.endFrame, c.label, std::nullopt, c.split});
    }
    const auto architecture = architectureOf(s);
    const auto base = baseWeightsOf(db, s);
    run.log(std::string("encoder: ") + (base.empty() ? "random initialisation" : base.string()) + ", device " +
            device.description + ", pool " + std::to_string(pool.size()) + " clips");
    const int total = static_cast<int>(config.shots.size()) * config.episodes;
    int done = 0;
    QJsonArray episodesJson;
    for (int k : config.shots) {
      for (int e = 0; e < config.episodes; ++e) {
        throwIfCancelled(callbacks.cancel);
        EpisodeOptions eo;
        eo.shots = k;
        eo.queryPerClass = config.queryPerClass;
        // One seed per (k, episode), derived from the run's: episodes are
        // independent draws, and the same config draws them again.
        eo.seed = static_cast<std::int64_t>((s.seed * 1000003ULL) ^ (static_cast<std::uint64_t>(k) << 32) ^
                                            static_cast<std::uint64_t>(e + 1));
        const auto episode = sampleEpisode(pool, eo);
        std::vector<std::int64_t> support, query;
        for (auto i : episode.support) support.push_back(poolIdx[i]);
        for (auto i : episode.query) query.push_back(poolIdx[i]);

        useThreadsFor(device, Workload::Training);
        FineTuneSettings es = s;
        es.seed = static_cast<std::uint64_t>(eo.seed);
        auto model = freshClassifier(architecture, base, es.seed, nullptr);
        model->to(device.device);
        auto supportSet = std::make_shared<CachedClipDataset>(cache, support);
        ml::ClipBatcher train(supportSet, trainBatches(es, supportSet->size()));
        ml::FineTuner tuner(model, tunerOptions(es, train.batchesPerEpoch(), 0));
        char prefix[64];
        std::snprintf(prefix, sizeof prefix, "%s%s%d-shot episode %d/%d", config.label.c_str(),
                      config.label.empty() ? "" : ": ", k, e + 1, config.episodes);
        const auto result = tuner.run(
            train, nullptr,
            [&](const ml::TrainingProgress& p) {
              if (callbacks.training) callbacks.training(p);
              if (callbacks.stage)
                callbacks.stage("fine-tune",
                                (done + static_cast<double>(p.step) / std::max<std::int64_t>(1, p.total_steps)) / total,
                                progressLine(prefix, p));
            },
            callbacks.cancel);
        if (result.cancelled) throw Cancelled();
        useThreadsFor(device, Workload::Inference);
        ml::ClipBatcher queryBatches(std::make_shared<CachedClipDataset>(cache, query), evalBatches(es));
        const auto predictions = tuner.predict(queryBatches);
        EpisodeScore score{k,
                           e,
                           eo.seed,
                           static_cast<int>(support.size()),
                           static_cast<int>(query.size()),
                           ml::binaryMetrics(predictions.probabilities, predictions.labels)};
        outcome.episodes.push_back(score);
        QJsonObject ej = metricsJson(score.metrics);
        ej["shots"] = k;
        ej["episode"] = e;
        ej["seed"] = QString::number(score.seed);
        ej["support"] = score.support;
        ej["query"] = score.query;
        ej["predictions"] = predictionsJson(predictions);
        episodesJson.append(ej);
        ++done;
      }
    }
    QJsonObject metrics;
    metrics["episodes"] = episodesJson;
    QJsonArray perShot;
    for (int k : config.shots) {
      outcome.perShot.push_back(summarise(outcome.episodes, k));
      const auto& sum = outcome.perShot.back();
      QJsonObject o;
      o["shots"] = k;
      o["bacc"] = jsonNumber(sum.bacc);
      o["bacc_sd"] = jsonNumber(sum.baccSd);
      o["roc_auc"] = jsonNumber(sum.rocAuc);
      o["roc_auc_sd"] = jsonNumber(sum.rocAucSd);
      o["pr_auc"] = jsonNumber(sum.prAuc);
      o["pr_auc_sd"] = jsonNumber(sum.prAucSd);
      perShot.append(o);
    }
    metrics["per_shot"] = perShot;
    outcome.overall = summarise(outcome.episodes, 0);
    metrics["bacc"] = jsonNumber(outcome.overall.bacc);
    metrics["roc_auc"] = jsonNumber(outcome.overall.rocAuc);
    metrics["pr_auc"] = jsonNumber(outcome.overall.prAuc);
    run.finish(database::RunStatus::Succeeded, metrics);
    return outcome;
  });
}

}  // namespace prodrome::core
