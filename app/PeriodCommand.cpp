// prodrome period create|list|set-start: monitoring periods (issue 14), the
// files of a night or a week chained in time. Where each file lies, its gaps
// and which files are contiguous are core::layOutPeriod's, as the clip
// builder and the GUI read them.

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "core/exchange/RecordingRelinker.h"
#include "core/periods/PeriodLayout.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"
#include "database/SubjectStore.h"
#include "database/Transaction.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace prodrome::app {

namespace {

constexpr const char* kCommand = "period";

// An ISO 8601 start, or nullopt after reporting a usage error.
std::optional<std::string> startOption(const QCommandLineParser& parser) {
  const std::string text = parser.value("start").trimmed().toStdString();
  if (!core::parseWallClock(text)) {
    printError(kCommand, "--start must be an ISO 8601 time such as 2026-03-01T22:00:00Z, got '" +
                             parser.value("start") + "'");
    return std::nullopt;
  }
  return text;
}

int runCreate(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Chain recordings of one subject into a monitoring period, in the order given (the files of a night as the "
      "recorder cut them). Each recording leaves the period it was in. Each file starts at its container's "
      "creation time when it had one, else directly after the previous file; --start dates the first file (the "
      "others keep theirs). Prints the new period's id.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addOption({"subject", "The subject's code.", "CODE"});
  parser.addOption({"recordings", "The recordings' ids in time order, comma-separated.", "IDS"});
  parser.addOption({"name", "A name for the period (\"night 3\").", "NAME"});
  parser.addOption({"start", "The first file's wall-clock start, ISO 8601.", "ISO8601"});
  if (auto exit = parseCommandLine(parser, kCommand, "prodrome period create", args, 1)) return *exit;
  if (!parser.isSet("subject") || !parser.isSet("recordings")) {
    printError(kCommand, "--subject CODE and --recordings IDS are required");
    return kExitUsage;
  }
  const auto ids = idListOption(kCommand, parser, "recordings");
  if (!ids) return kExitUsage;
  if (ids->empty()) {
    printError(kCommand, "--recordings needs at least one recording id");
    return kExitUsage;
  }
  std::optional<std::string> start;
  if (parser.isSet("start") && !(start = startOption(parser))) return kExitUsage;
  auto database = openProjectFile(kCommand, parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    const auto subject = database::SubjectStore(*database).findByCode(parser.value("subject").trimmed().toStdString());
    if (!subject) {
      printError(kCommand, "no subject '" + parser.value("subject").trimmed() + "' in the project");
      return kExitFailure;
    }
    database::Transaction transaction(*database);
    database::PeriodStore periods(*database);
    const std::int64_t id = periods.create(subject->id, *ids, parser.value("name").trimmed().toStdString());
    if (start) periods.setStart(ids->front(), start);
    core::layOutPeriod(*database, id);  // refuses a stored start that is not a time before committing
    transaction.commit();
    std::printf("%lld\n", static_cast<long long>(id));
    return kExitOk;
  } catch (const std::exception& e) {
    printError(kCommand, QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

QJsonObject periodJson(database::Database& db, const database::Period& p, const core::PeriodLayout& layout) {
  QJsonObject o;
  o["id"] = static_cast<qint64>(p.id);
  const auto subject = database::SubjectStore(db).find(p.subjectId);
  o["subject"] = subject ? QString::fromStdString(subject->code) : QString();
  o["name"] = QString::fromStdString(p.name);
  o["wall_start"] = layout.wallStart ? QJsonValue(layout.wallStart->toString(Qt::ISODateWithMs)) : QJsonValue();
  o["span_s"] = layout.spanSeconds();
  o["observed_s"] = layout.observedSeconds();
  QJsonArray files;
  database::RecordingStore recordings(db);
  for (const auto& f : layout.files) {
    QJsonObject j;
    j["recording"] = static_cast<qint64>(f.recordingId);
    const auto r = recordings.find(f.recordingId);
    j["file"] = r ? QFileInfo(QString::fromStdString(r->path)).fileName() : QString();
    j["start_source"] = QString::fromUtf8(database::toString(f.source).data());
    j["start_s"] = f.startSeconds;
    j["end_s"] = f.endSeconds;
    j["gap_before_s"] = f.gapBeforeSeconds;
    j["contiguous_with_previous"] = f.contiguousWithPrevious;
    // As the GUI's period strip marks it: a file to mend before the night is read.
    const auto state = r ? core::linkStateOf(*r) : core::LinkState::Missing;
    j["video"] = state == core::LinkState::Linked ? "ok" : state == core::LinkState::Missing ? "missing" : "replaced";
    if (layout.wallStart)
      j["wall_start"] = layout.wallStart->addMSecs(std::llround(f.startSeconds * 1000)).toString(Qt::ISODateWithMs);
    files.append(j);
  }
  o["files"] = files;
  return o;
}

int runList(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "List the monitoring periods of project DB with their files in time order: where each starts (wall clock "
      "when known, and seconds from the period's start), where its start came from (container, user, previous), "
      "the gap before it (negative: overlap), whether it follows the previous file within one frame, and whether its "
      "video is missing or is not the one that was added (replaced, re-encoded or cut). "
      "Periods of one file are listed too: every recording is in exactly one period.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addOption({"json", "Print one JSON array of periods."});
  if (auto exit = parseCommandLine(parser, kCommand, "prodrome period list", args, 1)) return *exit;
  auto database = openProjectFile(kCommand, parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    QJsonArray all;
    for (const auto& p : database::PeriodStore(*database).list()) {
      const auto layout = core::layOutPeriod(*database, p.id);
      const QJsonObject o = periodJson(*database, p, layout);
      if (parser.isSet("json")) {
        all.append(o);
        continue;
      }
      std::printf("period %lld  subject %s%s  %zu file(s)  %s  observed %.1f of %.1f s\n", static_cast<long long>(p.id),
                  qPrintable(o["subject"].toString()), p.name.empty() ? "" : ("  \"" + p.name + "\"").c_str(),
                  layout.files.size(),
                  layout.wallStart ? qPrintable(layout.wallStart->toString(Qt::ISODateWithMs)) : "(no wall clock)",
                  layout.observedSeconds(), layout.spanSeconds());
      for (const auto& f : o["files"].toArray()) {
        const QJsonObject j = f.toObject();
        const QString video = j["video"].toString();
        std::printf("  recording %-5lld %-28s start %9.3f s (%s)  gap %+.3f s%s%s\n",
                    static_cast<long long>(j["recording"].toInteger()), qPrintable(j["file"].toString()),
                    j["start_s"].toDouble(), qPrintable(j["start_source"].toString()), j["gap_before_s"].toDouble(),
                    j["contiguous_with_previous"].toBool() ? "  contiguous" : "",
                    video == "missing"    ? "  VIDEO MISSING"
                    : video == "replaced" ? "  NOT THE VIDEO THAT WAS ADDED (replaced, re-encoded or cut)"
                                          : "");
      }
    }
    if (parser.isSet("json")) std::fputs(QJsonDocument(all).toJson(QJsonDocument::Indented).constData(), stdout);
    return kExitOk;
  } catch (const std::exception& e) {
    printError(kCommand, QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runSetStart(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Set the wall-clock start of one file of a period, as the user knows it (a camera whose clock was wrong, a "
      "file without creation time), or with --after-previous make it begin directly after the previous file.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addOption({"recording", "The recording's id.", "ID"});
  parser.addOption({"start", "Its start, ISO 8601 (2026-03-01T22:00:00Z).", "ISO8601"});
  parser.addOption({"after-previous", "It begins where the previous file ends."});
  if (auto exit = parseCommandLine(parser, kCommand, "prodrome period set-start", args, 1)) return *exit;
  if (!parser.isSet("recording") || parser.isSet("start") == parser.isSet("after-previous")) {
    printError(kCommand, "--recording ID and one of --start ISO8601 or --after-previous are required");
    return kExitUsage;
  }
  const auto recording = integerOption(kCommand, parser, "recording", 1);
  if (!recording) return kExitUsage;
  std::optional<std::string> start;
  if (parser.isSet("start") && !(start = startOption(parser))) return kExitUsage;
  auto database = openProjectFile(kCommand, parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    database::PeriodStore(*database).setStart(*recording, start);
    return kExitOk;
  } catch (const std::exception& e) {
    printError(kCommand, QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace

int runPeriodCommand(const QStringList& args) {
  return runSubcommand(
      kCommand, "Monitoring periods: a subject's recordings chained in time (a night cut into files).",
      {{"create", "chain recordings into a period (period create DB --subject S --recordings 3,4,5)", runCreate},
       {"list", "the periods, their files, starts, gaps and overlaps (period list DB [--json])", runList},
       {"set-start", "date one file (period set-start DB --recording R --start ISO8601 | --after-previous)",
        runSetStart}},
      args);
}

}  // namespace prodrome::app
