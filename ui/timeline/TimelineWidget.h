#pragma once
// The timeline under the video: an overview strip of the whole recording with
// the visible range as a draggable box, a ruler (hh:mm:ss.mmm, ui/Clock.h, and frame
// numbers), and zoomable lanes under it, top to bottom (TimelineLane): events,
// clip-set windows, the forecast's alarms and its probability (EventLane,
// ClipWindowLane, AlarmLane, ProbabilityLane), then any lane added with
// addLane().
//
// Mouse: click seeks; the wheel zooms around the cursor (Shift+wheel or a
// horizontal wheel pans); dragging a lane pans, dragging the ruler scrubs,
// the middle button pans anywhere; what a lane offers under the cursor (an
// event edge, the threshold line, an alarm mark) is grabbed or clicked
// instead, and the lane says what that does. The widget edits nothing
// itself: it asks through signals and shows what it is given.
//
// Paint cost follows what is visible, not what is loaded: intervals are
// found by binary search (IntervalIndex), intervals narrower than a few
// pixels are merged per lane (IntervalRects), the curve is decimated to
// min/max per pixel column (ProbabilityCurve), buffers are reused between
// paints, and the overview is cached as a pixmap until its data or size
// changes.

#include "ui/timeline/AlarmLane.h"
#include "ui/timeline/ClipWindowLane.h"
#include "ui/timeline/EventLane.h"
#include "ui/timeline/ProbabilityLane.h"
#include "ui/timeline/SignalLane.h"
#include "ui/timeline/TimelineLane.h"
#include "ui/timeline/TimelineScale.h"

#include <QPixmap>
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

namespace prodrome::ui {

struct TimelineColors;

class TimelineWidget : public QWidget {
  Q_OBJECT

 public:
  explicit TimelineWidget(QWidget* parent = nullptr);
  ~TimelineWidget() override;

  // Adds a lane below the others, or right below `after`; the widget takes
  // ownership (the lane becomes its child). The lane's data goes to the lane
  // itself.
  void addLane(TimelineLane* lane, const TimelineLane* after = nullptr);
  // Where `lane` is drawn, in widget coordinates; empty while it is hidden.
  QRectF laneRect(const TimelineLane* lane) const;

  // Resets the view to the whole recording.
  void setRecording(qint64 frameCount, double fps);
  // The events of every annotator: with one (or none named), one Events
  // lane; with two or more, a lane and a seizure colour per annotator, in
  // the order of their names (issue 14: a second rater).
  void setEvents(std::vector<TimelineEvent> events);
  // The shown event lanes, top to bottom: one per annotator.
  std::vector<const EventLane*> eventLanes() const;
  // The recording's signals (issue 14 §2), a lane each at the bottom, in
  // this order; the first is selected for the nudge keys until the user
  // clicks another.
  void setSignals(std::vector<SignalTrace> signals);
  std::vector<const SignalLane*> signalLanes() const;
  std::optional<qint64> selectedSignal() const;
  // Moves the selected signal `seconds` later (earlier when negative) and
  // reports its new offset (signalOffsetChanged); false without a signal.
  bool nudgeSelectedSignal(double seconds);
  void setClipWindows(std::vector<TimelineWindow> windows);
  void setProbabilities(std::vector<TimelineProbability> points, double threshold);
  // Moves the threshold line (and the above-threshold shading) without
  // reloading the curve; clamped to [0, 1].
  void setThreshold(double threshold);
  // The forecast window length L in frames, for hover spans and the
  // highlighted window; 0 (the default) shows points without spans.
  void setProbabilityWindow(qint64 windowFrames);
  void setAlarms(std::vector<TimelineAlarm> alarms);
  // The motion baseline's alarms at its own operating point, on its dotted
  // curve (ProbabilityLane::setBaselineAlarms).
  void setBaselineAlarms(std::vector<TimelineAlarm> alarms);
  void setSelectedAlarm(std::optional<qint64> frame);
  // The forecast's axis fitted to its probabilities (ProbabilityLane) or 0–1.
  void setProbabilityAutoScale(bool autoScale);
  // Follows playback: when zoomed and the playhead leaves the view, the view
  // pages after it (or centres on it after a jump). Not while the user drags
  // the view or something along it.
  void setPlayhead(qint64 frame);
  void setSelectedEvent(std::optional<qint64> id);
  void setVisibleRange(qint64 first, qint64 last);  // inclusive frames

  qint64 frameCount() const { return frameCount_; }
  double fps() const { return fps_; }
  qint64 playhead() const { return playhead_; }
  std::optional<qint64> selectedEvent() const;
  qint64 visibleFirst() const;
  qint64 visibleLast() const;
  bool probabilityLaneVisible() const { return !probability_->empty(); }
  bool probabilityLaneHasMotionBaseline() const { return probability_->hasMotionBaseline(); }
  double threshold() const { return probability_->threshold(); }
  qint64 probabilityWindow() const { return probability_->windowFrames(); }
  bool probabilityAutoScale() const { return probability_->autoScale(); }
  const std::vector<TimelineAlarm>& alarms() const { return alarms_->alarms(); }
  const std::vector<TimelineAlarm>& baselineAlarms() const { return probability_->baselineAlarms(); }
  std::optional<qint64> selectedAlarm() const { return alarms_->selectedAlarm(); }
  // The window end highlighted for the playhead (see ProbabilityLane), if
  // any window ends at or after it.
  std::optional<qint64> currentWindowEnd() const { return probability_->windowEndForPlayhead(playhead_); }
  // The window end shown for the cursor at `pos` (the nearest point of the
  // probability lane), and its tool tip text; empty outside that lane.
  std::optional<qint64> probabilityWindowAt(QPointF pos) const;
  QString probabilityToolTip(QPointF pos) const;
  // The tool tip of whichever lane is under `pos` (empty: the widget's own).
  QString toolTipAt(QPointF pos) const;
  std::optional<qint64> hoveredWindowEnd() const { return probability_->hoveredWindowEnd(); }

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
  int alarmLaneCentreY() const;
  int probabilityLaneCentreY() const;
  double thresholdY() const;  // where the threshold line is drawn

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 Q_SIGNALS:
  void seekRequested(qint64 frame);
  // From the event lane (EventLane).
  void eventSelected(qint64 id);
  void eventEdgeMoved(qint64 id, bool onsetEdge, qint64 newFrame);
  void visibleRangeChanged(qint64 first, qint64 last);
  // From the probability lane (ProbabilityLane); setThreshold() emits neither.
  void thresholdDragged(double threshold);
  void thresholdChanged(double threshold);
  // From the alarm lane (AlarmLane).
  void alarmClicked(qint64 frame);
  // A signal's offset after a nudge, to be stored.
  void signalOffsetChanged(qint64 signalId, double offsetSeconds);

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
    QRectF overview, ruler;
    std::vector<QRectF> lanes;  // one per lane in lanes_, empty while hidden
    double laneLeft = 0, laneWidth = 1;
    double lanesBottom = 0;  // the bottom of the lowest shown lane (the ruler's without one)
  };
  enum class Drag { None, Pending, Pan, Scrub, OverviewBox, Lane };

  Layout layout() const;
  LaneContext context(const Layout& l, std::size_t lane) const;
  LaneContext context(const TimelineLane* lane) const;
  TimelineScale scale() const;
  TimelineScale overviewScale() const;
  qint64 minimumSpan() const;
  double clampSpan(double span) const;
  // Moves/zooms the view, clamped to the recording; emits visibleRangeChanged
  // when the inclusive frame range changed.
  void setView(double start, double span);
  void zoomAround(double x, double factor);
  void updatePlayheadStrip(qint64 frame);
  void updateHoverCursor(QPointF pos);
  void hoverLanes(std::optional<QPointF> pos);
  void endLaneDrag(bool apply);
  // The k-th lane below events_ for a further rater, made when first needed.
  EventLane* raterLane(std::size_t k);

  void paintOverview(QPainter& painter, const Layout& l, const TimelineColors& c);
  void renderOverviewCache(const Layout& l, const TimelineColors& c);
  void paintRuler(QPainter& painter, const Layout& l, const TimelineColors& c) const;
  void paintPlayhead(QPainter& painter, const Layout& l, const TimelineColors& c) const;

  // --- lanes, top to bottom (children of the widget) -------------------
  std::vector<TimelineLane*> lanes_;
  EventLane* events_ = nullptr;             // the first annotator's events (or everyone's)
  std::vector<EventLane*> raterLanes_;      // the others', below it; hidden when unused
  std::vector<SignalLane*> signalLanes_;    // at the bottom, one per signal
  ClipWindowLane* windows_ = nullptr;
  AlarmLane* alarms_ = nullptr;
  ProbabilityLane* probability_ = nullptr;

  // --- recording, view and interaction ----------------------------------
  qint64 frameCount_ = 0;
  double fps_ = 0.0;
  qint64 playhead_ = 0;
  double viewStart_ = 0.0;
  double viewSpan_ = 1.0;
  Drag drag_ = Drag::None;
  TimelineLane* dragLane_ = nullptr;  // while drag_ is Lane
  bool dragAlongTime_ = false;        // that drag holds the view still
  QPointF pressPos_;
  double pressViewStart_ = 0.0;
  double pressBoxOffset_ = 0.0;  // frames between the box start and the grab point
  qint64 lastScrubFrame_ = -1;
  std::optional<qint64> pressSeek_;  // where a click seeks instead of the frame under it (an alarm)

  QPixmap overviewCache_;
  bool overviewDirty_ = true;
};

}  // namespace prodrome::ui
