// prodrome review list|accept|reject|forget|export: what the GUI's forecast
// review does, for a headless server or a script. The rules (which alarms a
// curve raises at given options, which seizure accepting confirms, when a
// decision contradicts the annotations) are core::ForecastReview's, so a
// decision made here is the decision the GUI shows, and back.

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "app/EventTotalsText.h"
#include "core/Error.h"
#include "core/review/ForecastReview.h"
#include "core/review/ProbabilityCsv.h"
#include "core/runs/RunLock.h"
#include "database/AlarmReviewStore.h"
#include "database/ModelStore.h"
#include "database/RunStore.h"

#ifdef PRODROME_WITH_GUI
#include "ui/review/ReviewReport.h"
#endif

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace prodrome::app {

namespace {

constexpr const char* kCommand = "review";

// The alarm options every subcommand takes: an alarm is named by the frame it
// fired at, and which frames fire depends on them. Unset, the run's own.
void addAlarmOptions(QCommandLineParser& parser) {
  parser.addOption({"run", "The forecast run's id.", "ID"});
  parser.addOption({"recording", "The recording's id (needed when the run covers more than one).", "ID"});
  parser.addOption({"threshold", "Alarm threshold in [0, 1] (default: the one the run applied).", "P"});
  parser.addOption({"consecutive", "Windows in a row at or above the threshold (default: the run's).", "N"});
  parser.addOption({"horizon", "Horizon H in seconds (default: the run's).", "SEC"});
  parser.addOption({"refractory", "Seconds after an alarm that raise no other (default: the run's; -1: = horizon).",
                    "SEC"});
  parser.addOption({"post-ictal", "Seconds after an offset that raise no false alarm (default: the run's).", "SEC"});
}

struct Target {
  core::ForecastRunInfo run;
  core::AlarmOptions options;
};

// The run named by --run, with the options as given over its own. Reports
// and returns nullopt on a usage error (exit 2) or failure (exit 1, in `exit`).
std::optional<Target> readTarget(database::Database& db, const QCommandLineParser& parser, int& exit) {
  exit = kExitUsage;
  if (!parser.isSet("run")) {
    printError(kCommand, "--run ID is required (prodrome review list DB shows the forecast runs)");
    return std::nullopt;
  }
  const auto runId = integerOption(kCommand, parser, "run", 1);
  if (!runId) return std::nullopt;
  exit = kExitFailure;
  const auto row = database::RunStore(db).find(*runId);
  if (!row) {
    printError(kCommand, QString("no run %1 in project '%2'").arg(*runId).arg(QString::fromStdString(db.path().string())));
    return std::nullopt;
  }
  QString error;
  auto info = core::parseForecastRun(*row, &error);
  if (!info) {
    printError(kCommand, error);
    return std::nullopt;
  }
  if (!info->finished()) {
    printError(kCommand, QString("run %1 is %2, not finished: it has no complete curve to review")
                             .arg(*runId)
                             .arg(QString::fromStdString(core::shownStatus(db, *row))));
    return std::nullopt;
  }
  if (const auto model = database::ModelStore(db).find(info->model)) info->modelName = QString::fromStdString(model->name);
  Target target{*info, info->alarms};
  exit = kExitUsage;
  const auto number = [&](const char* name, double& field, double minimum) {
    if (!parser.isSet(name)) return true;
    const auto value = numberOption(kCommand, parser, name);
    if (!value) return false;
    if (*value < minimum) {
      printError(kCommand, QString("--%1 must be at least %2").arg(name).arg(minimum));
      return false;
    }
    field = *value;
    return true;
  };
  if (!number("threshold", target.options.threshold, 0) || !number("horizon", target.options.horizonSeconds, 0) ||
      !number("refractory", target.options.refractorySeconds, -1) ||
      !number("post-ictal", target.options.postIctalSeconds, 0))
    return std::nullopt;
  if (target.options.threshold > 1) {
    printError(kCommand, "--threshold must be in [0, 1]");
    return std::nullopt;
  }
  if (parser.isSet("consecutive")) {
    const auto k = integerOption(kCommand, parser, "consecutive", 1);
    if (!k) return std::nullopt;
    target.options.consecutive = static_cast<int>(*k);
  }
  return target;
}

// The recordings to review: --recording (which the run must cover), else all
// of the run's when `all` may be taken, else its only one.
std::optional<std::vector<std::int64_t>> readRecordings(const QCommandLineParser& parser, const Target& target,
                                                        bool all, int& exit) {
  exit = kExitUsage;
  if (parser.isSet("recording")) {
    const auto id = integerOption(kCommand, parser, "recording", 1);
    if (!id) return std::nullopt;
    return std::vector<std::int64_t>{*id};  // ForecastReview::load refuses one the run did not cover
  }
  if (all || target.run.recordings.size() == 1) return std::vector<std::int64_t>(target.run.recordings.begin(), target.run.recordings.end());
  QStringList ids;
  for (const auto id : target.run.recordings) ids << QString::number(id);
  printError(kCommand, QString("run %1 covers recordings %2: choose one with --recording ID")
                           .arg(target.run.runId)
                           .arg(ids.join(", ")));
  return std::nullopt;
}

const char* outcomeName(core::AlarmOutcome outcome) {
  switch (outcome) {
    case core::AlarmOutcome::True:
      return "true";
    case core::AlarmOutcome::False:
      return "false";
    case core::AlarmOutcome::DuringSeizure:
      return "during-seizure";
  }
  return "?";
}

QJsonValue finite(double value) { return std::isfinite(value) ? QJsonValue(value) : QJsonValue(); }

// Each seizure's fate, in onset order: forecast (with its warning), or missed,
// and then whether an alarm came while it lasted (late: a detection, not a
// forecast; core::SeizureForecast::lateSeconds).
QJsonArray perSeizureJson(const core::EventMetrics& m, double fps) {
  QJsonArray out;
  for (const core::SeizureForecast& f : m.seizures) {
    QJsonObject o;
    o["onset_frame"] = static_cast<qint64>(f.onsetFrame);
    o["onset_seconds"] = f.onsetFrame / fps;
    o["forecast"] = f.forecast;
    o["warning_seconds"] = f.forecast ? QJsonValue(f.warningSeconds) : QJsonValue();
    o["late_seconds"] = finite(f.lateSeconds);
    out.append(o);
  }
  return out;
}

int alarmedLate(const core::EventMetrics& m) {
  return static_cast<int>(std::count_if(m.seizures.begin(), m.seizures.end(), [](const core::SeizureForecast& f) {
    return !f.forecast && std::isfinite(f.lateSeconds);
  }));
}

QJsonObject metricsJson(const core::EventMetrics& m, double fps) {
  QJsonObject metrics;
  metrics["seizures"] = static_cast<int>(m.seizures.size());
  metrics["forecast_seizures"] = m.forecastSeizures;
  metrics["sensitivity"] = finite(m.sensitivity);
  metrics["false_alarms_per_hour"] = finite(m.falseAlarmsPerHour);
  metrics["mean_warning_seconds"] = finite(m.meanWarningSeconds);
  metrics["true_alarms"] = m.trueAlarms;
  metrics["false_alarms"] = m.falseAlarms;
  metrics["interictal_hours"] = finite(m.interictalHours);
  metrics["missed_alarmed_after_onset"] = alarmedLate(m);
  metrics["per_seizure"] = perSeizureJson(m, fps);
  return metrics;
}

// An alarm where and how it fired; the model's alarms add their review.
QJsonObject alarmJson(const core::Alarm& a, double fps) {
  QJsonObject o;
  o["frame"] = static_cast<qint64>(a.frame);
  o["seconds"] = a.frame / fps;
  o["probability"] = a.probability;
  o["outcome"] = outcomeName(a.outcome);
  return o;
}

QJsonObject reviewJson(const core::ForecastReview& review) {
  const QJsonObject metrics = metricsJson(review.metrics(), review.fps());
  QJsonArray alarms;
  for (int i = 0; i < static_cast<int>(review.alarms().size()); ++i) {
    const core::Alarm& a = review.alarms()[static_cast<std::size_t>(i)];
    QJsonObject o = alarmJson(a, review.fps());
    o["alarm"] = i + 1;
    const auto d = review.decision(a.frame);
    o["decision"] = d ? QJsonValue(QString::fromUtf8(database::toString(d->decision).data())) : QJsonValue();
    o["event"] = d && d->eventId ? QJsonValue(static_cast<qint64>(*d->eventId)) : QJsonValue();
    o["reviewer"] = d ? QJsonValue(QString::fromStdString(d->reviewer)) : QJsonValue();
    o["decided_at"] = d ? QJsonValue(QString::fromStdString(d->decidedAt)) : QJsonValue();
    o["check_again"] = review.contradicted(i);
    alarms.append(o);
  }
  QJsonObject out;
  out["recording"] = static_cast<qint64>(review.recordingId());
  out["windows"] = static_cast<qint64>(review.points().size());
  out["metrics"] = metrics;
  out["alarms"] = alarms;
  // The motion-statistics forecaster on the same windows, at its own
  // operating point and the review's other options (issue 12).
  if (const auto& b = review.motionBaselineMetrics()) {
    QJsonObject baseline = metricsJson(*b, review.fps());
    baseline["threshold"] = review.run().metrics.motionBaseline->threshold;
    baseline["consecutive"] = review.run().metrics.motionBaseline->consecutive;
    // Its alarms, as the review's timeline draws them on its curve.
    QJsonArray its;
    for (const core::Alarm& a : b->alarms) its.append(alarmJson(a, review.fps()));
    baseline["alarms"] = its;
    out["motion_baseline"] = baseline;
  }
  return out;
}

QJsonObject optionsJson(const core::AlarmOptions& o) {
  QJsonObject out;
  out["threshold"] = o.threshold;
  out["consecutive"] = o.consecutive;
  out["horizon_seconds"] = o.horizonSeconds;
  out["refractory_seconds"] = o.refractorySeconds;
  out["post_ictal_seconds"] = o.postIctalSeconds;
  return out;
}

QString orDash(double value, int decimals) {
  return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("-");
}

// "420 forecast 2.0 s ahead, 1200 missed (alarmed 1.0 s after its onset),
// 3000 missed": per seizure in onset order, as perSeizureJson.
std::string seizuresText(const core::EventMetrics& m) {
  std::string text;
  for (const core::SeizureForecast& f : m.seizures) {
    text += (text.empty() ? "" : ", ") + std::to_string(f.onsetFrame);
    if (f.forecast)
      text += " forecast " + orDash(f.warningSeconds, 1).toStdString() + " s ahead";
    else if (std::isfinite(f.lateSeconds))
      text += " missed (alarmed " + orDash(f.lateSeconds, 1).toStdString() + " s after its onset)";
    else
      text += " missed";
  }
  return text;
}

void printReview(const core::ForecastReview& review) {
  const core::EventMetrics& m = review.metrics();
  std::printf("recording %lld: %zu windows, %d of %zu seizures forecast, sensitivity %s, %s false alarms/h, "
              "mean warning %s s, %d accepted, %d rejected, %d to check again\n",
              static_cast<long long>(review.recordingId()), review.points().size(), m.forecastSeizures,
              m.seizures.size(), qPrintable(orDash(m.sensitivity, 3)), qPrintable(orDash(m.falseAlarmsPerHour, 2)),
              qPrintable(orDash(m.meanWarningSeconds, 2)), review.acceptedCount(), review.rejectedCount(),
              review.contradictedCount());
  if (!m.seizures.empty()) std::printf("  seizures (onset frame): %s\n", seizuresText(m).c_str());
  if (const auto& b = review.motionBaselineMetrics()) {
    std::printf("  %s\n", motionBaselineRecordingLine(*review.run().metrics.motionBaseline, *b).c_str());
    if (!b->seizures.empty()) std::printf("  its seizures (onset frame): %s\n", seizuresText(*b).c_str());
    std::string its;
    for (const core::Alarm& a : b->alarms)
      its += (its.empty() ? "" : ", ") + std::to_string(a.frame) + " " + outcomeName(a.outcome);
    if (!its.empty()) std::printf("  its alarms (frame, outcome): %s\n", its.c_str());
  }
  std::printf("%-6s %-10s %-11s %-11s %-15s %-9s %-7s %s\n", "alarm", "frame", "seconds", "probability", "outcome",
              "decision", "event", "note");
  for (int i = 0; i < static_cast<int>(review.alarms().size()); ++i) {
    const core::Alarm& a = review.alarms()[static_cast<std::size_t>(i)];
    const auto d = review.decision(a.frame);
    std::printf("%-6d %-10lld %-11.3f %-11.3f %-15s %-9s %-7s %s\n", i + 1, static_cast<long long>(a.frame),
                a.frame / review.fps(), a.probability, outcomeName(a.outcome),
                d ? std::string(database::toString(d->decision)).c_str() : "-",
                d && d->eventId ? std::to_string(*d->eventId).c_str() : "-", review.contradicted(i) ? "check-again" : "");
  }
}

int listRuns(database::Database& db) {
  std::printf("%-5s %-11s %-20s %-12s %-9s %-9s %s\n", "run", "status", "model", "recordings", "accepted", "rejected",
              "started");
  database::AlarmReviewStore decisions(db);
  database::ModelStore models(db);
  for (const auto& row : database::RunStore(db).list()) {
    if (row.kind != database::RunKind::Forecast) continue;
    const auto info = core::parseForecastRun(row);
    if (!info) continue;  // an unreadable config: review refuses it by id with the reason
    const auto model = models.find(info->model);
    int accepted = 0, rejected = 0;
    for (const auto& d : decisions.listByRun(row.id))
      (d.decision == database::AlarmDecision::Accepted ? accepted : rejected) += 1;
    std::printf("%-5lld %-11s %-20s %-12zu %-9d %-9d %s\n", static_cast<long long>(row.id),
                core::shownStatus(db, row).c_str(), model ? model->name.c_str() : std::to_string(info->model).c_str(),
                info->recordings.size(), accepted, rejected, row.started.value_or("-").c_str());
  }
  return kExitOk;
}

int runList(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Without --run: the project's forecast runs (id, status, model, recordings, decisions so far). With --run: "
      "for each recording of the run (or --recording), the event-level metrics at the alarm options and every alarm: "
      "its number, the window-end frame it fired at, seconds, probability, outcome (true, false, during-seizure), "
      "the decision on it (accepted, rejected or -), the seizure event it confirms, and 'check-again' where the "
      "decision contradicts the annotations as they now are; and each seizure by its onset frame: forecast (how many "
      "seconds ahead) or missed, a missed one with how long after its onset an alarm came while it lasted (a "
      "detection, not a forecast; JSON: metrics.per_seizure and metrics.missed_alarmed_after_onset). Where the run judged the motion-statistics forecaster "
      "beside the model and stored its curve, a line gives its figures on the recording at its own operating point "
      "(the other alarm options as given) and the next its alarms (frame, outcome; JSON: motion_baseline, with "
      "alarms). --json prints the same as one JSON object.");
  parser.addPositionalArgument("DB", "The project file.");
  addAlarmOptions(parser);
  parser.addOption({"json", "Print one JSON object instead of text."});
  if (auto exit = parseCommandLine(parser, kCommand, "prodrome review list", args, 1)) return *exit;
  auto db = openProjectFile(kCommand, parser.positionalArguments()[0]);
  if (!db) return kExitFailure;
  try {
    if (!parser.isSet("run")) return listRuns(*db);
    int exit = kExitOk;
    const auto target = readTarget(*db, parser, exit);
    if (!target) return exit;
    const auto recordings = readRecordings(parser, *target, true, exit);
    if (!recordings) return exit;
    QJsonArray reviews;
    for (const auto id : *recordings) {
      const auto review = core::ForecastReview::load(*db, target->run, id, target->options);
      if (parser.isSet("json"))
        reviews.append(reviewJson(review));
      else
        printReview(review);
    }
    if (parser.isSet("json")) {
      QJsonObject out;
      out["run"] = static_cast<qint64>(target->run.runId);
      out["model"] = target->run.modelLabel();
      out["options"] = optionsJson(core::ForecastReview::validOptions(target->options));
      out["recordings"] = reviews;
      std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    }
    return kExitOk;
  } catch (const std::exception& e) {
    printError(kCommand, QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

// accept, reject and forget: one alarm, named by --frame (as `review list`
// prints it) or --alarm N (its number there).
int runDecision(const QStringList& args, const char* name) {
  const QString action = QString::fromUtf8(name);
  QCommandLineParser parser;
  if (action == "accept")
    parser.setApplicationDescription(
        "Accept one alarm of a forecast run: a seizure follows it. It confirms the seizure the alarm forecast (or "
        "one starting within its horizon, or one going on at it); where there is none, give the new seizure's onset "
        "with --onset FRAME: the seizure and the decision are then stored together or not at all. Prints the "
        "decision and the seizure event's id.");
  else if (action == "reject")
    parser.setApplicationDescription("Reject one alarm of a forecast run as a false alarm. Prints the decision.");
  else
    parser.setApplicationDescription(
        "Forget the decision on one alarm of a forecast run (a seizure that accepting created stays: delete it "
        "with the annotations if it was wrong).");
  parser.addPositionalArgument("DB", "The project file.");
  addAlarmOptions(parser);
  parser.addOption({"frame", "The alarm by the window-end frame it fired at, as `review list` prints it.", "FRAME"});
  parser.addOption({"alarm", "The alarm by its number in `review list` (at the same options).", "N"});
  if (action != "forget") parser.addOption({"reviewer", "Who decides, stored with the decision (default: cli).", "NAME"});
  if (action == "accept")
    parser.addOption({"onset", "The onset frame of the seizure to mark when none follows the alarm.", "FRAME"});
  if (auto exit = parseCommandLine(parser, kCommand, "prodrome review " + action, args, 1)) return *exit;
  if (parser.isSet("frame") == parser.isSet("alarm")) {
    printError(kCommand, "name the alarm with exactly one of --frame FRAME or --alarm N");
    return kExitUsage;
  }
  auto db = openProjectFile(kCommand, parser.positionalArguments()[0]);
  if (!db) return kExitFailure;
  try {
    int exit = kExitOk;
    const auto target = readTarget(*db, parser, exit);
    if (!target) return exit;
    const auto recordings = readRecordings(parser, *target, false, exit);
    if (!recordings) return exit;
    auto review = core::ForecastReview::load(*db, target->run, recordings->front(), target->options);
    int index = -1;
    if (parser.isSet("frame")) {
      const auto frame = integerOption(kCommand, parser, "frame", 0);
      if (!frame) return kExitUsage;
      index = review.alarmAt(*frame);
      if (index < 0) {
        printError(kCommand, QString("no alarm fired at frame %1 of recording %2 at these options (%3 alarms; "
                                     "prodrome review list shows them)")
                                 .arg(*frame)
                                 .arg(review.recordingId())
                                 .arg(review.alarms().size()));
        return kExitFailure;
      }
    } else {
      const auto number = integerOption(kCommand, parser, "alarm", 1);
      if (!number) return kExitUsage;
      index = static_cast<int>(*number - 1);
    }
    if (action == "forget") {
      if (index >= static_cast<int>(review.alarms().size())) {
        printError(kCommand, QString("recording %1 has %2 alarms at these options, not %3")
                                 .arg(review.recordingId())
                                 .arg(review.alarms().size())
                                 .arg(index + 1));
        return kExitFailure;
      }
      const auto frame = review.alarms()[static_cast<std::size_t>(index)].frame;
      const bool had = database::AlarmReviewStore(*db).remove(target->run.runId, review.recordingId(), frame);
      std::printf("alarm %d at frame %lld: %s\n", index + 1, static_cast<long long>(frame),
                  had ? "decision forgotten" : "had no decision");
      return kExitOk;
    }
    std::optional<std::int64_t> onset;
    if (action == "accept" && parser.isSet("onset")) {
      const auto value = integerOption(kCommand, parser, "onset", 0);
      if (!value) return kExitUsage;
      onset = *value;
    }
    const std::string reviewer =
        parser.isSet("reviewer") ? parser.value("reviewer").trimmed().toStdString() : std::string("cli");
    const auto decision = action == "accept" ? database::AlarmDecision::Accepted : database::AlarmDecision::Rejected;
    // The decision is committed when decideAlarm returns: only then is it printed.
    const auto stored = core::decideAlarm(*db, review, index, decision, reviewer, onset);
    std::printf("alarm %d at frame %lld: %s", index + 1, static_cast<long long>(stored.frame),
                std::string(database::toString(stored.decision)).c_str());
    if (stored.eventId) std::printf(", seizure event %lld", static_cast<long long>(*stored.eventId));
    std::printf("\n");
    return kExitOk;
  } catch (const std::exception& e) {
    printError(kCommand, QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runExport(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Write the review's files, each atomically. --probabilities OUT.csv: "
      "recording,window_end_frame,window_end_seconds,probability,motion_baseline_probability for every recording of "
      "the run (the last: the motion-statistics forecaster's probability for the same window, empty where the run "
      "stored none). --report OUT: the "
      "report the GUI exports (the probability plot, the metrics at the alarm options, the run's configuration, "
      "every alarm with its outcome and decision) for one recording; PDF when OUT ends in .pdf, else HTML.");
  parser.addPositionalArgument("DB", "The project file.");
  addAlarmOptions(parser);
  parser.addOption({"probabilities", "The CSV of the run's probabilities.", "OUT.csv"});
  parser.addOption({"report", "The review report (.html or .pdf).", "OUT"});
  if (auto exit = parseCommandLine(parser, kCommand, "prodrome review export", args, 1)) return *exit;
  if (!parser.isSet("probabilities") && !parser.isSet("report")) {
    printError(kCommand, "nothing to write: give --probabilities OUT.csv and/or --report OUT.html|OUT.pdf");
    return kExitUsage;
  }
#ifndef PRODROME_WITH_GUI
  if (parser.isSet("report")) {
    printError(kCommand, "this build has no Qt Gui to draw the report's plot; --probabilities works");
    return kExitFailure;
  }
#endif
  auto db = openProjectFile(kCommand, parser.positionalArguments()[0]);
  if (!db) return kExitFailure;
  try {
    int exit = kExitOk;
    const auto target = readTarget(*db, parser, exit);
    if (!target) return exit;
    if (parser.isSet("probabilities")) {
      const QString out = parser.value("probabilities");
      const auto rows = core::writeProbabilitiesCsv(*db, target->run, out.toStdString());
      std::fprintf(stderr, "wrote %lld windows to %s\n", static_cast<long long>(rows), qPrintable(out));
    }
#ifdef PRODROME_WITH_GUI
    if (parser.isSet("report")) {
      const auto recordings = readRecordings(parser, *target, false, exit);
      if (!recordings) return exit;
      const auto review = core::ForecastReview::load(*db, target->run, recordings->front(), target->options);
      const QString out = parser.value("report");
      const auto recording = review.recording();
      const QString label = QString("%1 (recording %2)")
                                .arg(QFileInfo(QString::fromStdString(recording.path)).fileName())
                                .arg(recording.id);
      ui::writeReviewReport(review, label, out);
      std::fprintf(stderr, "wrote the review report to %s\n", qPrintable(out));
    }
#endif
    return kExitOk;
  } catch (const std::exception& e) {
    printError(kCommand, QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace

// Only a report draws (its plot): the other subcommands start as plain
// command-line programs, without a platform plugin.
bool reviewPaints(const QStringList& args) {
  return args.value(0) == QLatin1String("export") &&
         std::any_of(args.begin(), args.end(), [](const QString& a) { return a.startsWith(QLatin1String("--report")); });
}

int runReviewCommand(const QStringList& args) {
  return runSubcommand(
      kCommand,
      "Review a forecast run's alarms as the GUI's review does: list them with the metrics, accept or reject them, "
      "export the probabilities and the report.",
      {{"list", "forecast runs, or one run's alarms and metrics (review list DB [--run ID [--recording ID]] [--json])",
        runList},
       {"accept", "accept an alarm (review accept DB --run ID [--recording ID] --frame F|--alarm N [--onset FRAME])",
        [](const QStringList& a) { return runDecision(a, "accept"); }},
       {"reject", "reject an alarm as false (review reject DB --run ID [--recording ID] --frame F|--alarm N)",
        [](const QStringList& a) { return runDecision(a, "reject"); }},
       {"forget", "forget the decision on an alarm (review forget DB --run ID [--recording ID] --frame F|--alarm N)",
        [](const QStringList& a) { return runDecision(a, "forget"); }},
       {"export", "write the probabilities' CSV and/or the report (review export DB --run ID --probabilities F "
                  "--report F.html|.pdf)",
        runExport}},
      args);
}

}  // namespace prodrome::app
