#pragma once
// The pooled event line `prodrome forecast` prints after its recordings and
// `prodrome runs show` prints for a stored forecast run: one wording, with
// the exact 95 % intervals (a few seizures and hours decide little).

#include "core/forecast/AlarmMetrics.h"

#include <cstddef>
#include <string>

namespace prodrome::app {

std::string pooledEventsLine(const core::EventTotals& totals, std::size_t recordings);

}  // namespace prodrome::app
