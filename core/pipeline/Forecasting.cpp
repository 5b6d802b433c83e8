#include "core/pipeline/Forecasting.h"

#include "core/Error.h"
#include "core/clips/ClipSetParams.h"
#include "core/exchange/RecordingRelinker.h"
#include "core/forecast/OperatingPoint.h"
#include "core/forecast/PairedWindows.h"
#include "core/forecast/PooledWindows.h"
#include "core/forecast/ProbabilityCalibration.h"
#include "core/forecast/WindowFrames.h"
#include "core/forecast/WindowLabels.h"
#include "core/periods/PeriodLayout.h"
#include "core/pipeline/BriefJerks.h"
#include "core/pipeline/DeviceSetup.h"
#include "core/pipeline/ModelKind.h"
#include "core/pipeline/ModelLoading.h"
#include "core/pipeline/ModelOperatingPoint.h"
#include "core/pipeline/MotionBaselineForecast.h"
#include "core/pipeline/VideoScoring.h"
#include "core/runs/ForecastMetrics.h"
#include "core/runs/ModelFineTuneRun.h"
#include "core/runs/RunRecord.h"
#include "database/ModelStore.h"
#include "database/PredictionStore.h"
#include "database/RecordingStore.h"
#include "database/SubjectStore.h"
#include "database/Transaction.h"
#include "ml/VideoMAEConfig.h"

#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <optional>
#include <set>
#include <stdexcept>

namespace prodrome::core {

namespace {

// A file's and a night's figures come from the same event metrics.
void setAlarmFigures(ForecastMetrics::AlarmFigures& f, const EventMetrics& e, std::size_t windows) {
  f.windows = static_cast<std::int64_t>(windows);
  f.seizures = static_cast<std::int64_t>(e.seizures.size());
  f.alarms = static_cast<std::int64_t>(e.alarms.size());
  f.sensitivity = e.sensitivity;
  f.falseAlarmsPerHour = e.falseAlarmsPerHour;
  f.meanWarningSeconds = e.meanWarningSeconds;
  EventTotals counts;
  counts.add(e);
  f.counts = counts;
}

}  // namespace

ForecastOutcome runForecast(database::Database& db, const ForecastConfig& requested, const JobCallbacks& callbacks) {
  if (requested.recordings.empty()) throw Error("forecasting needs at least one recording");
  // A recording listed twice would be scored twice and fail at its second
  // set of windows, after the work, with its first set stored: refused first.
  for (auto it = requested.recordings.begin(); it != requested.recordings.end(); ++it)
    if (std::find(std::next(it), requested.recordings.end(), *it) != requested.recordings.end())
      throw Error("recording " + std::to_string(*it) + " is listed twice among the recordings to forecast");
  if (!(requested.windowSeconds > 0) || !(requested.strideSeconds > 0))
    throw Error("forecast window and stride must be positive seconds");
  const auto weights = projectModelWeights(db, requested.model);
  const auto header = readForecasterHeader(weights);
  // A pre-training encoder has no head to forecast with: say so, and what to
  // do, rather than list the tensors it lacks (issue 16).
  if (header.kind == ModelKind::Encoder) {
    const std::string name = database::ModelStore(db).find(requested.model)->name;
    throw Error("model '" + name + "' is a pre-training encoder without a forecasting head: fine-tune a forecaster " +
                "from it first (finetune --base " + name + ")");
  }
  // The window length, horizon and post-ictal time the model was fine-tuned
  // and judged with, unless given: its operating point and calibration hold
  // for those. Resolved before the run is stored, so that its config says
  // what was applied.
  const ForecastConfig config = header.operatingPoint ? withTrainedFor(requested, *header.operatingPoint) : requested;
  QJsonObject record;
  record["forecast"] = config.toJson();
  RunRecord run(db, database::RunKind::Forecast, record);
  ForecastOutcome outcome;
  outcome.runId = run.id();
  return runRecorded(run, outcome, [&]() -> ForecastOutcome {
    // Every file checked before the model is loaded or a window scored: a
    // replaced video found after an hour of scoring would cost that hour.
    for (auto recordingId : config.recordings) {
      const auto rec = database::RecordingStore(db).find(recordingId);
      if (!rec) throw Error("recording " + std::to_string(recordingId) + " does not exist");
      requireLinkedVideo(*rec);
    }
    const auto device = prepareDevice(config.device, Workload::Inference);
    auto model = loadClassifier(weights, ml::VideoMAEConfig{});
    model->to(device.device);
    const auto& arch = model->config();
    run.log("model " + weights.string() + ", device " + device.description);
    AlarmOptions alarms = config.alarms;
    if (config.modelThreshold) alarms.threshold = arch.decision_threshold;
    if (config.modelThreshold && config.modelConsecutive)
      alarms.consecutive = static_cast<int>(arch.decision_consecutive);
    outcome.alarms = alarms;
    outcome.windowSeconds = config.windowSeconds;
    run.log("alarm threshold " + std::to_string(alarms.threshold) + ", " + std::to_string(alarms.consecutive) +
            " window(s) in a row" + (config.modelThreshold ? " (the model's operating point)" : " (given)"));
    {
      const auto whose = [](bool model) { return model ? " (the model's)" : " (given)"; };
      char line[200];
      std::snprintf(line, sizeof line, "window %g s%s, horizon %g s%s, post-ictal %g s%s", config.windowSeconds,
                    whose(requested.modelWindow && arch.window_seconds > 0), alarms.horizonSeconds,
                    whose(requested.modelHorizon && arch.horizon_seconds > 0), alarms.postIctalSeconds,
                    whose(requested.modelPostIctal && arch.post_ictal_seconds >= 0));
      run.log(line);
    }
    // Normal windows of the window-level ROC: as given, else as the model's
    // operating point was judged (its clip set's gap for the species), else
    // the species' default.
    const auto gapFor = [&](database::Species species) -> std::pair<double, const char*> {
      if (config.gapSeconds >= 0) return {config.gapSeconds, "given"};
      const double model = species == database::Species::Rodent ? arch.gap_seconds_rodent : arch.gap_seconds_human;
      if (model >= 0) return {model, "the model's"};
      return {defaultInterIctalGapSeconds(species), "the species' default"};
    };
    const auto speciesOf = [&](std::int64_t recordingId) {
      const auto rec = database::RecordingStore(db).find(recordingId);
      const auto subject = rec ? database::SubjectStore(db).find(rec->subjectId) : std::nullopt;
      return subject.value_or(database::Subject{}).species;
    };
    std::set<database::Species> present;
    for (const auto id : config.recordings) present.insert(speciesOf(id));
    for (const auto species : present) {
      const auto [seconds, whose] = gapFor(species);
      char line[160];
      std::snprintf(line, sizeof line, "normal windows of %s keep %g s from every seizure (%s)",
                    species == database::Species::Rodent ? "rodents" : "patients", seconds, whose);
      run.log(line);
    }
    // The motion-statistics forecaster chosen beside the model, if its
    // fine-tuning run is here and it reads this model's head inputs.
    std::optional<FineTuneMetrics::MotionBaseline> baseline;
    if (arch.recording_norm && arch.motion_stats)
      if (const auto fineTune = fineTuneMetricsOfModel(db, config.model)) baseline = fineTune->motionBaseline;
    if (baseline && baseline->firstColumn + static_cast<std::int64_t>(baseline->weight.size()) != arch.headInputDim()) {
      run.log("the motion baseline stored with the model reads another input width: it is left out");
      baseline.reset();
    }
    const AlarmOptions baselineAlarms =
        baseline ? atOperatingPoint(alarms, baseline->threshold, baseline->consecutive) : alarms;
    EventTotals baselineTotals;
    PooledWindows baselineWindows;
    PairedWindows paired;  // the model's windows and the baseline's, for their difference
    ForecastMetrics metrics;
    PooledWindows windows;
    for (auto recordingId : config.recordings) {
      const auto rec = database::RecordingStore(db).find(recordingId);
      if (!rec) throw Error("recording " + std::to_string(recordingId) + " does not exist");
      WindowScan scan;
      scan.windowFrames = windowFramesAt(config.windowSeconds, rec->fps);
      scan.strideFrames = windowFramesAt(config.strideSeconds, rec->fps);
      scan.frames = static_cast<int>(arch.num_frames);
      scan.size = static_cast<int>(arch.img_size);
      scan.sampleStride = static_cast<int>(arch.sample_stride);
      scan.batchSize = config.batchSize;
      const auto rate = frameRateMatch(rec->fps, arch.frame_rate);
      scan.grid = FrameGrid::forRates(rec->fps, arch.frame_rate);
      const auto started = std::chrono::steady_clock::now();
      RecordingForecast rf;
      rf.recordingId = recordingId;
      torch::Tensor inputs;
      std::vector<int> jerks;
      rf.points = scoreVideo(model, rec->path, scan, device.device, callbacks, baseline ? &inputs : nullptr,
                             baseline ? &jerks : nullptr);
      rf.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      rf.videoSeconds = rec->frameCount / rec->fps;
      const auto note = [&](const std::string& what) {
        outcome.notes.push_back("recording " + std::to_string(recordingId) + " '" + rec->path + "' " + what);
        run.log(outcome.notes.back());
      };
      char line[320];
      // A recording shorter than one window holds none to score: it counts
      // (its seizures are missed, it adds no hour) and the run goes on with
      // the others rather than fail on the first empty table downstream.
      if (rf.points.empty()) {
        std::snprintf(line, sizeof line, "(%.2f s) is shorter than one %g-s window: no window scored", rf.videoSeconds,
                      config.windowSeconds);
        note(line);
      }
      // Frames are counted, not timed, by the encoder's samples and the
      // statistics' differences (core/forecast/FrameGrid.h).
      if (rate == FrameRateMatch::Faster) {
        std::snprintf(line, sizeof line,
                      "is at %.4g fps and the model was fine-tuned on %.4g-fps video: it was read at the model's "
                      "rate, the frame nearest each 1/%.4g s (one frame in %.3g)",
                      rec->fps, arch.frame_rate, arch.frame_rate, scan.grid.step());
        note(line);
      } else if (rate == FrameRateMatch::Slower) {
        std::snprintf(line, sizeof line,
                      "is at %.4g fps and the model was fine-tuned on %.4g-fps video: frames cannot be made up, so "
                      "its samples and frame differences span longer times here than those its operating point was "
                      "chosen on (fine-tune on video at this rate to forecast it as validated)",
                      rec->fps, arch.frame_rate);
        note(line);
      }
      const auto seizures = seizuresOf(db, recordingId);
      rf.events = evaluateAlarms(rf.points, seizures, rec->fps, rec->frameCount, alarms);
      WindowLabelOptions wl;
      wl.windowSeconds = config.windowSeconds;
      wl.horizonSeconds = alarms.horizonSeconds;
      wl.postIctalSeconds = alarms.postIctalSeconds;
      wl.gapSeconds = gapFor(speciesOf(recordingId)).first;
      rf.windowLabels = windowLabels(rf.points, seizures, rec->fps, wl);
      windows.add(rf.points, rf.windowLabels);
      std::vector<database::Prediction> rows;
      rows.reserve(rf.points.size());
      for (const auto& p : rf.points) rows.push_back({run.id(), recordingId, p.windowEndFrame, p.probability});
      if (baseline) {
        auto points = rf.points;
        auto p = motionBaselineProbabilities(*baseline, inputs);
        weighJerks(p, jerks, baseline->jerkWeight);
        baseline->calibration.applyTo(p);
        for (std::size_t i = 0; i < points.size(); ++i) {
          points[i].probability = p.at(i);
          rows[i].motionBaselineProbability = p[i];
        }
        rf.motionBaseline = p;
        rf.motionBaselineEvents = evaluateAlarms(points, seizures, rec->fps, rec->frameCount, baselineAlarms);
        baselineTotals.add(*rf.motionBaselineEvents);
        baselineWindows.add(points, rf.windowLabels);
        paired.add(rf.points, points, rf.windowLabels, rec->fps);
      }
      database::PredictionStore(db).addAll(rows);
      ForecastMetrics::Recording r;
      r.recording = recordingId;
      setAlarmFigures(r, rf.events, rf.points.size());
      r.speedXRealTime = rf.videoSeconds / std::max(1e-9, rf.wallSeconds);
      metrics.recordings.push_back(r);
      outcome.recordings.push_back(std::move(rf));
    }
    for (const auto periodId : config.periods) {
      const PeriodLayout layout = layOutPeriod(db, periodId);
      std::vector<FileForecast> files;
      for (const auto& rf : outcome.recordings)
        if (layout.file(rf.recordingId)) files.push_back({rf.recordingId, rf.points, seizuresOf(db, rf.recordingId)});
      PeriodForecastOutcome po{periodId, evaluatePeriod(layout, files, alarms)};
      const auto& e = po.evaluation.events;
      ForecastMetrics::Period m;
      m.period = periodId;
      setAlarmFigures(m, e, po.evaluation.curve.size());
      m.observedHours = po.evaluation.observedHours;
      m.spanHours = po.evaluation.spanHours;
      metrics.periods.push_back(m);
      run.log("period " + std::to_string(periodId) + ": " + std::to_string(e.forecastSeizures) + "/" +
              std::to_string(e.seizures.size()) + " seizures forecast, " + std::to_string(e.falseAlarms) +
              " false alarms over " + std::to_string(po.evaluation.observedHours) + " observed hours");
      outcome.periods.push_back(std::move(po));
    }
    outcome.windowPositives = windows.positives();
    outcome.windowNegatives = windows.negatives();
    outcome.windowRocAuc = windows.rocAuc();
    outcome.windowPrAuc = windows.prAuc();
    outcome.windowBrier = windows.brierScore();
    if (baseline) {
      ForecastMetrics::Baseline b;
      b.threshold = baselineAlarms.threshold;
      b.consecutive = baselineAlarms.consecutive;
      b.totals = baselineTotals;
      b.windowRocAuc = baselineWindows.rocAuc();
      b.windowPrAuc = baselineWindows.prAuc();
      b.windowBrier = baselineWindows.brierScore();
      b.modelMinusBaseline = paired.rocAucDifference();
      outcome.motionBaseline = b;
      metrics.motionBaseline = outcome.motionBaseline;
      run.log("motion baseline (the statistics alone, no encoder; threshold " + std::to_string(baselineAlarms.threshold) +
              ", " + std::to_string(baselineAlarms.consecutive) + " in a row): " + std::to_string(baselineTotals.forecast) +
              "/" + std::to_string(baselineTotals.seizures) + " seizures forecast, " +
              std::to_string(baselineTotals.falseAlarms) + " false alarms");
    }
    metrics.threshold = alarms.threshold;
    metrics.consecutive = alarms.consecutive;
    metrics.windowPositives = outcome.windowPositives;
    metrics.windowNegatives = outcome.windowNegatives;
    metrics.windowRocAuc = outcome.windowRocAuc;
    metrics.windowPrAuc = outcome.windowPrAuc;
    metrics.windowBrier = outcome.windowBrier;
    run.finish(database::RunStatus::Succeeded, metrics.toJson());
    return outcome;
  });
}

}  // namespace prodrome::core
