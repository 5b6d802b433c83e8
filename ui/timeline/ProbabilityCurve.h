#pragma once
// The forecast probability per window end, turned into at most a few points
// per pixel column for painting: 10^5 points over 1,000 pixels become one
// vertical min..max stroke per column, so a paint costs O(visible points)
// arithmetic and O(width) drawing, and reuses the caller's buffers.

#include "ui/timeline/TimelineScale.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace prodrome::ui {

class ProbabilityCurve {
 public:
  // Sorted by frame; probabilities in [0, 1].
  void assign(std::vector<qint64> frames, std::vector<double> values);
  bool empty() const { return frames_.empty(); }
  std::size_t size() const { return frames_.size(); }
  qint64 frame(std::size_t i) const { return frames_[i]; }
  double value(std::size_t i) const { return values_[i]; }
  // Index of the first point whose frame is >= `frame` (size() if none).
  std::size_t firstAtOrAfter(qint64 frame) const;
  // Index of the point nearest `frame` (the earlier on a tie); empty curve: 0.
  std::size_t nearest(double frame) const;

  // Polyline of the curve inside `scale` (plus one point beyond each side so
  // it reaches the edges), y mapped into [top, top + height) with `high` at
  // top and `low` at the bottom (values beyond them clamped). `alarms`
  // receives the x spans where the probability is >= threshold, as
  // full-height rectangles. Both buffers are cleared, not shrunk.
  void layout(const TimelineScale& scale, double top, double height, double threshold, std::vector<QPointF>& line,
              std::vector<QRectF>& alarms, double low = 0.0, double high = 1.0) const;
  // The lowest and highest value (0 and 1 for an empty curve).
  double minimum() const { return min_; }
  double maximum() const { return max_; }

 private:
  std::vector<qint64> frames_;
  std::vector<double> values_;
  double min_ = 0.0, max_ = 1.0;
};

}  // namespace prodrome::ui
