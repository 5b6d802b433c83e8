#pragma once
// A lane the widget has never heard of, for TimelineWidgetTest: marks at
// frames, drawn as bars, listed in the overview, named in a tool tip, and
// dragged along the time axis. It is what a new lane of a later issue looks
// like: one class, added with TimelineWidget::addLane.

#include "ui/timeline/TimelineColors.h"
#include "ui/timeline/TimelineLane.h"

#include <QPainter>

#include <cmath>
#include <optional>
#include <vector>

namespace prodrome::ui {

class MarkLane : public TimelineLane {
 public:
  static inline const QColor kColour{255, 0, 255};

  void setMarks(std::vector<qint64> marks) {
    marks_ = std::move(marks);
    Q_EMIT contentChanged();
  }
  const std::vector<qint64>& marks() const { return marks_; }
  std::optional<LaneContext> lastPainted() const { return painted_; }

  QString name() const override { return QStringLiteral("Marks"); }
  double height() const override { return 20; }

  void paint(QPainter& painter, const LaneContext& lane, const TimelineColors&) override {
    painted_ = lane;
    for (std::size_t i = 0; i < marks_.size(); ++i) {
      const qint64 frame = dragged_ == i ? dragFrame_ : marks_[i];
      painter.fillRect(QRectF(lane.scale.x(static_cast<double>(frame)) - 1, lane.rect.top(), 3, lane.rect.height()),
                       kColour);
    }
  }
  void paintOverview(QPainter& painter, const TimelineScale& whole, double height, const TimelineColors&) override {
    for (qint64 frame : marks_) painter.fillRect(QRectF(whole.x(static_cast<double>(frame)), 0, 2, height), kColour);
  }
  std::optional<Qt::CursorShape> cursorAt(QPointF pos, const LaneContext& lane) const override {
    if (markAt(pos, lane)) return Qt::SplitHCursor;
    return std::nullopt;
  }
  QString toolTipAt(QPointF pos, const LaneContext& lane) const override {
    const auto i = markAt(pos, lane);
    return i ? QStringLiteral("mark at frame %1").arg(marks_[*i]) : QString();
  }
  Grab grab(QPointF pos, const LaneContext& lane) override {
    dragged_ = markAt(pos, lane);
    if (!dragged_) return Grab::None;
    dragFrame_ = marks_[*dragged_];
    return Grab::Along;
  }
  void dragTo(QPointF pos, const LaneContext& lane) override {
    dragFrame_ = lane.scale.boundaryAt(pos.x());
    Q_EMIT repaintNeeded();
  }
  void drop(bool apply) override {
    if (apply) marks_[*dragged_] = dragFrame_;
    dragged_.reset();
    Q_EMIT contentChanged();
  }

 private:
  std::optional<std::size_t> markAt(QPointF pos, const LaneContext& lane) const {
    if (!lane.rect.contains(pos)) return std::nullopt;
    for (std::size_t i = 0; i < marks_.size(); ++i)
      if (std::abs(lane.scale.x(static_cast<double>(marks_[i])) - pos.x()) <= kGrabPx) return i;
    return std::nullopt;
  }

  std::vector<qint64> marks_;
  std::optional<std::size_t> dragged_;
  qint64 dragFrame_ = 0;
  std::optional<LaneContext> painted_;
};

}  // namespace prodrome::ui
