#pragma once
// Which windows of a recording's probability curve count as pre-ictal or
// normal for window-level ROC-AUC and PR-AUC, by the clip builder's own
// definitions (design.md §5), so that a curve is scored on the question the
// forecaster was trained on:
// - pre-ictal (1): a seizure begins within the horizon after the window ends
//   (o − H ≤ e ≤ o) and the window does not reach into an earlier seizure or
//   its post-ictal period;
// - normal (0): the window [e − L, e) keeps at least the inter-ictal gap from
//   every seizure onset and offset;
// - neither (−1): everything else (inside seizures and post-ictal periods, and
//   the approach to a seizure beyond the horizon), which the event-level
//   figures (AlarmMetrics.h) still cover.

#include "core/forecast/AlarmMetrics.h"

#include <cstdint>
#include <vector>

namespace prodrome::core {

struct WindowLabelOptions {
  double windowSeconds = 5;     // L
  double horizonSeconds = 5;    // H
  double gapSeconds = 60;       // inter-ictal gap of normal windows
  double postIctalSeconds = 60;  // after an offset, no pre-ictal window may start
};

// One label per point (1, 0 or −1). fps > 0.
std::vector<int> windowLabels(const std::vector<ForecastPoint>& points, const std::vector<SeizureInterval>& seizures,
                              double fps, const WindowLabelOptions& options);

}  // namespace prodrome::core
