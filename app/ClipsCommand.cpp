// prodrome clips build|export: training clip sets (design.md §5).

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "core/clips/ClipSetParams.h"
#include "core/clips/ClipSetService.h"
#include "core/exchange/ClipSetExporter.h"

#include <QFileInfo>

#include <cstdio>

namespace prodrome::app {

namespace {

int runBuild(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Build the clip set NAME from every recording and event of project DB (design.md §5) and store it with its "
      "parameters and seed: pre-ictal clips of length SEC ending at most --horizon before a seizure onset, normal "
      "clips at least the inter-ictal gap (60 s for rodents, 30 min for humans) from every seizure. The same "
      "project, parameters and seed give the same set. Prints the number of clips per label.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addOption({"name", "The new clip set's name (unique in the project).", "NAME"});
  parser.addOption({"length", "Clip length L in seconds (3 to 10).", "SEC"});
  parser.addOption({"horizon", "Horizon H in seconds: a pre-ictal clip ends at most H before the onset.", "SEC"});
  parser.addOption({"stride", "Step between pre-ictal window ends, in seconds (default 1).", "SEC"});
  parser.addOption({"seed", "Seed of the random choices (default 0).", "N"});
  parser.addOption({"labels",
                    "Comma-separated labels to build: preictal, normal, ictal (default preictal,normal; ictal "
                    "windows lie inside seizures, for Rodents(Y)-style pre-training data).",
                    "LIST"});
  if (auto exit = parseCommandLine(parser, "clips", "prodrome clips build", args, 1)) return *exit;
  if (parser.value("name").isEmpty() || !parser.isSet("length") || !parser.isSet("horizon")) {
    printError("clips", "--name NAME, --length SEC and --horizon SEC are required");
    return kExitUsage;
  }
  core::ClipSetParams params;
  const auto length = numberOption("clips", parser, "length");
  const auto horizon = numberOption("clips", parser, "horizon");
  if (!length || !horizon) return kExitUsage;
  params.clipSeconds = *length;
  params.horizonSeconds = *horizon;
  if (parser.isSet("stride")) {
    const auto stride = numberOption("clips", parser, "stride");
    if (!stride) return kExitUsage;
    params.strideSeconds = *stride;
  }
  if (parser.isSet("seed")) {
    const auto seed = integerOption("clips", parser, "seed", 0);
    if (!seed) return kExitUsage;
    params.seed = *seed;
  }
  if (parser.isSet("labels")) {
    params.buildPreictal = params.buildNormal = params.buildIctal = false;
    for (const QString& label : parser.value("labels").split(',', Qt::SkipEmptyParts)) {
      const QString l = label.trimmed().toLower();
      if (l == "preictal") {
        params.buildPreictal = true;
      } else if (l == "normal") {
        params.buildNormal = true;
      } else if (l == "ictal") {
        params.buildIctal = true;
      } else {
        printError("clips", "unknown label '" + label + "' in --labels (use preictal, normal, ictal)");
        return kExitUsage;
      }
    }
  }
  try {
    params.validate();
  } catch (const std::exception& e) {
    printError("clips", QString::fromUtf8(e.what()));
    return kExitUsage;
  }
  auto database = openProjectFile("clips", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    std::fprintf(stderr, "building clip set %s ...\n", qPrintable(parser.value("name")));
    const auto result = core::ClipSetService(*database).build(parser.value("name").toStdString(), params);
    std::printf("clip set %s (#%lld): %zu preictal, %zu normal, %zu ictal\n", qPrintable(parser.value("name")),
                static_cast<long long>(result.clipSetId), result.build.preictalCount, result.build.normalCount,
                result.build.ictalCount);
    if (result.build.openSeizureCount > 0) {
      std::fprintf(stderr, "note: %zu seizure(s) have no offset yet; closing them may change the set\n",
                   result.build.openSeizureCount);
    }
    return kExitOk;
  } catch (const std::exception& e) {
    printError("clips", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runExport(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Export the clip set NAME of project DB (files written atomically).\n"
      "  videomae  OUT is a list file, 'PATH LABEL' per line: PATH the clip's video file clip_<id>.mp4 in the "
      "--clip-dir folder, LABEL 1 for pre-ictal and 0 for normal (ictal clips are left out).\n"
      "  manifest  OUT is a CSV file: clip_id,recording,recording_path,start_frame,end_frame,start_s,end_s,label,"
      "split,subject,video.\n"
      "  video     OUT is a folder that receives one H.264 clip_<id>.mp4 per clip, frames [start, end) at the "
      "recording's frame rate.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addOption({"set", "The clip set's name.", "NAME"});
  parser.addOption({"format", "videomae, manifest or video.", "FORMAT"});
  parser.addOption({{"o", "output"}, "The file (videomae, manifest) or folder (video) to write.", "OUT"});
  parser.addOption({"split", "Only the clips of this split (train, val, test, ...).", "SPLIT"});
  parser.addOption({"clip-dir",
                    "videomae: the folder holding the clip videos (default: 'clips' beside OUT), as written by "
                    "--format video.",
                    "DIR"});
  if (auto exit = parseCommandLine(parser, "clips", "prodrome clips export", args, 1)) return *exit;
  const QString format = parser.value("format");
  if (format != "videomae" && format != "manifest" && format != "video") {
    printError("clips", "--format must be videomae, manifest or video, got '" + format + "'");
    return kExitUsage;
  }
  if (parser.value("set").isEmpty() || parser.value("output").isEmpty()) {
    printError("clips", "--set NAME and -o OUT are required");
    return kExitUsage;
  }
  auto database = openProjectFile("clips", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  const std::string set = parser.value("set").toStdString();
  const std::filesystem::path out = parser.value("output").toStdString();
  std::optional<std::string> split;
  if (parser.isSet("split")) split = parser.value("split").toStdString();
  try {
    core::ClipExportResult result;
    if (format == "videomae") {
      const std::filesystem::path clipDir = parser.isSet("clip-dir")
                                                ? std::filesystem::path(parser.value("clip-dir").toStdString())
                                                : std::filesystem::absolute(out).parent_path() / "clips";
      result = core::exportVideoMaeList(*database, set, out, clipDir, split);
    } else if (format == "manifest") {
      result = core::exportClipManifest(*database, set, out, split);
    } else {
      result = core::exportClipVideos(*database, set, out, split, [](std::int64_t done, std::int64_t total) {
        std::fprintf(stderr, "clip %lld/%lld\n", static_cast<long long>(done), static_cast<long long>(total));
      });
    }
    std::printf("wrote %lld clips", static_cast<long long>(result.written));
    if (result.skipped > 0) std::printf(" (%lld ictal clips left out)", static_cast<long long>(result.skipped));
    std::printf("\n");
    return kExitOk;
  } catch (const std::exception& e) {
    printError("clips", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace

int runClipsCommand(const QStringList& args) {
  return runSubcommand(
      "clips", "Build and export training clip sets.",
      {{"build", "build a clip set (clips build DB --name NAME --length SEC --horizon SEC [--stride SEC] [--seed N])",
        runBuild},
       {"export", "export a clip set (clips export DB --set NAME --format videomae|manifest|video -o OUT)", runExport}},
      args);
}

}  // namespace prodrome::app
