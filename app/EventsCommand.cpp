// prodrome events list|add|export: the annotations of a project.

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "core/exchange/BorisExporter.h"
#include "core/exchange/EventExporter.h"
#include "core/exchange/EventTypeText.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace prodrome::app {

namespace {

int runList(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "List the events of project DB, ordered by recording, onset and id: one line per event (id, recording, onset "
      "frame, offset frame or '-' when open, kind, seizure type), or with --json one JSON array of objects with "
      "id, recording, onset, offset (null when open), kind, type, annotator, confidence, created, modified.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addOption({"json", "Print a JSON array instead of text lines."});
  if (auto exit = parseCommandLine(parser, "events", "prodrome events list", args, 1)) return *exit;
  auto database = openProjectFile("events", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    const auto events = database::EventStore(*database).list();
    if (parser.isSet("json")) {
      QJsonArray array;
      for (const auto& e : events) {
        QJsonObject o;
        o["id"] = static_cast<qint64>(e.id);
        o["recording"] = static_cast<qint64>(e.recordingId);
        o["onset"] = static_cast<qint64>(e.onsetFrame);
        o["offset"] = e.offsetFrame ? QJsonValue(static_cast<qint64>(*e.offsetFrame)) : QJsonValue();
        o["kind"] = QString::fromUtf8(database::toString(e.kind).data());
        o["type"] = QString::fromStdString(e.seizureType);
        o["annotator"] = QString::fromStdString(e.annotator);
        o["confidence"] = e.confidence ? QJsonValue(*e.confidence) : QJsonValue();
        o["created"] = QString::fromStdString(e.created);
        o["modified"] = QString::fromStdString(e.modified);
        array.append(o);
      }
      std::fputs(QJsonDocument(array).toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
      std::printf("%-8s %-9s %-10s %-10s %-9s %s\n", "id", "recording", "onset", "offset", "kind", "type");
      for (const auto& e : events) {
        std::printf("%-8lld %-9lld %-10lld %-10s %-9s %s\n", static_cast<long long>(e.id),
                    static_cast<long long>(e.recordingId), static_cast<long long>(e.onsetFrame),
                    e.offsetFrame ? std::to_string(*e.offsetFrame).c_str() : "-",
                    std::string(database::toString(e.kind)).c_str(), e.seizureType.c_str());
      }
    }
    return kExitOk;
  } catch (const std::exception& e) {
    printError("events", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runAdd(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Add one event to recording ID of project DB, frames [FRAME, OFFSET) (no --offset: an open event, onset "
      "marked only). Prints the new event id on stdout once the event is committed to disk, and nothing on "
      "failure: a printed id is never lost, even if the machine dies right after.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addOption({"recording", "The recording's id.", "ID"});
  parser.addOption({"onset", "The first frame of the event (a frame number).", "FRAME"});
  parser.addOption({"offset", "The frame after its last frame (optional).", "FRAME"});
  parser.addOption({"annotator", "The person marking it, recorded on the event (default: cli).", "NAME"});
  parser.addOption({"type",
                    "The seizure type (free text); 'artifact' or 'other' make the event of that kind instead "
                    "of a seizure.",
                    "TEXT"});
  if (auto exit = parseCommandLine(parser, "events", "prodrome events add", args, 1)) return *exit;
  if (!parser.isSet("recording") || !parser.isSet("onset")) {
    printError("events", "--recording ID and --onset FRAME are required");
    return kExitUsage;
  }
  database::Event event;
  const auto recording = integerOption("events", parser, "recording", 1);
  const auto onset = integerOption("events", parser, "onset", 0);
  if (!recording || !onset) return kExitUsage;
  event.recordingId = *recording;
  event.onsetFrame = *onset;
  if (parser.isSet("offset")) {
    const auto offset = integerOption("events", parser, "offset", 0);
    if (!offset) return kExitUsage;
    event.offsetFrame = *offset;
  }
  core::applyEventType(parser.value("type").toStdString(), event);
  event.annotator = parser.isSet("annotator") ? parser.value("annotator").trimmed().toStdString() : "cli";
  auto database = openProjectFile("events", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    const auto stored = database::RecordingStore(*database).find(event.recordingId);
    if (!stored) {
      printError("events", QString("no recording #%1 in the project").arg(event.recordingId));
      return kExitFailure;
    }
    const std::int64_t end = event.offsetFrame.value_or(event.onsetFrame + 1);
    if (stored->frameCount > 0 && end > stored->frameCount) {
      printError("events", QString("the event ends at frame %1, past the end of recording #%2 (%3 frames)")
                               .arg(end)
                               .arg(stored->id)
                               .arg(stored->frameCount));
      return kExitFailure;
    }
    // add() returns after COMMIT (synchronous=FULL): only then is the id printed.
    const std::int64_t id = database::EventStore(*database).add(event);
    std::printf("%lld\n", static_cast<long long>(id));
    std::fflush(stdout);
    return kExitOk;
  } catch (const std::exception& e) {
    printError("events", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runExport(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Export the events of project DB to OUT (written atomically).\n"
      "  csv     recording,onset,offset,type,onset_s,offset_s,id,path,annotator: one row per event, frames and seconds; "
      "'prodrome import csv' reads it back.\n"
      "  frames  recording,frame,time_s,label,event_id: exactly one row per frame of every recording; label is "
      "normal, seizure, artifact or other (seizure wins over artifact over other where events overlap).\n"
      "  boris   a BORIS project (format 7.0, as BORIS v9.12.3 writes it): one observation per monitoring period and "
      "annotator, player 1 playing the period's files, a state behaviour per event type; 'prodrome import boris' "
      "reads it back to the same frames. Open events (no offset) are left out and counted.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addOption({"format", "csv, frames or boris.", "FORMAT"});
  parser.addOption({{"o", "output"}, "The file to write.", "OUT"});
  if (auto exit = parseCommandLine(parser, "events", "prodrome events export", args, 1)) return *exit;
  const QString format = parser.value("format");
  if (format != "csv" && format != "frames" && format != "boris") {
    printError("events", "--format must be csv, frames or boris, got '" + format + "'");
    return kExitUsage;
  }
  if (parser.value("output").isEmpty()) {
    printError("events", "-o OUT is required");
    return kExitUsage;
  }
  auto database = openProjectFile("events", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    const std::string out = parser.value("output").toStdString();
    if (format == "boris") {
      const auto written = core::exportBoris(*database, out);
      std::fprintf(stderr, "wrote %lld events in %lld observations to %s", static_cast<long long>(written.events),
                   static_cast<long long>(written.observations), out.c_str());
      if (written.openLeftOut > 0)
        std::fprintf(stderr, " (%lld open events left out: BORIS has no state without a stop)",
                     static_cast<long long>(written.openLeftOut));
      std::fprintf(stderr, "\n");
      return kExitOk;
    }
    const std::int64_t rows =
        format == "csv" ? core::exportEventsCsv(*database, out) : core::exportFrameLabels(*database, out);
    std::fprintf(stderr, "wrote %lld rows to %s\n", static_cast<long long>(rows), out.c_str());
    return kExitOk;
  } catch (const std::exception& e) {
    printError("events", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace

int runEventsCommand(const QStringList& args) {
  return runSubcommand(
      "events", "List, add and export a project's annotated events.",
      {{"list", "list events (events list DB [--json])", runList},
       {"add", "add one event (events add DB --recording ID --onset FRAME [--offset FRAME] [--type TEXT] [--annotator NAME])", runAdd},
       {"export", "export events (events export DB --format csv|frames|boris -o OUT)", runExport}},
      args);
}

}  // namespace prodrome::app
