#pragma once
// The annotated events: seizures full height, artifacts and other events in
// the lower part so that one over a seizure stays visible; labels inside the
// intervals that fit them, a flag on seizures still open. A click selects the
// event under it (seizures before artifacts); an edge within kGrabPx is
// grabbed and dragging it emits eventEdgeMoved once, on release. The lane
// edits nothing itself: it asks through signals and shows what it is given.
// With two raters or more, each has a lane of this kind (TimelineWidget).

#include "ui/timeline/IntervalIndex.h"
#include "ui/timeline/IntervalRects.h"
#include "ui/timeline/TimelineLane.h"

#include <QString>

#include <optional>
#include <vector>

namespace prodrome::ui {

struct TimelineEvent {
  qint64 id = 0;
  qint64 onset = 0;
  std::optional<qint64> offset;  // exclusive; empty while the seizure is open
  QString kind;                  // seizure | artifact | other
  QString label;                 // shown inside the interval when it fits (seizure type)
  QString annotator;             // whose mark it is: two or more get a lane each
};

class EventLane : public TimelineLane {
  Q_OBJECT

 public:
  using TimelineLane::TimelineLane;

  void setEvents(std::vector<TimelineEvent> events);
  void setSelected(std::optional<qint64> id);
  // One rater's lane (issue 14): named "Events · name", its seizures in the
  // rater's colour (TimelineColors::raterSeizure[index]). An empty name and
  // index 0 is the one lane of a single annotator. Hidden, the lane takes no
  // height.
  void setRater(const QString& name, int index);
  void setShown(bool shown);
  const QString& rater() const { return rater_; }
  const std::vector<TimelineEvent>& events() const { return events_; }
  std::optional<qint64> selected() const { return selectedId_; }

  QString name() const override;
  double height() const override { return shown_ ? 30 : 0; }
  void paint(QPainter& painter, const LaneContext& lane, const TimelineColors& colors) override;
  void paintOverview(QPainter& painter, const TimelineScale& whole, double height,
                     const TimelineColors& colors) override;
  std::optional<Qt::CursorShape> cursorAt(QPointF pos, const LaneContext& lane) const override;
  Grab grab(QPointF pos, const LaneContext& lane) override;
  void dragTo(QPointF pos, const LaneContext& lane) override;
  void drop(bool apply) override;
  std::optional<qint64> press(QPointF pos, const LaneContext& lane) override;

 Q_SIGNALS:
  void eventSelected(qint64 id);
  // Emitted once, on release of an edge drag; newFrame is the new onset, or
  // the new (exclusive) offset.
  void eventEdgeMoved(qint64 id, bool onsetEdge, qint64 newFrame);

 private:
  struct EdgeHit {
    std::size_t index;
    bool onsetEdge;
  };
  std::optional<EdgeHit> edgeAt(QPointF pos, const LaneContext& lane) const;
  std::optional<std::size_t> eventAt(QPointF pos, const LaneContext& lane) const;
  void paintDragLabel(QPainter& painter, const LaneContext& lane, const TimelineColors& c) const;

  std::vector<TimelineEvent> events_;  // sorted by onset, then id
  QString rater_;
  int raterIndex_ = 0;
  bool shown_ = true;
  std::vector<qint64> starts_, ends_;
  std::vector<int> classes_;  // 0 seizure, 1 artifact, 2 other
  IntervalIndex index_;
  std::optional<qint64> selectedId_;
  std::optional<std::size_t> selectedIndex_;  // into events_

  bool dragging_ = false;  // an edge of events_[dragIndex_]
  std::size_t dragIndex_ = 0;
  bool dragOnsetEdge_ = true;
  qint64 dragFrame_ = 0;

  // Reused between paints.
  IntervalRects rects_;
  std::vector<std::size_t> labelled_;
};

}  // namespace prodrome::ui
