#include "app/CalibrationText.h"

#include "core/forecast/PooledWindows.h"
#include "core/runs/MetricText.h"

#include <cmath>

namespace prodrome::app {

namespace {

std::string text(double v) { return core::metricText(v, 3).toStdString(); }

}  // namespace

std::string calibrationLine(const core::FineTuneMetrics::Calibration& c) {
  return "probabilities calibrated on " + std::to_string(c.windows) + " labelled windows (" + c.map.formula() +
         "): the chance of an onset within the horizon; Brier score there " + text(c.brierBefore) + " before, " +
         text(c.brierAfter) + " after; the threshold is on that scale";
}

std::string brierText(double brier, std::int64_t positives, std::int64_t negatives) {
  if (std::isnan(brier)) return "Brier score —";
  return "Brier score " + text(brier) +
         " (a constant at the pre-ictal share: " + text(core::constantForecastBrier(positives, negatives)) + ")";
}

}  // namespace prodrome::app
