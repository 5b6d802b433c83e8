#include "app/ProbeCurveText.h"

#include "core/runs/MetricText.h"

#include <cstdio>

namespace prodrome::app {

namespace {

std::string meanText(const core::ShotSummary& s) {
  return core::metricIntervalText(s.rocAuc, s.rocAucLow, s.rocAucHigh, 3).toStdString();
}

// A gain over the first point; "—" at the first point, as any missing figure.
std::string gainText(const ml::MeanInterval& d) {
  if (d.n == 0) return core::missingMetricText().toStdString();
  return core::signedMetricIntervalText(d.mean, d.low, d.high, 3).toStdString();
}

// `text` left-aligned in `width` characters (not bytes: "—" is three).
std::string padded(const std::string& text, std::size_t width) {
  std::size_t characters = 0;
  for (const unsigned char c : text) characters += (c & 0xC0) != 0x80;
  return text + std::string(characters < width ? width - characters : 0, ' ');
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
    std::snprintf(line, sizeof line, "%-7lld %-6lld ", static_cast<long long>(rows[i].steps),
                  static_cast<long long>(i < runs.size() ? runs[i] : 0));
    text += line + padded(meanText(rows[i].tokensAlone), 22) + ' ' + padded(gainText(rows[i].tokensAloneGain), 25) +
            ' ' + padded(meanText(rows[i].head), 22) + ' ' + gainText(rows[i].headGain) + '\n';
  }
  if (const auto peak = core::probeCurvePeak(rows); peak < rows.size()) {
    std::snprintf(line, sizeof line, "tokens alone best at step %lld\n", static_cast<long long>(rows[peak].steps));
    text += line;
  }
  return text;
}

}  // namespace prodrome::app
