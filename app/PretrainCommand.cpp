// prodrome pretrain: stage 1 (core/pipeline/Pretraining), with a progress
// line and Ctrl+C that stops between steps; the checkpoint stays, and
// --resume RUN continues it.

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "app/ProgressLine.h"
#include "app/TrainingOptions.h"
#include "core/pipeline/Pretraining.h"
#include "core/runs/RunRecord.h"
#include "database/RunStore.h"

#include <cmath>
#include <cstdio>

namespace prodrome::app {

int runPretrainCommand(const QStringList& args) {
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
               "probe curve: finetune --fewshot --probe-snapshots RUN probes each in the same episodes.",
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
      resume = integerOption("pretrain", p, "resume", 1);
      if (!resume) return kExitUsage;
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
                qPrintable(fixed(out.losses.empty() ? std::nan("") : out.losses.front(), 4)),
                qPrintable(fixed(out.losses.empty() ? std::nan("") : out.losses.back(), 4)), out.seconds);
    for (const auto& [step, weights] : out.snapshots)
      std::printf("snapshot after %lld steps: %s\n", static_cast<long long>(step), weights.string().c_str());
    return kExitOk;
  } catch (const std::exception& e) {
    printError("pretrain", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace prodrome::app
