#pragma once
// The timeline under the video: an overview strip of the whole recording with
// the visible range as a draggable box, a ruler (hh:mm:ss.mmm, ui/Clock.h, and frame
// numbers), and zoomable lanes for events, clip-set windows and the forecast
// probability (that lane is hidden while it has no points).
//
// Mouse: click seeks; the wheel zooms around the cursor (Shift+wheel or a
// horizontal wheel pans); dragging a lane pans, dragging the ruler scrubs,
// the middle button pans anywhere; an event edge within a few pixels is
// grabbed (the cursor says so) and dragging it emits eventEdgeMoved once, on
// release. The threshold line of the probability lane is grabbed the same
// way: thresholdDragged while it moves, thresholdChanged once on release.
// The widget edits nothing itself: it asks through signals and shows what it
// is given.
//
// Forecast review (issue 7): alarms are marks on the probability lane,
// coloured by outcome (true, false, during a seizure) and drawn by decision
// (undecided filled, accepted filled and outlined, rejected hollow).
// Hovering the lane shows the window nearest the cursor, [end - L, end), with
// its probability. The playhead's window is highlighted: the first window
// whose end is at or after the playhead frame, i.e. the soonest-finishing
// window that contains the frame (or ends on it), so that seeking to an
// alarm's frame (its window end) highlights that alarm's own window.
//
// Paint cost follows what is visible, not what is loaded: intervals are
// found by binary search (IntervalIndex), intervals narrower than a few
// pixels are merged per lane, the curve is decimated to min/max per pixel
// column (ProbabilityCurve), buffers are reused between paints, and the
// overview is cached as a pixmap until its data or size changes.

#include "ui/timeline/IntervalIndex.h"
#include "ui/timeline/ProbabilityCurve.h"
#include "ui/timeline/TimelineScale.h"

#include <QPixmap>
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

namespace prodrome::ui {

struct TimelineColors;

struct TimelineEvent {
  qint64 id = 0;
  qint64 onset = 0;
  std::optional<qint64> offset;  // exclusive; empty while the seizure is open
  QString kind;                  // seizure | artifact | other
  QString label;                 // shown inside the interval when it fits (seizure type)
};

struct TimelineWindow {
  qint64 start = 0;
  qint64 end = 0;  // exclusive
  QString label;   // preictal | normal | ictal
};

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

class TimelineWidget : public QWidget {
  Q_OBJECT

 public:
  explicit TimelineWidget(QWidget* parent = nullptr);
  ~TimelineWidget() override;

  // Resets the view to the whole recording.
  void setRecording(qint64 frameCount, double fps);
  void setEvents(std::vector<TimelineEvent> events);
  void setClipWindows(std::vector<TimelineWindow> windows);
  void setProbabilities(std::vector<TimelineProbability> points, double threshold);
  // Moves the threshold line (and the above-threshold shading) without
  // reloading the curve; clamped to [0, 1].
  void setThreshold(double threshold);
  // The forecast window length L in frames, for hover spans and the
  // highlighted window; 0 (the default) shows points without spans.
  void setProbabilityWindow(qint64 windowFrames);
  void setAlarms(std::vector<TimelineAlarm> alarms);
  void setSelectedAlarm(std::optional<qint64> frame);
  // Follows playback: when zoomed and the playhead leaves the view, the view
  // pages after it (or centres on it after a jump). Not while the user drags.
  void setPlayhead(qint64 frame);
  void setSelectedEvent(std::optional<qint64> id);
  void setVisibleRange(qint64 first, qint64 last);  // inclusive frames

  qint64 frameCount() const { return frameCount_; }
  double fps() const { return fps_; }
  qint64 playhead() const { return playhead_; }
  std::optional<qint64> selectedEvent() const { return selectedId_; }
  qint64 visibleFirst() const;
  qint64 visibleLast() const;
  bool probabilityLaneVisible() const { return !curve_.empty(); }
  double threshold() const { return threshold_; }
  qint64 probabilityWindow() const { return windowFrames_; }
  const std::vector<TimelineAlarm>& alarms() const { return alarmMarks_; }
  std::optional<qint64> selectedAlarm() const { return selectedAlarm_; }
  // The window end highlighted for the playhead (see the rule above), if
  // any window ends at or after it.
  std::optional<qint64> currentWindowEnd() const;
  // The window end shown for the cursor at `pos` (the nearest point of the
  // probability lane), and its tool tip text; empty outside that lane.
  std::optional<qint64> probabilityWindowAt(QPointF pos) const;
  QString probabilityToolTip(QPointF pos) const;
  std::optional<qint64> hoveredWindowEnd() const { return hoverEnd_; }

  // Geometry, in widget coordinates, for tests and for the main window's
  // tool tips: where frame boundary `frame` is drawn in the lanes and in the
  // overview, and the vertical centre of each lane.
  double xForFrame(double frame) const;
  double overviewXForFrame(double frame) const;
  qint64 frameAtX(double x) const;
  int overviewCentreY() const;
  int rulerCentreY() const;
  int eventLaneCentreY() const;
  int windowLaneCentreY() const;
  int probabilityLaneCentreY() const;
  double thresholdY() const;  // where the threshold line is drawn

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 Q_SIGNALS:
  void seekRequested(qint64 frame);
  void eventSelected(qint64 id);
  // Emitted once, on release of an edge drag; newFrame is the new onset, or
  // the new (exclusive) offset.
  void eventEdgeMoved(qint64 id, bool onsetEdge, qint64 newFrame);
  void visibleRangeChanged(qint64 first, qint64 last);
  // The threshold line being dragged (every move), then once on release
  // with the final value. setThreshold() does not emit either.
  void thresholdDragged(double threshold);
  void thresholdChanged(double threshold);
  // A click on an alarm mark (it also seeks, as any click).
  void alarmClicked(qint64 frame);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void leaveEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void changeEvent(QEvent* event) override;
  bool event(QEvent* event) override;

 private:
  struct Layout {
    QRectF overview, ruler, events, windows, probability;  // probability is empty when hidden
    double laneLeft = 0, laneWidth = 1;
  };
  enum class Drag { None, Pending, Pan, Scrub, Edge, OverviewBox, Threshold };
  struct EdgeHit {
    std::size_t index;
    bool onsetEdge;
  };

  Layout layout() const;
  TimelineScale scale() const;
  TimelineScale overviewScale() const;
  qint64 minimumSpan() const;
  double clampSpan(double span) const;
  // Moves/zooms the view, clamped to the recording; emits visibleRangeChanged
  // when the inclusive frame range changed.
  void setView(double start, double span);
  void zoomAround(double x, double factor);
  void updatePlayheadStrip(qint64 frame);

  std::optional<EdgeHit> edgeAt(QPointF pos) const;
  std::optional<std::size_t> eventAt(QPointF pos) const;
  void updateHoverCursor(QPointF pos);
  bool onThresholdLine(QPointF pos) const;
  double thresholdAtY(double y) const;
  std::optional<std::size_t> alarmAt(QPointF pos) const;
  std::optional<qint64> windowEndForPlayhead(qint64 frame) const;
  void setHover(std::optional<qint64> windowEnd);
  void updateWindowBand(std::optional<qint64> windowEnd);  // repaints that window's span in the lane

  void paintOverview(QPainter& painter, const Layout& l, const TimelineColors& c);
  void renderOverviewCache(const Layout& l, const TimelineColors& c);
  void paintRuler(QPainter& painter, const Layout& l, const TimelineColors& c) const;
  void paintEvents(QPainter& painter, const Layout& l, const TimelineColors& c);
  void paintWindows(QPainter& painter, const Layout& l, const TimelineColors& c);
  void paintProbabilities(QPainter& painter, const Layout& l, const TimelineColors& c);
  void paintWindowBand(QPainter& painter, const Layout& l, qint64 windowEnd, const QColor& fill,
                       const QColor& point) const;
  void paintAlarmMarks(QPainter& painter, const Layout& l, const TimelineColors& c);
  void paintPlayhead(QPainter& painter, const Layout& l, const TimelineColors& c) const;

  // --- data -----------------------------------------------------------
  qint64 frameCount_ = 0;
  double fps_ = 0.0;
  std::vector<TimelineEvent> events_;  // sorted by onset, then id
  std::vector<qint64> eventStarts_, eventEnds_;
  std::vector<int> eventClass_;  // 0 seizure, 1 artifact, 2 other
  IntervalIndex eventIndex_;
  std::vector<TimelineWindow> windows_;  // sorted by start
  std::vector<qint64> windowStarts_, windowEnds_;
  std::vector<int> windowClass_;  // 0 preictal, 1 normal, 2 ictal
  IntervalIndex windowIndex_;
  ProbabilityCurve curve_;
  double threshold_ = 0.5;
  qint64 windowFrames_ = 0;
  std::vector<TimelineAlarm> alarmMarks_;  // sorted by frame
  std::optional<qint64> selectedAlarm_;
  std::optional<qint64> hoverEnd_;
  qint64 playhead_ = 0;
  std::optional<qint64> selectedId_;
  std::optional<std::size_t> selectedIndex_;  // into events_

  // --- view and interaction ------------------------------------------
  double viewStart_ = 0.0;
  double viewSpan_ = 1.0;
  Drag drag_ = Drag::None;
  QPointF pressPos_;
  double pressViewStart_ = 0.0;
  double pressBoxOffset_ = 0.0;  // frames between the box start and the grab point
  std::size_t dragIndex_ = 0;
  bool dragOnsetEdge_ = true;
  qint64 dragFrame_ = 0;
  qint64 lastScrubFrame_ = -1;
  std::optional<qint64> pressAlarm_;  // the alarm mark a click started on

  // --- paint caches, reused so that a paint allocates nothing big -------
  std::vector<QRectF> rects_[3];
  std::vector<QRectF> wideRects_[3];
  std::vector<std::size_t> labelled_;
  std::vector<std::size_t> openOnsets_;
  std::vector<QPointF> line_;
  std::vector<QRectF> alarms_;
  std::vector<QLineF> markLines_[3];
  std::vector<QRectF> markFlags_[3][3];  // [outcome][decision]
  std::vector<QRectF> markInner_;
  QPixmap overviewCache_;
  bool overviewDirty_ = true;
};

}  // namespace prodrome::ui
