// prodrome forecast: a forecaster over whole recordings
// (core/pipeline/Forecasting), alarms and event metrics, with a progress
// line and Ctrl+C.

#include "app/CalibrationText.h"
#include "app/Command.h"
#include "app/CommandSupport.h"
#include "app/EventTotalsText.h"
#include "app/ProgressLine.h"
#include "app/TrainingOptions.h"
#include "core/pipeline/Forecasting.h"
#include "database/PeriodStore.h"
#include "database/RunStore.h"

#include <algorithm>

#include <cstdio>

namespace prodrome::app {

int runForecastCommand(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      "Run a fine-tuned forecaster over whole recordings: a window of --window seconds every --stride seconds, a "
      "probability per window end stored as predictions of a new run, then alarms (threshold, consecutive windows) "
      "and event-level metrics against the annotated seizures: sensitivity (an alarm within --horizon before "
      "onset), false alarms per hour, mean warning time; pooled over the recordings with exact 95 % intervals. When "
      "the model's fine-tuning chose a motion-statistics forecaster beside it (a probe head reading the statistics, "
      "--threshold-rule false-alarm-rate), that one is judged on the same windows at its own operating point, "
      "without decoding again.");
  p.addPositionalArgument("DB", "The project file.");
  p.addOption({"model", "Fine-tuned model (name or id).", "MODEL"});
  p.addOption({"recordings", "Comma-separated recording ids.", "LIST"});
  p.addOption({"period",
               "Comma-separated monitoring period ids: every file of each is forecast, and each period is also "
               "judged as one curve on its clock (an alarm late in one file may forecast a seizure early in the "
               "next; gaps between files count in no false-alarm hour).",
               "LIST"});
  p.addOption({"window",
               "Window length L in seconds (default: the clip length the model was fine-tuned on, which its "
               "operating point holds for; 5 for a model that stores none).",
               "SEC"});
  p.addOption({"stride", "Stride in seconds (default 1).", "SEC"});
  p.addOption(
      {"threshold",
       "Alarm threshold in [0, 1] on the model's probabilities (for a calibrated model, the chance of an onset within "
       "the horizon; default: the operating point stored with the model).",
       "P"});
  p.addOption({"consecutive",
               "Windows in a row at or above the threshold (default: the model's operating point's, else 1).", "N"});
  p.addOption({"horizon",
               "Horizon H in seconds (default: the horizon of the clip set the model was fine-tuned on; 5 for a "
               "model that stores none).",
               "SEC"});
  p.addOption({"post-ictal",
               "Seconds after an offset that raise no false alarm and hold no pre-ictal window (default: the "
               "post-ictal time of the clip set the model was fine-tuned on, which its operating point was judged "
               "with; 60 for a model that stores none).",
               "SEC"});
  p.addOption({"gap",
               "Window-level ROC-AUC: normal windows keep this far from every seizure (default: the inter-ictal gap "
               "of the clip set the model was fine-tuned on, for the recording's species; for a model that stores "
               "none, the species' default, 30 min for patients, 60 s for rodents).",
               "SEC"});
  p.addOption({"device", "auto, cpu, cuda or cuda:N (default auto).", "D"});
  p.addOption({"batch", "Windows per forward pass (default 16).", "N"});
  if (auto exit = parseCommandLine(p, "forecast", "prodrome forecast", args, 1)) return *exit;
  auto db = openProjectFile("forecast", p.positionalArguments()[0]);
  if (!db) return kExitFailure;
  try {
    core::ForecastConfig c;
    if (!p.isSet("model") || (!p.isSet("recordings") && !p.isSet("period"))) {
      printError("forecast", "--model MODEL and --recordings LIST (or --period LIST) are required");
      return kExitUsage;
    }
    c.model = resolveModel(*db, p.value("model"));
    const auto recordings = idListOption("forecast", p, "recordings");
    const auto periods = idListOption("forecast", p, "period");
    if (!recordings || !periods) return kExitUsage;
    c.recordings = *recordings;
    for (const auto id : *periods) {
      const auto period = database::PeriodStore(*db).find(id);
      if (!period) {
        printError("forecast", "no period #" + QString::number(id) + " in the project");
        return kExitFailure;
      }
      c.periods.push_back(period->id);
      for (const auto& f : period->files)
        if (std::find(c.recordings.begin(), c.recordings.end(), f.recordingId) == c.recordings.end())
          c.recordings.push_back(f.recordingId);
    }
    if (p.isSet("device")) c.device = p.value("device").toStdString();
    c.modelThreshold = !p.isSet("threshold");
    c.modelConsecutive = !p.isSet("consecutive");
    c.modelWindow = !p.isSet("window");
    c.modelHorizon = !p.isSet("horizon");
    c.modelPostIctal = !p.isSet("post-ictal");
    if (!numberInto("forecast", p, "window", c.windowSeconds, 0.1) ||
        !numberInto("forecast", p, "stride", c.strideSeconds, 0.01) ||
        !numberInto("forecast", p, "threshold", c.alarms.threshold, 0, 1) ||
        !numberInto("forecast", p, "consecutive", c.alarms.consecutive, 1) ||
        !numberInto("forecast", p, "horizon", c.alarms.horizonSeconds, 0) ||
        !numberInto("forecast", p, "post-ictal", c.alarms.postIctalSeconds, 0) ||
        !numberInto("forecast", p, "gap", c.gapSeconds, 0) || !numberInto("forecast", p, "batch", c.batchSize, 1))
      return kExitUsage;
    ProgressLine line;
    const auto out = core::runForecast(*db, c, callbacksFor(line));
    line.finishLine();
    if (out.cancelled) return kExitFailure;
    std::printf("run %lld: threshold %s, %d window(s) in a row; %g-s windows, horizon %g s\n",
                static_cast<long long>(out.runId), qPrintable(fixed(out.alarms.threshold)), out.alarms.consecutive,
                out.windowSeconds, out.alarms.horizonSeconds);
    for (const auto& note : out.notes) std::printf("note: %s\n", note.c_str());
    core::EventTotals totals;
    for (const auto& r : out.recordings) {
      const auto& e = r.events;
      totals.add(e);
      std::printf(
          "recording %lld: %zu windows, %d/%zu seizures forecast, %d false alarms (%s/h), mean warning %s s, "
          "%s x real time\n",
          static_cast<long long>(r.recordingId), r.points.size(), e.forecastSeizures, e.seizures.size(), e.falseAlarms,
          qPrintable(fixed(e.falseAlarmsPerHour, 2)), qPrintable(fixed(e.meanWarningSeconds, 1)),
          qPrintable(fixed(r.videoSeconds / std::max(1e-9, r.wallSeconds), 1)));
    }
    // Pooled, with exact 95 % intervals: a few seizures and hours decide little.
    if (!out.recordings.empty()) std::printf("%s\n", pooledEventsLine(totals, out.recordings.size()).c_str());
    if (out.motionBaseline) std::printf("%s\n", motionBaselineLine(*out.motionBaseline).c_str());
    for (const auto& po : out.periods) {
      const auto& e = po.evaluation.events;
      std::printf(
          "period %lld: one curve of %zu windows over %s h observed (%s h span), %d/%zu seizures forecast, %d false "
          "alarms (%s/h), mean warning %s s\n",
          static_cast<long long>(po.periodId), po.evaluation.curve.size(), qPrintable(fixed(po.evaluation.observedHours, 3)),
          qPrintable(fixed(po.evaluation.spanHours, 3)), e.forecastSeizures, e.seizures.size(), e.falseAlarms,
          qPrintable(fixed(e.falseAlarmsPerHour, 2)), qPrintable(fixed(e.meanWarningSeconds, 1)));
    }
    std::printf("windows: %lld pre-ictal, %lld normal; window-level ROC-AUC %s, PR-AUC %s, %s%s\n",
                static_cast<long long>(out.windowPositives), static_cast<long long>(out.windowNegatives),
                qPrintable(fixed(out.windowRocAuc)), qPrintable(fixed(out.windowPrAuc)),
                brierText(out.windowBrier, out.windowPositives, out.windowNegatives).c_str(),
                out.windowPositives && out.windowNegatives ? "" : " (needs windows of both labels: see --gap)");
    return kExitOk;
  } catch (const std::exception& e) {
    printError("forecast", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace prodrome::app
