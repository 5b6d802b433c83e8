// prodrome demo: the whole method end to end on synthetic data (issue 5 §2).

#include "app/CalibrationText.h"
#include "app/Command.h"
#include "app/CommandSupport.h"
#include "app/DemoPlots.h"
#include "app/ProgressLine.h"
#include "app/TrainingOptions.h"  // fixed()
#include "core/pipeline/Demo.h"
#include "core/pipeline/ModelOperatingPoint.h"
#include "core/runs/MetricText.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QTextStream>

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <utility>

namespace prodrome::app {

namespace {


void printSummary(const core::DemoResult& r) {
  std::printf("\nProdrome demo finished in %.0f s. Project: %s\n", r.totalSeconds, r.project.string().c_str());
  if (!r.pretrainLosses.empty())
    std::printf("stage 1 (vit-tiny 16x112, rodents Y/N + training patients' windows, mask %.2f): %zu steps, "
                "loss %.4f -> %.4f\n",
                r.plan.maskRatio, r.pretrainLosses.size(), r.pretrainLosses.front(), r.pretrainLosses.back());
  std::printf("stage 2, held-out patients, %d paired episodes per shot: mean [95%% CI]\n", r.plan.episodes);
  std::printf("  shots arm                bacc                  ROC-AUC\n");
  for (std::size_t i = 0; i < r.withStage1.perShot.size(); ++i) {
    const std::vector<std::pair<const char*, const std::vector<core::ShotSummary>*>> arms = {
        {"with stage 1", &r.withStage1.perShot},
        {"without stage 1", &r.withoutStage1.perShot},
        {"motion baseline", &r.withStage1.baseline.perShot},
        {"stage 1, tokens", &r.withStage1.tokensAlone.perShot},
        {"no stage 1, tokens", &r.withoutStage1.tokensAlone.perShot}};
    for (const auto& [name, perShot] : arms) {
      if (i >= perShot->size()) continue;
      const auto& s = (*perShot)[i];
      std::printf("  %d     %-18s %s [%s, %s]   %s [%s, %s]\n", s.shots, name, qPrintable(fixed(s.bacc)),
                  qPrintable(fixed(s.baccLow)), qPrintable(fixed(s.baccHigh)), qPrintable(fixed(s.rocAuc)),
                  qPrintable(fixed(s.rocAucLow)), qPrintable(fixed(s.rocAucHigh)));
    }
  }
  // The probe curve against stage-1 steps, where the demo kept one.
  if (const auto curve = core::stage1ProbeCurve(r); curve.size() > 2) {
    std::string line;
    for (const auto& p : curve)
      line += (line.empty() ? "" : ", ") + std::to_string(p.steps) + ": " +
              fixed(p.metrics->tokensAlone.overall.rocAuc).toStdString();
    std::printf("stage 1 probed along its steps, tokens alone, ROC-AUC over all shots (steps: value): %s\n",
                line.c_str());
  }
  // Where the operating point came from, or that there is none.
  const std::string point =
      core::ModelOperatingPoint{r.threshold, r.consecutive}.neverAlarms()
          ? "no operating point: no threshold forecast a seizure within the budget on " +
                std::to_string(r.selectionRecordings) + " other recordings, so it raises no alarm"
          : "threshold " + fixed(r.threshold).toStdString() + ", " + std::to_string(r.consecutive) +
                " in a row, brief jerks weighed " + fixed(r.forecasterJerkWeight, 2).toStdString() + ", chosen on " +
                std::to_string(r.selectionRecordings) +
                " other recordings: " + fixed(r.selectionSensitivity, 2).toStdString() + " of seizures at " +
                fixed(r.selectionFalseAlarmsPerHour, 1).toStdString() + " false alarms/h there";
  const auto sensitivityCi = r.heldOut.sensitivityInterval();
  const auto rateCi = r.heldOut.falseAlarmsPerHourInterval();
  std::printf(
      "forecaster on %zu held-out recordings (%s): window ROC-AUC %s, PR-AUC %s, %s; "
      "%d/%d seizures forecast (95%% CI %s-%s), %d false alarms (%s/h, 95%% CI %s-%s), mean warning %s s, "
      "%s x real time\n",
      r.forecasts.size(), point.c_str(), qPrintable(fixed(r.windowRocAuc)), qPrintable(fixed(r.windowPrAuc)),
      brierText(r.windowBrier, r.windowPositives, r.windowNegatives).c_str(), r.heldOut.forecast, r.heldOut.seizures,
      qPrintable(fixed(sensitivityCi.low, 2)), qPrintable(fixed(sensitivityCi.high, 2)), r.heldOut.falseAlarms,
      qPrintable(fixed(r.heldOut.falseAlarmsPerHour(), 1)), qPrintable(fixed(rateCi.low, 1)),
      qPrintable(fixed(rateCi.high, 1)), qPrintable(fixed(r.meanWarningSeconds, 1)),
      qPrintable(fixed(r.forecastVideoSeconds / std::max(1e-9, r.forecastWallSeconds), 1)));
  const auto& c = r.falseAlarmCauses;
  std::printf(
      "  where its false alarms fell: %d inside look-alike episodes, %d within a window after one, %d early in a "
      "pre-ictal phase, %d in ordinary time; of the %d seizures missed, %zu drew their first alarm within %s s "
      "after the onset (late)\n",
      c.insideLookAlike, c.afterLookAlike, c.earlyInPreictal, c.elsewhere, r.heldOut.seizures - r.heldOut.forecast,
      r.lateAlarmSeconds.size(), qPrintable(fixed(r.alarms.horizonSeconds, 0)));
  if (r.motionBaseline) {
    const auto& b = *r.motionBaseline;
    const auto bRateCi = b.heldOut.falseAlarmsPerHourInterval();
    const bool never = core::neverAlarms(b.head.threshold);
    std::printf(
        "  beside it, a motion-statistics forecaster (the statistics alone, no encoder%s, its own operating "
        "point%s): window ROC-AUC %s; %d/%d seizures forecast, %d false alarms (%s/h, 95%% CI %s-%s)\n",
        r.forecasterJerkWeight > 0 ? ", its brief jerks weighed the same" : "",
        never ? ": none, it raises no alarm" : "", qPrintable(fixed(b.windowRocAuc)), b.heldOut.forecast,
        b.heldOut.seizures, b.heldOut.falseAlarms, qPrintable(fixed(b.heldOut.falseAlarmsPerHour(), 1)),
        qPrintable(fixed(bRateCi.low, 1)), qPrintable(fixed(bRateCi.high, 1)));
    const auto& d = b.forecasterMinusIt;
    if (!std::isnan(d.difference))
      std::printf(
          "  the forecaster's window ROC-AUC minus its: %s, 95%% CI %s (paired, bootstrap of %d stretches of "
          "%.0f s)\n",
          qPrintable(core::signedMetricText(d.difference, 3)),
          std::isnan(d.low) ? "none (too few stretches)"
                            : qPrintable(core::signedMetricText(d.low, 3) + QStringLiteral(" to ") +
                                         core::signedMetricText(d.high, 3)),
          d.blocks, core::kBlockSeconds);
  }
  std::printf(
      "  what the cues allow: an oracle that knows when every pre-ictal phase or look-alike decoy ends, not which is "
      "which, forecasts %d/%d with %s false alarms/h\n",
      r.oracleKnowsEnd.forecast, r.oracleKnowsEnd.seizures,
      qPrintable(fixed(r.oracleKnowsEnd.falseAlarmsPerHour(), 1)));
  const std::pair<const core::synth::IdealObserverForecast*, const char*> observers[] = {
      {&r.idealObserverAlone, ""},
      {&r.idealObserver, " and each episode's start"},
      {&r.idealObserverRelease, ", each episode's start and a decoy's release"}};
  for (const auto& [o, also] : observers)
    std::printf(
        "  an ideal observer that perceives every twitch%s, its threshold chosen by the same rule: %d/%d with %s "
        "false alarms/h\n",
        also, o->heldOut.forecast, o->heldOut.seizures, qPrintable(fixed(o->heldOut.falseAlarmsPerHour(), 1)));
  std::printf("report: %s\n", r.report.string().c_str());
  std::fflush(stdout);
}

bool displayAvailable() {
  const char* x = std::getenv("DISPLAY");
  const char* w = std::getenv("WAYLAND_DISPLAY");
  return (x && *x) || (w && *w);
}

}  // namespace

int runDemoCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Run the paper's method end to end on synthetic data: generate rodent and human monitoring videos, build clip "
      "sets, pre-train VideoMAE vit-tiny (stage 1, +Rodents(Y/N)+H), evaluate 2/3/4-shot forecasting on held-out "
      "patients with and without stage 1 beside a motion-energy baseline, train a forecaster and run it over the "
      "held-out recordings, and write a report (Markdown, CSV, PNG) into DIR. About 3 minutes on 2 CPU cores (up to "
      "7 on slower ones); --quick under 2.");
  parser.addOption(
      {"dir", "Folder for the project and report (default: a new prodrome-demo-<time> folder here).", "DIR"});
  parser.addOption({"quick", "A smaller run (fewer subjects, steps and episodes)."});
  parser.addOption({"seed", "Seed of the data and of every random choice (default 7).", "N"});
  parser.addOption({"difficulty",
                    "Difficulty of the synthetic data, 0 to 1 (default: the generator's, 0.5): fainter pre-ictal cues, "
                    "more decoy episodes and more sensor noise as it grows.",
                    "D"});
  parser.addOption({"device", "auto (CUDA when available), cpu, cuda or cuda:N (default auto).", "D"});
  parser.addOption({"no-open", "Do not offer to open the project in the GUI."});
  if (auto exit = parseCommandLine(parser, "demo", "prodrome demo", args, 0)) return *exit;
  core::DemoOptions options;
  options.quick = parser.isSet("quick");
  options.device = parser.isSet("device") ? parser.value("device").toStdString() : "auto";
  if (parser.isSet("seed")) {
    const auto seed = integerOption("demo", parser, "seed", 0);
    if (!seed) return kExitUsage;
    options.seed = static_cast<std::uint64_t>(*seed);
  }
  if (parser.isSet("difficulty")) {
    bool ok = false;
    const double d = parser.value("difficulty").toDouble(&ok);
    if (!ok || !(d >= 0 && d <= 1)) {
      printError("demo", "--difficulty must be a number from 0 to 1, got '" + parser.value("difficulty") + "'");
      return kExitUsage;
    }
    options.difficulty = d;
  }
  const QString dir =
      parser.isSet("dir")
          ? parser.value("dir")
          : QDir::current().filePath("prodrome-demo-" + QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss"));
  options.directory = QDir(dir).absolutePath().toStdString();
  std::fprintf(stderr, "prodrome demo: writing into %s%s\n", options.directory.string().c_str(),
               options.quick ? " (quick)" : "");

  ProgressLine line;
  core::JobCallbacks callbacks;
  callbacks.stage = line.callback();
  callbacks.cancel = interruptFlag();
  core::DemoResult result;
  try {
    result = core::runDemo(options, callbacks);
    line.finishLine();
    core::writeDemoReport(result);
  } catch (const core::Cancelled&) {
    line.finishLine();
    printError("demo", "interrupted; what was finished stays in " + QString::fromStdString(options.directory.string()));
    return kExitFailure;
  } catch (const std::exception& e) {
    line.finishLine();
    printError("demo", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
  const QString plotError = writeDemoPlots(result);
  if (!plotError.isEmpty()) printError("demo", plotError);
  printSummary(result);

  if (!parser.isSet("no-open") && displayAvailable() && ::isatty(STDIN_FILENO)) {
    std::printf("Open the project in the Prodrome GUI now? [y/N] ");
    std::fflush(stdout);
    std::string answer;
    std::getline(std::cin, answer);
    if (!answer.empty() && (answer[0] == 'y' || answer[0] == 'Y'))
      QProcess::startDetached(QCoreApplication::applicationFilePath(),
                              {"gui", QString::fromStdString(result.project.string())});
  }
  return kExitOk;
}

}  // namespace prodrome::app
