#include "core/pipeline/FineTuning.h"

#include "core/Error.h"
#include "core/clips/ClipSetParams.h"
#include "core/forecast/OperatingPoint.h"
#include "core/forecast/WindowFrames.h"
#include "core/forecast/WindowLabels.h"
#include "core/pipeline/CachedClipDataset.h"
#include "core/pipeline/ClipFeatures.h"
#include "core/pipeline/DeviceSetup.h"
#include "core/pipeline/FineTuneParts.h"
#include "core/pipeline/Forecasting.h"
#include "core/pipeline/ModelFiles.h"
#include "core/runs/RunRecord.h"
#include "core/runs/FineTuneMetrics.h"
#include "database/ClipSetStore.h"
#include "database/Database.h"
#include "database/ModelStore.h"
#include "database/RecordingStore.h"
#include "ml/VideoMAEConfig.h"
#include "ml/LinearProbe.h"
#include "ml/VideoMAEWeights.h"


#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace prodrome::core {

using database::ClipLabel;

namespace {

// Probabilities of the validation clips and the recordings they come from,
// for the operating point.
struct ValidationScores {
  std::vector<double> scores;
  std::vector<int> labels;
  std::vector<std::int64_t> clipIds;
};

// The clip set's own windows and horizon, so that the operating point is
// chosen on curves like the ones the forecaster will draw.
ClipSetParams clipSetParamsOf(database::Database& db, std::int64_t clipSetId) {
  const auto set = database::ClipSetStore(db).find(clipSetId);
  if (!set) throw Error("clip set " + std::to_string(clipSetId) + " does not exist");
  return ClipSetParams::fromJson(set->params);
}

AlarmOptions alarmOptionsOf(const ClipSetParams& params, double& windowSeconds) {
  AlarmOptions a;
  a.horizonSeconds = params.horizonSeconds;
  a.postIctalSeconds = params.postIctalSeconds;
  windowSeconds = params.clipSeconds;
  return a;
}

// What cross-fitting needs (a probe head): the training clips' head inputs
// and labels, and how the probe was fitted.
struct CrossFitData {
  torch::Tensor x, y;
  std::vector<std::int64_t> trainIdx;
  ml::ProbeOptions options;
};

// One recording's forecast curve for the operating point: the model's own
// probabilities, or with `probe` those of another head on the same inputs.
CurveForSelection selectionCurve(database::Database& db, ml::VideoMAEClassifier& model,
                                 const database::Recording& rec, double windowSeconds,
                                 const ml::DeviceChoice& device, const JobCallbacks& callbacks,
                                 const ml::LinearProbe* probe) {
  const auto& arch = model->config();
  WindowScan scan;
  scan.windowFrames = windowFramesAt(windowSeconds, rec.fps);
  scan.strideFrames = windowFramesAt(1.0, rec.fps);
  scan.frames = static_cast<int>(arch.num_frames);
  scan.size = static_cast<int>(arch.img_size);
  scan.sampleStride = static_cast<int>(arch.sample_stride);
  CurveForSelection c;
  torch::Tensor inputs;
  c.points = scoreVideo(model, rec.path, scan, device.device, callbacks, probe ? &inputs : nullptr);
  if (probe && !c.points.empty()) {
    // In double, as scoreVideo's own (its comment says why).
    const auto p = torch::sigmoid(probe->logits(inputs).to(torch::kDouble)).contiguous();
    for (std::size_t i = 0; i < c.points.size(); ++i) c.points[i].probability = p.data_ptr<double>()[i];
  }
  c.seizures = seizuresOf(db, rec.id);
  c.fps = rec.fps;
  c.frameCount = rec.frameCount;
  return c;
}

// The training subjects' recordings, each scored by a probe fitted on the
// other subjects' clips. None when fewer than two subjects train.
std::vector<CurveForSelection> crossFittedCurves(database::Database& db, ml::VideoMAEClassifier& model,
                                                 const ClipCache& cache, const CrossFitData& data,
                                                 double windowSeconds, const ml::DeviceChoice& device,
                                                 const JobCallbacks& callbacks, RunRecord& run) {
  std::map<std::int64_t, std::vector<std::int64_t>> rowsOf;        // subject -> rows of x
  std::map<std::int64_t, std::set<std::int64_t>> recordingsOf;     // subject -> recordings
  for (std::size_t r = 0; r < data.trainIdx.size(); ++r) {
    const auto& info = cache.info(data.trainIdx[r]);
    rowsOf[info.subjectId].push_back(static_cast<std::int64_t>(r));
    recordingsOf[info.subjectId].insert(info.recordingId);
  }
  std::vector<CurveForSelection> curves;
  if (rowsOf.size() < 2) {
    run.log("cross-fitting needs at least two training subjects: the operating point is chosen on validation only");
    return curves;
  }
  for (const auto& [subject, rows] : rowsOf) {
    throwIfCancelled(callbacks.cancel);
    std::vector<std::int64_t> others;
    for (std::int64_t r = 0; r < data.x.size(0); ++r)
      if (!std::binary_search(rows.begin(), rows.end(), r)) others.push_back(r);
    const auto index = torch::tensor(others, torch::kLong);
    const auto y = data.y.index_select(0, index);
    const auto positives = y.sum().item<double>();
    if (positives < 1 || positives > static_cast<double>(others.size()) - 1) {
      run.log("cross-fitting: without subject " + std::to_string(subject) +
              " the training clips hold one label only; its recordings are not judged");
      continue;
    }
    const auto probe = ml::fitProbe(data.x.index_select(0, index), y, data.options);
    for (const auto id : recordingsOf[subject]) {
      const auto rec = database::RecordingStore(db).find(id);
      if (!rec) continue;
      curves.push_back(selectionCurve(db, model, *rec, windowSeconds, device, callbacks, &probe));
    }
  }
  return curves;
}

// Sensitivity first, then fewer false alarms per hour; NaN counts as none.
bool betterChoice(const OperatingPointChoice& a, const OperatingPointChoice& b) {
  const double sa = std::isnan(a.sensitivity) ? -1 : a.sensitivity, sb = std::isnan(b.sensitivity) ? -1 : b.sensitivity;
  if (sa != sb) return sa > sb;
  return a.falseAlarmsPerHour < b.falseAlarmsPerHour;
}

double chooseThreshold(database::Database& db, const FineTuneConfig& config, ml::VideoMAEClassifier& model,
                       const ClipCache& cache, const std::vector<std::int64_t>& valIdx, const ValidationScores& val,
                       const ml::DeviceChoice& device, const JobCallbacks& callbacks, RunRecord& run,
                       FineTuneMetrics& metrics, const CrossFitData* crossFit, int& consecutive) {
  consecutive = 1;
  int positives = 0;
  for (int l : val.labels) positives += l;
  if (val.labels.empty() || positives == 0 || positives == static_cast<int>(val.labels.size())) {
    run.log("no validation clips of both labels: the decision threshold stays 0.5");
    return 0.5;
  }
  if (config.thresholdRule != "youden" && config.thresholdRule != "false-alarm-rate")
    throw Error("unknown threshold rule '" + config.thresholdRule + "' (use youden or false-alarm-rate)");
  // A model that reads recording-standardised features scores a clip against
  // the statistics of the windows around it: its clip-set scores are not on
  // the forecast's scale, so its operating point comes from forecast curves
  // of the validation recordings, as for a false-alarm rate.
  if (config.thresholdRule == "youden" && !model->config().recording_norm) {
    metrics.thresholdRule = "youden";
    return youdenThreshold(val.scores, val.labels);
  }
  double windowSeconds = 5;
  const auto params = clipSetParamsOf(db, config.clipSet);
  const auto alarms = alarmOptionsOf(params, windowSeconds);
  std::map<std::int64_t, database::Species> recordingIds;
  for (auto i : valIdx) recordingIds[cache.info(i).recordingId] = cache.info(i).species;
  std::vector<CurveForSelection> curves;
  useThreadsFor(device, Workload::Inference);
  std::vector<double> windowScores;
  std::vector<int> windowLabelsPooled;
  for (const auto& [id, species] : recordingIds) {
    const auto rec = database::RecordingStore(db).find(id);
    if (!rec) continue;
    auto c = selectionCurve(db, model, *rec, windowSeconds, device, callbacks, nullptr);
    WindowLabelOptions wl;
    wl.windowSeconds = windowSeconds;
    wl.horizonSeconds = params.horizonSeconds;
    wl.gapSeconds = params.gapSeconds(species);
    wl.postIctalSeconds = params.postIctalSeconds;
    const auto labels = windowLabels(c.points, c.seizures, c.fps, wl);
    for (std::size_t i = 0; i < labels.size(); ++i) {
      if (labels[i] < 0) continue;
      windowScores.push_back(c.points[i].probability);
      windowLabelsPooled.push_back(labels[i]);
    }
    curves.push_back(std::move(c));
  }
  const auto windowPositives = std::count(windowLabelsPooled.begin(), windowLabelsPooled.end(), 1);
  const bool bothLabels =
      windowPositives > 0 && windowPositives < static_cast<std::ptrdiff_t>(windowLabelsPooled.size());
  // The operating point is reported on what it was chosen on: these windows.
  // (A recording-standardised model scores clips and windows on different
  // scales, so its clip scores at a window threshold would say nothing: the
  // demo's forecaster called 0 of 12 validation clips pre-ictal at 0.863
  // while its clip ROC-AUC was 0.88.)
  const auto onWindows = [&](double t) {
    if (bothLabels) {
      metrics.validationAtThreshold = ml::binaryMetrics(windowScores, windowLabelsPooled, t);
      metrics.validationAtThresholdOn = "windows";
      metrics.thresholdWindows = static_cast<std::int64_t>(windowLabelsPooled.size());
    }
    return t;
  };
  if (config.thresholdRule == "youden") {
    if (!bothLabels) {
      run.log("the validation recordings have no windows of both labels: the decision threshold stays 0.5");
      return 0.5;
    }
    metrics.thresholdRule = "youden";
    return onWindows(youdenThreshold(windowScores, windowLabelsPooled));
  }
  metrics.thresholdValidationRecordings = static_cast<std::int64_t>(curves.size());
  if (config.crossFitOperatingPoint) {
    if (!crossFit || !model->config().recording_norm) {
      run.log("cross-fitting needs a probe head on recording-standardised features: the operating point is chosen "
              "on validation only");
    } else {
      auto more = crossFittedCurves(db, model, cache, *crossFit, windowSeconds, device, callbacks, run);
      metrics.thresholdCrossFittedRecordings = static_cast<std::int64_t>(more.size());
      for (auto& c : more) curves.push_back(std::move(c));
    }
  }
  if (config.maxConsecutive < 1) throw Error("the most windows in a row to try must be at least 1");
  OperatingPointChoice choice;
  bool chosen = false;
  for (int k = 1; k <= config.maxConsecutive; ++k) {
    auto a = alarms;
    a.consecutive = k;
    const auto c = thresholdForFalseAlarmRate(curves, a, config.maxFalseAlarmsPerHour);
    if (!chosen || betterChoice(c, choice)) {
      choice = c;
      consecutive = k;
      chosen = true;
    }
  }
  if (choice.threshold > 1)
    run.log("no threshold keeps the false alarms within the budget: the model raises no alarm at its operating "
            "point (give the forecast a --threshold, or allow more false alarms)");
  run.log("operating point on " + std::to_string(curves.size()) + " recordings (" +
          std::to_string(metrics.thresholdCrossFittedRecordings) + " cross-fitted): threshold " +
          std::to_string(choice.threshold) + ", " + std::to_string(consecutive) + " window(s) in a row, sensitivity " +
          std::to_string(choice.sensitivity) + ", " + std::to_string(choice.falseAlarmsPerHour) +
          " false alarms per hour");
  metrics.thresholdRule = "false-alarm-rate";
  metrics.consecutive = consecutive;
  metrics.validationEventSensitivity = choice.sensitivity;
  metrics.validationFalseAlarmsPerHour = choice.falseAlarmsPerHour;
  return onWindows(choice.threshold);
}

}  // namespace

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
    const auto device = prepareDevice(s.device);
    run.log("device " + device.description);
    auto cache = ClipCache::ensure(db, config.clipSet, clipShapeOf(s), ClipCache::directoryFor(db.path()),
                                   callbacks.stage, callbacks.cancel);
    auto pick = [&](const std::string& split) {
      return selectClips(*cache, [&](const CachedClipInfo& c) {
        return c.split == split && speciesMatches(s, c) && forecastingLabel(c);
      });
    };
    const auto trainIdx = pick(config.trainSplit);
    if (trainIdx.empty())
      throw Error("clip set '" + database::ClipSetStore(db).find(config.clipSet)->name +
                  "' has no pre-ictal or normal clips" + (s.species.empty() ? "" : " of species " + s.species) +
                  " in split '" + config.trainSplit + "'");
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
    FineTuneMetrics metrics;
    metrics.trainClips = train->size();
    metrics.validationClips = static_cast<std::int64_t>(valIdx.size());
    ValidationScores val;
    CrossFitData crossFit;
    outcome.validation = undefinedMetrics();

    if (probe) {
      // The encoder stays as stage 1 left it; only the head is fitted, in
      // closed form, on features computed once per clip.
      useThreadsFor(device, Workload::Inference);
      const auto x = headInputs(model, s, *cache, trainIdx, device.device, callbacks, "features");
      crossFit.x = x;
      crossFit.y = labelsOf(*cache, trainIdx);
      crossFit.trainIdx = trainIdx;
      crossFit.options = probeOptions(s, x.size(1));
      const auto fitted = ml::fitProbe(x, crossFit.y, crossFit.options);
      const auto [weight, bias] = fitted.affine();
      {
        torch::NoGradGuard noGrad;
        model->head->weight.copy_(weight.view({1, -1}).to(model->head->weight.options()));
        model->head->bias.fill_(bias);
      }
      run.log("probe " + s.head + " fitted on " + std::to_string(trainIdx.size()) + " clips (" +
              std::to_string(x.size(1)) + " features)");
      if (!valIdx.empty()) {
        const auto p = fitted.probabilities(
                               headInputs(model, s, *cache, valIdx, device.device, callbacks, "validation features"))
                           .to(torch::kDouble)
                           .contiguous();
        val.scores.assign(p.data_ptr<double>(), p.data_ptr<double>() + p.numel());
      }
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
      metrics.validationPredictions = {val.scores, val.labels, val.clipIds};
    }
    int consecutive = 1;
    outcome.threshold = chooseThreshold(db, config, model, *cache, valIdx, val, device, callbacks, run, metrics,
                                        probe ? &crossFit : nullptr, consecutive);
    outcome.consecutive = consecutive;
    if (metrics.thresholdRule == "false-alarm-rate") {
      outcome.selectionSensitivity = metrics.validationEventSensitivity;
      outcome.selectionFalseAlarmsPerHour = metrics.validationFalseAlarmsPerHour;
      outcome.selectionRecordings =
          static_cast<int>(metrics.thresholdValidationRecordings + metrics.thresholdCrossFittedRecordings);
    }
    if (metrics.validationAtThreshold) {
      outcome.validation = *metrics.validationAtThreshold;  // on the validation recordings' windows
    } else if (!val.scores.empty()) {
      outcome.validation = ml::binaryMetrics(val.scores, val.labels, outcome.threshold);
      metrics.validationAtThreshold = outcome.validation;
      metrics.validationAtThresholdOn = "clips";
    }
    metrics.threshold = outcome.threshold;
    model->setDecisionThreshold(outcome.threshold, consecutive);
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
