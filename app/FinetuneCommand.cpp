// prodrome finetune: stage 2 (core/pipeline/FineTuning): a forecaster
// trained on a split, or with --fewshot the paper's k-shot evaluation (with
// --probe-snapshots, on every encoder a pre-training run kept), with a
// progress line and Ctrl+C.

#include "app/CalibrationText.h"
#include "app/Command.h"
#include "app/CommandSupport.h"
#include "app/ProbeCurveText.h"
#include "app/ProgressLine.h"
#include "app/TrainingOptions.h"
#include "core/forecast/OperatingPoint.h"
#include "core/pipeline/FineTuning.h"
#include "core/pipeline/SnapshotProbes.h"
#include "core/runs/RunRecord.h"
#include "database/RunStore.h"

#include <cmath>
#include <cstdio>

namespace prodrome::app {

namespace {

bool readFineTuneSettings(const QCommandLineParser& p, database::Database& db, core::FineTuneSettings& s) {
  if (p.isSet("base")) s.baseModel = resolveModel(db, p.value("base"));
  if (p.isSet("base-weights")) s.baseWeights = p.value("base-weights").toStdString();
  if (p.isSet("preset")) s.preset = p.value("preset").toStdString();
  if (p.isSet("species")) s.species = p.value("species").toStdString();
  if (p.isSet("device")) s.device = p.value("device").toStdString();
  if (p.isSet("pooling")) {
    const auto pooling = p.value("pooling");
    if (pooling != "mean" && pooling != "first" && pooling != "motion") {
      printError("finetune", "--pooling must be mean, motion or first");
      return false;
    }
    s.meanPooling = pooling != "first";
    s.motionPooling = pooling == "motion";
  }
  if (p.isSet("head")) {
    const auto head = p.value("head");
    if (head != "finetune" && head != "logreg" && head != "ncm") {
      printError("finetune", "--head must be finetune, logreg or ncm");
      return false;
    }
    s.head = head.toStdString();
  }
  if (p.isSet("normalise")) {
    const auto n = p.value("normalise");
    if (n != "recording" && n != "none") {
      printError("finetune", "--normalise must be recording or none");
      return false;
    }
    s.recordingNorm = n == "recording";
  }
  if (p.isSet("motion-stats")) s.motionStats = true;
  return numberInto("finetune", p, "epochs", s.epochs, 1) && numberInto("finetune", p, "batch", s.batchSize, 1) &&
         numberInto("finetune", p, "steps", s.minSteps, 0) && numberInto("finetune", p, "l2", s.probeL2, 0) &&
         numberInto("finetune", p, "sample-stride", s.sampleStride, 0) && numberInto("finetune", p, "lr", s.lr, 0) &&
         numberInto("finetune", p, "seed", s.seed, 0) && numberInto("finetune", p, "size", s.size, 16) &&
         numberInto("finetune", p, "frames", s.frames, 2) &&
         numberInto("finetune", p, "layer-decay", s.layerDecay, 0) &&
         numberInto("finetune", p, "motion-scales", s.motionScales, 1) &&
         numberInto("finetune", p, "motion-lags", s.motionLags, 0) &&
         numberInto("finetune", p, "motion-share", s.motionShare, 0);
}

// A comma-separated list of candidates for option `name` into `out` (left as
// it is when the option is absent); false, with the error printed, when an
// item is not a number that `valid` accepts (`what` says which) or the list
// is empty.
template <typename Valid>
bool candidatesInto(const QCommandLineParser& p, const char* name, const char* what, Valid valid,
                    std::vector<double>& out) {
  if (!p.isSet(name)) return true;
  out.clear();
  const QString option = QStringLiteral("--") + QLatin1String(name);
  for (const auto& item : p.value(name).split(',', Qt::SkipEmptyParts)) {
    bool ok = false;
    const double value = item.trimmed().toDouble(&ok);
    if (!ok || !valid(value)) {
      printError("finetune", option + ": '" + item + "' is not " + QLatin1String(what));
      return false;
    }
    out.push_back(value);
  }
  if (out.empty()) {
    printError("finetune", option + " needs at least one value");
    return false;
  }
  return true;
}

// The probe curve just run, and whether it stopped early.
void printProbeCurve(const core::SnapshotProbesOutcome& out) {
  std::vector<core::ProbeCurvePoint> points;
  std::vector<std::int64_t> runs;
  for (const auto& probe : out.probes) {
    points.push_back({probe.steps, &probe.outcome});
    runs.push_back(probe.outcome.runId);
  }
  std::printf("%s", probeCurveText(points, runs).c_str());
  if (out.cancelled) std::printf("cancelled after %zu of the snapshots\n", points.size());
}

}  // namespace

int runFinetuneCommand(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      "Stage 2: fine-tune an encoder with a forecasting head (BCE, pre-ictal vs normal). Without --fewshot: train on "
      "one split of a clip set and store the model. With --fewshot: the paper's evaluation, independent k-shot "
      "episodes on one split (support k pre-ictal + k normal, disjoint query), metrics per shot.");
  p.addPositionalArgument("DB", "The project file.");
  p.addOption({"clip-set", "Clip set name or id.", "SET"});
  p.addOption({"base", "Project model whose encoder starts training (none: random init).", "MODEL"});
  p.addOption({"base-weights", "Or a safetensors file (ours or HF VideoMAE).", "FILE"});
  p.addOption({"name", "Name of the model to create (without --fewshot).", "NAME"});
  p.addOption({"train-split", "Training split (default train).", "SPLIT"});
  p.addOption({"val-split", "Validation split for early stopping (default val; '' for none).", "SPLIT"});
  p.addOption({"fewshot", "Evaluate k-shot episodes instead of training one model."});
  p.addOption({"resume", "Continue the cancelled or crashed fine-tuning run RUN from its last checkpoint.", "RUN"});
  p.addOption({"probe-snapshots",
               "Few-shot: run the episodes on every encoder that pre-training run RUN kept (pretrain --snapshot-every "
               "N: step 0, every N steps, the last), each as a run of its own with the same seed, so all share their "
               "episodes; then print the curve: ROC-AUC of the tokens alone (with --tokens-alone) and of the head "
               "per step, each paired with the first step. What stage 1 taught the encoder, step by step.",
               "RUN"});
  p.addOption({"split", "Few-shot: the evaluation split (default test).", "SPLIT"});
  p.addOption({"shots", "Few-shot: comma-separated k (default 2,3,4).", "LIST"});
  p.addOption({"episodes", "Few-shot: episodes per k (default 3).", "N"});
  p.addOption({"query", "Few-shot: query clips per class (default all eligible).", "N"});
  p.addOption({"epochs", "Epochs (default 20).", "N"});
  p.addOption({"pooling",
               "mean, motion (mean plus the mean and max change of each token between time slots) or first (token "
               "after the final LayerNorm).",
               "P"});
  p.addOption({"head",
               "finetune (every weight trains; the paper's method), logreg (L2 logistic regression on the frozen "
               "encoder's pooled features) or ncm (nearest class mean on them). Default finetune.",
               "H"});
  p.addOption({"steps", "Full fine-tuning: at least N optimiser steps (epochs grow to reach them).", "N"});
  p.addOption({"l2", "Logistic probe: L2 penalty on standardised features (default 1).", "X"});
  p.addOption({"sample-stride",
               "Frames between the T samples, ending at the clip's end (0, the default: spread evenly over the clip).",
               "K"});
  p.addOption({"threshold-rule",
               "Operating point chosen on the validation split: youden (default) or false-alarm-rate.", "R"});
  p.addOption({"max-false-alarms", "With --threshold-rule false-alarm-rate: false alarms per hour allowed (default 20).",
               "X"});
  p.addOption({"max-consecutive",
               "With --threshold-rule false-alarm-rate: also choose the windows in a row that raise an alarm, 1 to N "
               "(default 1), stored with the model like the threshold.",
               "N"});
  p.addOption({"cross-fit",
               "With --threshold-rule false-alarm-rate and a probe head: also judge the operating point on the "
               "training subjects' recordings, each scored by a head fitted without that subject."});
  p.addOption({"normalise",
               "Probe heads: recording (standardise every feature within the recording its clip comes from, the "
               "baseline's too; the forecast standardises over the recording's windows) or none (default).",
               "N"});
  p.addOption({"motion-stats",
               "Probe heads with --normalise recording: the head also reads four frame-difference statistics of "
               "each clip (level, peak, spikes, spread), standardised with the pooled features."});
  p.addOption({"motion-scales",
               "With --motion-stats: the statistics at N time scales, 1 to 3 (default 1: the whole clip; 2 adds its "
               "last 40 %, 3 also its last 20 %).",
               "N"});
  p.addOption({"motion-lags",
               "With --motion-stats: also the statistics of the N earlier windows of the clip's length, 0 to 2 "
               "(default 0). A pre-ictal arrest lasts longer than one window: when it began and how the jerks have "
               "grown since are in the windows before.",
               "N"});
  p.addOption({"motion-share",
               "With --motion-stats: the statistics' share of the head's input, between 0 and 1 (default 0.5: "
               "equal say with the encoder's tokens). With --normalise recording and --threshold-rule "
               "false-alarm-rate, a motion-statistics forecaster (the statistics alone, no encoder) is fitted beside "
               "the head and gets its own operating point on the same curves: every forecast with the model reports "
               "it too.",
               "X"});
  p.addOption({"motion-share-candidates",
               "With --motion-stats, a probe head and --threshold-rule false-alarm-rate: choose the statistics' share "
               "among these (comma-separated, e.g. 0.5,0.75,0.9,0.99) on the curves the operating point is chosen "
               "on: the share whose best operating point forecasts the most seizures within the rate.",
               "LIST"});
  p.addOption({"jerk-weight-candidates",
               "With --motion-stats, a probe head and --threshold-rule false-alarm-rate: weigh each window's brief "
               "jerks (movement bursts over within a few frames) beside the head's probability, the weight chosen "
               "among these (comma-separated, each at least 0 and below 1, e.g. 0,0.25,0.5,0.75; 0 is the head "
               "alone) after the share, by the same rule on the same curves. The model stores the weight kept and "
               "forecasts with it; the motion-statistics forecaster beside it uses the same weight.",
               "LIST"});
  p.addOption({"no-baseline", "Few-shot: skip the motion-energy baseline arm."});
  p.addOption({"tokens-alone",
               "Few-shot with --motion-stats: also score the probe on the encoder's pooled tokens alone in the same "
               "episodes."});
  p.addOption({"layer-decay", "Layer-wise lr decay (default 0.75).", "X"});
  p.addOption({"species", "Clips of this species only (default human; '' for all).", "S"});
  p.addOption({"preset", "Architecture when no base model is given (default vit-tiny).", "P"});
  p.addOption({"size", "Input size S (default 112).", "S"});
  p.addOption({"frames", "Frames per clip T (default 16).", "T"});
  addCommonTrainingOptions(p);
  if (auto exit = parseCommandLine(p, "finetune", "prodrome finetune", args, 1)) return *exit;
  auto db = openProjectFile("finetune", p.positionalArguments()[0]);
  if (!db) return kExitFailure;
  try {
    ProgressLine line;
    if (p.isSet("fewshot")) {
      core::FewShotConfig c;
      if (p.isSet("config")) c = core::FewShotConfig::fromJson(readConfigFile(p.value("config"), "fewshot"));
      if (p.isSet("clip-set")) c.clipSet = resolveClipSet(*db, p.value("clip-set"));
      if (p.isSet("split")) c.split = p.value("split").toStdString();
      if (p.isSet("shots")) {
        c.shots.clear();
        for (const auto& s : p.value("shots").split(',', Qt::SkipEmptyParts)) c.shots.push_back(s.toInt());
      }
      if (!readFineTuneSettings(p, *db, c.settings) || !numberInto("finetune", p, "episodes", c.episodes, 1) ||
          !numberInto("finetune", p, "query", c.queryPerClass, 0))
        return kExitUsage;
      if (p.isSet("no-baseline")) c.baseline = false;
      if (p.isSet("tokens-alone")) c.tokensAlone = true;
      if (c.clipSet == 0) {
        printError("finetune", "--clip-set SET is required");
        return kExitUsage;
      }
      if (p.isSet("probe-snapshots")) {
        const auto run = integerOption("finetune", p, "probe-snapshots", 1);
        if (!run) return kExitUsage;
        if (p.isSet("base") || p.isSet("base-weights")) {
          printError("finetune", "--probe-snapshots takes its encoders from the run's snapshots, not --base");
          return kExitUsage;
        }
        const auto out = core::probeSnapshots(*db, *run, c, callbacksFor(line));
        line.finishLine();
        printProbeCurve(out);
        return out.cancelled ? kExitFailure : kExitOk;
      }
      const auto out = core::runFewShot(*db, c, callbacksFor(line));
      line.finishLine();
      if (out.cancelled) return kExitFailure;
      std::printf("run %lld: mean [95%% CI] over episodes\nshots  arm       episodes  bacc                  ROC-AUC"
                  "               PR-AUC\n",
                  static_cast<long long>(out.runId));
      const auto row = [](const char* arm, const core::ShotSummary& s) {
        std::printf("%5d  %-8s  %8d  %s [%s, %s]   %s [%s, %s]   %s [%s, %s]\n", s.shots, arm, s.episodes,
                    qPrintable(fixed(s.bacc)), qPrintable(fixed(s.baccLow)), qPrintable(fixed(s.baccHigh)),
                    qPrintable(fixed(s.rocAuc)), qPrintable(fixed(s.rocAucLow)), qPrintable(fixed(s.rocAucHigh)),
                    qPrintable(fixed(s.prAuc)), qPrintable(fixed(s.prAucLow)), qPrintable(fixed(s.prAucHigh)));
      };
      for (std::size_t i = 0; i < out.perShot.size(); ++i) {
        row("model", out.perShot[i]);
        if (i < out.baseline.perShot.size()) row("motion", out.baseline.perShot[i]);
        if (i < out.tokensAlone.perShot.size()) row("tokens", out.tokensAlone.perShot[i]);
      }
      return kExitOk;
    }
    if (p.isSet("resume")) {
      const auto runId = integerOption("finetune", p, "resume", 1);
      if (!runId) return kExitUsage;
      const auto out = core::runFineTune(*db, {}, callbacksFor(line), *runId);
      line.finishLine();
      if (out.cancelled) return kExitFailure;
      std::printf("run %lld: model %lld\n", static_cast<long long>(out.runId), static_cast<long long>(out.modelId));
      return kExitOk;
    }
    core::FineTuneConfig c;
    if (p.isSet("config")) c = core::FineTuneConfig::fromJson(readConfigFile(p.value("config"), "finetune"));
    if (p.isSet("name")) c.modelName = p.value("name").toStdString();
    if (p.isSet("clip-set")) c.clipSet = resolveClipSet(*db, p.value("clip-set"));
    if (p.isSet("train-split")) c.trainSplit = p.value("train-split").toStdString();
    if (p.isSet("val-split")) c.validationSplit = p.value("val-split").toStdString();
    if (p.isSet("threshold-rule")) {
      c.thresholdRule = p.value("threshold-rule").toStdString();
      if (c.thresholdRule != "youden" && c.thresholdRule != "false-alarm-rate") {
        printError("finetune", "--threshold-rule must be youden or false-alarm-rate");
        return kExitUsage;
      }
    }
    if (!readFineTuneSettings(p, *db, c.settings) ||
        !numberInto("finetune", p, "max-false-alarms", c.maxFalseAlarmsPerHour, 0) ||
        !numberInto("finetune", p, "max-consecutive", c.maxConsecutive, 1))
      return kExitUsage;
    if (p.isSet("cross-fit")) c.crossFitOperatingPoint = true;
    if (!candidatesInto(
            p, "motion-share-candidates", "a share between 0 and 1",
            [](double share) { return share > 0 && share < 1; }, c.motionShareCandidates) ||
        !candidatesInto(
            p, "jerk-weight-candidates", "a weight of at least 0 and below 1",
            [](double weight) { return weight >= 0 && weight < 1; }, c.jerkWeightCandidates))
      return kExitUsage;
    if (c.modelName.empty() || c.clipSet == 0) {
      printError("finetune", "--name NAME and --clip-set SET are required (or --fewshot)");
      return kExitUsage;
    }
    const auto out = core::runFineTune(*db, c, callbacksFor(line));
    line.finishLine();
    if (out.cancelled) return kExitFailure;
    std::printf("run %lld: model %lld (%s); threshold %s; validation bacc %s, ROC-AUC %s, PR-AUC %s "
                "(prodrome runs show says on what)\n",
                static_cast<long long>(out.runId), static_cast<long long>(out.modelId), out.weights.string().c_str(),
                qPrintable(fixed(out.threshold)),
                qPrintable(fixed(out.validation.balanced_accuracy)), qPrintable(fixed(out.validation.roc_auc)),
                qPrintable(fixed(out.validation.pr_auc)));
    if (!std::isnan(out.motionShare))
      std::printf("statistics' share %s (chosen among %zu)\n", qPrintable(fixed(out.motionShare)),
                  c.motionShareCandidates.size());
    if (!std::isnan(out.jerkWeight))
      std::printf("brief jerks' weight %s (chosen among %zu)\n", qPrintable(fixed(out.jerkWeight)),
                  c.jerkWeightCandidates.size());
    if (out.calibration) std::printf("%s\n", calibrationLine(*out.calibration).c_str());
    if (out.motionBaseline) {
      const auto& b = *out.motionBaseline;
      std::printf("motion baseline (the statistics alone, no encoder), on the same recordings: %s\n",
                  core::neverAlarms(b.threshold)
                      ? "no operating point within the budget"
                      : ("threshold " + fixed(b.threshold).toStdString() + ", " + std::to_string(b.consecutive) +
                         " in a row, sensitivity " + fixed(b.sensitivity, 2).toStdString() + " at " +
                         fixed(b.falseAlarmsPerHour, 1).toStdString() + " false alarms/h, window ROC-AUC " +
                         fixed(b.windowRocAuc).toStdString())
                            .c_str());
    }
    return kExitOk;
  } catch (const std::exception& e) {
    printError("finetune", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace prodrome::app
