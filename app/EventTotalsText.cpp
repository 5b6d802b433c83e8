#include "app/EventTotalsText.h"

#include "core/runs/MetricText.h"

namespace prodrome::app {

std::string pooledEventsLine(const core::EventTotals& totals, std::size_t recordings) {
  const auto s = totals.sensitivityInterval();
  const auto f = totals.falseAlarmsPerHourInterval();
  const auto text = [](double v, int digits) { return core::metricText(v, digits).toStdString(); };
  return "all " + std::to_string(recordings) + " recording(s): " + std::to_string(totals.forecast) + "/" +
         std::to_string(totals.seizures) + " seizures forecast (sensitivity " + text(totals.sensitivity(), 3) +
         ", 95% CI " + text(s.low, 3) + "-" + text(s.high, 3) + "), " + std::to_string(totals.falseAlarms) +
         " false alarms in " + text(totals.interictalHours, 3) + " inter-ictal hours (" +
         text(totals.falseAlarmsPerHour(), 2) + "/h, 95% CI " + text(f.low, 2) + "-" + text(f.high, 2) + ")";
}

}  // namespace prodrome::app
