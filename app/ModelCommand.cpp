// prodrome model run|import|export|list|show: VideoMAE weights files.
//   run     runs weights on HF-style input tensors, so the engine can be
//           checked against any other implementation (no project needed);
//   import  HF (or our own) weights into a project as a new model;
//   export  a project model as an HF folder (config.json + model.safetensors);
//   list    the project's models;
//   show    what one of them stores (core/pipeline/ModelDescription.h).
// import and export are the same code as the GUI's Model menu
// (core/pipeline/ModelTransfer), so the two cannot drift apart.

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "core/pipeline/ModelDescription.h"
#include "core/pipeline/ModelKind.h"
#include "core/pipeline/ModelTransfer.h"
#include "core/runs/ModelFiles.h"
#include "database/ModelStore.h"
#include "ml/ModelRunner.h"
#include "ml/VideoMAEConfig.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <string>

namespace prodrome::app {

namespace {

// A message that names `file`: errors from deep inside a load (a config that
// does not validate, a tensor of the wrong shape) may not, and the user needs
// to know which of their files it was.
QString namingFile(const std::filesystem::path& file, const char* what) {
  const QString message = QString::fromUtf8(what);
  const QString name = QString::fromStdString(file.filename().string());
  if (name.isEmpty() || message.contains(name)) return message;
  return QString("'%1': %2").arg(QString::fromStdString(file.string()), message);
}

int runRun(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Load VideoMAE weights (the project's own safetensors or the HF VideoMAE layout, detected), read "
      "pixel_values float32 [B, T, 3, H, W] (ImageNet-normalised) and optionally bool_masked_pos uint8/bool [B, N] "
      "from the input safetensors, run in eval mode and write last_hidden_state and, where the weights have a "
      "head, logits. No project is involved.");
  parser.addPositionalArgument("WEIGHTS", "A .safetensors weights file.");
  QCommandLineOption input("input", "Input tensors (.safetensors).", "IN.safetensors");
  QCommandLineOption output(QStringList{"o", "output"}, "Output tensors (.safetensors, replaced atomically).",
                            "OUT.safetensors");
  QCommandLineOption preset("preset", "Architecture preset for files without a config: vit-tiny, vit-small, vit-base.",
                            "P", "vit-base");
  QCommandLineOption config("config", "Architecture overrides as JSON (the project's config field names).", "JSON");
  QCommandLineOption device("device", "auto, cpu, cuda or cuda:N.", "D", "cpu");
  parser.addOptions({input, output, preset, config, device});
  if (auto exit = parseCommandLine(parser, "model", "prodrome model run", args, 1)) return *exit;
  if (!parser.isSet(input) || !parser.isSet(output)) {
    printError("model", "usage: prodrome model run WEIGHTS --input IN.safetensors -o OUT.safetensors (see --help)");
    return kExitUsage;
  }
  try {
    ml::ModelRunOptions options;
    options.preset = parser.value(preset).toStdString();
    options.config_json = parser.value(config).toStdString();
    options.device = parser.value(device).toStdString();
    const auto summary = ml::runModel(parser.positionalArguments()[0].toStdString(), parser.value(input).toStdString(),
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

int runImport(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Import the VideoMAE weights in FILE into project DB as a new model named NAME. FILE may be in HF "
      "transformers' layout (pre-training, video classification or a bare encoder) or the project's own; it is "
      "stored in the project's layout beside the project (DB's .models folder). Where the file cannot tell the "
      "architecture, a config.json beside FILE (as in an HF model folder) is read, else --preset, --frames and "
      "--size. Prints the new model's id and name, tab-separated, on stdout.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addPositionalArgument("FILE", "The weights (.safetensors).");
  parser.addOption({"name", "The new model's name (unique in the project; letters, digits, '-', '_', '.').", "NAME"});
  parser.addOption({"preset", "vit-tiny, vit-small or vit-base: head counts the weights cannot tell (default vit-base).",
                    "P", "vit-base"});
  parser.addOption({"frames", "Frames per clip the model reads (default 16).", "N", "16"});
  parser.addOption({"size", "Input width and height in pixels (default 224).", "N", "224"});
  if (auto exit = parseCommandLine(parser, "model", "prodrome model import", args, 2)) return *exit;
  if (parser.value("name").isEmpty()) {
    printError("model", "--name NAME is required");
    return kExitUsage;
  }
  const auto presets = ml::presetNames();
  const std::string preset = parser.value("preset").toStdString();
  if (std::find(presets.begin(), presets.end(), preset) == presets.end()) {
    printError("model", "--preset must be vit-tiny, vit-small or vit-base, got '" + parser.value("preset") + "'");
    return kExitUsage;
  }
  const auto frames = integerOption("model", parser, "frames", 1);
  const auto size = integerOption("model", parser, "size", 1);
  if (!frames || !size) return kExitUsage;
  if (*frames > std::numeric_limits<int>::max() || *size > std::numeric_limits<int>::max()) {
    printError("model", "--frames and --size must fit an int");
    return kExitUsage;
  }
  core::ModelImport request;
  request.name = parser.value("name").toStdString();
  request.file = parser.positionalArguments()[1].toStdString();
  request.preset = preset;
  request.frames = static_cast<int>(*frames);
  request.size = static_cast<int>(*size);
  auto database = openProjectFile("model", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    // Asked here as well as in importModel, so that this refusal names the
    // model and not the file (the file is fine).
    core::requireFreeModelName(*database, request.name);
  } catch (const std::exception& e) {
    printError("model", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
  try {
    const std::int64_t id = core::importModel(*database, request);
    std::printf("%lld\t%s\n", static_cast<long long>(id), request.name.c_str());
    return kExitOk;
  } catch (const std::exception& e) {
    printError("model", namingFile(request.file, e.what()));
    return kExitFailure;
  }
}

int runExport(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Export model MODEL (an id or a name) of project DB to folder DIR (created if missing) as HF transformers' "
      "from_pretrained reads it: config.json and model.safetensors (a pre-training model as "
      "VideoMAEForPreTraining, a classifier as VideoMAEForVideoClassification). Prints the weights file written.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addPositionalArgument("MODEL", "The model's id or name.");
  parser.addOption({{"o", "output"}, "The folder to write.", "DIR"});
  if (auto exit = parseCommandLine(parser, "model", "prodrome model export", args, 2)) return *exit;
  if (parser.value("output").isEmpty()) {
    printError("model", "-o DIR is required");
    return kExitUsage;
  }
  auto database = openProjectFile("model", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    core::ModelExport request;
    request.model = resolveModel(*database, parser.positionalArguments()[1]);
    request.directory = parser.value("output").toStdString();
    const auto written = core::exportModel(*database, request);
    std::printf("%s\n", written.string().c_str());
    return kExitOk;
  } catch (const std::exception& e) {
    printError("model", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runList(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "List the models of project DB, ordered by id: a header line, then one tab-separated line per model: id, "
      "name, kind (pre-training: an encoder, with or without its decoder; classifier: with a forecasting head; "
      "unreadable: the weights file is missing or not safetensors) and the weights file.");
  parser.addPositionalArgument("DB", "The project file.");
  if (auto exit = parseCommandLine(parser, "model", "prodrome model list", args, 1)) return *exit;
  auto database = openProjectFile("model", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    std::printf("id\tname\tkind\tweights\n");
    for (const auto& m : database::ModelStore(*database).list()) {
      // modelKindOf reads the file's header only, not its weights.
      std::printf("%lld\t%s\t%s\t%s\n", static_cast<long long>(m.id), m.name.c_str(),
                  core::modelKindName(core::modelKindOf(m.weightsPath)), m.weightsPath.c_str());
    }
    return kExitOk;
  } catch (const std::exception& e) {
    printError("model", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runShow(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Show what model MODEL (an id or a name) of project DB is and what its weights file stores, one 'key: value' "
      "line each: its kind, weights file, creation time and the model it was trained from; the architecture, how a "
      "window becomes its frames and the frame rate it was trained at; for a forecaster also the window length and "
      "horizon it was fine-tuned for, the labels its operating point was judged with, its head, calibration and "
      "operating point (what a forecast that defers to the model uses). Reads the file's header, not its weights.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addPositionalArgument("MODEL", "The model's id or name.");
  if (auto exit = parseCommandLine(parser, "model", "prodrome model show", args, 2)) return *exit;
  auto database = openProjectFile("model", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    std::fputs(core::describeModel(*database, resolveModel(*database, parser.positionalArguments()[1])).c_str(),
               stdout);
    return kExitOk;
  } catch (const std::exception& e) {
    printError("model", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace

int runModelCommand(const QStringList& args) {
  return runSubcommand(
      "model", "Import, export, list, show and run VideoMAE models.",
      {{"import",
        "import weights as a new model (model import DB FILE --name NAME [--preset P] [--frames N] [--size N])",
        runImport},
       {"export", "export a model as an HF folder (model export DB MODEL -o DIR)", runExport},
       {"list", "list a project's models (model list DB)", runList},
       {"show", "what a model stores: architecture, frame rate, operating point (model show DB MODEL)", runShow},
       {"run", "run weights on tensors (model run WEIGHTS --input IN -o OUT [--preset P] [--config JSON] [--device D])",
        runRun}},
      args);
}

}  // namespace prodrome::app
