#pragma once
// The rectangles that paint a lane's intervals (events, clip windows) in
// three classes, shared by the lanes that draw intervals and their overview
// strips. Intervals narrower than kMergePx are merged with touching ones of
// their class, so a zoomed-out lane with 10^4 events draws at most a few
// rectangles per pixel column.

#include "ui/timeline/IntervalIndex.h"
#include "ui/timeline/TimelineScale.h"

#include <QColor>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

class QPainter;

namespace prodrome::ui {

inline constexpr double kMergePx = 3;  // intervals narrower than this merge with their neighbours

// Per class: merged narrow intervals, and wide ones one by one. Reused
// between paints (cleared, not shrunk) so that a paint allocates nothing big.
struct IntervalRects {
  std::vector<QRectF> merged[3];
  std::vector<QRectF> wide[3];
  void clear();
};

// Collects the intervals of the scale's frames as rectangles; `band[c]` is
// the vertical extent of class c. `wideIds`, when given, receives the index
// of each wide interval in order. `skip(i)` leaves interval i out (the one
// being dragged).
template <typename Skip>
void collectIntervals(const IntervalIndex& index, const std::vector<qint64>& starts, const std::vector<qint64>& ends,
                      const std::vector<int>& classes, const TimelineScale& s,
                      const std::pair<double, double> (&band)[3], IntervalRects& rects,
                      std::vector<std::size_t>* wideIds, Skip&& skip) {
  const auto from = static_cast<qint64>(std::floor(s.start));
  const auto to = static_cast<qint64>(std::ceil(s.start + s.span));
  const double clipLeft = s.left - 2, clipRight = s.left + s.width + 2;
  QRectF pending[3];
  bool hasPending[3] = {false, false, false};
  const auto [first, last] = index.candidates(from, to);
  for (std::size_t i = first; i < last; ++i) {
    if (ends[i] <= from || skip(i)) continue;
    const int c = classes[i];
    const double x0 = std::max(s.x(static_cast<double>(starts[i])), clipLeft);
    double x1 = std::min(s.x(static_cast<double>(ends[i])), clipRight);
    if (x1 - x0 >= kMergePx) {
      rects.wide[c].emplace_back(QPointF(x0, band[c].first), QPointF(x1, band[c].second));
      if (wideIds) wideIds->push_back(i);
      continue;
    }
    x1 = std::max(x1, x0 + 1.0);
    if (hasPending[c] && x0 <= pending[c].right() + 1.0) {
      pending[c].setRight(std::max(pending[c].right(), x1));
      continue;
    }
    if (hasPending[c]) rects.merged[c].push_back(pending[c]);
    pending[c] = QRectF(QPointF(x0, band[c].first), QPointF(x1, band[c].second));
    hasPending[c] = true;
  }
  for (int c = 0; c < 3; ++c)
    if (hasPending[c]) rects.merged[c].push_back(pending[c]);
}

// The columns collectIntervals reads, filled from a lane's items (sorted by
// start) and indexed: one rule for every interval lane. `interval(item)`
// gives {start, end, class}; an interval covers at least its start frame.
template <typename Item, typename Interval>
void fillIntervalColumns(const std::vector<Item>& items, const Interval& interval, std::vector<qint64>& starts,
                         std::vector<qint64>& ends, std::vector<int>& classes, IntervalIndex& index) {
  starts.resize(items.size());
  ends.resize(items.size());
  classes.resize(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto [start, end, cls] = interval(items[i]);
    starts[i] = start;
    ends[i] = std::max<qint64>(end, start + 1);
    classes[i] = cls;
  }
  index.assign(starts, ends);
}

// The overview's flat fill: every rectangle of class c in colour[c].
void fillIntervals(QPainter& painter, const IntervalRects& rects, const QColor (&colour)[3]);

}  // namespace prodrome::ui
