#include "core/pipeline/OperatingPointSelection.h"

#include "core/Error.h"
#include "core/clips/ClipSetService.h"
#include "core/forecast/OperatingPoint.h"
#include "core/forecast/PooledWindows.h"
#include "core/forecast/ProbabilityCalibration.h"
#include "core/forecast/RecordingSeizures.h"
#include "core/forecast/WindowFrames.h"
#include "core/forecast/WindowLabels.h"
#include "core/pipeline/BriefJerks.h"
#include "core/pipeline/ClipCache.h"
#include "core/pipeline/DeviceSetup.h"
#include "core/pipeline/MotionBaselineForecast.h"
#include "core/pipeline/VideoScoring.h"
#include "core/runs/RunRecord.h"
#include "database/Database.h"
#include "database/RecordingStore.h"
#include "ml/Metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

namespace prodrome::core {

// Fits the probe on every training clip and makes it the model's head.
ml::LinearProbe fitHead(ml::VideoMAEClassifier& model, const ProbeData& data, const ml::ProbeOptions& options) {
  auto fitted = ml::fitProbe(data.x, data.y, options);
  const auto [weight, bias] = fitted.affine();
  torch::NoGradGuard noGrad;
  model->head->weight.copy_(weight.view({1, -1}).to(model->head->weight.options()));
  model->head->bias.fill_(bias);
  return fitted;
}

// The validation clips' scores by a fitted probe, for the run view.
std::vector<double> clipScores(const ml::LinearProbe& probe, const torch::Tensor& x) {
  if (!x.defined() || x.size(0) == 0) return {};
  const auto p = probe.probabilities(x).to(torch::kDouble).contiguous();
  return {p.data_ptr<double>(), p.data_ptr<double>() + p.numel()};
}

namespace {

// The clip set's own windows and horizon, so that the operating point is
// chosen on curves like the ones the forecaster will draw (the model stores
// both: ml::VideoMAEConfig::window_seconds and horizon_seconds).
AlarmOptions alarmOptionsOf(const ClipSetParams& params, double& windowSeconds) {
  AlarmOptions a;
  a.horizonSeconds = params.horizonSeconds;
  a.postIctalSeconds = params.postIctalSeconds;
  windowSeconds = params.clipSeconds;
  return a;
}

// A recording the operating point is judged on: its curve and, for a
// recording-standardised model, what the head read of each window, so that
// another head scores it again without decoding. `subject` >= 0: a training
// subject's recording, scored by a head fitted without that subject.
struct SelectionRecording {
  CurveForSelection curve;
  torch::Tensor inputs;
  std::int64_t subject = -1;
  database::Species species = database::Species::Human;
  std::vector<int> windowLabels;  // per point: 1 pre-ictal, 0 normal, -1 neither (core/forecast/WindowLabels.h)
  std::vector<int> jerks;         // per point, for a motion_stats model: its window's brief jerks
};

// The labelled windows (pre-ictal or normal) of recordings [first, last),
// with their current scores, pooled.
PooledWindows pooledWindows(std::vector<SelectionRecording>::const_iterator first,
                            std::vector<SelectionRecording>::const_iterator last) {
  PooledWindows pooled;
  for (; first != last; ++first) pooled.add(first->curve.points, first->windowLabels);
  return pooled;
}

// Window-level ROC-AUC pooled over every recording: what separates candidate
// heads whose event-level figures tie (a few seizures make ties common).
double pooledWindowRocAuc(const std::vector<SelectionRecording>& recordings) {
  return pooledWindows(recordings.begin(), recordings.end()).rocAuc();
}

// The map to calibrated probabilities fitted on `windows` (a curve's labelled
// windows, whose pre-ictal share is the forecast's), with the Brier scores
// before and after; none without windows of both labels or when the scores
// rank them the wrong way round (ProbabilityCalibration.h).
std::optional<FineTuneMetrics::Calibration> calibrationOn(const PooledWindows& windows) {
  const auto map = fitProbabilityCalibration(windows.scores, windows.labels);
  if (!map) return std::nullopt;
  FineTuneMetrics::Calibration c;
  c.map = *map;
  c.windows = static_cast<std::int64_t>(windows.labels.size());
  c.brierBefore = windows.brierScore();
  auto calibrated = windows;
  map->applyTo(calibrated.scores);
  c.brierAfter = calibrated.brierScore();
  return c;
}

SelectionRecording scoredForSelection(database::Database& db, ml::VideoMAEClassifier& model,
                                      const database::Recording& rec, double windowSeconds,
                                      const ml::DeviceChoice& device, const JobCallbacks& callbacks,
                                      const ProbeData* probe) {
  const auto& arch = model->config();
  WindowScan scan;
  scan.windowFrames = windowFramesAt(windowSeconds, rec.fps);
  scan.strideFrames = windowFramesAt(1.0, rec.fps);
  scan.frames = static_cast<int>(arch.num_frames);
  scan.size = static_cast<int>(arch.img_size);
  scan.sampleStride = static_cast<int>(arch.sample_stride);
  // On the grid the training clips were read on (ClipCache, at the model's
  // frame_rate), which is the grid a forecast reads the recording on.
  scan.grid = FrameGrid::forRates(rec.fps, arch.frame_rate);
  // The probe's own clips of this recording are windows already encoded.
  const EncodedWindows::OfRecording* known = nullptr;
  if (probe && probe->encoded && arch.recording_norm)
    known = probe->encoded->of(rec.id, ClipShape{scan.frames, scan.size, scan.sampleStride, arch.frame_rate});
  SelectionRecording r;
  r.curve.points = scoreVideo(model, rec.path, scan, device.device, callbacks,
                              arch.recording_norm ? &r.inputs : nullptr, arch.motion_stats ? &r.jerks : nullptr, known);
  r.curve.seizures = seizuresOf(db, rec.id);
  r.curve.fps = rec.fps;
  r.curve.frameCount = rec.frameCount;
  return r;
}

void setProbabilities(CurveForSelection& curve, const torch::Tensor& probabilities) {
  const auto p = probabilities.to(torch::kDouble).contiguous();
  for (std::size_t i = 0; i < curve.points.size(); ++i) curve.points[i].probability = p.data_ptr<double>()[i];
}

// Every recording's probabilities with its windows' brief jerks weighed in
// (core/pipeline/BriefJerks.h), as a model with that jerk_weight forecasts.
void weighJerksIn(std::vector<SelectionRecording>& recordings, double weight) {
  if (weight == 0) return;
  for (auto& r : recordings) {
    std::vector<double> p;
    p.reserve(r.curve.points.size());
    for (const auto& point : r.curve.points) p.push_back(point.probability);
    weighJerks(p, r.jerks, weight);
    for (std::size_t i = 0; i < p.size(); ++i) r.curve.points[i].probability = p[i];
  }
}

// Training subjects -> rows of the probe's training inputs, and their recordings.
struct Folds {
  std::map<std::int64_t, std::vector<std::int64_t>> rowsOf;
  std::map<std::int64_t, std::set<std::int64_t>> recordingsOf;
};

Folds foldsOf(const ClipCache& cache, const ProbeData& data) {
  Folds f;
  for (std::size_t r = 0; r < data.trainIdx.size(); ++r) {
    const auto& info = cache.info(data.trainIdx[r]);
    f.rowsOf[info.subjectId].push_back(static_cast<std::int64_t>(r));
    f.recordingsOf[info.subjectId].insert(info.recordingId);
  }
  return f;
}

// The rows of the training inputs without one subject's, or none when they
// hold one label only (no probe can be fitted on them).
std::optional<torch::Tensor> foldRows(const ProbeData& data, const std::vector<std::int64_t>& heldOutRows) {
  std::vector<std::int64_t> others;
  for (std::int64_t r = 0; r < data.x.size(0); ++r)
    if (!std::binary_search(heldOutRows.begin(), heldOutRows.end(), r)) others.push_back(r);
  auto index = torch::tensor(others, torch::kLong);
  const auto positives = data.y.index_select(0, index).sum().item<double>();
  if (positives < 1 || positives > static_cast<double>(others.size()) - 1) return std::nullopt;
  return index;
}

// The training subjects' recordings, scored once (their probabilities are
// set per head later). None when fewer than two subjects train, and none of
// a subject without whom the other clips hold one label only.
std::vector<SelectionRecording> crossFitRecordings(database::Database& db, ml::VideoMAEClassifier& model,
                                                   const ClipCache& cache, const ProbeData& data,
                                                   double windowSeconds, const ml::DeviceChoice& device,
                                                   const JobCallbacks& callbacks, RunRecord& run) {
  const auto folds = foldsOf(cache, data);
  std::vector<SelectionRecording> recordings;
  if (folds.rowsOf.size() < 2) {
    run.log("cross-fitting needs at least two training subjects: the operating point is chosen on validation only");
    return recordings;
  }
  for (const auto& [subject, rows] : folds.rowsOf) {
    throwIfCancelled(callbacks.cancel);
    if (!foldRows(data, rows)) {
      run.log("cross-fitting: without subject " + std::to_string(subject) +
              " the training clips hold one label only; its recordings are not judged");
      continue;
    }
    for (const auto id : folds.recordingsOf.at(subject)) {
      const auto rec = database::RecordingStore(db).find(id);
      if (!rec) continue;
      auto r = scoredForSelection(db, model, *rec, windowSeconds, device, callbacks, &data);
      r.subject = subject;
      r.species = cache.info(data.trainIdx[static_cast<std::size_t>(rows.front())]).species;
      recordings.push_back(std::move(r));
    }
  }
  return recordings;
}

// The head inputs' columns from `first` on: all of them, or the motion
// baseline's statistics.
torch::Tensor columnsFrom(const torch::Tensor& x, std::int64_t first) {
  return first == 0 ? x : x.narrow(1, first, x.size(1) - first);
}

// Each cross-fitted recording's probabilities by the head fitted without its
// subject, with `options`, on the inputs' columns from `firstColumn` on.
void scoreCrossFitted(std::vector<SelectionRecording>& recordings, const ClipCache& cache, const ProbeData& data,
                      const ml::ProbeOptions& options, std::int64_t firstColumn = 0) {
  const auto folds = foldsOf(cache, data);
  const auto x = columnsFrom(data.x, firstColumn);
  std::map<std::int64_t, ml::LinearProbe> probes;
  for (auto& r : recordings) {
    if (r.subject < 0) continue;
    auto it = probes.find(r.subject);
    if (it == probes.end()) {
      const auto rows = foldRows(data, folds.rowsOf.at(r.subject));
      if (!rows) throw std::logic_error("a cross-fitted recording's fold holds one label only");
      it = probes.emplace(r.subject, ml::fitProbe(x.index_select(0, *rows), data.y.index_select(0, *rows), options))
               .first;
    }
    // In double, as scoreVideo's own (its comment says why).
    setProbabilities(r.curve, torch::sigmoid(it->second.logits(columnsFrom(r.inputs, firstColumn)).to(torch::kDouble)));
  }
}

// The best threshold and windows in a row (1 .. maxConsecutive) within the
// false-alarm budget on `recordings` (core::bestOperatingPoint).
OperatingPointChoice bestOperatingPoint(const std::vector<SelectionRecording>& recordings, const AlarmOptions& alarms,
                                        const FineTuneConfig& config, int& consecutive) {
  std::vector<CurveForSelection> curves;
  for (const auto& r : recordings) curves.push_back(r.curve);
  return core::bestOperatingPoint(curves, alarms, config.maxConsecutive, config.maxFalseAlarmsPerHour, consecutive);
}

ml::ProbeOptions withMotionShare(ml::ProbeOptions options, double share) {
  options.blockShares = {1 - share, share};
  return options;
}

// The motion baseline (FineTuneMetrics::MotionBaseline) on the model's own
// selection recordings: fitted like the head, on the statistics' columns
// alone, each recording scored as the head scored it (the validation ones by
// the baseline fitted on every training clip, the cross-fitted ones by the
// baseline fitted without their subject), its operating point by the same
// rule, with the model's jerk weight. `recordings` is a copy: the model's
// curves stay as they are.
FineTuneMetrics::MotionBaseline motionBaselineOn(std::vector<SelectionRecording> recordings,
                                                 std::size_t validationCount, const ClipCache& cache,
                                                 const ProbeData& data, std::int64_t firstColumn,
                                                 const AlarmOptions& alarms, const FineTuneConfig& config,
                                                 double jerkWeight) {
  const auto options = motionBaselineOptions(data.options);
  const auto fitted = ml::fitProbe(columnsFrom(data.x, firstColumn), data.y, options);
  FineTuneMetrics::MotionBaseline b = motionBaselineOf(fitted, firstColumn);
  for (std::size_t v = 0; v < validationCount; ++v) {
    const auto p = motionBaselineProbabilities(b, recordings[v].inputs);
    for (std::size_t i = 0; i < p.size(); ++i) recordings[v].curve.points[i].probability = p[i];
  }
  scoreCrossFitted(recordings, cache, data, options, firstColumn);
  weighJerksIn(recordings, jerkWeight);
  b.jerkWeight = jerkWeight;
  int k = 1;
  const auto choice = bestOperatingPoint(recordings, alarms, config, k);
  b.consecutive = k;
  b.sensitivity = choice.sensitivity;
  b.falseAlarmsPerHour = choice.falseAlarmsPerHour;
  b.windowRocAuc = pooledWindowRocAuc(recordings);
  // Calibrated as the model is, so that both curves of a forecast read as
  // the same kind of number.
  if (const auto c = calibrationOn(pooledWindows(recordings.begin(), recordings.end()))) b.calibration = c->map;
  b.threshold = b.calibration.apply(choice.threshold);
  return b;
}

}  // namespace

double chooseOperatingPoint(database::Database& db, const FineTuneConfig& config, ml::VideoMAEClassifier& model,
                            const ClipCache& cache, const std::vector<std::int64_t>& valIdx, ValidationScores& val,
                            const ml::DeviceChoice& device, const JobCallbacks& callbacks, RunRecord& run,
                            FineTuneMetrics& metrics, ProbeData* probe, int& consecutive) {
  consecutive = 1;
  int positives = 0;
  for (int l : val.labels) positives += l;
  if (val.labels.empty() || positives == 0 || positives == static_cast<int>(val.labels.size())) {
    run.log("no validation clips of both labels: the decision threshold stays 0.5");
    if (!config.motionShareCandidates.empty())
      run.log("the statistics' share stays " + std::to_string(config.settings.motionShare) +
              ": choosing among candidates needs validation clips of both labels");
    if (!config.jerkWeightCandidates.empty())
      run.log("brief jerks are not weighed (weight 0): choosing their weight needs validation clips of both labels");
    return 0.5;
  }
  // A model that reads recording-standardised features scores a clip against
  // the statistics of the windows around it: its clip-set scores are not on
  // the forecast's scale, so its operating point comes from forecast curves
  // of the validation recordings, as for a false-alarm rate.
  if (config.thresholdRule == "youden" && !model->config().recording_norm) {
    metrics.thresholdRule = "youden";
    return youdenThreshold(val.scores, val.labels);
  }
  double windowSeconds = 5;
  const auto params = ClipSetService(db).params(config.clipSet);
  const auto alarms = alarmOptionsOf(params, windowSeconds);
  std::map<std::int64_t, database::Species> recordingIds;
  for (auto i : valIdx) recordingIds[cache.info(i).recordingId] = cache.info(i).species;
  std::vector<SelectionRecording> recordings;
  useThreadsFor(device, Workload::Inference);
  const auto labelWindows = [&](SelectionRecording& r) {
    WindowLabelOptions wl;
    wl.windowSeconds = windowSeconds;
    wl.horizonSeconds = params.horizonSeconds;
    wl.gapSeconds = params.gapSeconds(r.species);
    wl.postIctalSeconds = params.postIctalSeconds;
    r.windowLabels = windowLabels(r.curve.points, r.curve.seizures, r.curve.fps, wl);
  };
  for (const auto& [id, species] : recordingIds) {
    const auto rec = database::RecordingStore(db).find(id);
    if (!rec) continue;
    auto r = scoredForSelection(db, model, *rec, windowSeconds, device, callbacks, probe);
    r.species = species;
    labelWindows(r);
    recordings.push_back(std::move(r));
  }
  const std::size_t validationCount = recordings.size();
  // The validation windows of both labels, with the model's current scores.
  const auto validationWindows = [&] {
    return pooledWindows(recordings.begin(), recordings.begin() + static_cast<std::ptrdiff_t>(validationCount));
  };
  const bool bothLabels = validationWindows().bothLabels();
  // The operating point is reported on what it was chosen on: these windows.
  // (A recording-standardised model scores clips and windows on different
  // scales, so its clip scores at a window threshold would say nothing: the
  // demo's forecaster called 0 of 12 validation clips pre-ictal at 0.863
  // while its clip ROC-AUC was 0.88.)
  const auto onWindows = [&](double t) {
    if (bothLabels) {
      const auto windows = validationWindows();
      metrics.validationAtThreshold = ml::binaryMetrics(windows.scores, windows.labels, t);
      metrics.validationAtThresholdOn = "windows";
      metrics.thresholdWindows = static_cast<std::int64_t>(windows.labels.size());
    }
    return t;
  };
  // The map to calibrated probabilities, fitted on the windows the threshold
  // was chosen on, and the threshold on its scale: the same windows reach it
  // (an increasing map), and the model's forecast reads as the chance of an
  // onset within the horizon. (A clip-level Youden point above has no such
  // windows: a clip set's pre-ictal share is chosen, not the forecast's.)
  const auto calibrated = [&](double t, const PooledWindows& windows) {
    metrics.calibration = calibrationOn(windows);
    if (!metrics.calibration) {
      run.log("the probabilities are not calibrated: the windows they were chosen on do not allow it");
      return t;
    }
    const auto& c = *metrics.calibration;
    run.log("probabilities calibrated on " + std::to_string(c.windows) + " windows (slope " +
            std::to_string(c.map.slope) + ", offset " + std::to_string(c.map.offset) + "): Brier score " +
            std::to_string(c.brierBefore) + " -> " + std::to_string(c.brierAfter));
    return c.map.apply(t);
  };
  if (config.thresholdRule == "youden") {
    if (!bothLabels) {
      run.log("the validation recordings have no windows of both labels: the decision threshold stays 0.5");
      return 0.5;
    }
    metrics.thresholdRule = "youden";
    const auto windows = validationWindows();
    return calibrated(onWindows(youdenThreshold(windows.scores, windows.labels)), windows);
  }
  metrics.thresholdValidationRecordings = static_cast<std::int64_t>(validationCount);
  const bool probeOnNormalised = probe && model->config().recording_norm;
  if (config.crossFitOperatingPoint) {
    if (!probeOnNormalised) {
      run.log("cross-fitting needs a probe head on recording-standardised features: the operating point is chosen "
              "on validation only");
    } else {
      auto more = crossFitRecordings(db, model, cache, *probe, windowSeconds, device, callbacks, run);
      metrics.thresholdCrossFittedRecordings = static_cast<std::int64_t>(more.size());
      for (auto& r : more) {
        labelWindows(r);
        recordings.push_back(std::move(r));
      }
    }
  }
  if (config.maxConsecutive < 1) throw Error("the most windows in a row to try must be at least 1");

  // The statistics' share of the head: each candidate's heads (the deployed
  // one on all training clips, the cross-fitted ones without their subject)
  // score the same windows, and the share whose best operating point
  // forecasts the most seizures within the budget is kept; then the one with
  // fewer false alarms, then the one that ranks these windows best (ROC-AUC),
  // then the first listed.
  std::vector<double> shares = config.motionShareCandidates;
  if (!shares.empty() && !probeOnNormalised)
    throw Error("choosing the statistics' share needs a probe head on recording-standardised features");
  const bool choosingShare = !shares.empty();
  if (!choosingShare) shares = {config.settings.motionShare};
  OperatingPointChoice choice;
  double share = shares.front(), shareAuc = std::numeric_limits<double>::quiet_NaN();
  for (std::size_t c = 0; c < shares.size(); ++c) {
    throwIfCancelled(callbacks.cancel);
    if (choosingShare) {
      const auto options = withMotionShare(probe->options, shares[c]);
      fitHead(model, *probe, options);
      for (std::size_t v = 0; v < validationCount; ++v)
        setProbabilities(recordings[v].curve, headProbabilities(model, recordings[v].inputs, device.device));
      scoreCrossFitted(recordings, cache, *probe, options);
    } else if (probeOnNormalised) {
      scoreCrossFitted(recordings, cache, *probe, probe->options);
    }
    int k = 1;
    const auto candidate = bestOperatingPoint(recordings, alarms, config, k);
    const double auc = choosingShare ? pooledWindowRocAuc(recordings) : std::numeric_limits<double>::quiet_NaN();
    if (choosingShare) {
      run.log("statistics' share " + std::to_string(shares[c]) + ": sensitivity " +
              std::to_string(candidate.sensitivity) + " at " + std::to_string(candidate.falseAlarmsPerHour) +
              " false alarms per hour (threshold " + std::to_string(candidate.threshold) + ", " + std::to_string(k) +
              " in a row), window ROC-AUC " + std::to_string(auc));
      metrics.motionShareTrials.push_back({shares[c], candidate.sensitivity, candidate.falseAlarmsPerHour, auc});
    }
    const bool tie = !betterOperatingPoint(candidate, choice) && !betterOperatingPoint(choice, candidate);
    if (c == 0 || betterOperatingPoint(candidate, choice) || (tie && auc > shareAuc)) {
      choice = candidate;
      consecutive = k;
      share = shares[c];
      shareAuc = auc;
    }
  }
  if (choosingShare) {
    // The kept share's heads again: the model's head, its validation clips'
    // scores and the curves the figures below are read from.
    probe->options = withMotionShare(probe->options, share);
    const auto fitted = fitHead(model, *probe, probe->options);
    val.scores = clipScores(fitted, probe->xVal);
    for (std::size_t v = 0; v < validationCount; ++v)
      setProbabilities(recordings[v].curve, headProbabilities(model, recordings[v].inputs, device.device));
    scoreCrossFitted(recordings, cache, *probe, probe->options);
    metrics.motionShare = share;
    run.log("statistics' share " + std::to_string(share) + " kept");
  }
  // The weight of the windows' brief jerks, on the kept head's curves: each
  // candidate weighs them into the head's probabilities, and the weight whose
  // best operating point forecasts the most seizures within the budget is
  // kept, then the one with fewer false alarms, then the first listed.
  double jerkWeight = 0;
  if (!config.jerkWeightCandidates.empty()) {
    if (!probeOnNormalised || !model->config().motion_stats)
      throw Error(
          "choosing the weight of brief jerks needs a probe head on recording-standardised features with "
          "motion statistics");
    OperatingPointChoice kept;
    int keptConsecutive = 1;
    for (std::size_t c = 0; c < config.jerkWeightCandidates.size(); ++c) {
      throwIfCancelled(callbacks.cancel);
      const double weight = config.jerkWeightCandidates[c];
      auto trial = recordings;
      weighJerksIn(trial, weight);
      int k = 1;
      const auto candidate = bestOperatingPoint(trial, alarms, config, k);
      const double auc = pooledWindowRocAuc(trial);
      run.log("brief jerks' weight " + std::to_string(weight) + ": sensitivity " +
              std::to_string(candidate.sensitivity) + " at " + std::to_string(candidate.falseAlarmsPerHour) +
              " false alarms per hour (threshold " + std::to_string(candidate.threshold) + ", " + std::to_string(k) +
              " in a row), window ROC-AUC " + std::to_string(auc));
      metrics.jerkWeightTrials.push_back({weight, candidate.sensitivity, candidate.falseAlarmsPerHour, auc});
      if (c == 0 || betterOperatingPoint(candidate, kept)) {
        kept = candidate;
        keptConsecutive = k;
        jerkWeight = weight;
      }
    }
    weighJerksIn(recordings, jerkWeight);
    choice = kept;
    consecutive = keptConsecutive;
    metrics.jerkWeight = jerkWeight;
    run.log("brief jerks' weight " + std::to_string(jerkWeight) + " kept");
  }
  // Only a head that reads motion statistics beside the tokens has a
  // baseline to be compared with; it is fitted on what the head was.
  if (probeOnNormalised && model->config().motion_stats) {
    throwIfCancelled(callbacks.cancel);
    const auto first = model->config().pooledDim();
    metrics.motionBaseline =
        motionBaselineOn(recordings, validationCount, cache, *probe, first, alarms, config, jerkWeight);
    const auto& b = *metrics.motionBaseline;
    run.log("motion baseline (the statistics alone, no encoder): threshold " + std::to_string(b.threshold) + ", " +
            std::to_string(b.consecutive) + " window(s) in a row, sensitivity " + std::to_string(b.sensitivity) +
            " at " + std::to_string(b.falseAlarmsPerHour) + " false alarms per hour, window ROC-AUC " +
            std::to_string(b.windowRocAuc) + " on the same recordings");
  }
  if (neverAlarms(choice.threshold))
    run.log("no threshold keeps the false alarms within the budget: the model raises no alarm at its operating "
            "point (give the forecast a --threshold, or allow more false alarms)");
  run.log("operating point on " + std::to_string(recordings.size()) + " recordings (" +
          std::to_string(metrics.thresholdCrossFittedRecordings) + " cross-fitted): threshold " +
          std::to_string(choice.threshold) + ", " + std::to_string(consecutive) + " window(s) in a row, sensitivity " +
          std::to_string(choice.sensitivity) + ", " + std::to_string(choice.falseAlarmsPerHour) +
          " false alarms per hour");
  metrics.thresholdRule = "false-alarm-rate";
  metrics.consecutive = consecutive;
  metrics.validationEventSensitivity = choice.sensitivity;
  metrics.validationFalseAlarmsPerHour = choice.falseAlarmsPerHour;
  return calibrated(onWindows(choice.threshold), pooledWindows(recordings.begin(), recordings.end()));
}


}  // namespace prodrome::core
