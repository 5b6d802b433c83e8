#pragma once
// The clip set's windows (preictal, normal, ictal) under the events, and as
// a strip along the bottom of the overview. Windows overlap when their stride
// is shorter than their length: a translucent fill shows the overlap, the
// darker outline each window.

#include "ui/timeline/IntervalIndex.h"
#include "ui/timeline/IntervalRects.h"
#include "ui/timeline/TimelineLane.h"

#include <QString>

#include <vector>

namespace prodrome::ui {

struct TimelineWindow {
  qint64 start = 0;
  qint64 end = 0;  // exclusive
  QString label;   // preictal | normal | ictal
};

class ClipWindowLane : public TimelineLane {
  Q_OBJECT

 public:
  using TimelineLane::TimelineLane;

  void setWindows(std::vector<TimelineWindow> windows);

  QString name() const override;
  double height() const override { return 16; }
  void paint(QPainter& painter, const LaneContext& lane, const TimelineColors& colors) override;
  void paintOverview(QPainter& painter, const TimelineScale& whole, double height,
                     const TimelineColors& colors) override;

 private:
  std::vector<TimelineWindow> windows_;  // sorted by start
  std::vector<qint64> starts_, ends_;
  std::vector<int> classes_;  // 0 preictal, 1 normal, 2 ictal
  IntervalIndex index_;
  IntervalRects rects_;  // reused between paints
};

}  // namespace prodrome::ui
