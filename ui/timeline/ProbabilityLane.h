#pragma once
// The forecast probability per window end (hidden while it has no points),
// with the threshold as a dashed line that can be dragged: thresholdDragged
// while it moves, thresholdChanged once on release. It takes the height the
// widget has beyond its hint: a taller lane is what a reviewer reading
// probabilities wants. Its axis runs from 0 to 1, or, auto-scaled, over the
// recording's own range of probabilities and the threshold (a forecaster
// whose output stays within 0.40–0.60 still shows its shape), labelled then
// at the lane's left edge.
//
// Hovering the lane shows the window nearest the cursor, [end - L, end), with
// its probability and the alarm fired at its end (the AlarmLane's). Where
// every point carries a motion-baseline probability, that curve is drawn
// dotted beneath the model's (no threshold line of its own: it is context)
// and the tool tip names its value too; its alarms at its own operating
// point, when given, sit on it as small diamonds in the AlarmLane's hues by
// outcome, so that a reviewer sees where the simple detector alarms beside
// the model (whose alarms are the AlarmLane's flags). The
// playhead's window is highlighted: the first window whose end is at or after
// the playhead frame, i.e. the soonest-finishing window that contains the
// frame (or ends on it), so that seeking to an alarm's frame (its window end)
// highlights that alarm's own window.

#include "ui/timeline/AlarmLane.h"
#include "ui/timeline/ProbabilityCurve.h"
#include "ui/timeline/TimelineLane.h"

#include <optional>
#include <vector>

namespace prodrome::ui {

struct TimelineProbability {
  qint64 windowEnd = 0;
  double probability = 0.0;
  // The motion-statistics forecaster's probability for the same window, when
  // the run judged one beside the model: drawn dotted under the model's.
  std::optional<double> motionBaseline{};  // "{}" lets an initialiser leave it out (-Wextra)
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
  // The alarms whose outcome and decision a window's tool tip names (not owned).
  void setAlarmLane(const AlarmLane* alarms) { alarms_ = alarms; }
  // Fits the axis to the probabilities and the threshold instead of [0, 1].
  void setAutoScale(bool autoScale);
  // The motion baseline's alarms (frames at its window ends, in increasing
  // order; decisions unused): drawn while its curve is.
  void setBaselineAlarms(std::vector<TimelineAlarm> alarms);
  const std::vector<TimelineAlarm>& baselineAlarms() const { return baselineAlarms_; }

  bool empty() const { return curve_.empty(); }
  bool hasMotionBaseline() const { return !baseline_.empty(); }
  double threshold() const { return threshold_; }
  qint64 windowFrames() const { return windowFrames_; }
  bool autoScale() const { return autoScale_; }
  // The probabilities at the lane's bottom and top.
  double axisLow() const { return low_; }
  double axisHigh() const { return high_; }
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
  void playheadMoved(qint64 from, const LaneContext& lane) override;

 Q_SIGNALS:
  // The threshold line being dragged (every move), then once on release
  // with the final value.
  void thresholdDragged(double threshold);
  void thresholdChanged(double threshold);

 private:
  bool onThresholdLine(QPointF pos, const LaneContext& lane) const;
  double thresholdAtY(double y, const LaneContext& lane) const;
  double yOf(double probability, const LaneContext& lane) const;
  void fitAxis();
  void setHover(std::optional<qint64> windowEnd, const LaneContext& lane);
  void repaintWindowBand(std::optional<qint64> windowEnd, const LaneContext& lane);
  void paintWindowBand(QPainter& painter, const LaneContext& lane, qint64 windowEnd, const QColor& fill,
                       const QColor& point) const;
  void paintAxisLabels(QPainter& painter, const LaneContext& lane, const TimelineColors& c) const;
  void paintThresholdLabel(QPainter& painter, const LaneContext& lane, const TimelineColors& c, double y) const;
  void paintBaselineAlarms(QPainter& painter, const LaneContext& lane, const TimelineColors& c) const;
  const TimelineAlarm* baselineAlarmAt(qint64 windowEnd) const;

  ProbabilityCurve curve_;
  ProbabilityCurve baseline_;  // empty unless every point has one
  std::vector<TimelineAlarm> baselineAlarms_;
  double threshold_ = 0.5;
  qint64 windowFrames_ = 0;
  const AlarmLane* alarms_ = nullptr;
  bool autoScale_ = false;
  double low_ = 0.0, high_ = 1.0;  // the axis
  std::optional<qint64> hoverEnd_;
  bool dragging_ = false;  // the threshold line

  // Reused between paints, so that a paint allocates nothing big.
  std::vector<QPointF> line_;
  std::vector<QRectF> above_;  // spans at or above the threshold
  std::vector<QPointF> baselineLine_;
  std::vector<QRectF> baselineSpans_;  // not drawn
};

}  // namespace prodrome::ui
