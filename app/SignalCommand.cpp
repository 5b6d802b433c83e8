// prodrome signal import|list|offset: time series beside a recording's video
// (issue 14, section 2), as File ▸ Import ▸ Signal CSV… and the nudge keys
// of the GUI do.

#include "app/ProgressLine.h"
#include "app/Command.h"
#include "app/CommandSupport.h"
#include "core/signals/EdfSignalImporter.h"
#include "database/RecordingStore.h"
#include "database/SignalStore.h"

#include <cmath>
#include <cstdio>

namespace prodrome::app {

namespace {

constexpr const char* kCommand = "signal";

int runImport(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Import a time series (EEG band power, an accelerometer, heart rate) from the CSV file FILE beside recording "
      "ID's video. A header row, then one row per time: the first column is the time, in seconds from the video's "
      "start or as ISO 8601 wall-clock times (when the recording's start is known); every further column is one "
      "signal named by its header; an empty cell is a missing sample. All or nothing: the first bad cell is named "
      "by line and column and nothing is stored. An .edf or .bdf FILE (EDF, EDF+, BDF) is read with EDFlib instead: "
      "every signal at its own rate in physical units, placed by the file's start time (taken as local time) when "
      "the recording's start is known, else starting with the video. Prints the new signals' ids.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addPositionalArgument("FILE", "The CSV, EDF or BDF file.");
  parser.addOption({"recording", "The recording the signal belongs to.", "ID"});
  parser.addOption({"prefix", "Put this before every column's name (\"belt \").", "TEXT"});
  if (auto exit = parseCommandLine(parser, kCommand, "prodrome signal import", args, 2)) return *exit;
  if (!parser.isSet("recording")) {
    printError(kCommand, "--recording ID is required");
    return kExitUsage;
  }
  const auto recording = integerOption(kCommand, parser, "recording", 1);
  if (!recording) return kExitUsage;
  auto database = openProjectFile(kCommand, parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    // Progress on stderr; Ctrl+C stops the import and stores nothing.
    ProgressLine line;
    const auto* interrupted = interruptFlag();
    const auto imported = core::importSignalFile(*database, *recording, parser.positionalArguments()[1].toStdString(),
                                                 parser.value("prefix").toStdString(), [&](double fraction) {
                                                   core::throwIfCancelled(interrupted);
                                                   line.update("import", fraction, "reading");
                                                 });
    line.finishLine();
    for (std::int64_t id : imported.signalIds) std::printf("%lld\n", static_cast<long long>(id));
    std::fprintf(stderr, "%zu signal(s), %lld samples each, %s sampling, %lld marker(s)\n", imported.signalIds.size(),
                 static_cast<long long>(imported.samples), imported.regular ? "even" : "uneven",
                 static_cast<long long>(imported.markers));
    return kExitOk;
  } catch (const std::exception& e) {
    printError(kCommand, QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runList(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "List the signals of project DB: id, recording, name, samples, start (s), rate (Hz, or 'uneven'), offset (s), "
      "the file it came from.");
  parser.addPositionalArgument("DB", "The project file.");
  if (auto exit = parseCommandLine(parser, kCommand, "prodrome signal list", args, 1)) return *exit;
  auto database = openProjectFile(kCommand, parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    std::printf("%-6s %-9s %-20s %-10s %-10s %-10s %-8s %s\n", "id", "recording", "name", "samples", "start_s",
                "rate_hz", "offset_s", "source");
    for (const auto& s : database::SignalStore(*database).list()) {
      char rate[32] = "uneven";
      if (s.sampleRate) std::snprintf(rate, sizeof rate, "%.6g", *s.sampleRate);
      std::printf("%-6lld %-9lld %-20s %-10lld %-10.3f %-10s %-8.3f %s\n", static_cast<long long>(s.id),
                  static_cast<long long>(s.recordingId), s.name.c_str(), static_cast<long long>(s.sampleCount),
                  s.startSeconds, rate, s.offsetSeconds, s.source.c_str());
    }
    return kExitOk;
  } catch (const std::exception& e) {
    printError(kCommand, QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runOffset(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Align signal ID with the video: draw it SEC seconds later (earlier when negative), the value the GUI's "
      "nudge keys set.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addOption({"signal", "The signal's id.", "ID"});
  parser.addOption({"seconds", "Its offset in seconds.", "SEC"});
  if (auto exit = parseCommandLine(parser, kCommand, "prodrome signal offset", args, 1)) return *exit;
  if (!parser.isSet("signal") || !parser.isSet("seconds")) {
    printError(kCommand, "--signal ID and --seconds SEC are required");
    return kExitUsage;
  }
  const auto signal = integerOption(kCommand, parser, "signal", 1);
  if (!signal) return kExitUsage;
  bool ok = false;
  const double seconds = parser.value("seconds").toDouble(&ok);
  if (!ok || !std::isfinite(seconds)) {
    printError(kCommand, "--seconds must be a number, got '" + parser.value("seconds") + "'");
    return kExitUsage;
  }
  auto database = openProjectFile(kCommand, parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    database::SignalStore(*database).setOffset(*signal, seconds);
    return kExitOk;
  } catch (const std::exception& e) {
    printError(kCommand, QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runMarkers(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "List the markers of signal ID (EDF+ annotations, a CSV's marker column): time on the video's clock (s, with "
      "the signal's offset), the video frame there at its nominal rate, duration (s) and label.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addOption({"signal", "The signal's id.", "ID"});
  if (auto exit = parseCommandLine(parser, kCommand, "prodrome signal markers", args, 1)) return *exit;
  if (!parser.isSet("signal")) {
    printError(kCommand, "--signal ID is required");
    return kExitUsage;
  }
  const auto id = integerOption(kCommand, parser, "signal", 1);
  if (!id) return kExitUsage;
  auto database = openProjectFile(kCommand, parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    const auto signal = database::SignalStore(*database).load(*id);
    if (!signal) {
      printError(kCommand, QStringLiteral("no signal #%1 in the project").arg(*id));
      return kExitFailure;
    }
    const auto recording = database::RecordingStore(*database).find(signal->info.recordingId);
    const double fps = recording ? recording->fps : 0;
    std::printf("%-12s %-9s %-10s %s\n", "video_s", "frame", "duration_s", "label");
    for (const auto& m : signal->markers) {
      const double t = database::markerVideoSeconds(signal->info, m);
      char duration[32] = "";
      if (m.duration) std::snprintf(duration, sizeof duration, "%.3f", *m.duration);
      std::printf("%-12.3f %-9lld %-10s %s\n", t,
                  fps > 0 ? static_cast<long long>(std::floor(t * fps + 1e-6)) : -1LL, duration, m.label.c_str());
    }
    return kExitOk;
  } catch (const std::exception& e) {
    printError(kCommand, QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace

int runSignalCommand(const QStringList& args) {
  return runSubcommand(
      kCommand, "Time series beside a recording's video: import, list, align.",
      {{"import", "import a signal CSV, EDF or BDF (signal import DB FILE --recording ID)", runImport},
       {"list", "the project's signals (signal list DB)", runList},
       {"offset", "align a signal with the video (signal offset DB --signal ID --seconds SEC)", runOffset},
       {"markers", "a signal's markers with their video times and frames (signal markers DB --signal ID)", runMarkers}},
      args);
}

}  // namespace prodrome::app
