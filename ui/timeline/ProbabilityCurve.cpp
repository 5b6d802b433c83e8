#include "ui/timeline/ProbabilityCurve.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace prodrome::ui {

void ProbabilityCurve::assign(std::vector<qint64> frames, std::vector<double> values) {
  frames_ = std::move(frames);
  values_ = std::move(values);
  min_ = 0.0, max_ = 1.0;
  if (values_.empty()) return;
  const auto [lo, hi] = std::minmax_element(values_.begin(), values_.end());
  min_ = *lo, max_ = *hi;
}

std::size_t ProbabilityCurve::firstAtOrAfter(qint64 frame) const {
  return std::lower_bound(frames_.begin(), frames_.end(), frame) - frames_.begin();
}

std::size_t ProbabilityCurve::nearest(double frame) const {
  if (frames_.empty()) return 0;
  const std::size_t after =
      std::lower_bound(frames_.begin(), frames_.end(), frame, [](qint64 f, double x) { return f < x; }) -
      frames_.begin();
  if (after == 0) return 0;
  if (after == frames_.size()) return after - 1;
  return frame - frames_[after - 1] <= frames_[after] - frame ? after - 1 : after;
}

void ProbabilityCurve::layout(const TimelineScale& scale, double top, double height, double threshold,
                              std::vector<QPointF>& line, std::vector<QRectF>& alarms, double low,
                              double high) const {
  line.clear();
  alarms.clear();
  if (frames_.empty()) return;
  const auto from = static_cast<qint64>(std::floor(scale.start));
  const auto to = static_cast<qint64>(std::ceil(scale.start + scale.span));
  std::size_t first = std::lower_bound(frames_.begin(), frames_.end(), from) - frames_.begin();
  std::size_t last = std::upper_bound(frames_.begin(), frames_.end(), to) - frames_.begin();
  if (first > 0) --first;
  if (last < frames_.size()) ++last;
  const double range = std::max(1e-9, high - low);
  const auto y = [&](double p) { return top + (1.0 - std::clamp((p - low) / range, 0.0, 1.0)) * height; };

  // Alarm spans: runs of points at or above the threshold, one rectangle per
  // run, runs closer than a pixel merged.
  const auto addAlarm = [&](double x0, double x1) {
    x1 = std::max(x1, x0 + 1.0);
    if (!alarms.empty() && x0 <= alarms.back().right() + 1.0)
      alarms.back().setRight(std::max(alarms.back().right(), x1));
    else
      alarms.emplace_back(QPointF(x0, top), QPointF(x1, top + height));
  };

  const std::size_t count = last - first;
  if (count <= static_cast<std::size_t>(2 * scale.width)) {
    // Sparse: every point, as is.
    double runStart = -1;
    for (std::size_t i = first; i < last; ++i) {
      const double px = scale.x(static_cast<double>(frames_[i]));
      line.emplace_back(px, y(values_[i]));
      const bool above = values_[i] >= threshold;
      if (above && runStart < 0) runStart = px;
      if (!above && runStart >= 0) {
        addAlarm(runStart, line[line.size() - 2].x());
        runStart = -1;
      }
    }
    if (runStart >= 0) addAlarm(runStart, line.back().x());
    return;
  }

  // Dense: per pixel column, the first, lowest and highest value in the order
  // they occurred, so that spikes of one window survive at any zoom.
  qint64 column = std::numeric_limits<qint64>::min();
  double lo = 0, hi = 0;
  std::size_t loAt = 0, hiAt = 0;
  double columnX = 0;
  bool columnAlarm = false;
  const auto flush = [&] {
    if (column == std::numeric_limits<qint64>::min()) return;
    if (loAt <= hiAt) {
      line.emplace_back(columnX, y(lo));
      if (hi != lo) line.emplace_back(columnX, y(hi));
    } else {
      line.emplace_back(columnX, y(hi));
      line.emplace_back(columnX, y(lo));
    }
    if (columnAlarm) addAlarm(columnX - 0.5, columnX + 0.5);
  };
  // x = frame * a + b, and the column by truncation (std::floor is a call
  // without SSE4.1): this loop runs over every visible point, 10^5 when the
  // whole recording is in view.
  const double a = scale.width / scale.span, b = scale.left - scale.start * a;
  for (std::size_t i = first; i < last; ++i) {
    const double px = static_cast<double>(frames_[i]) * a + b;
    const auto c = px >= 0 ? static_cast<qint64>(px) : static_cast<qint64>(px) - 1;
    const double v = values_[i];
    if (c != column) {
      flush();
      column = c;
      columnX = c + 0.5;
      lo = hi = v;
      loAt = hiAt = i;
      columnAlarm = v >= threshold;
      continue;
    }
    if (v < lo) lo = v, loAt = i;
    if (v > hi) hi = v, hiAt = i;
    columnAlarm = columnAlarm || v >= threshold;
  }
  flush();
}

}  // namespace prodrome::ui
