#include "core/pipeline/FineTuning.h"

#include "core/Error.h"
#include "core/clips/ClipSetService.h"
#include "core/pipeline/CachedClipDataset.h"
#include "core/pipeline/ClipFeatures.h"
#include "core/pipeline/DeviceSetup.h"
#include "core/pipeline/FineTuneParts.h"
#include "core/pipeline/OperatingPointSelection.h"
#include "core/pipeline/RunClipCache.h"
#include "core/runs/FineTuneMetrics.h"
#include "core/runs/ModelFiles.h"
#include "core/runs/RunRecord.h"
#include "database/ClipSetStore.h"
#include "database/Database.h"
#include "database/ModelStore.h"
#include "database/RecordingStore.h"
#include "ml/VideoMAEConfig.h"
#include "ml/VideoMAEWeights.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace prodrome::core {

using database::ClipLabel;

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
    const bool probe = isProbeHead(s);
    if (config.thresholdRule != "youden" && config.thresholdRule != "false-alarm-rate")
      throw Error("unknown threshold rule '" + config.thresholdRule + "' (use youden or false-alarm-rate)");
    if (!config.motionShareCandidates.empty()) {
      if (!probe || !s.recordingNorm || !s.motionStats || config.thresholdRule != "false-alarm-rate")
        throw Error("choosing the statistics' share among candidates needs a probe head (logreg or ncm) on "
                    "recording-standardised features with motion statistics, and the false-alarm-rate rule");
      for (const double c : config.motionShareCandidates)
        if (!(c > 0 && c < 1))
          throw Error("a candidate share of the statistics must be between 0 and 1 (exclusive), got " +
                      std::to_string(c));
    }
    if (!config.jerkWeightCandidates.empty()) {
      if (!probe || !s.recordingNorm || !s.motionStats || config.thresholdRule != "false-alarm-rate")
        throw Error(
            "choosing the weight of brief jerks among candidates needs a probe head (logreg or ncm) on "
            "recording-standardised features with motion statistics, and the false-alarm-rate rule");
      for (const double c : config.jerkWeightCandidates)
        if (!(c >= 0 && c < 1))
          throw Error("a candidate weight of brief jerks must be at least 0 and below 1, got " + std::to_string(c));
    }
    const auto device = prepareDevice(s.device);
    run.log("device " + device.description);
    const auto inSplit = [&](const std::string& split) {
      return [&s, split](const CachedClipInfo& c) {
        return c.split == split && speciesMatches(s, c) && forecastingLabel(c);
      };
    };
    // Clips are read at the training clips' frame rate (trainingFrameRate).
    const auto entries = ClipCache::entries(db, config.clipSet);
    std::vector<CachedClipInfo> trainEntries;
    std::ranges::copy_if(entries, std::back_inserter(trainEntries), inSplit(config.trainSplit));
    // Before any clip is decoded.
    if (trainEntries.empty()) {
      // What the split does hold of another species, when the settings'
      // species (human unless chosen) is the reason.
      std::map<std::string, int> others;
      for (const auto& c : entries)
        if (c.split == config.trainSplit && forecastingLabel(c) && !speciesMatches(s, c))
          ++others[std::string(database::toString(c.species))];
      std::string held;
      for (const auto& [species, n] : others)
        held += (held.empty() ? " (it holds " : ", ") + std::to_string(n) + " of species " + species;
      throw Error("clip set '" + database::ClipSetStore(db).find(config.clipSet)->name +
                  "' has no pre-ictal or normal clips" + (s.species.empty() ? "" : " of species " + s.species) +
                  " in split '" + config.trainSplit + "'" + (held.empty() ? "" : held + ")"));
    }
    auto cache = openRunClipCache(db, config.clipSet, clipShapeOf(db, s, trainEntries), callbacks, run);
    auto pick = [&](const std::string& split) { return selectClips(*cache, inSplit(split)); };
    const auto trainIdx = pick(config.trainSplit);
    auto train = std::make_shared<CachedClipDataset>(cache, trainIdx);
    int positives = 0;
    for (std::int64_t i = 0; i < train->size(); ++i) positives += train->label(i);
    if (positives == 0 || positives == train->size())
      throw Error("split '" + config.trainSplit + "' needs both pre-ictal and normal clips (has " +
                  std::to_string(positives) + " pre-ictal of " + std::to_string(train->size()) + ")");
    const auto valIdx = config.validationSplit.empty() ? std::vector<std::int64_t>{} : pick(config.validationSplit);

    std::string initLog;
    auto model = freshClassifier(architectureOf(s, cache->rate()), baseWeightsOf(db, s), s.seed, &initLog);
    run.log(initLog);
    model->to(device.device);
    FineTuneMetrics metrics;
    metrics.trainClips = train->size();
    metrics.validationClips = static_cast<std::int64_t>(valIdx.size());
    ValidationScores val;
    ProbeData probeData;
    outcome.validation = undefinedMetrics();

    if (probe) {
      // The encoder stays as stage 1 left it; only the head is fitted, in
      // closed form, on features computed once per clip.
      useThreadsFor(device, Workload::Inference);
      probeData.encoded.emplace(cache->shape());
      probeData.x = headInputs(model, s, *cache, trainIdx, device.device, callbacks, "features", &*probeData.encoded);
      probeData.y = labelsOf(*cache, trainIdx);
      probeData.trainIdx = trainIdx;
      probeData.options = probeOptions(s, probeData.x.size(1));
      const auto fitted = fitHead(model, probeData, probeData.options);
      run.log("probe " + s.head + " fitted on " + std::to_string(trainIdx.size()) + " clips (" +
              std::to_string(probeData.x.size(1)) + " features)");
      if (!valIdx.empty())
        probeData.xVal =
            headInputs(model, s, *cache, valIdx, device.device, callbacks, "validation features", &*probeData.encoded);
      val.scores = clipScores(fitted, probeData.xVal);
      metrics.head = s.head;
    } else {
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
      for (const auto& e : result.epochs) {
        metrics.trainLoss.push_back(e.train_loss);
        metrics.validation.push_back(e.validation);
      }
      outcome.trainLoss = metrics.trainLoss;
      metrics.bestEpoch = result.best_epoch;
      metrics.stoppedEarly = result.stopped_early;
      if (result.cancelled) {
        tuner.saveCheckpoint(options.checkpoint_dir);
        outcome.cancelled = true;
        run.finish(database::RunStatus::Cancelled, metrics.toJson());
        return outcome;
      }
      if (valBatcher) {
        // The kept model's scores, for the run view's curves and the
        // operating point; one more pass over a validation set that is small.
        useThreadsFor(device, Workload::Inference);
        const auto p = tuner.predict(*valBatcher);
        val.scores = p.probabilities;
      }
    }
    if (!val.scores.empty()) {
      val.labels.clear();
      for (auto i : valIdx) {
        val.labels.push_back(cache->info(i).label == ClipLabel::Preictal ? 1 : 0);
        val.clipIds.push_back(cache->info(i).clipId);
      }
    }
    // The clip set's window length and horizon, and the frame rate the clips
    // were read at: the operating point's curves below read the recordings
    // as the training clips were read, and the forecast reads windows like
    // these unless told otherwise (and faster video on this rate's grid).
    const auto clipParams = ClipSetService(db).params(config.clipSet);
    model->setTrainedFor(clipParams.clipSeconds, clipParams.horizonSeconds, cache->rate());
    int consecutive = 1;
    // Curves of the head alone (a base model's weight and calibration must
    // not leak in): the choice below weighs the jerks and calibrates itself.
    model->setJerkWeight(0.0);
    model->setCalibration(1.0, 0.0);
    outcome.threshold = chooseOperatingPoint(db, config, model, *cache, valIdx, val, device, callbacks, run,
                                             metrics, probe ? &probeData : nullptr, consecutive);
    // After the choice: a chosen statistics' share refits the head.
    if (!val.scores.empty()) metrics.validationPredictions = {val.scores, val.labels, val.clipIds};
    outcome.consecutive = consecutive;
    if (metrics.motionShare) outcome.motionShare = *metrics.motionShare;
    outcome.motionShareTrials = metrics.motionShareTrials;
    if (metrics.jerkWeight) outcome.jerkWeight = *metrics.jerkWeight;
    outcome.jerkWeightTrials = metrics.jerkWeightTrials;
    outcome.motionBaseline = metrics.motionBaseline;
    outcome.calibration = metrics.calibration;
    if (metrics.thresholdRule == "false-alarm-rate") {
      outcome.selectionSensitivity = metrics.validationEventSensitivity;
      outcome.selectionFalseAlarmsPerHour = metrics.validationFalseAlarmsPerHour;
      outcome.selectionRecordings =
          static_cast<int>(metrics.thresholdValidationRecordings + metrics.thresholdCrossFittedRecordings);
    }
    metrics.threshold = outcome.threshold;
    if (metrics.validationAtThreshold) {
      outcome.validation = *metrics.validationAtThreshold;  // on the validation recordings' windows
    } else if (!val.scores.empty()) {
      // The clips' scores are the head's own: compared with the threshold
      // on that scale.
      outcome.validation = ml::binaryMetrics(val.scores, val.labels, metrics.clipThreshold());
      metrics.validationAtThreshold = outcome.validation;
      metrics.validationAtThresholdOn = "clips";
    }
    model->setDecisionThreshold(outcome.threshold, consecutive);
    // The threshold was chosen on the probabilities with the jerks weighed in.
    model->setJerkWeight(metrics.jerkWeight.value_or(0.0));
    // And calibrated on those probabilities; the threshold is on its scale.
    if (metrics.calibration) model->setCalibration(metrics.calibration->map.slope, metrics.calibration->map.offset);
    // All three hold for the windows, horizon and frame rate set above.
    // The window labels the point was judged with (OperatingPointSelection):
    // the forecast's window-level ROC and alarms use the same by default.
    model->setJudgedWith(clipParams.humanGapSeconds, clipParams.rodentGapSeconds, clipParams.postIctalSeconds);
    run.log("decision threshold " + std::to_string(outcome.threshold) + ", " + std::to_string(consecutive) +
            " window(s) in a row");

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
    metrics.modelId = outcome.modelId;
    run.finish(database::RunStatus::Succeeded, metrics.toJson());
    return outcome;
  });
}

}  // namespace prodrome::core
