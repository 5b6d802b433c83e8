// prodrome import csv|boris|rodepil DB PATH: annotations and labelled video
// into a project, all or nothing.

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "core/exchange/BorisImporter.h"
#include "core/exchange/EventCsvImporter.h"
#include "core/exchange/RodEpilImporter.h"
#include "database/SubjectStore.h"

#include <cstdio>
#include <string>
#include <type_traits>

namespace prodrome::app {

namespace {

void printSummary(const core::ImportSummary& s) {
  std::printf("imported %lld subjects, %lld recordings, %lld events, %lld clips", static_cast<long long>(s.subjects),
              static_cast<long long>(s.recordings), static_cast<long long>(s.events), static_cast<long long>(s.clips));
  if (s.skipped > 0) std::printf(" (%lld point events skipped)", static_cast<long long>(s.skipped));
  if (s.periods > 0) std::printf(", %lld periods", static_cast<long long>(s.periods));
  if (s.skippedLive > 0) std::printf("; %lld LIVE/IMAGES observations skipped", static_cast<long long>(s.skippedLive));
  if (s.skippedUnknown > 0)
    std::printf("; %lld observations of unknown media skipped", static_cast<long long>(s.skippedUnknown));
  if (s.splitAtBoundary > 0)
    std::printf("; %lld states cut at a file boundary", static_cast<long long>(s.splitAtBoundary));
  std::printf("\n");
  for (const auto& note : s.notes) std::printf("  %s\n", note.c_str());
}

// Shared body: parse, open, run `importer`, report in one line. An importer
// that takes (db, path, annotator) gets an --annotator option, defaulting to
// `defaultAnnotator`: whose marks the events are. A second rater's file
// imports under their name (issue 14), so that their seizures may lie over
// the first's.
template <class Importer>
int runImport(const char* format, const QString& description, const QString& pathHelp, const QStringList& args,
              Importer importer, const char* defaultAnnotator = nullptr) {
  constexpr bool kAnnotated = std::is_invocable_v<Importer, database::Database&, const std::string&, const std::string&>;
  QCommandLineParser parser;
  parser.setApplicationDescription(description +
                                   "\nAll or nothing: on the first bad line the error names the file and line "
                                   "(or JSON path) and the project is left unchanged.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addPositionalArgument("PATH", pathHelp);
  if constexpr (kAnnotated)
    parser.addOption({"annotator",
                      QString("The person whose marks these are, recorded on every event (default: %1). Seizures "
                              "may overlap another annotator's, never this one's.")
                          .arg(defaultAnnotator),
                      "NAME"});
  if (auto exit = parseCommandLine(parser, "import", QString("prodrome import ") + format, args, 2)) return *exit;
  auto database = openProjectFile("import", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    const std::string path = parser.positionalArguments()[1].toStdString();
    if constexpr (kAnnotated) {
      const QString annotator = parser.isSet("annotator") ? parser.value("annotator").trimmed() : defaultAnnotator;
      printSummary(importer(*database, path, annotator.toStdString()));
    } else {
      printSummary(importer(*database, path));
    }
    return kExitOk;
  } catch (const std::exception& e) {
    printError("import", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runCsv(const QStringList& args) {
  return runImport("csv",
                   "Import events from the CSV file PATH into project DB. A header row recording,onset,offset,type, "
                   "then one event per row. recording: a recording id, its stored path or that path's file name; or "
                   "period:ID / period:NAME, a monitoring period. "
                   "onset, offset: a frame number (digits only), seconds (12.5 or 12.5s) or hh:mm:ss.fff, seconds "
                   "becoming the nearest frame at the recording's frame rate, or an ISO 8601 wall-clock time "
                   "(2026-03-01T23:10:05.250Z) on the recording's clock; an empty offset leaves the event open. "
                   "For a period: wall-clock times or seconds / hh:mm:ss from its start, each placed in the file "
                   "that covers it; an event running on into the next contiguous file is cut at the boundary, one "
                   "over a gap (unrecorded time) is refused. "
                   "type: the seizure type, or 'artifact' / 'other' for those kinds. The file 'prodrome events "
                   "export --format csv' writes is accepted as is; its annotator column, where a row has one, names that "
                   "event's annotator instead of --annotator.",
                   "The CSV file.", args,
                   [](database::Database& db, const std::string& path, const std::string& annotator) {
                     return core::importEventsCsv(db, path, annotator);
                   },
                   "import");
}

int runBoris(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Import events from the BORIS project file PATH (.boris, format 7.x or 8.x) into project DB. Player 1's media "
      "of each observation are matched to recordings by stored path or file name; several files in a row become a "
      "monitoring period, times counted across them as BORIS does. Paired START/STOP state events become events, "
      "the behaviour code being the seizure type ('seizure' for an unspecified one, 'artifact' / 'other' for those "
      "kinds; see --seizures); each BORIS subject's events are kept apart under the annotator NAME/SUBJECT. LIVE and IMAGES "
      "observations are skipped and counted.\nAll or nothing: on the first bad entry the error names the file and "
      "JSON path and the project is left unchanged.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addPositionalArgument("PATH", "The .boris file.");
  parser.addOption({"annotator",
                    "The person whose marks these are (default: boris), unless an observation names its own in the "
                    "independent variable 'annotator'.",
                    "NAME"});
  parser.addOption({"seizures",
                    "The BORIS behaviour codes that are seizures (comma-separated); the others import as 'other' "
                    "events (or artifacts), which may overlap. Default: the behaviours of the ethogram's category "
                    "'seizure', or every behaviour.",
                    "CODE,..."});
  parser.addOption({"add-media",
                    "Add media the project does not hold as recordings (found as stored, relative to the .boris "
                    "file's folder, or by file name in that folder)."});
  parser.addOption({"skip-unknown", "Import the other observations and report those whose media are not in the project."});
  parser.addOption({"subject", "With --add-media: the subject of added recordings (default: the observation's BORIS subject).",
                    "CODE"});
  parser.addOption({"species", "With --add-media: a new subject's species, human or rodent.", "SPECIES"});
  parser.addOption({"points",
                    "Point events: 'onset' imports each as an onset-only (open) event of its code; 'skip' (default) "
                    "counts them.",
                    "onset|skip", "skip"});
  if (auto exit = parseCommandLine(parser, "import", "prodrome import boris", args, 2)) return *exit;
  core::BorisImportOptions options;
  if (parser.isSet("add-media") && parser.isSet("skip-unknown")) {
    printError("import", "--add-media and --skip-unknown exclude each other");
    return kExitUsage;
  }
  if (parser.isSet("add-media")) options.unknownMedia = core::BorisImportOptions::UnknownMedia::Add;
  if (parser.isSet("skip-unknown")) options.unknownMedia = core::BorisImportOptions::UnknownMedia::Skip;
  if (parser.isSet("annotator")) options.annotator = parser.value("annotator").trimmed().toStdString();
  for (const QString& code : parser.value("seizures").split(',', Qt::SkipEmptyParts))
    if (!code.trimmed().isEmpty()) options.seizureCodes.insert(code.trimmed().toStdString());
  if (parser.isSet("subject")) options.subject = parser.value("subject").trimmed().toStdString();
  if (parser.isSet("species")) {
    const QString species = parser.value("species");
    if (species != "human" && species != "rodent") {
      printError("import", "--species must be human or rodent, got '" + species + "'");
      return kExitUsage;
    }
    options.species = database::speciesFromString(species.toStdString());
  }
  const QString points = parser.value("points");
  if (points != "onset" && points != "skip") {
    printError("import", "--points must be onset or skip, got '" + points + "'");
    return kExitUsage;
  }
  if (points == "onset") options.points = core::BorisImportOptions::Points::Onset;
  options.progress = [](int done, int total, const std::string& file) {
    std::fprintf(stderr, "adding %d/%d %s\n", done + 1, total, file.c_str());
  };
  auto database = openProjectFile("import", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    printSummary(core::importBoris(*database, parser.positionalArguments()[1].toStdString(), options));
    return kExitOk;
  } catch (const std::exception& e) {
    printError("import", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runRodEpil(const QStringList& args) {
  return runImport(
      "rodepil",
      "Import a RodEpil-style folder into project DB: PATH holds 0/ (normal) and 1/ (seizure) with .avi clips, or "
      "Seizure_detection_10sec/ with them. Each file becomes a recording of the rodent subject named by the 4th "
      "'_'-separated token from the end of its name; a folder-1 file gets one seizure event over its whole span. "
      "Every file also becomes a whole-file clip (normal or ictal) in the clip set 'rodepil'.",
      "The folder.", args, [](database::Database& db, const std::string& path) {
        return core::importRodEpil(db, path, [](int done, int total, const std::filesystem::path& file) {
          std::fprintf(stderr, "probing %d/%d %s\n", done + 1, total, file.filename().c_str());
        });
      });
}

}  // namespace

int runImportCommand(const QStringList& args) {
  return runSubcommand("import", "Import annotations and labelled video into a project (all or nothing).",
                       {{"csv", "events from a CSV file (import csv DB FILE)", runCsv},
                        {"boris", "events from a BORIS project (import boris DB FILE)", runBoris},
                        {"rodepil", "a RodEpil-style folder of labelled clips (import rodepil DB FOLDER)", runRodEpil}},
                       args);
}

}  // namespace prodrome::app
