// prodrome model run WEIGHTS --input IN.safetensors -o OUT.safetensors
//   [--preset P] [--config JSON] [--device D]
// Runs VideoMAE weights (the project's format or HF's, detected) on HF-style
// inputs, so the engine can be checked against any other implementation.

#include "app/Command.h"
#include "ml/ModelRunner.h"

#include <QCommandLineParser>

#include <cstdio>

namespace prodrome::app {

int runModelCommand(const QStringList& args) {
  if (args.isEmpty() || (args.front() != "run" && !args.front().startsWith('-'))) {
    printError("model", "usage: prodrome model run WEIGHTS --input IN.safetensors -o OUT.safetensors (see --help)");
    return kExitUsage;
  }
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "prodrome model run WEIGHTS: load VideoMAE weights (the project's own safetensors or the HF VideoMAE layout, "
      "detected), read pixel_values float32 [B, T, 3, H, W] (ImageNet-normalised) and optionally bool_masked_pos "
      "uint8/bool [B, N] from the input safetensors, run in eval mode and write last_hidden_state and, where the "
      "weights have a head, logits.");
  parser.addHelpOption();
  parser.addPositionalArgument("run", "The action (only 'run').");
  parser.addPositionalArgument("WEIGHTS", "A .safetensors weights file.");
  QCommandLineOption input("input", "Input tensors (.safetensors).", "IN.safetensors");
  QCommandLineOption output(QStringList{"o", "output"}, "Output tensors (.safetensors, replaced atomically).",
                            "OUT.safetensors");
  QCommandLineOption preset("preset", "Architecture preset for files without a config: vit-tiny, vit-small, vit-base.",
                            "P", "vit-base");
  QCommandLineOption config("config", "Architecture overrides as JSON (the project's config field names).", "JSON");
  QCommandLineOption device("device", "auto, cpu, cuda or cuda:N.", "D", "cpu");
  parser.addOptions({input, output, preset, config, device});
  if (!parser.parse(QStringList{"prodrome model"} + args)) {
    printError("model", parser.errorText());
    return kExitUsage;
  }
  if (parser.isSet("help")) {
    std::fputs(qPrintable(parser.helpText()), stdout);
    return kExitOk;
  }
  const QStringList pos = parser.positionalArguments();
  if (pos.size() != 2 || pos[0] != "run" || !parser.isSet(input) || !parser.isSet(output)) {
    printError("model", "usage: prodrome model run WEIGHTS --input IN.safetensors -o OUT.safetensors (see --help)");
    return kExitUsage;
  }
  try {
    ml::ModelRunOptions options;
    options.preset = parser.value(preset).toStdString();
    options.config_json = parser.value(config).toStdString();
    options.device = parser.value(device).toStdString();
    const auto summary = ml::runModel(pos[1].toStdString(), parser.value(input).toStdString(),
                                      parser.value(output).toStdString(), options);
    std::fprintf(stderr, "prodrome model: %s weights (%s), wrote", summary.layout.c_str(), summary.model.c_str());
    for (const auto& name : summary.outputs) std::fprintf(stderr, " %s", name.c_str());
    std::fprintf(stderr, "\n");
    return kExitOk;
  } catch (const std::exception& e) {
    printError("model", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace prodrome::app
