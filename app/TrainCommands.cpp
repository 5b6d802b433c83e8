// prodrome pretrain | finetune | forecast: the training and forecasting jobs
// of core/pipeline/, with a progress line and Ctrl+C that stops between
// steps (pre-training keeps its checkpoint: --resume RUN continues it).

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "app/ProgressLine.h"
#include "core/pipeline/FineTuning.h"
#include "core/pipeline/Forecasting.h"
#include "core/pipeline/Pretraining.h"
#include "core/pipeline/RunRecord.h"
#include "database/RunStore.h"

#include <QFile>

#include <cmath>
#include <cstdio>

namespace prodrome::app {

namespace {

QString fixed(double v, int digits = 3) { return std::isfinite(v) ? QString::number(v, 'f', digits) : "n/a"; }

// A config file: the object itself, or a run's stored config that wraps it
// under `key` (`prodrome runs` prints those), so any run can be re-run.
QJsonObject readConfigFile(const QString& path, const char* key) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    throw core::Error("cannot read config '" + path.toStdString() + "': " + file.errorString().toStdString());
  auto object = core::parseJsonObject(file.readAll().toStdString(), "config '" + path.toStdString() + "'");
  if (object.contains(key) && object[key].isObject()) return object[key].toObject();
  return object;
}

template <typename T>
bool numberInto(const char* command, const QCommandLineParser& p, const char* name, T& out, double minimum) {
  if (!p.isSet(name)) return true;
  bool ok = false;
  const double v = p.value(name).toDouble(&ok);
  if (!ok || !(v >= minimum)) {
    printError(command, QString("--%1 must be a number >= %2, got '%3'").arg(name).arg(minimum).arg(p.value(name)));
    return false;
  }
  out = static_cast<T>(v);
  return true;
}

core::JobCallbacks callbacksFor(ProgressLine& line) {
  core::JobCallbacks c;
  c.stage = line.callback();
  c.cancel = interruptFlag();
  return c;
}

void addCommonTrainingOptions(QCommandLineParser& p) {
  p.addOption({"seed", "Seed of initialisation, data order, masks and augmentation (default 1).", "N"});
  p.addOption({"device", "auto (CUDA when available), cpu, cuda or cuda:N (default auto).", "D"});
  p.addOption({"batch", "Batch size (default 8).", "N"});
  p.addOption({"lr", "Peak learning rate.", "X"});
  p.addOption(
      {"config", "Read the settings from a JSON file (e.g. a run's stored config); options override it.", "FILE"});
}

int runPretrain(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      "Stage 1: VideoMAE continual pre-training (tube masking, normalised-pixel loss) on the clips of the given clip "
      "sets that the data mix selects (H, RY, RN, RYN, RYNH as in the paper), recorded as a run; the new model is "
      "stored in the project. Ctrl+C stops after the current step and keeps a checkpoint: --resume RUN continues.");
  p.addPositionalArgument("DB", "The project file.");
  p.addOption({"name", "Name of the model to create.", "NAME"});
  p.addOption({"clip-sets", "Comma-separated clip set names or ids.", "LIST"});
  p.addOption({"mix", "Data mix: H, RY, RN, RYN or RYNH (default RYNH).", "MIX"});
  p.addOption({"human-split", "Human clips only from this split (default train; '' for all).", "SPLIT"});
  p.addOption({"preset", "vit-tiny, vit-small or vit-base (default vit-tiny).", "P"});
  p.addOption({"size", "Input size S (default 112).", "S"});
  p.addOption({"frames", "Frames per clip T (default 16).", "T"});
  p.addOption({"mask", "Mask ratio 0.1..0.9 (default 0.9).", "R"});
  p.addOption({"sample-stride",
               "Frames between the T samples, ending at the clip's end (0, the default: spread evenly over the clip).",
               "K"});
  p.addOption({"steps", "Optimisation steps (default 300).", "N"});
  p.addOption({"init-model", "Start from a project model (name or id).", "MODEL"});
  p.addOption({"init-weights", "Start from a safetensors file (ours or HF VideoMAE).", "FILE"});
  p.addOption({"checkpoint-every", "Checkpoint every N steps (default 50; 0 = at the end).", "N"});
  p.addOption({"snapshot-every",
               "Keep the encoder's weights at step 0, every N steps and at the end (0, the default: none), for a "
               "probe curve: finetune --fewshot --base-weights FILE on each.",
               "N"});
  p.addOption({"resume", "Continue the cancelled or crashed run RUN from its last checkpoint.", "RUN"});
  addCommonTrainingOptions(p);
  if (auto exit = parseCommandLine(p, "pretrain", "prodrome pretrain", args, 1)) return *exit;
  auto db = openProjectFile("pretrain", p.positionalArguments()[0]);
  if (!db) return kExitFailure;
  try {
    ProgressLine line;
    std::optional<std::int64_t> resume;
    core::PretrainConfig c;
    if (p.isSet("resume")) {
      resume = p.value("resume").toLongLong();
    } else {
      if (p.isSet("config")) c = core::PretrainConfig::fromJson(readConfigFile(p.value("config"), "pretrain"));
      if (p.isSet("name")) c.modelName = p.value("name").toStdString();
      if (p.isSet("clip-sets")) {
        c.clipSets.clear();
        for (const auto& s : p.value("clip-sets").split(',', Qt::SkipEmptyParts))
          c.clipSets.push_back(resolveClipSet(*db, s.trimmed()));
      }
      if (p.isSet("mix")) c.mix = p.value("mix").toStdString();
      if (p.isSet("human-split")) c.humanSplit = p.value("human-split").toStdString();
      if (p.isSet("preset")) c.preset = p.value("preset").toStdString();
      if (p.isSet("init-model")) c.initModel = resolveModel(*db, p.value("init-model"));
      if (p.isSet("init-weights")) c.initWeights = p.value("init-weights").toStdString();
      if (p.isSet("device")) c.device = p.value("device").toStdString();
      if (!numberInto("pretrain", p, "size", c.size, 16) || !numberInto("pretrain", p, "frames", c.frames, 2) ||
          !numberInto("pretrain", p, "mask", c.maskRatio, 0.1) || !numberInto("pretrain", p, "steps", c.steps, 1) ||
          !numberInto("pretrain", p, "batch", c.batchSize, 1) || !numberInto("pretrain", p, "lr", c.lr, 0) ||
          !numberInto("pretrain", p, "seed", c.seed, 0) ||
          !numberInto("pretrain", p, "sample-stride", c.sampleStride, 0) ||
          !numberInto("pretrain", p, "checkpoint-every", c.checkpointEvery, 0) ||
          !numberInto("pretrain", p, "snapshot-every", c.snapshotEvery, 0))
        return kExitUsage;
      if (c.modelName.empty() || c.clipSets.empty()) {
        printError("pretrain", "--name NAME and --clip-sets LIST are required (or --resume RUN)");
        return kExitUsage;
      }
    }
    const auto out = core::runPretraining(*db, c, callbacksFor(line), resume);
    line.finishLine();
    if (out.cancelled) {
      std::printf("run %lld cancelled after %zu steps; continue with: prodrome pretrain %s --resume %lld\n",
                  static_cast<long long>(out.runId), out.losses.size(), qPrintable(p.positionalArguments()[0]),
                  static_cast<long long>(out.runId));
      return kExitFailure;
    }
    std::printf("run %lld: model %lld (%s), %lld clips, loss %s -> %s, %.0f s\n", static_cast<long long>(out.runId),
                static_cast<long long>(out.modelId), out.weights.string().c_str(), static_cast<long long>(out.clips),
                out.losses.empty() ? "n/a" : qPrintable(fixed(out.losses.front(), 4)),
                out.losses.empty() ? "n/a" : qPrintable(fixed(out.losses.back(), 4)), out.seconds);
    for (const auto& [step, weights] : out.snapshots)
      std::printf("snapshot after %lld steps: %s\n", static_cast<long long>(step), weights.string().c_str());
    return kExitOk;
  } catch (const std::exception& e) {
    printError("pretrain", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

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
         numberInto("finetune", p, "sample-stride", s.sampleStride, 0) &&
         numberInto("finetune", p, "lr", s.lr, 0) && numberInto("finetune", p, "seed", s.seed, 0) &&
         numberInto("finetune", p, "size", s.size, 16) && numberInto("finetune", p, "frames", s.frames, 2) &&
         numberInto("finetune", p, "layer-decay", s.layerDecay, 0);
}

int runFinetune(const QStringList& args) {
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
  p.addOption({"normalise",
               "Probe heads: recording (standardise every feature within the recording its clip comes from, the "
               "baseline's too; the forecast standardises over the recording's windows) or none (default).",
               "N"});
  p.addOption({"motion-stats",
               "Probe heads with --normalise recording: the head also reads four frame-difference statistics of "
               "each clip (level, peak, spikes, spread), standardised with the pooled features."});
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
      bool ok = false;
      const qint64 runId = p.value("resume").toLongLong(&ok);
      if (!ok || runId <= 0) {
        printError("finetune", "--resume needs a run id");
        return kExitUsage;
      }
      const auto out = core::runFineTune(*db, {}, callbacksFor(line), runId);
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
        !numberInto("finetune", p, "max-false-alarms", c.maxFalseAlarmsPerHour, 0))
      return kExitUsage;
    if (c.modelName.empty() || c.clipSet == 0) {
      printError("finetune", "--name NAME and --clip-set SET are required (or --fewshot)");
      return kExitUsage;
    }
    const auto out = core::runFineTune(*db, c, callbacksFor(line));
    line.finishLine();
    if (out.cancelled) return kExitFailure;
    std::printf("run %lld: model %lld (%s); validation bacc %s, ROC-AUC %s, PR-AUC %s\n",
                static_cast<long long>(out.runId), static_cast<long long>(out.modelId), out.weights.string().c_str(),
                qPrintable(fixed(out.validation.balanced_accuracy)), qPrintable(fixed(out.validation.roc_auc)),
                qPrintable(fixed(out.validation.pr_auc)));
    return kExitOk;
  } catch (const std::exception& e) {
    printError("finetune", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runForecastCommand(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      "Run a fine-tuned forecaster over whole recordings: a window of --window seconds every --stride seconds, a "
      "probability per window end stored as predictions of a new run, then alarms (threshold, consecutive windows) "
      "and event-level metrics against the annotated seizures: sensitivity (an alarm within --horizon before "
      "onset), false alarms per hour, mean warning time.");
  p.addPositionalArgument("DB", "The project file.");
  p.addOption({"model", "Fine-tuned model (name or id).", "MODEL"});
  p.addOption({"recordings", "Comma-separated recording ids.", "LIST"});
  p.addOption({"window", "Window length L in seconds (default 5).", "SEC"});
  p.addOption({"stride", "Stride in seconds (default 1).", "SEC"});
  p.addOption({"threshold", "Alarm threshold (default: the operating point stored with the model).", "P"});
  p.addOption({"consecutive", "Windows in a row at or above the threshold (default 1).", "N"});
  p.addOption({"horizon", "Horizon H in seconds (default 5).", "SEC"});
  p.addOption({"post-ictal", "Seconds after an offset that raise no false alarm and hold no pre-ictal window (default "
                             "60).",
               "SEC"});
  p.addOption({"gap",
               "Window-level ROC-AUC: normal windows keep this far from every seizure (default: the species' "
               "inter-ictal gap, 30 min for patients, 60 s for rodents).",
               "SEC"});
  p.addOption({"device", "auto, cpu, cuda or cuda:N (default auto).", "D"});
  p.addOption({"batch", "Windows per forward pass (default 16).", "N"});
  if (auto exit = parseCommandLine(p, "forecast", "prodrome forecast", args, 1)) return *exit;
  auto db = openProjectFile("forecast", p.positionalArguments()[0]);
  if (!db) return kExitFailure;
  try {
    core::ForecastConfig c;
    if (!p.isSet("model") || !p.isSet("recordings")) {
      printError("forecast", "--model MODEL and --recordings LIST are required");
      return kExitUsage;
    }
    c.model = resolveModel(*db, p.value("model"));
    for (const auto& r : p.value("recordings").split(',', Qt::SkipEmptyParts)) c.recordings.push_back(r.toLongLong());
    if (p.isSet("device")) c.device = p.value("device").toStdString();
    c.modelThreshold = !p.isSet("threshold");
    if (!numberInto("forecast", p, "window", c.windowSeconds, 0.1) ||
        !numberInto("forecast", p, "stride", c.strideSeconds, 0.01) ||
        !numberInto("forecast", p, "threshold", c.alarms.threshold, 0) ||
        !numberInto("forecast", p, "consecutive", c.alarms.consecutive, 1) ||
        !numberInto("forecast", p, "horizon", c.alarms.horizonSeconds, 0) ||
        !numberInto("forecast", p, "post-ictal", c.alarms.postIctalSeconds, 0) ||
        !numberInto("forecast", p, "gap", c.gapSeconds, 0) || !numberInto("forecast", p, "batch", c.batchSize, 1))
      return kExitUsage;
    ProgressLine line;
    const auto out = core::runForecast(*db, c, callbacksFor(line));
    line.finishLine();
    if (out.cancelled) return kExitFailure;
    std::printf("run %lld: threshold %s\n", static_cast<long long>(out.runId), qPrintable(fixed(out.alarms.threshold)));
    for (const auto& r : out.recordings) {
      const auto& e = r.events;
      std::printf(
          "recording %lld: %zu windows, %d/%zu seizures forecast, %d false alarms (%s/h), mean warning %s s, "
          "%s x real time\n",
          static_cast<long long>(r.recordingId), r.points.size(), e.forecastSeizures, e.seizures.size(), e.falseAlarms,
          qPrintable(fixed(e.falseAlarmsPerHour, 2)), qPrintable(fixed(e.meanWarningSeconds, 1)),
          qPrintable(fixed(r.videoSeconds / std::max(1e-9, r.wallSeconds), 1)));
    }
    std::printf("windows: %lld pre-ictal, %lld normal; window-level ROC-AUC %s, PR-AUC %s%s\n",
                static_cast<long long>(out.windowPositives), static_cast<long long>(out.windowNegatives),
                qPrintable(fixed(out.windowRocAuc)), qPrintable(fixed(out.windowPrAuc)),
                out.windowPositives && out.windowNegatives ? "" : " (needs windows of both labels: see --gap)");
    return kExitOk;
  } catch (const std::exception& e) {
    printError("forecast", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace

int runPretrainCommand(const QStringList& args) { return runPretrain(args); }
int runFinetuneCommand(const QStringList& args) { return runFinetune(args); }
int runForecastCommandEntry(const QStringList& args) { return runForecastCommand(args); }

}  // namespace prodrome::app
