// prodrome clips build|export|list|rename|delete: training clip sets (design.md §5).

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "core/Error.h"
#include "core/clips/ClipSetParams.h"
#include "core/clips/ClipSetService.h"
#include "core/clips/EmptyLabelReasons.h"
#include "core/exchange/ClipSetExporter.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/SubjectStore.h"

#include <QFileInfo>

#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace prodrome::app {

namespace {

// One line per split: its subjects (as split, with or without clips) and
// its clips per label.
void printSplitCounts(const core::SubjectSplit& split, const core::ClipSetBuild& build) {
  struct Counts {
    std::size_t subjects = 0;
    std::size_t labels[3] = {0, 0, 0};  // ClipLabel's order: preictal, normal, ictal
  };
  std::map<std::string, Counts> bySplit;
  for (const auto& entry : split) ++bySplit[entry.second].subjects;
  for (const core::ClipWindow& window : build.windows)
    if (!window.split.empty()) ++bySplit[window.split].labels[static_cast<int>(window.label)];
  for (const auto& [name, c] : bySplit)
    std::printf("split %s: %zu subjects, %zu preictal, %zu normal, %zu ictal\n", name.c_str(), c.subjects, c.labels[0],
                c.labels[1], c.labels[2]);
}

// A duration or ratio that may be 0, into `field` when the option is given;
// false after a usage error.
bool nonNegativeInto(const QCommandLineParser& parser, const QString& name, double& field) {
  if (!parser.isSet(name)) return true;
  bool ok = false;
  const double value = parser.value(name).toDouble(&ok);
  if (!ok || !std::isfinite(value) || value < 0) {
    printError("clips", QString("--%1 must be a number >= 0, got '%2'").arg(name, parser.value(name)));
    return false;
  }
  field = value;
  return true;
}

// A cap (0: none) into an int field when the option is given; false after a
// usage error.
bool capInto(const QCommandLineParser& parser, const QString& name, int& field) {
  if (!parser.isSet(name)) return true;
  const auto value = integerOption("clips", parser, name, 0);
  if (!value) return false;
  if (*value > std::numeric_limits<int>::max()) {
    printError("clips", QString("--%1 is too large: %2").arg(name).arg(*value));
    return false;
  }
  field = static_cast<int>(*value);
  return true;
}

// --split-fractions TRAIN,VAL,TEST: three numbers >= 0, not all 0.
std::optional<core::SplitFractions> parseFractions(const QString& text) {
  const QStringList parts = text.split(',');
  double values[3] = {0, 0, 0};
  bool ok = parts.size() == 3;
  for (int i = 0; ok && i < 3; ++i) {
    values[i] = parts[i].trimmed().toDouble(&ok);
    ok = ok && std::isfinite(values[i]) && values[i] >= 0;
  }
  if (!ok || values[0] + values[1] + values[2] <= 0) {
    printError("clips",
               "--split-fractions must be three numbers >= 0, not all 0, as TRAIN,VAL,TEST (e.g. "
               "0.6,0.2,0.2), got '" +
                   text + "'");
    return std::nullopt;
  }
  return core::SplitFractions{values[0], values[1], values[2]};
}

// Repeated --split NAME=CODE[,CODE...]: split name -> subject codes. The same
// NAME given twice adds to its list.
std::optional<std::map<std::string, std::vector<std::string>>> parseSplitLists(const QStringList& values) {
  std::map<std::string, std::vector<std::string>> lists;
  for (const QString& value : values) {
    const qsizetype equals = value.indexOf('=');
    const QString name = equals < 0 ? QString() : value.left(equals).trimmed();
    QStringList codes;
    if (equals >= 0)
      for (const QString& code : value.mid(equals + 1).split(',', Qt::SkipEmptyParts))
        if (!code.trimmed().isEmpty()) codes << code.trimmed();
    if (name.isEmpty() || codes.isEmpty()) {
      printError("clips", "--split must be NAME=CODE[,CODE...] (e.g. train=P01,P02), got '" + value + "'");
      return std::nullopt;
    }
    auto& list = lists[name.toStdString()];
    for (const QString& code : codes) list.push_back(code.toStdString());
  }
  return lists;
}

int runBuild(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Build the clip set NAME from the recordings and events of project DB (design.md §5) and store it with its "
      "parameters and seed: pre-ictal clips of length SEC ending at most --horizon before a seizure onset, normal "
      "clips at least the inter-ictal gap (--gap-rodent, default 60 s; --gap-human, default 30 min) from every "
      "seizure, ictal clips inside seizures. The options are the Build Clip Set dialog's fields. Subjects go to "
      "splits whole, never clip by clip: by fractions (shuffled with --seed) or by lists of subject codes; a "
      "subject in no split keeps its clips with an empty split. The same project, parameters and seed give the "
      "same set. Prints the number of clips per label, then per split.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addOption({"name", "The new clip set's name (unique in the project).", "NAME"});
  parser.addOption({"length", "Clip length L in seconds (3 to 10).", "SEC"});
  parser.addOption({"horizon", "Horizon H in seconds: a pre-ictal clip ends at most H before the onset.", "SEC"});
  parser.addOption(
      {"stride", "Step between pre-ictal window ends and ictal window starts, in seconds (default 1).", "SEC"});
  parser.addOption(
      {"normal-stride", "Step between normal window starts, in seconds (default 0: the clip length).", "SEC"});
  parser.addOption(
      {"post-ictal", "Seconds after a seizure's offset in which no pre-ictal window may start (default 60).", "SEC"});
  parser.addOption({"gap-human",
                    "Inter-ictal gap for human subjects: a normal window keeps this many seconds from every seizure "
                    "(default 1800).",
                    "SEC"});
  parser.addOption({"gap-rodent", "Inter-ictal gap for rodent subjects, in seconds (default 60).", "SEC"});
  parser.addOption({"seed", "Seed of the random choices: caps, balancing and --split-fractions (default 0).", "N"});
  parser.addOption({"labels",
                    "Comma-separated labels to build: preictal, normal, ictal (default preictal,normal; ictal "
                    "windows lie inside seizures, for Rodents(Y)-style pre-training data).",
                    "LIST"});
  parser.addOption({"allow-artifacts-in-normals",
                    "Keep normal windows that overlap an artifact or other event (by default they are left out)."});
  parser.addOption({"max-preictal-per-seizure", "Keep at most N pre-ictal clips per seizure (default 0: all).", "N"});
  parser.addOption({"max-ictal-per-seizure", "Keep at most N ictal clips per seizure (default 0: all).", "N"});
  parser.addOption({"max-normal-per-recording", "Keep at most N normal clips per recording (default 0: all).", "N"});
  parser.addOption({"normal-per-preictal",
                    "Then keep at most X normal clips per pre-ictal clip over the set (1 balances; default 0: all).",
                    "X"});
  parser.addOption(
      {"species", "Only recordings of subjects of this species: human or rodent (default both).", "SPECIES"});
  parser.addOption({"subjects", "Only recordings of these subjects (their codes; default all).", "CODE[,CODE...]"});
  parser.addOption({"split-fractions",
                    "Split the subjects (of --species and --subjects) into train, val and test by these "
                    "fractions, e.g. 0.6,0.2,0.2; each species on its own, so every split holds both.",
                    "TRAIN,VAL,TEST"});
  parser.addOption({"split",
                    "Put the subjects with these codes into split NAME (train, val, test or any name); repeat for "
                    "each split.",
                    "NAME=CODE[,CODE...]"});
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
  if (!nonNegativeInto(parser, "normal-stride", params.normalStrideSeconds) ||
      !nonNegativeInto(parser, "post-ictal", params.postIctalSeconds) ||
      !nonNegativeInto(parser, "gap-human", params.humanGapSeconds) ||
      !nonNegativeInto(parser, "gap-rodent", params.rodentGapSeconds) ||
      !nonNegativeInto(parser, "normal-per-preictal", params.normalPerPreictal) ||
      !capInto(parser, "max-preictal-per-seizure", params.maxPreictalPerSeizure) ||
      !capInto(parser, "max-ictal-per-seizure", params.maxIctalPerSeizure) ||
      !capInto(parser, "max-normal-per-recording", params.maxNormalPerRecording))
    return kExitUsage;
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
  params.artifactsExcludeNormals = !parser.isSet("allow-artifacts-in-normals");
  if (parser.isSet("species")) {
    const QString species = parser.value("species");
    if (species != "human" && species != "rodent") {
      printError("clips", "--species must be human or rodent, got '" + species + "'");
      return kExitUsage;
    }
    params.species = database::speciesFromString(species.toStdString());
  }
  if (parser.isSet("subjects"))
    for (const QString& code : parser.value("subjects").split(',', Qt::SkipEmptyParts))
      params.subjects.push_back(code.trimmed().toStdString());
  if (parser.isSet("split") && parser.isSet("split-fractions")) {
    printError("clips", "give either --split-fractions or --split, not both");
    return kExitUsage;
  }
  std::optional<core::SplitFractions> fractions;
  if (parser.isSet("split-fractions") && !(fractions = parseFractions(parser.value("split-fractions"))))
    return kExitUsage;
  std::optional<std::map<std::string, std::vector<std::string>>> splitLists;
  if (parser.isSet("split") && !(splitLists = parseSplitLists(parser.values("split")))) return kExitUsage;
  try {
    params.validate();
  } catch (const std::exception& e) {
    printError("clips", QString::fromUtf8(e.what()));
    return kExitUsage;
  }

  auto database = openProjectFile("clips", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  core::ClipSetService service(*database);
  // The split is resolved before anything is written: an unknown subject
  // code is a mistake on the command line, and builds nothing.
  std::optional<core::SubjectSplit> split;
  try {
    if (fractions)
      split = service.splitByFractions(params, *fractions);
    if (splitLists) split = service.splitByCodes(*splitLists, params);
  } catch (const core::Error& e) {
    printError("clips", QString::fromUtf8(e.what()));
    return kExitUsage;
  }
  try {
    std::fprintf(stderr, "building clip set %s ...\n", qPrintable(parser.value("name")));
    const auto result = service.build(parser.value("name").toStdString(), params, split);
    std::printf("clip set %s (#%lld): %zu preictal, %zu normal, %zu ictal\n", qPrintable(parser.value("name")),
                static_cast<long long>(result.clipSetId), result.build.preictalCount, result.build.normalCount,
                result.build.ictalCount);
    if (split) printSplitCounts(*split, result.build);
    if (result.build.openSeizureCount > 0) {
      std::fprintf(stderr, "note: %zu seizure(s) have no offset yet; closing them may change the set\n",
                   result.build.openSeizureCount);
    }
    // A label asked for that came out empty: say why, as the dialog does.
    for (const QString& reason : core::emptyLabelReasons(params, service.loadTimelines(), result.build))
      std::fprintf(stderr, "note: %s\n", qPrintable(reason));
    return kExitOk;
  } catch (const std::exception& e) {
    printError("clips", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runList(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "List the clip sets of project DB, ordered by id: a header line, then one tab-separated line per set: id, "
      "name, its clips per label (pre-ictal, normal, ictal) and when it was built.");
  parser.addPositionalArgument("DB", "The project file.");
  if (auto exit = parseCommandLine(parser, "clips", "prodrome clips list", args, 1)) return *exit;
  auto database = openProjectFile("clips", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    database::ClipStore clips(*database);
    std::printf("id\tname\tpreictal\tnormal\tictal\tcreated\n");
    for (const auto& set : database::ClipSetStore(*database).list()) {
      std::size_t counts[3] = {0, 0, 0};
      for (const auto& c : clips.listBySet(set.id)) ++counts[static_cast<int>(c.label)];
      std::printf("%lld\t%s\t%zu\t%zu\t%zu\t%s\n", static_cast<long long>(set.id), set.name.c_str(), counts[0],
                  counts[1], counts[2], set.created.c_str());
    }
    return kExitOk;
  } catch (const std::exception& e) {
    printError("clips", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

// rename and delete: one set named by id or name, changed through
// ClipSetService (the GUI's tree menu does the same).
int runChange(const QStringList& args, bool rename) {
  QCommandLineParser parser;
  parser.setApplicationDescription(rename ? "Rename a clip set of project DB (SET: its id or name)."
                                          : "Delete a clip set of project DB and its clips (SET: its id or name). "
                                            "Runs that used it keep their records.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addPositionalArgument("SET", "The clip set's id or name.");
  if (rename) parser.addPositionalArgument("NAME", "The new name.");
  if (auto exit = parseCommandLine(parser, "clips", rename ? "prodrome clips rename" : "prodrome clips delete", args,
                                   rename ? 3 : 2))
    return *exit;
  auto database = openProjectFile("clips", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    const auto id = resolveClipSet(*database, parser.positionalArguments()[1]);
    core::ClipSetService service(*database);
    if (rename) {
      service.rename(id, parser.positionalArguments()[2].toStdString());
      std::printf("clip set #%lld renamed to %s\n", static_cast<long long>(id),
                  qPrintable(parser.positionalArguments()[2]));
    } else {
      service.remove(id);
      std::printf("clip set #%lld deleted\n", static_cast<long long>(id));
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
      {{"build",
        "build a clip set (clips build DB --name NAME --length SEC --horizon SEC [--gap-human SEC] [--gap-rodent SEC] "
        "[--species human|rodent] [--subjects CODE,...] [--split-fractions TRAIN,VAL,TEST | --split NAME=CODE,... ...] ...; see "
        "clips build --help)",
        runBuild},
       {"export", "export a clip set (clips export DB --set NAME --format videomae|manifest|video -o OUT)", runExport},
       {"list", "list a project's clip sets with their clips per label (clips list DB)", runList},
       {"rename", "rename a clip set (clips rename DB SET NAME)",
        [](const QStringList& a) { return runChange(a, true); }},
       {"delete", "delete a clip set and its clips (clips delete DB SET)",
        [](const QStringList& a) { return runChange(a, false); }}},
      args);
}

}  // namespace prodrome::app
