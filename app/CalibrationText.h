#pragma once
// How well a forecaster's probabilities say the chance itself, as the
// command line words it: the map a fine-tuning fitted (`prodrome finetune`,
// `prodrome runs show` of its run) and a forecast's Brier score beside a
// constant forecast's (`prodrome forecast`, `prodrome runs show` of its run).

#include "core/runs/FineTuneMetrics.h"

#include <cstdint>
#include <string>

namespace prodrome::app {

// "probabilities calibrated on N windows (sigmoid(a logit p + b)); Brier score
// there x before, y after; the threshold is on that scale".
std::string calibrationLine(const core::FineTuneMetrics::Calibration& calibration);
// "Brier score x (a constant at the pre-ictal share: y)"; "Brier score —"
// when undefined.
std::string brierText(double brier, std::int64_t positives, std::int64_t negatives);

}  // namespace prodrome::app
