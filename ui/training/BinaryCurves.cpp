#include "ui/training/BinaryCurves.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace prodrome::ui {

namespace {

struct Counted {
  double threshold;
  std::int64_t tp, fp;  // at or above threshold
};

// Cumulative true and false positives at each distinct score, highest first.
std::vector<Counted> cumulative(const std::vector<double>& scores, const std::vector<int>& labels) {
  if (scores.size() != labels.size()) throw std::invalid_argument("scores and labels differ in length");
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  std::vector<Counted> out;
  std::int64_t tp = 0, fp = 0;
  for (std::size_t i = 0; i < order.size(); ++i) {
    (labels[order[i]] == 1 ? tp : fp) += 1;
    const bool lastOfGroup = i + 1 == order.size() || scores[order[i + 1]] != scores[order[i]];
    if (lastOfGroup) out.push_back({scores[order[i]], tp, fp});
  }
  return out;
}

}  // namespace

std::vector<CurvePoint> rocCurve(const std::vector<double>& scores, const std::vector<int>& labels) {
  const auto counts = cumulative(scores, labels);
  if (counts.empty()) return {};
  const double positives = static_cast<double>(counts.back().tp);
  const double negatives = static_cast<double>(counts.back().fp);
  if (positives == 0 || negatives == 0) return {};
  std::vector<CurvePoint> curve{{0, 0, counts.front().threshold + 1}};
  for (const auto& c : counts) curve.push_back({c.fp / negatives, c.tp / positives, c.threshold});
  return curve;
}

std::vector<CurvePoint> precisionRecallCurve(const std::vector<double>& scores, const std::vector<int>& labels) {
  const auto counts = cumulative(scores, labels);
  if (counts.empty() || counts.back().tp == 0) return {};
  const double positives = static_cast<double>(counts.back().tp);
  std::vector<CurvePoint> curve;
  const auto& first = counts.front();
  curve.push_back({0, static_cast<double>(first.tp) / (first.tp + first.fp), first.threshold});
  for (const auto& c : counts)
    curve.push_back({c.tp / positives, static_cast<double>(c.tp) / (c.tp + c.fp), c.threshold});
  return curve;
}

double trapezoidArea(const std::vector<CurvePoint>& curve) {
  double area = 0;
  for (std::size_t i = 1; i < curve.size(); ++i)
    area += (curve[i].x - curve[i - 1].x) * (curve[i].y + curve[i - 1].y) / 2;
  return area;
}

Confusion confusionAt(const std::vector<double>& scores, const std::vector<int>& labels, double threshold) {
  if (scores.size() != labels.size()) throw std::invalid_argument("scores and labels differ in length");
  Confusion c;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    const bool predicted = scores[i] >= threshold;
    if (labels[i] == 1)
      (predicted ? c.tp : c.fn) += 1;
    else
      (predicted ? c.fp : c.tn) += 1;
  }
  return c;
}

}  // namespace prodrome::ui
