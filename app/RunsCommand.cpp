// prodrome runs list|show: a project's training, evaluation and forecast
// runs, as the GUI's project tree and run view show them, for headless
// servers. Names come from core::describeRun and metrics from the typed
// run metrics (core/runs), the same the GUI reads, so the two cannot drift.

#include "app/CalibrationText.h"
#include "app/Command.h"
#include "app/CommandSupport.h"
#include "app/EventTotalsText.h"
#include "app/ProbeCurveText.h"
#include "core/forecast/OperatingPoint.h"
#include "core/runs/FewShotMetrics.h"
#include "core/runs/FineTuneMetrics.h"
#include "core/runs/ForecastMetrics.h"
#include "core/runs/MetricText.h"
#include "core/runs/ModelFiles.h"
#include "core/runs/PretrainMetrics.h"
#include "core/runs/RunDescription.h"
#include "core/runs/RunLock.h"
#include "database/RunStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace prodrome::app {

namespace {

// The stored status, or "interrupted" for a run left running by a process
// that has ended (core/runs/RunLock.h).
QString statusName(const database::Database& db, const database::Run& run) {
  return QString::fromStdString(core::shownStatus(db, run));
}

QJsonObject parseObject(const std::string& text) {
  return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

// "0.7123" or "—" for an undefined metric (core::metricText).
std::string metric(double v) { return core::metricText(v, 4).toStdString(); }

// A candidate's trials (FineTuneMetrics::ShareTrial) as a table, the kept
// one starred; nothing when none was tried.
void printTrials(const char* candidate, const std::vector<core::FineTuneMetrics::ShareTrial>& trials,
                 const std::optional<double>& kept) {
  if (trials.empty()) return;
  std::printf("%s\tsensitivity\tfalse_alarms_per_hour\twindow_roc_auc\tkept\n", candidate);
  for (const auto& t : trials)
    std::printf("%s\t%s\t%s\t%s\t%s\n", metric(t.share).c_str(), metric(t.sensitivity).c_str(),
                metric(t.falseAlarmsPerHour).c_str(), metric(t.windowRocAuc).c_str(),
                kept && *kept == t.share ? "*" : "");
}

std::string interval(double mean, double low, double high) {
  return core::metricIntervalText(mean, low, high, 4).toStdString();
}

void printFewShot(const core::FewShotMetrics& m) {
  std::printf("shots\tarm\tepisodes\tbacc [95%% CI]\troc_auc [95%% CI]\tpr_auc [95%% CI]\n");
  const auto row = [](const char* arm, const core::ShotSummary& s) {
    std::printf("%d\t%s\t%d\t%s\t%s\t%s\n", s.shots, arm, s.episodes,
                interval(s.bacc, s.baccLow, s.baccHigh).c_str(), interval(s.rocAuc, s.rocAucLow, s.rocAucHigh).c_str(),
                interval(s.prAuc, s.prAucLow, s.prAucHigh).c_str());
  };
  for (std::size_t i = 0; i < m.perShot.size(); ++i) {
    row("model", m.perShot[i]);
    if (i < m.baseline.perShot.size()) row("baseline", m.baseline.perShot[i]);
    if (i < m.tokensAlone.perShot.size()) row("tokens-alone", m.tokensAlone.perShot[i]);
  }
  if (!m.baseline.empty()) std::printf("baseline: %s\n", m.baseline.method.c_str());
  if (!m.tokensAlone.empty()) std::printf("tokens-alone: %s\n", m.tokensAlone.method.c_str());
}

void printFineTune(const core::FineTuneMetrics& m) {
  std::printf("train clips %lld, validation clips %lld%s\n", static_cast<long long>(m.trainClips),
              static_cast<long long>(m.validationClips), m.head.empty() ? "" : (", probe head " + m.head).c_str());
  if (!m.trainLoss.empty()) {
    std::printf("epoch\ttrain_loss\tbacc\troc_auc\tpr_auc\tkept\n");
    for (std::size_t e = 0; e < m.trainLoss.size(); ++e) {
      const bool has = e < m.validation.size();
      std::printf("%zu\t%s\t%s\t%s\t%s\t%s\n", e + 1, metric(m.trainLoss[e]).c_str(),
                  has ? metric(m.validation[e].balanced_accuracy).c_str() : "—",
                  has ? metric(m.validation[e].roc_auc).c_str() : "—",
                  has ? metric(m.validation[e].pr_auc).c_str() : "—",
                  static_cast<std::int64_t>(e) == m.bestEpoch ? "*" : "");
    }
  }
  if (m.threshold)
    std::printf("threshold %.3f (%s)\n", *m.threshold, m.thresholdRule.empty() ? "no validation clips of both labels"
                                                                               : m.thresholdRule.c_str());
  if (m.thresholdRule == "false-alarm-rate") {
    std::printf("%lld window(s) in a row; chosen on %lld validation and %lld cross-fitted recording(s): sensitivity "
                "%s at %s false alarms per hour\n",
                static_cast<long long>(m.consecutive), static_cast<long long>(m.thresholdValidationRecordings),
                static_cast<long long>(m.thresholdCrossFittedRecordings), metric(m.validationEventSensitivity).c_str(),
                metric(m.validationFalseAlarmsPerHour).c_str());
    printTrials("share", m.motionShareTrials, m.motionShare);
    printTrials("jerk_weight", m.jerkWeightTrials, m.jerkWeight);
    if (m.calibration) std::printf("%s\n", calibrationLine(*m.calibration).c_str());
    if (m.motionBaseline) {
      const auto& b = *m.motionBaseline;
      if (core::neverAlarms(b.threshold))
        std::printf("motion baseline (the statistics alone, no encoder): no operating point within the budget; "
                    "window ROC-AUC %s on the same recordings\n",
                    metric(b.windowRocAuc).c_str());
      else
        std::printf("motion baseline (the statistics alone, no encoder): threshold %.3f, %lld window(s) in a row, "
                    "sensitivity %s at %s false alarms per hour, window ROC-AUC %s on the same recordings\n",
                    b.threshold, static_cast<long long>(b.consecutive), metric(b.sensitivity).c_str(),
                    metric(b.falseAlarmsPerHour).c_str(), metric(b.windowRocAuc).c_str());
    }
  }
  if (m.validationAtThreshold)
    std::printf("validation %s at the threshold: bacc %s, sensitivity %s, specificity %s, roc_auc %s\n",
                m.validationAtThresholdOn == "windows"
                    ? ("windows (" + std::to_string(m.thresholdWindows) + " of the validation recordings)").c_str()
                    : "clips",
                metric(m.validationAtThreshold->balanced_accuracy).c_str(),
                metric(m.validationAtThreshold->sensitivity).c_str(),
                metric(m.validationAtThreshold->specificity).c_str(), metric(m.validationAtThreshold->roc_auc).c_str());
  if (m.modelId > 0) std::printf("model %lld\n", static_cast<long long>(m.modelId));
}

void printPretrain(const core::PretrainMetrics& m, const std::vector<core::SnapshotFile>& snapshots) {
  std::printf("steps done %lld, final loss %s, %lld clips in the mix, %.1f s on %s\n",
              static_cast<long long>(m.stepsDone), metric(m.finalLoss()).c_str(), static_cast<long long>(m.clips),
              m.seconds, m.device.empty() ? "—" : m.device.c_str());
  if (!m.reproducibility.reason.empty())
    std::printf("repeatable bit for bit: %s (%s)\n", m.reproducibility.deterministic ? "yes" : "no",
                m.reproducibility.reason.c_str());
  if (!m.losses.empty()) {
    std::printf("step\tloss\n");
    // Every step would flood a terminal: about twenty rows, the last included.
    const std::size_t every = std::max<std::size_t>(1, m.losses.size() / 20);
    for (std::size_t i = 0; i < m.losses.size(); ++i)
      if (i % every == 0 || i + 1 == m.losses.size()) std::printf("%zu\t%s\n", i + 1, metric(m.losses[i]).c_str());
  }
  for (const auto& snapshot : snapshots)
    std::printf("snapshot at step %lld: %s%s\n", static_cast<long long>(snapshot.step), snapshot.path.string().c_str(),
                snapshot.exists ? "" : " (missing)");
  if (m.modelId > 0) std::printf("model %lld\n", static_cast<long long>(m.modelId));
}

// Each stored probe curve (core/runs/ProbeCurve.h) as its rows: steps, the
// run, both ROC-AUCs and their gains over the first point (null there).
QJsonArray probeCurvesJson(const std::vector<std::vector<core::StoredProbe>>& curves) {
  const auto number = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
  QJsonArray out;
  for (const auto& curve : curves) {
    const auto rows = core::probeCurveRows(core::probeCurvePoints(curve));
    QJsonArray points;
    for (std::size_t i = 0; i < rows.size(); ++i)
      points.append(QJsonObject{{"steps", static_cast<qint64>(rows[i].steps)},
                                {"run", static_cast<qint64>(curve[i].runId)},
                                {"tokens_alone_roc_auc", number(rows[i].tokensAlone.rocAuc)},
                                {"head_roc_auc", number(rows[i].head.rocAuc)},
                                {"tokens_alone_minus_first", number(rows[i].tokensAloneGain.mean)},
                                {"tokens_alone_minus_first_ci_low", number(rows[i].tokensAloneGain.low)},
                                {"tokens_alone_minus_first_ci_high", number(rows[i].tokensAloneGain.high)},
                                {"head_minus_first", number(rows[i].headGain.mean)}});
    out.append(points);
  }
  return out;
}

void printForecast(const core::ForecastMetrics& m) {
  std::printf("threshold %.3f; windows %lld positive, %lld negative; window roc_auc %s, pr_auc %s; %s\n", m.threshold,
              static_cast<long long>(m.windowPositives), static_cast<long long>(m.windowNegatives),
              metric(m.windowRocAuc).c_str(), metric(m.windowPrAuc).c_str(),
              brierText(m.windowBrier, m.windowPositives, m.windowNegatives).c_str());
  if (m.recordings.empty()) return;
  // A run stored before the counts were has "—" in their columns and no pooled line.
  const auto count = [](const auto& counts, auto field) {
    return counts ? std::to_string(field(*counts)) : core::missingMetricText().toStdString();
  };
  std::printf("recording\twindows\tseizures\tforecast\talarms\tfalse_alarms\tinterictal_h\tsensitivity\t"
              "false_alarms_per_hour\tmean_warning_s\tx_real_time\n");
  for (const auto& r : m.recordings)
    std::printf("%lld\t%lld\t%lld\t%s\t%lld\t%s\t%s\t%s\t%s\t%s\t%s\n", static_cast<long long>(r.recording),
                static_cast<long long>(r.windows), static_cast<long long>(r.seizures),
                count(r.counts, [](const core::EventTotals& c) { return c.forecast; }).c_str(),
                static_cast<long long>(r.alarms),
                count(r.counts, [](const core::EventTotals& c) { return c.falseAlarms; }).c_str(),
                metric(r.counts ? r.counts->interictalHours : core::ForecastMetrics::kUndefined).c_str(),
                metric(r.sensitivity).c_str(), metric(r.falseAlarmsPerHour).c_str(),
                metric(r.meanWarningSeconds).c_str(), metric(r.speedXRealTime).c_str());
  if (const auto all = m.pooled()) std::printf("%s\n", app::pooledEventsLine(*all, m.recordings.size()).c_str());
  if (m.motionBaseline) std::printf("%s\n", app::motionBaselineLine(*m.motionBaseline).c_str());
  std::printf("(the alarms at the run's own options; a review's decisions are `prodrome review`'s)\n");
}

int runList(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "List the runs of project DB, ordered by id: a header line, then one tab-separated line per run: id, status, "
      "and what it is (kind, model, clip set or recordings, start), named as in the GUI's project tree. A status is "
      "pending, running, succeeded, failed, cancelled, or interrupted: stored as running, but the process that ran "
      "it has ended (a crash, a kill, a full disk); a pre-training or fine-tuning run then resumes with --resume.");
  parser.addPositionalArgument("DB", "The project file.");
  if (auto exit = parseCommandLine(parser, "runs", "prodrome runs list", args, 1)) return *exit;
  auto database = openProjectFile("runs", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    std::printf("id\tstatus\trun\n");
    for (const auto& r : database::RunStore(*database).list())
      std::printf("%lld\t%s\t%s\n", static_cast<long long>(r.id), statusName(*database, r).toUtf8().constData(),
                  core::runTitle(core::describeRun(r, *database)).toUtf8().constData());
    return kExitOk;
  } catch (const std::exception& e) {
    printError("runs", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

int runShow(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Show one run of project DB as the GUI's run view does: what it is, its metrics (a k-shot evaluation's mean "
      "per shot count with its 95 % interval beside the baseline arms; a fine-tuning's epochs and operating point), "
      "its stored config and its log. With --json, everything as one JSON object (config and metrics as stored).");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addPositionalArgument("RUN", "The run's id.");
  QCommandLineOption json("json", "Print one JSON object instead of text.");
  parser.addOption(json);
  if (auto exit = parseCommandLine(parser, "runs", "prodrome runs show", args, 2)) return *exit;
  bool ok = false;
  const qint64 id = parser.positionalArguments()[1].toLongLong(&ok);
  if (!ok || id < 1) {
    printError("runs", QString("'%1' is not a run id").arg(parser.positionalArguments()[1]));
    return kExitUsage;
  }
  auto database = openProjectFile("runs", parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    const auto run = database::RunStore(*database).find(id);
    if (!run) {
      printError("runs", QString("project '%1' has no run %2").arg(parser.positionalArguments()[0]).arg(id));
      return kExitFailure;
    }
    const auto description = core::describeRun(*run, *database);
    const QJsonObject config = parseObject(run->config), metrics = parseObject(run->metrics);
    // Which process is running it now, for a run in progress.
    std::string holder;
    if (run->status == database::RunStatus::Running)
      if (const auto lock = core::runLockState(*database, id); lock.kind == core::RunLockState::Kind::Held)
        holder = lock.holder.text();
    // A pre-training run's snapshots probed by few-shot runs: its curves.
    const auto curves = run->kind == database::RunKind::Pretrain
                            ? core::storedProbeCurves(database::RunStore(*database).list(), id)
                            : std::vector<std::vector<core::StoredProbe>>{};
    const auto snapshots = description.kind == core::RunDescription::Kind::Pretraining
                               ? core::keptSnapshotFiles(core::PretrainMetrics::fromJson(metrics),
                                                         std::filesystem::absolute(database->path()), id)
                               : std::vector<core::SnapshotFile>{};
    if (parser.isSet(json)) {
      QJsonObject out{{"id", id},
                      {"kind", QString::fromUtf8(core::runKindName(description.kind))},
                      {"status", statusName(*database, *run)},
                      {"title", core::runTitle(description)},
                      {"started", QString::fromStdString(run->started.value_or(""))},
                      {"ended", QString::fromStdString(run->ended.value_or(""))},
                      {"config", config},
                      {"metrics", metrics},
                      {"log", QString::fromStdString(run->log)}};
      if (!holder.empty()) out["held_by"] = QString::fromStdString(holder);
      if (!curves.empty()) out["probe_curves"] = probeCurvesJson(curves);
      if (!snapshots.empty()) {
        // The stored metrics keep the paths as written; these are where the files are now.
        QJsonArray files;
        for (const auto& s : snapshots)
          files.append(QJsonObject{{"step", static_cast<qint64>(s.step)},
                                   {"path", QString::fromStdString(s.path.string())},
                                   {"exists", s.exists}});
        out["snapshot_files"] = files;
      }
      std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
      return kExitOk;
    }
    std::printf("run %lld · %s · %s\n", static_cast<long long>(id), core::runTitle(description).toUtf8().constData(),
                statusName(*database, *run).toUtf8().constData());
    if (!holder.empty()) std::printf("run by %s\n", holder.c_str());
    if (!description.problem.isEmpty())
      std::printf("config does not read: %s\n", description.problem.toUtf8().constData());
    std::printf("\nmetrics:\n");
    switch (description.kind) {
      case core::RunDescription::Kind::FewShot:
        printFewShot(core::FewShotMetrics::fromJson(metrics));
        break;
      case core::RunDescription::Kind::FineTuning:
        printFineTune(core::FineTuneMetrics::fromJson(metrics));
        break;
      case core::RunDescription::Kind::Pretraining:
        printPretrain(core::PretrainMetrics::fromJson(metrics), snapshots);
        for (const auto& curve : curves) {
          std::vector<std::int64_t> ids;
          for (const auto& probe : curve) ids.push_back(probe.runId);
          std::printf("\n%s", probeCurveText(core::probeCurvePoints(curve), ids).c_str());
        }
        break;
      case core::RunDescription::Kind::Forecast:
        printForecast(core::ForecastMetrics::fromJson(metrics));
        break;
    }
    std::printf("\nconfig:\n%s\nlog:\n%s\n", QJsonDocument(config).toJson(QJsonDocument::Indented).constData(),
                run->log.c_str());
    return kExitOk;
  } catch (const std::exception& e) {
    printError("runs", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace

int runRunsCommand(const QStringList& args) {
  return runSubcommand("runs", "List and show a project's runs.",
                       {{"list", "list a project's runs, named as in the GUI (runs list DB)", runList},
                        {"show", "one run's metrics, config and log (runs show DB RUN [--json])", runShow}},
                       args);
}

}  // namespace prodrome::app
