#pragma once
// Two forecasters' probabilities for the same labelled windows, for the
// paired difference of their window-level ROC-AUCs with a 95 % interval: the
// forecast's model against the motion-statistics forecaster it judged beside
// it (issue 12). Two AUCs printed side by side do not say whether their
// difference is more than the held-out windows' chance.
//
// The windows of a curve are not independent: they overlap (5-s windows at a
// 1-s stride) and a cue episode spans a dozen of them. So the interval is a
// block bootstrap: each recording is cut into stretches of kBlockSeconds of
// window ends, and the stretches, not the windows, are drawn with
// replacement, both forecasters' windows together (paired). A minute holds a
// whole pre-ictal phase with its horizon (at most 25 s) or a decoy, so what
// is dependent stays within a block; the percentile interval of the resampled
// differences is reported. DeLong's interval would assume independent
// windows and come out too narrow.
//
// Plain C++ (ml/Metrics' ROC-AUC): no LibTorch.

#include "core/forecast/AlarmMetrics.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace prodrome::core {

inline constexpr double kBlockSeconds = 60;

struct RocAucDifference {
  static constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();
  double difference = kUndefined;              // AUC(a) − AUC(b) on all the windows; NaN without both labels
  double low = kUndefined, high = kUndefined;  // 95 % percentile interval; NaN when it cannot be had
  int blocks = 0;                              // stretches drawn from
  int resamples = 0;  // bootstrap draws made (those with both labels count towards the interval)
};

class PairedWindows {
 public:
  // One recording's windows: `a` and `b` the two curves over the same window
  // ends, `labels` WindowLabels' (−1 left out), at `fps`. Throws
  // std::invalid_argument when sizes or window ends differ, or fps <= 0.
  void add(const std::vector<ForecastPoint>& a, const std::vector<ForecastPoint>& b, const std::vector<int>& labels,
           double fps);
  std::size_t windows() const { return labels_.size(); }
  int blocks() const { return static_cast<int>(blockStarts_.size()); }

  // AUC(a) − AUC(b) with its block-bootstrap interval from `resamples`
  // draws (fewer for very long curves: at most kMaxResampledWindows windows
  // are scored in all, and never fewer than 200 draws), from `seed`: the
  // same windows give the same interval. A draw is block i taken c_i times:
  // each AUC is the weighted one over the windows sorted once, O(windows)
  // per draw (a week of 1-s windows: about a second per 100 draws).
  RocAucDifference rocAucDifference(int resamples = 1000, std::uint64_t seed = 12) const;

  static constexpr double kMaxResampledWindows = 1e9;

 private:
  std::vector<double> a_, b_;
  std::vector<int> labels_;
  std::vector<std::size_t> blockStarts_;  // index of each block's first window; blocks are contiguous
};

}  // namespace prodrome::core
