#include "ml/Metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace prodrome::ml {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void checkInputs(const std::vector<double>& scores, const std::vector<int>& labels) {
  if (scores.size() != labels.size()) {
    throw std::invalid_argument("metrics: " + std::to_string(scores.size()) + " scores but " +
                                std::to_string(labels.size()) + " labels");
  }
  if (scores.empty()) throw std::invalid_argument("metrics: no samples");
  for (size_t i = 0; i < scores.size(); ++i) {
    if (labels[i] != 0 && labels[i] != 1) throw std::invalid_argument("metrics: labels must be 0 or 1");
    if (!std::isfinite(scores[i])) throw std::invalid_argument("metrics: scores must be finite");
  }
}

// Indices sorted by score, descending.
std::vector<size_t> byScoreDescending(const std::vector<double>& scores) {
  std::vector<size_t> order(scores.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });
  return order;
}

}  // namespace

double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels) {
  checkInputs(scores, labels);
  const auto order = byScoreDescending(scores);
  // Walk groups of equal scores from the top: every positive is ranked above
  // the negatives below its group and ties with the negatives in it.
  double pairs_won = 0;
  double negatives_below = static_cast<double>(std::count(labels.begin(), labels.end(), 0));
  const double negatives = negatives_below;
  const double positives = static_cast<double>(labels.size()) - negatives;
  if (positives == 0 || negatives == 0) return kNaN;
  for (size_t i = 0; i < order.size();) {
    size_t j = i;
    double pos = 0, neg = 0;
    while (j < order.size() && scores[order[j]] == scores[order[i]]) {
      (labels[order[j]] == 1 ? pos : neg) += 1;
      ++j;
    }
    negatives_below -= neg;
    pairs_won += pos * (negatives_below + 0.5 * neg);
    i = j;
  }
  return pairs_won / (positives * negatives);
}

double averagePrecision(const std::vector<double>& scores, const std::vector<int>& labels) {
  checkInputs(scores, labels);
  const auto order = byScoreDescending(scores);
  const double positives = static_cast<double>(std::count(labels.begin(), labels.end(), 1));
  if (positives == 0) return kNaN;
  double tp = 0, fp = 0, recall_before = 0, ap = 0;
  for (size_t i = 0; i < order.size();) {
    size_t j = i;
    while (j < order.size() && scores[order[j]] == scores[order[i]]) {
      (labels[order[j]] == 1 ? tp : fp) += 1;
      ++j;
    }
    const double recall = tp / positives;
    ap += (recall - recall_before) * (tp / (tp + fp));
    recall_before = recall;
    i = j;
  }
  return ap;
}

BinaryMetrics binaryMetrics(const std::vector<double>& scores, const std::vector<int>& labels, double threshold) {
  checkInputs(scores, labels);
  BinaryMetrics m;
  for (size_t i = 0; i < scores.size(); ++i) {
    const bool predicted = scores[i] >= threshold;
    if (labels[i] == 1)
      (predicted ? m.tp : m.fn) += 1;
    else
      (predicted ? m.fp : m.tn) += 1;
  }
  const auto ratio = [](int64_t a, int64_t b) {
    return b == 0 ? kNaN : static_cast<double>(a) / static_cast<double>(b);
  };
  m.sensitivity = ratio(m.tp, m.tp + m.fn);
  m.specificity = ratio(m.tn, m.tn + m.fp);
  m.balanced_accuracy = 0.5 * (m.sensitivity + m.specificity);
  m.roc_auc = rocAuc(scores, labels);
  m.pr_auc = averagePrecision(scores, labels);
  return m;
}

}  // namespace prodrome::ml
