#include "core/forecast/PairedWindows.h"

#include "ml/Metrics.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>
#include <string>

namespace prodrome::core {

void PairedWindows::add(const std::vector<ForecastPoint>& a, const std::vector<ForecastPoint>& b,
                        const std::vector<int>& labels, double fps) {
  if (a.size() != b.size() || a.size() != labels.size())
    throw std::invalid_argument("paired windows: " + std::to_string(a.size()) + " and " + std::to_string(b.size()) +
                                " points with " + std::to_string(labels.size()) + " labels");
  if (!(fps > 0)) throw std::invalid_argument("paired windows: frame rate " + std::to_string(fps));
  const auto blockFrames = std::max<std::int64_t>(1, std::llround(kBlockSeconds * fps));
  std::int64_t block = -1;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].windowEndFrame != b[i].windowEndFrame)
      throw std::invalid_argument("paired windows: window " + std::to_string(i) + " ends at frame " +
                                  std::to_string(a[i].windowEndFrame) + " in one curve and " +
                                  std::to_string(b[i].windowEndFrame) + " in the other");
    if (labels[i] < 0) continue;
    const std::int64_t here = a[i].windowEndFrame / blockFrames;
    if (here != block) {  // a new stretch (of this recording: `block` starts afresh per call)
      blockStarts_.push_back(labels_.size());
      block = here;
    }
    a_.push_back(a[i].probability);
    b_.push_back(b[i].probability);
    labels_.push_back(labels[i]);
  }
}

namespace {

// One curve's windows in score order, grouped by equal score, for the
// weighted ROC-AUC of a bootstrap draw: sum over positives of their weight
// times the weight of the negatives scored lower (ties count half), over
// the positives' weight times the negatives'.
class SortedCurve {
 public:
  SortedCurve(const std::vector<double>& scores, const std::vector<int>& labels) : labels_(labels) {
    order_.resize(scores.size());
    for (std::size_t i = 0; i < order_.size(); ++i) order_[i] = i;
    std::stable_sort(order_.begin(), order_.end(), [&](std::size_t x, std::size_t y) { return scores[x] < scores[y]; });
    for (std::size_t k = 0; k < order_.size(); ++k)
      if (k == 0 || scores[order_[k]] != scores[order_[k - 1]]) groupStarts_.push_back(k);
    groupStarts_.push_back(order_.size());
  }

  double rocAuc(const std::vector<double>& weight) const {
    double below = 0, sum = 0, positives = 0;
    for (std::size_t g = 0; g + 1 < groupStarts_.size(); ++g) {
      double pos = 0, neg = 0;
      for (std::size_t k = groupStarts_[g]; k < groupStarts_[g + 1]; ++k) {
        const std::size_t i = order_[k];
        (labels_[i] == 1 ? pos : neg) += weight[i];
      }
      sum += pos * (below + 0.5 * neg);
      below += neg;
      positives += pos;
    }
    return sum / (positives * below);
  }

 private:
  const std::vector<int>& labels_;
  std::vector<std::size_t> order_;
  std::vector<std::size_t> groupStarts_;
};

}  // namespace

RocAucDifference PairedWindows::rocAucDifference(int resamples, std::uint64_t seed) const {
  RocAucDifference out;
  out.blocks = blocks();
  const bool both = std::find(labels_.begin(), labels_.end(), 1) != labels_.end() &&
                    std::find(labels_.begin(), labels_.end(), 0) != labels_.end();
  if (!both) return out;
  out.difference = ml::rocAuc(a_, labels_) - ml::rocAuc(b_, labels_);
  if (out.blocks < 2) return out;
  resamples =
      std::max(200, std::min(resamples, static_cast<int>(kMaxResampledWindows / static_cast<double>(labels_.size()))));
  out.resamples = resamples;
  const SortedCurve a(a_, labels_), b(b_, labels_);
  // Which windows each block holds, and each block's positives and negatives
  // (a draw without both has no AUC).
  std::vector<std::size_t> blockOf(labels_.size());
  std::vector<int> blockPositives(blockStarts_.size(), 0), blockNegatives(blockStarts_.size(), 0);
  for (std::size_t k = 0; k < blockStarts_.size(); ++k) {
    const std::size_t last = k + 1 < blockStarts_.size() ? blockStarts_[k + 1] : labels_.size();
    for (std::size_t i = blockStarts_[k]; i < last; ++i) {
      blockOf[i] = k;
      ++(labels_[i] == 1 ? blockPositives[k] : blockNegatives[k]);
    }
  }
  // std::mt19937_64's output is fixed by the standard (its distributions are
  // not): the block is drawn with a modulo, whose bias at a few thousand
  // blocks is below 1e-15.
  std::mt19937_64 random(seed);
  std::vector<double> differences, times(blockStarts_.size()), weight(labels_.size());
  differences.reserve(static_cast<std::size_t>(resamples));
  for (int r = 0; r < resamples; ++r) {
    std::fill(times.begin(), times.end(), 0.0);
    int positives = 0, negatives = 0;
    for (int k = 0; k < out.blocks; ++k) {
      const auto block = static_cast<std::size_t>(random() % static_cast<std::uint64_t>(out.blocks));
      times[block] += 1;
      positives += blockPositives[block];
      negatives += blockNegatives[block];
    }
    if (positives == 0 || negatives == 0) continue;
    for (std::size_t i = 0; i < weight.size(); ++i) weight[i] = times[blockOf[i]];
    differences.push_back(a.rocAuc(weight) - b.rocAuc(weight));
  }
  // Too few draws hold both labels (a handful of pre-ictal stretches): no interval.
  if (differences.size() < static_cast<std::size_t>(resamples) / 2) return out;
  std::sort(differences.begin(), differences.end());
  const auto at = [&](double q) {
    // Linear interpolation between order statistics (type 7).
    const double h = q * static_cast<double>(differences.size() - 1);
    const auto i = static_cast<std::size_t>(std::floor(h));
    const std::size_t j = std::min(i + 1, differences.size() - 1);
    return differences[i] + (h - static_cast<double>(i)) * (differences[j] - differences[i]);
  };
  out.low = at(0.025);
  out.high = at(0.975);
  return out;
}

}  // namespace prodrome::core
