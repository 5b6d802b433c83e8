// prodrome recording add DB FILE --subject CODE --species human|rodent
// prodrome recording relink DB ID FILE | relink DB --folder DIR

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "app/ProgressLine.h"
#include "core/exchange/RecordingImporter.h"
#include "core/exchange/RecordingRelinker.h"
#include "database/DatabaseError.h"

#include <cstdio>

namespace prodrome::app {

namespace {

int runAdd(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Add the video FILE to project DB as a recording of subject CODE. The video is probed and indexed (which can "
      "take a while for long files); its absolute path, content fingerprint, frame rate, frame count and size are "
      "stored, and the container's creation_time as its wall-clock start. The subject is created when its code is "
      "new. The recording gets a monitoring period of its own, or with --period joins period P at its end (the next "
      "file of a night). Prints the new recording id.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addPositionalArgument("FILE", "The video file.");
  parser.addOption({"subject", "The subject's code (created if new).", "CODE"});
  parser.addOption({"species", "The subject's species: human or rodent.", "SPECIES"});
  parser.addOption({"period", "Append the recording to monitoring period P (of the same subject).", "P"});
  if (auto exit = parseCommandLine(parser, "recording", "prodrome recording add", args, 2)) return *exit;
  std::optional<qint64> period;
  if (parser.isSet("period")) {
    period = integerOption("recording", parser, "period", 1);
    if (!period) return kExitUsage;
  }
  if (!parser.isSet("subject") || parser.value("subject").trimmed().isEmpty()) {
    printError("recording", "--subject CODE is required");
    return kExitUsage;
  }
  const QString speciesText = parser.value("species");
  if (speciesText != "human" && speciesText != "rodent") {
    printError("recording", "--species must be human or rodent, got '" + speciesText + "'");
    return kExitUsage;
  }
  const auto species = database::speciesFromString(speciesText.toStdString());
  auto database = openProjectFile("recording", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    const QString file = parser.positionalArguments()[1];
    std::fprintf(stderr, "probing %s ...\n", qPrintable(file));
    const auto added =
        core::addRecording(*database, file.toStdString(), parser.value("subject").trimmed().toStdString(), species,
                           period ? std::optional<std::int64_t>(*period) : std::nullopt);
    std::printf("%lld\n", static_cast<long long>(added.recordingId));
    std::fflush(stdout);
    std::fprintf(stderr, "recording %lld: %lld frames at %.4g fps%s\n", static_cast<long long>(added.recordingId),
                 static_cast<long long>(added.frameCount), added.fps, added.subjectCreated ? " (new subject)" : "");
    if (added.drifts())
      std::fprintf(stderr,
                   "note: variable frame rate: counted at %.4g fps, frame %lld is %.2f s from its own time in the "
                   "file, so times given in seconds (imported events, exports, the clock) land up to %.2f s off "
                   "their pictures. Mark and import events in frames, or re-encode it at a constant rate "
                   "(ffmpeg -i IN -fps_mode cfr -r %.4g OUT) and add that file instead.\n",
                   added.fps, static_cast<long long>(added.driftFrame), added.driftSeconds, added.driftSeconds,
                   added.fps);
    return kExitOk;
  } catch (const std::exception& e) {
    printError("recording", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runRelink(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Find moved videos again. With ID and FILE, re-link recording ID to FILE; with --folder DIR, search DIR and "
      "the folders under it for the video of every recording whose file is missing. A file is taken only when its "
      "content fingerprint (size and hashes of its first and last MiB) is the recording's, never by its name. "
      "Prints one line per re-linked recording (id, then the file) and, with --folder, one per recording still "
      "missing; exits 1 when a recording stays missing.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addPositionalArgument("ID FILE", "A recording and its video's new location (without --folder).", "[ID FILE]");
  parser.addOption({"folder", "Search this folder (and those under it) for every missing video.", "DIR"});
  if (auto exit = parseCommandLine(parser, "recording", "prodrome recording relink", args, -1)) return *exit;  // 1 or 3
  const QStringList positional = parser.positionalArguments();
  const bool folder = parser.isSet("folder");
  if (folder ? positional.size() != 1 : positional.size() != 3) {
    printError("recording", "give either ID FILE or --folder DIR (see prodrome recording relink --help)");
    return kExitUsage;
  }
  auto database = openProjectFile("recording", positional[0]);
  if (!database) return kExitFailure;
  try {
    if (!folder) {
      bool ok = false;
      const qint64 id = positional[1].toLongLong(&ok);
      if (!ok) {
        printError("recording", "the recording id must be a number, got '" + positional[1] + "'");
        return kExitUsage;
      }
      core::relinkRecording(*database, id, positional[2].toStdString());
      std::printf("%lld\t%s\n", static_cast<long long>(id), qPrintable(positional[2]));
      return kExitOk;
    }
    const auto result = core::relinkFromFolder(*database, parser.value("folder").toStdString(), {}, interruptFlag());
    for (const auto& [id, file] : result.relinked)
      std::printf("%lld\t%s\n", static_cast<long long>(id), file.string().c_str());
    for (const auto id : result.stillMissing) std::printf("%lld\tmissing\n", static_cast<long long>(id));
    std::fprintf(stderr, "%zu of %lld missing recording(s) re-linked (%lld file(s) of a matching size read)\n",
                 result.relinked.size(), static_cast<long long>(result.missing),
                 static_cast<long long>(result.filesHashed));
    return result.stillMissing.empty() ? kExitOk : kExitFailure;
  } catch (const std::exception& e) {
    printError("recording", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace

int runRecordingCommand(const QStringList& args) {
  return runSubcommand("recording", "Manage a project's recordings.",
                       {{"add", "add a video (recording add DB FILE --subject CODE --species human|rodent)", runAdd},
                        {"relink", "find moved videos by content (recording relink DB ID FILE | DB --folder DIR)",
                         runRelink}},
                       args);
}

}  // namespace prodrome::app
