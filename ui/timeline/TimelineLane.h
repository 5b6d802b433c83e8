#pragma once
// One horizontal band of the timeline under the ruler (events, clip windows,
// the forecast curve, ...). The widget keeps what all lanes share (the view's
// scale, the overview, the ruler, the playhead, panning and scrubbing) and
// lays its lanes out top to bottom; each lane paints itself, says what lies
// under the cursor and follows the drags it starts. A new lane is a subclass
// handed to TimelineWidget::addLane; its data goes to it directly, and it
// tells the widget through the signals below what a change needs.
//
// The widget asks every shown lane, top to bottom; each decides which points
// are its own (a grab zone may reach a few pixels past the lane's rect).

#include "ui/timeline/TimelineScale.h"

#include <QFont>
#include <QObject>
#include <QPalette>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace prodrome::ui {

struct TimelineColors;

// Logical pixels: an edge or a line this close to the cursor is grabbed.
inline constexpr double kGrabPx = 4;

// Where a lane is and what the widget shows, for painting and hit testing.
struct LaneContext {
  TimelineScale scale;  // the visible frames over the lanes' pixels
  QRectF rect;          // this lane, in widget coordinates
  QRectF ruler;         // the ruler above the lanes (a dragged edge shows its frame there)
  qint64 frameCount = 0;
  double fps = 0.0;
  qint64 playhead = 0;
  QFont font;
  QPalette palette;
};

class TimelineLane : public QObject {
  Q_OBJECT

 public:
  // What a press on the lane grabbed. A drag Along the time axis (an event
  // edge) keeps the view from paging after the playhead while it lasts.
  enum class Grab { None, Along, Across };

  explicit TimelineLane(QObject* parent = nullptr);
  ~TimelineLane() override;

  // Shown in the gutter left of the lane (the gutter fits every lane's name).
  virtual QString name() const = 0;
  // Logical pixels; 0 hides the lane. A lane that stretches also takes the
  // height the widget has beyond its size hint.
  virtual double height() const = 0;
  virtual bool stretches() const { return false; }

  virtual void paint(QPainter& painter, const LaneContext& lane, const TimelineColors& colors) = 0;
  // The lane's data over the whole recording in the overview strip, painted
  // into a cached pixmap (`whole` maps frames to its x, `height` is its height).
  virtual void paintOverview(QPainter& painter, const TimelineScale& whole, double height,
                             const TimelineColors& colors);

  // The cursor for hovering `pos` when it offers something, the tool tip
  // there (empty: none), and the hover itself (nullopt: the mouse left).
  virtual std::optional<Qt::CursorShape> cursorAt(QPointF pos, const LaneContext& lane) const;
  virtual QString toolTipAt(QPointF pos, const LaneContext& lane) const;
  virtual void hover(std::optional<QPointF> pos, const LaneContext& lane);

  // A left press: grab() first, on every lane; if none grabs, press() on
  // every lane, which may return the frame to seek to on release instead of
  // the one under the cursor. A grab is followed by dragTo() per move and
  // one drop(): apply on release, not when the widget cancels the drag.
  virtual Grab grab(QPointF pos, const LaneContext& lane);
  virtual void dragTo(QPointF pos, const LaneContext& lane);
  virtual void drop(bool apply);
  virtual std::optional<qint64> press(QPointF pos, const LaneContext& lane);

  // The playhead moved from `from` to lane.playhead without the view moving.
  virtual void playheadMoved(qint64 from, const LaneContext& lane);

 Q_SIGNALS:
  // Repaint `area` (widget coordinates), or the whole widget when empty.
  void repaintNeeded(QRectF area = QRectF());
  // The lane's data changed: the overview is redrawn too.
  void contentChanged();
  // height() changed (the lane was shown or hidden).
  void heightChanged();
  // New data ended the lane's drag; the widget stops following the mouse.
  void dragCancelled();
};

}  // namespace prodrome::ui
