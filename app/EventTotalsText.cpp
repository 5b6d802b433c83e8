#include "app/EventTotalsText.h"

#include "core/forecast/OperatingPoint.h"
#include "core/runs/MetricText.h"

#include <cmath>

namespace prodrome::app {

namespace {

std::string text(double v, int digits) { return core::metricText(v, digits).toStdString(); }
std::string signedText(double v) { return core::signedMetricText(v, 3).toStdString(); }

std::string operatingPointText(const core::ForecastMetrics::Baseline& baseline) {
  return core::neverAlarms(baseline.threshold)
             ? std::string("no operating point, it raises no alarm")
             : "threshold " + text(baseline.threshold, 3) + ", " + std::to_string(baseline.consecutive) + " in a row";
}

}  // namespace

std::string pooledEventsLine(const core::EventTotals& totals, std::size_t recordings) {
  return "all " + std::to_string(recordings) + " recording(s): " + eventsText(totals);
}

std::string motionBaselineLine(const core::ForecastMetrics::Baseline& baseline) {
  std::string line =
      "motion baseline beside it (the statistics alone, no encoder; " + operatingPointText(baseline) +
      "; window ROC-AUC " + text(baseline.windowRocAuc, 3) +
      (std::isnan(baseline.windowBrier) ? std::string() : ", Brier score " + text(baseline.windowBrier, 3)) +
      "): " + eventsText(baseline.totals);
  const auto& d = baseline.modelMinusBaseline;
  if (std::isnan(d.difference)) return line;  // a run stored before the difference was
  line += "; the model's window ROC-AUC minus its " + signedText(d.difference);
  if (std::isnan(d.low))
    return line + " (no interval: too few " + std::to_string(static_cast<int>(core::kBlockSeconds)) +
           "-s stretches hold windows of both kinds)";
  return line + " (95% CI " + signedText(d.low) + " to " + signedText(d.high) + ", bootstrap of " +
         std::to_string(d.blocks) + " stretches of " + std::to_string(static_cast<int>(core::kBlockSeconds)) + " s)";
}

std::string motionBaselineRecordingLine(const core::ForecastMetrics::Baseline& baseline,
                                        const core::EventMetrics& events) {
  core::EventTotals totals;
  totals.add(events);
  return "motion baseline beside it (the statistics alone, no encoder; " + operatingPointText(baseline) +
         "): " + eventsText(totals);
}

std::string eventsText(const core::EventTotals& totals) {
  // An interval only where there is one: no seizures (or no inter-ictal
  // time) leave the figure undefined, and "95% CI —-—" would say nothing.
  const auto withInterval = [](const std::string& value, double low, double high, int digits) {
    if (std::isnan(low) || std::isnan(high)) return value;
    return value + ", 95% CI " + text(low, digits) + "-" + text(high, digits);
  };
  const auto s = totals.sensitivityInterval();
  const auto f = totals.falseAlarmsPerHourInterval();
  return std::to_string(totals.forecast) + "/" + std::to_string(totals.seizures) + " seizures forecast (sensitivity " +
         withInterval(text(totals.sensitivity(), 3), s.low, s.high, 3) + "), " + std::to_string(totals.falseAlarms) +
         " false alarms in " + text(totals.interictalHours, 3) + " inter-ictal hours (" +
         withInterval(text(totals.falseAlarmsPerHour(), 2) + "/h", f.low, f.high, 2) + ")";
}

}  // namespace prodrome::app
