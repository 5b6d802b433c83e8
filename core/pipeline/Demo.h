#pragma once
// The end-to-end demo (issues 5 and 12): a small cross-species synthetic data
// set, clip sets, stage 1 (VideoMAE continual pre-training of vit-tiny at
// 16×112 on rodent clips and every window of the training patients'
// recordings), stage 2 (2/3/4-shot forecasting episodes on held-out patients
// with and without stage 1, paired, beside a motion-energy baseline in the
// same episodes), and a forecaster trained on the training patients, its
// operating point chosen on a validation patient, run over every held-out
// recording with window-level ROC/PR and event-level metrics. Everything
// lands in one project in DIR, with a Markdown + CSV report that prints each
// figure against its target; plots are drawn by the caller (app/), which has
// a painter.

#include "core/pipeline/FineTuning.h"
#include "core/pipeline/Forecasting.h"
#include "core/pipeline/JobCallbacks.h"
#include "core/runs/ProbeCurve.h"
#include "core/synth/FalseAlarmCauses.h"
#include "core/synth/IdealObserver.h"
#include "core/synth/SynthProject.h"

#include <cstdint>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace prodrome::core {

struct DemoOptions {
  std::filesystem::path directory;  // created; must be empty or absent
  bool quick = false;               // ≤ 2 min: fewer subjects, steps and episodes
  std::uint64_t seed = 7;
  std::string device = "auto";
  double difficulty = synth::SynthOptions{}.difficulty;  // the generator's default, never lowered for a number
};

// The sizes the demo runs at, from `quick`; exposed so the report can state them.
struct DemoPlan {
  int rodentSubjects, humanSubjects;
  double rodentMinutes, humanMinutes;
  int rodentSeizures, humanSeizures;
  int validationSubjects, testSubjects;  // the last human subjects; the rest train
  std::int64_t pretrainSteps;
  double maskRatio;
  int episodes;  // per shot count, paired across arms
  int queryPerClass;
  int maxNormalPerRecording;  // human forecasting clips
  // Stage 1's encoder is kept every this many steps and each snapshot
  // between the first and the last is probed in the few-shot episodes: the
  // probe curve against pre-training steps (0: none).
  std::int64_t probeEvery;
};
DemoPlan demoPlan(bool quick);

// The project file a demo writes into `directory`.
std::filesystem::path demoProjectFile(const std::filesystem::path& directory);

// Frames between the 16 samples of a clip (ClipReader::sampleIndices).
inline constexpr int kDemoSampleStride = 1;
// The false-alarm budget the forecaster's operating point is chosen for: the
// user's tolerance, here issue 12's target.
inline constexpr double kDemoMaxFalseAlarmsPerHour = 30;
// The head, pooling and sampling the demo evaluates and deploys.
FineTuneSettings demoHeadSettings(std::uint64_t seed, const std::string& device);

struct DemoResult {
  std::filesystem::path project;
  std::filesystem::path report;  // report.md
  DemoPlan plan{};
  double difficulty = 0;  // of the synthetic data
  std::int64_t pretrainedModel = 0;
  std::vector<double> pretrainLosses;
  // The deployed head (pooled tokens beside the motion statistics) on the
  // stage-1 encoder and on the random encoder stage 1 started from, paired; each also holds
  // its tokens alone, and withStage1 the motion baseline, in the same episodes.
  FewShotOutcome withStage1, withoutStage1;
  // Stage 1 seen on its own: the encoder at each snapshot between its first
  // and last step (plan.probeEvery apart), probed as "without stage 1" is, in
  // the same paired episodes. The curve runs from withoutStage1 (step 0)
  // through these to withStage1 (the last step).
  struct ProbePoint {
    std::int64_t steps = 0;
    FewShotOutcome outcome;
  };
  std::vector<ProbePoint> stage1Probes;
  FineTuneSettings fewShotSettings;          // head, pooling, sampling of both arms
  std::int64_t forecasterModel = 0;
  FineTuneSettings forecasterSettings;       // the few-shot head's, its statistics at three time scales
  // The statistics' share, chosen on the curves the operating point is chosen
  // on (forecasterSettings.motionShare holds the kept one), and what each gave.
  std::vector<FineTuneMetrics::ShareTrial> forecasterShareTrials;
  // The weight of the windows' brief jerks beside the head (ml::VideoMAEConfig::
  // jerk_weight), chosen after the share on the same curves, and what each gave.
  double forecasterJerkWeight = 0;
  std::vector<FineTuneMetrics::ShareTrial> forecasterJerkTrials;
  bool crossFitted = false;  // the training patients' cross-fitted curves joined the choice
  // Trained on every normal window of the training patients' recordings (one
  // a second), not the few-shot set's capped sample.
  bool forecasterEveryNormalWindow = false;
  // The operating point (threshold and windows in a row), chosen for at most
  // kDemoMaxFalseAlarmsPerHour on the validation patient and the training
  // patients' cross-fitted curves, and what it gave there.
  double threshold = 0.5;
  int consecutive = 1;
  double selectionSensitivity = 0, selectionFalseAlarmsPerHour = 0;
  int selectionRecordings = 0;
  std::vector<RecordingForecast> forecasts;  // every held-out recording
  std::vector<double> forecastFps;
  std::vector<std::vector<SeizureInterval>> forecastSeizures;
  AlarmOptions alarms;  // as applied
  // Pooled over the held-out recordings.
  double windowRocAuc = 0, windowPrAuc = 0;
  std::int64_t windowPositives = 0, windowNegatives = 0;
  // The forecaster's map to calibrated probabilities, fitted with its
  // operating point (absent: none), and the held-out windows' Brier score.
  std::optional<FineTuneMetrics::Calibration> calibration;
  double windowBrier = std::numeric_limits<double>::quiet_NaN();
  EventTotals heldOut;  // seizures forecast, false alarms and inter-ictal hours, with their intervals
  double meanWarningSeconds = 0;
  // What the generator's decoys cost any forecaster on the same recordings
  // (core/synth/DecoyOracle.h): false alarms per hour of an oracle that knows
  // every cue episode's end (sensitivity 1), and of one that knows each start.
  EventTotals oracleKnowsEnd, oracleKnowsStart;
  // Where the forecaster's false alarms fell on the held-out recordings,
  // read off their schedules (core/synth/FalseAlarmCauses.h).
  synth::FalseAlarmCauses falseAlarmCauses;
  // How late the first alarm came for each missed seizure that drew one
  // within the horizon after its onset (core::lateAlarms): seen, but after
  // the fact.
  std::vector<double> lateAlarmSeconds;
  // What perfect perception of the same cues would reach through the same
  // rule (core/synth/IdealObserver.h): the ideal observer's threshold chosen
  // for at most kDemoMaxFalseAlarmsPerHour on the training and validation
  // patients' recordings, scored on the held-out ones; seeing the twitches
  // alone (what the videos show), seeing also each episode's start, and
  // seeing also a decoy's release.
  synth::IdealObserverForecast idealObserverAlone, idealObserver, idealObserverRelease;
  // The motion-statistics forecaster chosen beside the forecaster
  // (FineTuneMetrics::MotionBaseline: the statistics alone, no encoder), on
  // the same held-out windows at its own operating point. Absent when the
  // fine-tune chose none.
  struct BaselineForecast {
    FineTuneMetrics::MotionBaseline head;
    EventTotals heldOut;
    double windowRocAuc = 0, windowPrAuc = 0;
    RocAucDifference forecasterMinusIt{};  // window ROC-AUC, paired on the same windows
    synth::FalseAlarmCauses falseAlarmCauses;
    std::vector<double> lateAlarmSeconds;
    double windowBrier = std::numeric_limits<double>::quiet_NaN();
  };
  std::optional<BaselineForecast> motionBaseline;
  double forecastVideoSeconds = 0, forecastWallSeconds = 0;
  std::vector<std::pair<std::string, double>> stageSeconds;  // wall time per stage
  double totalSeconds = 0;
};

// The probe curve against stage-1 steps, in order: the encoder stage 1
// started from (withoutStage1, step 0), its snapshots between
// (stage1Probes), and the stage-1 encoder (withStage1, at its last step).
// Each point's arm holds the deployed head's episodes and its tokens alone.
std::vector<ProbeCurvePoint> stage1ProbeCurve(const DemoResult& result);

// Runs every stage; throws core::Error (with the stage) when one fails,
// Cancelled when the flag is raised.
DemoResult runDemo(const DemoOptions& options, const JobCallbacks& callbacks = {});

// report.md, fewshot.csv, forecast.csv and summary.csv in result.project's folder.
void writeDemoReport(DemoResult& result);

}  // namespace prodrome::core
