#pragma once
// The forecast probability per window end (hidden while it has no points),
// with the threshold as a dashed line that can be dragged: thresholdDragged
// while it moves, thresholdChanged once on release. It takes the height the
// widget has beyond its hint: a taller lane is what a reviewer reading
// probabilities wants.
//
// Forecast review (issue 7): alarms are marks at the top of the lane,
// coloured by outcome (true, false, during a seizure) and drawn by decision
// (undecided filled, accepted filled and outlined, rejected hollow).
// Hovering the lane shows the window nearest the cursor, [end - L, end), with
// its probability. The playhead's window is highlighted: the first window
// whose end is at or after the playhead frame, i.e. the soonest-finishing
// window that contains the frame (or ends on it), so that seeking to an
// alarm's frame (its window end) highlights that alarm's own window.

#include "ui/timeline/ProbabilityCurve.h"
#include "ui/timeline/TimelineLane.h"

#include <QLineF>

#include <optional>
#include <vector>

namespace prodrome::ui {

struct TimelineProbability {
  qint64 windowEnd = 0;
  double probability = 0.0;
};

struct TimelineAlarm {
  enum class Outcome { True, False, DuringSeizure };
  enum class Decision { None, Accepted, Rejected };
  qint64 frame = 0;  // the window end at which it fired
  Outcome outcome = Outcome::False;
  Decision decision = Decision::None;
};

class ProbabilityLane : public TimelineLane {
  Q_OBJECT

 public:
  using TimelineLane::TimelineLane;

  void setProbabilities(std::vector<TimelineProbability> points, double threshold);
  // Clamped to [0, 1]; emits neither threshold signal.
  void setThreshold(double threshold);
  // The forecast window length L in frames, for hover spans and the
  // highlighted window; 0 shows points without spans.
  void setWindowFrames(qint64 windowFrames);
  void setAlarms(std::vector<TimelineAlarm> alarms);
  void setSelectedAlarm(std::optional<qint64> frame);

  bool empty() const { return curve_.empty(); }
  double threshold() const { return threshold_; }
  qint64 windowFrames() const { return windowFrames_; }
  const std::vector<TimelineAlarm>& alarms() const { return alarms_; }
  std::optional<qint64> selectedAlarm() const { return selectedAlarm_; }
  std::optional<qint64> hoveredWindowEnd() const { return hoverEnd_; }
  // The window end highlighted for the playhead at `frame`, if any window
  // ends at or after it.
  std::optional<qint64> windowEndForPlayhead(qint64 frame) const;
  // The window end nearest the cursor, when it is in the lane.
  std::optional<qint64> windowEndAt(QPointF pos, const LaneContext& lane) const;
  double thresholdY(const LaneContext& lane) const;  // where the threshold line is drawn

  QString name() const override;
  double height() const override { return curve_.empty() ? 0 : 44; }
  bool stretches() const override { return true; }
  void paint(QPainter& painter, const LaneContext& lane, const TimelineColors& colors) override;
  void paintOverview(QPainter& painter, const TimelineScale& whole, double height,
                     const TimelineColors& colors) override;
  std::optional<Qt::CursorShape> cursorAt(QPointF pos, const LaneContext& lane) const override;
  QString toolTipAt(QPointF pos, const LaneContext& lane) const override;
  void hover(std::optional<QPointF> pos, const LaneContext& lane) override;
  Grab grab(QPointF pos, const LaneContext& lane) override;
  void dragTo(QPointF pos, const LaneContext& lane) override;
  void drop(bool apply) override;
  std::optional<qint64> press(QPointF pos, const LaneContext& lane) override;
  void playheadMoved(qint64 from, const LaneContext& lane) override;

 Q_SIGNALS:
  // The threshold line being dragged (every move), then once on release
  // with the final value.
  void thresholdDragged(double threshold);
  void thresholdChanged(double threshold);
  // A press on an alarm mark (the click then seeks to the alarm's frame).
  void alarmClicked(qint64 frame);

 private:
  bool onThresholdLine(QPointF pos, const LaneContext& lane) const;
  double thresholdAtY(double y, const LaneContext& lane) const;
  std::optional<std::size_t> alarmAt(QPointF pos, const LaneContext& lane) const;
  void setHover(std::optional<qint64> windowEnd, const LaneContext& lane);
  void repaintWindowBand(std::optional<qint64> windowEnd, const LaneContext& lane);
  void paintWindowBand(QPainter& painter, const LaneContext& lane, qint64 windowEnd, const QColor& fill,
                       const QColor& point) const;
  void paintAlarmMarks(QPainter& painter, const LaneContext& lane, const TimelineColors& c);
  void paintThresholdLabel(QPainter& painter, const LaneContext& lane, const TimelineColors& c, double y) const;

  ProbabilityCurve curve_;
  double threshold_ = 0.5;
  qint64 windowFrames_ = 0;
  std::vector<TimelineAlarm> alarms_;  // sorted by frame
  std::optional<qint64> selectedAlarm_;
  std::optional<qint64> hoverEnd_;
  bool dragging_ = false;  // the threshold line

  // Reused between paints, so that a paint allocates nothing big.
  std::vector<QPointF> line_;
  std::vector<QRectF> above_;  // spans at or above the threshold
  std::vector<QLineF> markLines_[3];
  std::vector<QRectF> markFlags_[3][3];  // [outcome][decision]
  std::vector<QRectF> markInner_;
};

}  // namespace prodrome::ui
