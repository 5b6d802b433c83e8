#include "core/forecast/PooledWindows.h"

#include "ml/Metrics.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>

namespace prodrome::core {

void PooledWindows::add(const std::vector<ForecastPoint>& points, const std::vector<int>& windowLabels) {
  if (points.size() != windowLabels.size())
    throw std::invalid_argument("pooled windows: " + std::to_string(points.size()) + " points but " +
                                std::to_string(windowLabels.size()) + " labels");
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (windowLabels[i] < 0) continue;
    scores.push_back(points[i].probability);
    labels.push_back(windowLabels[i]);
  }
}

std::int64_t PooledWindows::positives() const { return std::count(labels.begin(), labels.end(), 1); }

std::int64_t PooledWindows::negatives() const { return static_cast<std::int64_t>(labels.size()) - positives(); }

double PooledWindows::rocAuc() const {
  return bothLabels() ? ml::rocAuc(scores, labels) : std::numeric_limits<double>::quiet_NaN();
}

double PooledWindows::brierScore() const {
  if (labels.empty()) return std::numeric_limits<double>::quiet_NaN();
  double sum = 0;
  for (std::size_t i = 0; i < labels.size(); ++i) sum += (scores[i] - labels[i]) * (scores[i] - labels[i]);
  return sum / static_cast<double>(labels.size());
}

std::vector<ReliabilityBin> reliabilityBins(const PooledWindows& windows, const std::vector<double>& edges) {
  if (edges.size() < 2 || !std::is_sorted(edges.begin(), edges.end()) ||
      std::adjacent_find(edges.begin(), edges.end()) != edges.end())
    throw std::invalid_argument("reliability bins need at least two increasing edges");
  std::vector<ReliabilityBin> bins(edges.size() - 1);
  std::vector<double> sums(bins.size(), 0.0), positives(bins.size(), 0.0);
  for (std::size_t b = 0; b < bins.size(); ++b) bins[b].low = edges[b], bins[b].high = edges[b + 1];
  for (std::size_t i = 0; i < windows.scores.size(); ++i) {
    const double p = windows.scores[i];
    if (p < edges.front() || p > edges.back()) continue;
    auto b = static_cast<std::size_t>(std::upper_bound(edges.begin(), edges.end(), p) - edges.begin());
    b = std::min(b, bins.size()) - 1;  // the top edge belongs to the last bin
    ++bins[b].windows;
    sums[b] += p;
    positives[b] += windows.labels[i];
  }
  for (std::size_t b = 0; b < bins.size(); ++b) {
    const double n = static_cast<double>(bins[b].windows);
    bins[b].meanProbability = n > 0 ? sums[b] / n : std::numeric_limits<double>::quiet_NaN();
    bins[b].preictalShare = n > 0 ? positives[b] / n : std::numeric_limits<double>::quiet_NaN();
  }
  return bins;
}

double constantForecastBrier(std::int64_t positives, std::int64_t negatives) {
  const double n = static_cast<double>(positives + negatives);
  if (!(n > 0)) return std::numeric_limits<double>::quiet_NaN();
  const double share = static_cast<double>(positives) / n;
  return share * (1 - share);
}

double PooledWindows::prAuc() const {
  return bothLabels() ? ml::averagePrecision(scores, labels) : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace prodrome::core
