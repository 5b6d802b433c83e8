#pragma once
// The pooled event line `prodrome forecast` prints after its recordings and
// `prodrome runs show` prints for a stored forecast run: one wording, with
// the exact 95 % intervals (a few seizures and hours decide little).

#include "core/forecast/AlarmMetrics.h"
#include "core/runs/ForecastMetrics.h"

#include <cstddef>
#include <string>

namespace prodrome::app {

// "all N recording(s): " and eventsText.
std::string pooledEventsLine(const core::EventTotals& totals, std::size_t recordings);
// "F/S seizures forecast (sensitivity …, 95% CI …), K false alarms in H
// inter-ictal hours (R/h, 95% CI …)".
std::string eventsText(const core::EventTotals& totals);
// The motion-statistics forecaster judged beside a forecast
// (core::ForecastMetrics::Baseline): its operating point, window ROC-AUC and
// eventsText.
std::string motionBaselineLine(const core::ForecastMetrics::Baseline& baseline);
// The same forecaster on one recording (`prodrome review list`): its
// operating point and eventsText of `events`.
std::string motionBaselineRecordingLine(const core::ForecastMetrics::Baseline& baseline,
                                        const core::EventMetrics& events);

}  // namespace prodrome::app
