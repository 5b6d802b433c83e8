#pragma once
// A probe curve along pre-training (core/runs/ProbeCurve.h) as the command
// line prints it: `prodrome finetune --fewshot --probe-snapshots` after its
// runs, `prodrome runs show` for a pre-training run whose snapshots were
// probed. One wording for both.

#include "core/runs/ProbeCurve.h"

#include <cstdint>
#include <string>
#include <vector>

namespace prodrome::app {

// A header and one line per point: steps, the run, the tokens alone and the
// head (ROC-AUC over every shot count, mean [95% CI]), each paired with the
// first point; then the step where the tokens scored best. `runs[i]` is
// points[i]'s run.
std::string probeCurveText(const std::vector<core::ProbeCurvePoint>& points, const std::vector<std::int64_t>& runs);

}  // namespace prodrome::app
