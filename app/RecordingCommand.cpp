// prodrome recording add DB FILE --subject CODE --species human|rodent

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "core/exchange/RecordingImporter.h"
#include "database/DatabaseError.h"

#include <cstdio>

namespace prodrome::app {

namespace {

int runAdd(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Add the video FILE to project DB as a recording of subject CODE. The video is probed and indexed (which can "
      "take a while for long files); its absolute path, content fingerprint, frame rate, frame count and size are "
      "stored. The subject is created when its code is new. Prints the new recording id.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addPositionalArgument("FILE", "The video file.");
  parser.addOption({"subject", "The subject's code (created if new).", "CODE"});
  parser.addOption({"species", "The subject's species: human or rodent.", "SPECIES"});
  if (auto exit = parseCommandLine(parser, "recording", "prodrome recording add", args, 2)) return *exit;
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
        core::addRecording(*database, file.toStdString(), parser.value("subject").trimmed().toStdString(), species);
    std::printf("%lld\n", static_cast<long long>(added.recordingId));
    std::fflush(stdout);
    std::fprintf(stderr, "recording %lld: %lld frames at %.4g fps%s\n", static_cast<long long>(added.recordingId),
                 static_cast<long long>(added.frameCount), added.fps, added.subjectCreated ? " (new subject)" : "");
    return kExitOk;
  } catch (const std::exception& e) {
    printError("recording", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace

int runRecordingCommand(const QStringList& args) {
  return runSubcommand("recording", "Manage a project's recordings.",
                       {{"add", "add a video (recording add DB FILE --subject CODE --species human|rodent)", runAdd}},
                       args);
}

}  // namespace prodrome::app
