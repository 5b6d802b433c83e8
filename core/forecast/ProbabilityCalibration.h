#pragma once
// A forecaster's probability made to mean what it says (issue 12): the
// chance that a seizure begins within the horizon of the window's end.
//
// A head is fitted on balanced or class-weighted clips, and brief jerks are
// weighed in as a noisy-OR, so its raw output is a score, not that chance: on
// the demo's held-out windows (seeds 7-15, 4,473 labelled, 6 % pre-ictal)
// those it put at 0.5-1 (mean 0.85) were pre-ictal 25 % of the time, and its
// Brier score, 0.133, was worse than a constant forecast's (0.057). A
// reviewer reading the timeline, or a clinician setting --threshold, takes
// the number at its word.
//
// Platt scaling on the logit: p' = σ(slope · logit(p) + offset), fitted on the
// labelled windows of the curves the operating point is chosen on (every
// window of whole recordings, so their base rate is the forecast's). Two
// numbers, increasing in p, so the ranking, the ROC and every alarm at the
// mapped threshold stay as they were. On the same held-out windows, each
// run's map took the Brier score to 0.046 (below the constant at 8 of 9
// seeds), and those at 0.5-1 (mean 0.63) were pre-ictal 51 % of the time.

#include <optional>
#include <string>
#include <vector>

namespace prodrome::core {

struct ProbabilityCalibration {
  double slope = 1;  // > 0
  double offset = 0;

  bool isIdentity() const { return slope == 1 && offset == 0; }
  // The calibrated probability. 0 and 1 stay; so does a threshold just above
  // 1, the operating point's "never" (core/forecast/OperatingPoint.h), and
  // anything outside [0, 1] (this maps probabilities, it does not check them).
  double apply(double probability) const;
  void applyTo(std::vector<double>& probabilities) const;
  // The raw probability that apply() maps to `calibrated` (the same rules at
  // 0, 1 and outside): a calibrated threshold on the head's own scale, which
  // scores not made by a forecast (a clip set's) are on.
  double invert(double calibrated) const;
  // "sigmoid(0.594 logit p - 2.774)": the map as reports print it.
  std::string formula() const;
};

// Platt's fit (maximum likelihood with his smoothed targets, (N₊ + 1) /
// (N₊ + 2) and 1 / (N₋ + 2), which keep a perfectly separated set finite) of
// labels (1 pre-ictal, 0 normal) on the logits of `probabilities`. None
// without both labels, or when the fitted slope is not positive (scores that
// do not rank the windows the right way round cannot be calibrated by an
// increasing map). Throws std::invalid_argument when the sizes differ.
std::optional<ProbabilityCalibration> fitProbabilityCalibration(const std::vector<double>& probabilities,
                                                                const std::vector<int>& labels);

}  // namespace prodrome::core
