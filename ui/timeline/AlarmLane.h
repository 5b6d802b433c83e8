#pragma once
// The forecast's alarms in a row of their own above the probability curve
// (issue 16: the marks used to sit at the top of the curve, where they read as
// part of the clip-window row above): one flag per alarm at the window end
// where it fired, its hue by outcome (true, false, during a seizure), its fill
// by the reviewer's decision (undecided filled, accepted filled and outlined,
// rejected hollow). A click on a flag selects that alarm and seeks to its
// frame. Shown while the forecast is (setShown), even with no alarm at the
// current threshold, so that dragging the threshold does not move the lanes.

#include "ui/timeline/TimelineLane.h"

#include <QColor>

#include <optional>
#include <vector>

namespace prodrome::ui {

struct TimelineAlarm {
  enum class Outcome { True, False, DuringSeizure };
  enum class Decision { None, Accepted, Rejected };
  qint64 frame = 0;  // the window end at which it fired
  Outcome outcome = Outcome::False;
  Decision decision = Decision::None;
};

class AlarmLane : public TimelineLane {
  Q_OBJECT

 public:
  using TimelineLane::TimelineLane;

  void setShown(bool shown);
  void setAlarms(std::vector<TimelineAlarm> alarms);
  void setSelectedAlarm(std::optional<qint64> frame);

  const std::vector<TimelineAlarm>& alarms() const { return alarms_; }
  std::optional<qint64> selectedAlarm() const { return selectedAlarm_; }
  // "true alarm, accepted" for an alarm fired at exactly `frame`; empty
  // without one (the probability lane names a window's alarm with it).
  QString describe(qint64 frame) const;
  // "true alarm", "false alarm", "alarm during a seizure".
  static QString outcomeText(TimelineAlarm::Outcome outcome);
  // The flag's hue for an outcome (the probability lane marks the motion
  // baseline's alarms in the same hues).
  static QColor outcomeHue(TimelineAlarm::Outcome outcome, const TimelineColors& c);

  QString name() const override;
  double height() const override { return shown_ ? 16 : 0; }
  void paint(QPainter& painter, const LaneContext& lane, const TimelineColors& colors) override;
  std::optional<Qt::CursorShape> cursorAt(QPointF pos, const LaneContext& lane) const override;
  QString toolTipAt(QPointF pos, const LaneContext& lane) const override;
  std::optional<qint64> press(QPointF pos, const LaneContext& lane) override;

 Q_SIGNALS:
  // A press on an alarm's flag (the click then seeks to the alarm's frame).
  void alarmClicked(qint64 frame);

 private:
  std::optional<std::size_t> alarmAt(QPointF pos, const LaneContext& lane) const;

  bool shown_ = false;
  std::vector<TimelineAlarm> alarms_;  // sorted by frame
  std::optional<qint64> selectedAlarm_;

  // Reused between paints, so that a paint allocates nothing big.
  std::vector<QRectF> flags_[3][3];  // [outcome][decision]
  std::vector<QRectF> inner_;
};

}  // namespace prodrome::ui
