#include "app/ProbeCurveText.h"

#include "core/runs/MetricText.h"

#include <cmath>
#include <cstdio>

namespace prodrome::app {

namespace {

std::string meanText(const core::ShotSummary& s) {
  if (std::isnan(s.rocAuc)) return "-";
  return (core::metricText(s.rocAuc, 3) + " [" + core::metricText(s.rocAucLow, 3) + ", " +
          core::metricText(s.rocAucHigh, 3) + "]")
      .toStdString();
}

std::string gainText(const ml::MeanInterval& d) {
  if (d.n == 0) return "-";
  return (core::signedMetricText(d.mean, 3) + " [" + core::signedMetricText(d.low, 3) + ", " +
          core::signedMetricText(d.high, 3) + "]")
      .toStdString();
}

}  // namespace

std::string probeCurveText(const std::vector<core::ProbeCurvePoint>& points, const std::vector<std::int64_t>& runs) {
  const auto rows = core::probeCurveRows(points);
  std::string text;
  char line[256];
  std::snprintf(line, sizeof line,
                "probe curve, ROC-AUC over every shot count, mean [95%% CI]; gains paired with step %lld\n",
                rows.empty() ? 0LL : static_cast<long long>(rows.front().steps));
  text += line;
  std::snprintf(line, sizeof line, "%-7s %-6s %-22s %-25s %-22s %s\n", "steps", "run", "tokens alone",
                "tokens alone gain", "head", "head gain");
  text += line;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::snprintf(line, sizeof line, "%-7lld %-6lld %-22s %-25s %-22s %s\n", static_cast<long long>(rows[i].steps),
                  static_cast<long long>(i < runs.size() ? runs[i] : 0), meanText(rows[i].tokensAlone).c_str(),
                  gainText(rows[i].tokensAloneGain).c_str(), meanText(rows[i].head).c_str(),
                  gainText(rows[i].headGain).c_str());
    text += line;
  }
  if (const auto peak = core::probeCurvePeak(rows); peak < rows.size()) {
    std::snprintf(line, sizeof line, "tokens alone best at step %lld\n", static_cast<long long>(rows[peak].steps));
    text += line;
  }
  return text;
}

}  // namespace prodrome::app
