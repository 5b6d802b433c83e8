#include "core/runs/ProbeCurve.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace prodrome::core {

ml::MeanInterval pairedEpisodes(const std::vector<EpisodeScore>& a, const std::vector<EpisodeScore>& b, int shots,
                                double (*metric)(const ml::BinaryMetrics&)) {
  std::vector<double> x, y;
  for (const auto& ea : a) {
    if (shots != 0 && ea.shots != shots) continue;
    for (const auto& eb : b)
      if (eb.shots == ea.shots && eb.episode == ea.episode) {
        x.push_back(metric(ea.metrics));
        y.push_back(metric(eb.metrics));
        break;
      }
  }
  return ml::pairedDifference(x, y);
}

double rocAucOf(const ml::BinaryMetrics& m) { return m.roc_auc; }
double balancedAccuracyOf(const ml::BinaryMetrics& m) { return m.balanced_accuracy; }

std::vector<ProbeCurveRow> probeCurveRows(const std::vector<ProbeCurvePoint>& points) {
  std::vector<ProbeCurveRow> rows;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto& p = points[i];
    if (!p.metrics) throw std::invalid_argument("probe curve: the point at step " + std::to_string(p.steps) +
                                                " has no few-shot metrics");
    if (i > 0 && p.steps <= points[i - 1].steps)
      throw std::invalid_argument("probe curve: step " + std::to_string(p.steps) + " follows step " +
                                  std::to_string(points[i - 1].steps) + "; the steps must increase");
    ProbeCurveRow row;
    row.steps = p.steps;
    row.tokensAlone = p.metrics->tokensAlone.overall;
    row.head = p.metrics->overall;
    if (i > 0) {
      const auto& first = *points.front().metrics;
      row.tokensAloneGain = pairedEpisodes(p.metrics->tokensAlone.episodes, first.tokensAlone.episodes, 0, rocAucOf);
      row.headGain = pairedEpisodes(p.metrics->episodes, first.episodes, 0, rocAucOf);
    }
    rows.push_back(row);
  }
  return rows;
}

std::size_t probeCurvePeak(const std::vector<ProbeCurveRow>& rows) {
  std::size_t best = rows.size();
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (std::isfinite(rows[i].tokensAlone.rocAuc) &&
        (best == rows.size() || rows[i].tokensAlone.rocAuc > rows[best].tokensAlone.rocAuc))
      best = i;
  return best;
}

}  // namespace prodrome::core
