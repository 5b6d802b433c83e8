#include "ui/timeline/TimelineLane.h"

namespace prodrome::ui {

// The defaults: a lane that only paints.

TimelineLane::TimelineLane(QObject* parent) : QObject(parent) {}

TimelineLane::~TimelineLane() = default;

void TimelineLane::paintOverview(QPainter&, const TimelineScale&, double, const TimelineColors&) {}

std::optional<Qt::CursorShape> TimelineLane::cursorAt(QPointF, const LaneContext&) const { return std::nullopt; }

QString TimelineLane::toolTipAt(QPointF, const LaneContext&) const { return {}; }

void TimelineLane::hover(std::optional<QPointF>, const LaneContext&) {}

TimelineLane::Grab TimelineLane::grab(QPointF, const LaneContext&) { return Grab::None; }

void TimelineLane::dragTo(QPointF, const LaneContext&) {}

void TimelineLane::drop(bool) {}

std::optional<qint64> TimelineLane::press(QPointF, const LaneContext&) { return std::nullopt; }

void TimelineLane::playheadMoved(qint64, const LaneContext&) {}

}  // namespace prodrome::ui
