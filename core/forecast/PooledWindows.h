#pragma once
// The labelled windows of one or more probability curves, pooled for the
// window-level figures (ROC-AUC, PR-AUC): the forecast's over its recordings,
// the operating point's over the recordings it is chosen on, and a baseline's
// over the same windows, all by this one rule; and how well the
// probabilities say the chance itself (the Brier score).

#include "core/forecast/AlarmMetrics.h"

#include <cstdint>
#include <vector>

namespace prodrome::core {

struct PooledWindows {
  std::vector<double> scores;
  std::vector<int> labels;  // 1 pre-ictal, 0 normal

  // The points whose label (core/forecast/WindowLabels.h) is 0 or 1, with
  // their probabilities; −1 is left out. Throws std::invalid_argument when
  // the sizes differ.
  void add(const std::vector<ForecastPoint>& points, const std::vector<int>& windowLabels);
  std::int64_t positives() const;
  std::int64_t negatives() const;
  bool bothLabels() const { return positives() > 0 && negatives() > 0; }
  // NaN without windows of both labels.
  double rocAuc() const;
  double prAuc() const;
  // The mean squared difference between probability and label: 0 is a
  // perfect forecast (constantForecastBrier below is what to read it
  // against). NaN without windows.
  double brierScore() const;
};

// The windows whose probability falls in [low, high) (the last bin also
// takes `high`): how many, their mean probability and the share of them that
// were pre-ictal. Where probabilities say the chance, the two agree.
struct ReliabilityBin {
  double low = 0, high = 0;
  std::int64_t windows = 0;
  double meanProbability = 0;  // NaN in an empty bin
  double preictalShare = 0;    // NaN in an empty bin
};
// One bin between each two of `edges` (increasing, at least two). Throws
// std::invalid_argument otherwise.
std::vector<ReliabilityBin> reliabilityBins(const PooledWindows& windows, const std::vector<double>& edges);

// The Brier score of a constant forecast at the windows' pre-ictal share,
// share · (1 − share): a forecaster whose score is not below it says no more
// than the share does. NaN without windows.
double constantForecastBrier(std::int64_t positives, std::int64_t negatives);

}  // namespace prodrome::core
