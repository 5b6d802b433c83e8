#include "ui/timeline/TimelineWidget.h"

#include "ui/Clock.h"
#include "ui/timeline/TimelineColors.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace prodrome::ui {

namespace {

// Logical pixels; QPainter scales them on high-DPI screens.
constexpr double kOverviewTop = 2, kOverviewHeight = 16;
constexpr double kRulerHeight = 30;
constexpr double kEventLaneHeight = 30;
constexpr double kWindowLaneHeight = 16;
constexpr double kProbabilityLaneHeight = 44;
constexpr double kBottomMargin = 3;
constexpr double kGrabPx = 4;    // an edge this close to the cursor is grabbed
constexpr double kMergePx = 3;   // intervals narrower than this merge with their neighbours
constexpr double kLabelPx = 28;  // intervals wider than this carry their label
constexpr double kMaxPixelsPerFrame = 48;
constexpr double kWheelZoomPerNotch = 0.8;         // visible span factor per 120 wheel units
constexpr double kWheelPanPerNotch = 0.1;          // fraction of the span per 120 units
constexpr double kFlagWidth = 7, kFlagHeight = 8;  // an alarm's mark at the top of the probability lane
constexpr double kThresholdStep = 0.001;           // a dragged threshold lands on this grid

int eventClassOf(const QString& kind) {
  if (kind == QLatin1String("artifact")) return 1;
  if (kind == QLatin1String("other")) return 2;
  return 0;
}
int windowClassOf(const QString& label) {
  if (label == QLatin1String("normal")) return 1;
  if (label == QLatin1String("ictal")) return 2;
  return 0;
}

// Collects the intervals of [from, to) as rectangles: those narrower than
// kMergePx are merged with touching ones of their class (a zoomed-out lane
// with 10^4 events draws at most a few rectangles per pixel column), wider
// ones go to `wide` one by one. `band[c]` is the vertical extent of class c.
// `skip(i)` leaves interval i out (the one being dragged).
template <typename Skip>
void collectIntervals(const IntervalIndex& index, const std::vector<qint64>& starts, const std::vector<qint64>& ends,
                      const std::vector<int>& classes, const TimelineScale& s,
                      const std::pair<double, double> (&band)[3], std::vector<QRectF> (&merged)[3],
                      std::vector<QRectF> (&wide)[3], std::vector<std::size_t>* wideIds, Skip&& skip) {
  const auto from = static_cast<qint64>(std::floor(s.start));
  const auto to = static_cast<qint64>(std::ceil(s.start + s.span));
  const double clipLeft = s.left - 2, clipRight = s.left + s.width + 2;
  QRectF pending[3];
  bool hasPending[3] = {false, false, false};
  const auto [first, last] = index.candidates(from, to);
  for (std::size_t i = first; i < last; ++i) {
    if (ends[i] <= from || skip(i)) continue;
    const int c = classes[i];
    const double x0 = std::max(s.x(static_cast<double>(starts[i])), clipLeft);
    double x1 = std::min(s.x(static_cast<double>(ends[i])), clipRight);
    if (x1 - x0 >= kMergePx) {
      wide[c].emplace_back(QPointF(x0, band[c].first), QPointF(x1, band[c].second));
      if (wideIds) wideIds->push_back(i);
      continue;
    }
    x1 = std::max(x1, x0 + 1.0);
    if (hasPending[c] && x0 <= pending[c].right() + 1.0) {
      pending[c].setRight(std::max(pending[c].right(), x1));
      continue;
    }
    if (hasPending[c]) merged[c].push_back(pending[c]);
    pending[c] = QRectF(QPointF(x0, band[c].first), QPointF(x1, band[c].second));
    hasPending[c] = true;
  }
  for (int c = 0; c < 3; ++c)
    if (hasPending[c]) merged[c].push_back(pending[c]);
}

QColor textOn(const QColor& fill) { return fill.lightness() > 150 ? QColor(20, 20, 20) : QColor(250, 250, 250); }

}  // namespace

TimelineWidget::TimelineWidget(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);  // hover cursor over grabbable edges
  setFocusPolicy(Qt::ClickFocus);
  setAttribute(Qt::WA_OpaquePaintEvent);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  setToolTip(tr("Click to seek · wheel to zoom · Shift+wheel or drag to scroll · drag an event edge to move it"));
}

TimelineWidget::~TimelineWidget() = default;

// --- data ----------------------------------------------------------------

void TimelineWidget::setRecording(qint64 frameCount, double fps) {
  frameCount_ = std::max<qint64>(0, frameCount);
  fps_ = fps > 0 ? fps : 0.0;
  drag_ = Drag::None;
  playhead_ = std::clamp<qint64>(playhead_, 0, std::max<qint64>(0, frameCount_ - 1));
  overviewDirty_ = true;
  setView(0, static_cast<double>(std::max<qint64>(1, frameCount_)));
  update();
}

void TimelineWidget::setEvents(std::vector<TimelineEvent> events) {
  std::sort(events.begin(), events.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
    return a.onset != b.onset ? a.onset < b.onset : a.id < b.id;
  });
  events_ = std::move(events);
  eventStarts_.resize(events_.size());
  eventEnds_.resize(events_.size());
  eventClass_.resize(events_.size());
  for (std::size_t i = 0; i < events_.size(); ++i) {
    eventStarts_[i] = events_[i].onset;
    // An open seizure occupies its onset frame, as in the store.
    eventEnds_[i] = std::max(events_[i].offset.value_or(events_[i].onset + 1), events_[i].onset + 1);
    eventClass_[i] = eventClassOf(events_[i].kind);
  }
  eventIndex_.assign(eventStarts_, eventEnds_);
  if (drag_ == Drag::Edge) drag_ = Drag::None;  // the dragged index is gone
  setSelectedEvent(selectedId_);
  overviewDirty_ = true;
  update();
}

void TimelineWidget::setClipWindows(std::vector<TimelineWindow> windows) {
  std::sort(windows.begin(), windows.end(), [](const TimelineWindow& a, const TimelineWindow& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  });
  windows_ = std::move(windows);
  windowStarts_.resize(windows_.size());
  windowEnds_.resize(windows_.size());
  windowClass_.resize(windows_.size());
  for (std::size_t i = 0; i < windows_.size(); ++i) {
    windowStarts_[i] = windows_[i].start;
    windowEnds_[i] = std::max(windows_[i].end, windows_[i].start + 1);
    windowClass_[i] = windowClassOf(windows_[i].label);
  }
  windowIndex_.assign(windowStarts_, windowEnds_);
  overviewDirty_ = true;
  update();
}

void TimelineWidget::setProbabilities(std::vector<TimelineProbability> points, double threshold) {
  std::sort(points.begin(), points.end(),
            [](const TimelineProbability& a, const TimelineProbability& b) { return a.windowEnd < b.windowEnd; });
  std::vector<qint64> frames(points.size());
  std::vector<double> values(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    frames[i] = points[i].windowEnd;
    values[i] = points[i].probability;
  }
  const bool wasVisible = probabilityLaneVisible();
  curve_.assign(std::move(frames), std::move(values));
  threshold_ = std::clamp(threshold, 0.0, 1.0);
  hoverEnd_.reset();
  if (drag_ == Drag::Threshold) drag_ = Drag::None;
  if (wasVisible != probabilityLaneVisible()) updateGeometry();
  overviewDirty_ = true;
  update();
}

void TimelineWidget::setThreshold(double threshold) {
  threshold = std::clamp(threshold, 0.0, 1.0);
  if (threshold == threshold_) return;
  threshold_ = threshold;
  overviewDirty_ = true;  // the overview shades the spans above it
  update();
}

void TimelineWidget::setProbabilityWindow(qint64 windowFrames) {
  windowFrames_ = std::max<qint64>(0, windowFrames);
  update();
}

void TimelineWidget::setAlarms(std::vector<TimelineAlarm> alarms) {
  std::stable_sort(alarms.begin(), alarms.end(),
                   [](const TimelineAlarm& a, const TimelineAlarm& b) { return a.frame < b.frame; });
  alarmMarks_ = std::move(alarms);
  update();
}

void TimelineWidget::setSelectedAlarm(std::optional<qint64> frame) {
  if (frame == selectedAlarm_) return;
  selectedAlarm_ = frame;
  update();
}

std::optional<qint64> TimelineWidget::windowEndForPlayhead(qint64 frame) const {
  const std::size_t i = curve_.firstAtOrAfter(frame);
  if (i >= curve_.size()) return std::nullopt;
  return curve_.frame(i);
}

std::optional<qint64> TimelineWidget::currentWindowEnd() const { return windowEndForPlayhead(playhead_); }

std::optional<qint64> TimelineWidget::probabilityWindowAt(QPointF pos) const {
  const Layout l = layout();
  if (l.probability.isEmpty() || !l.probability.contains(pos)) return std::nullopt;
  return curve_.frame(curve_.nearest(scale().position(pos.x())));
}

QString TimelineWidget::probabilityToolTip(QPointF pos) const {
  const auto end = probabilityWindowAt(pos);
  if (!end) return {};
  const double p = curve_.value(curve_.firstAtOrAfter(*end));
  QString text;
  if (windowFrames_ > 0) {
    const qint64 start = std::max<qint64>(0, *end - windowFrames_);
    text = tr("Window %1 – %2\nframes [%3, %4)\nprobability %5")
               .arg(formatFrameClock(start, fps_), formatFrameClock(*end, fps_))
               .arg(start)
               .arg(*end)
               .arg(p, 0, 'f', 3);
  } else {
    text =
        tr("Window ending %1 (frame %2)\nprobability %3").arg(formatFrameClock(*end, fps_)).arg(*end).arg(p, 0, 'f', 3);
  }
  const auto alarm = std::lower_bound(alarmMarks_.begin(), alarmMarks_.end(), *end,
                                      [](const TimelineAlarm& a, qint64 f) { return a.frame < f; });
  if (alarm != alarmMarks_.end() && alarm->frame == *end) {
    const QString outcome = alarm->outcome == TimelineAlarm::Outcome::True    ? tr("true alarm")
                            : alarm->outcome == TimelineAlarm::Outcome::False ? tr("false alarm")
                                                                              : tr("alarm during a seizure");
    const QString decision = alarm->decision == TimelineAlarm::Decision::Accepted   ? tr("accepted")
                             : alarm->decision == TimelineAlarm::Decision::Rejected ? tr("rejected")
                                                                                    : tr("not reviewed");
    text += QLatin1Char('\n') + tr("%1, %2").arg(outcome, decision);
  }
  return text;
}

void TimelineWidget::setHover(std::optional<qint64> windowEnd) {
  if (windowEnd == hoverEnd_) return;
  updateWindowBand(hoverEnd_);
  hoverEnd_ = windowEnd;
  updateWindowBand(hoverEnd_);
}

void TimelineWidget::updateWindowBand(std::optional<qint64> windowEnd) {
  if (!windowEnd) return;
  const Layout l = layout();
  if (l.probability.isEmpty()) return;
  const TimelineScale s = scale();
  const double x0 = s.x(static_cast<double>(*windowEnd - windowFrames_)) - 8;
  const double x1 = s.x(static_cast<double>(*windowEnd)) + 8;
  update(QRectF(QPointF(x0, l.probability.top()), QPointF(x1, l.probability.bottom())).toAlignedRect());
}

void TimelineWidget::setPlayhead(qint64 frame) {
  if (frameCount_ > 0) frame = std::clamp<qint64>(frame, 0, frameCount_ - 1);
  if (frame == playhead_) return;
  const qint64 old = playhead_;
  playhead_ = frame;
  const double end = viewStart_ + viewSpan_;
  const bool inView = frame >= viewStart_ && frame + 1 <= end;
  const bool userDragging = drag_ == Drag::Pan || drag_ == Drag::OverviewBox || drag_ == Drag::Edge;
  if (!inView && !userDragging) {
    // Page like a tape: playing forwards past the right edge puts the
    // playhead near the left, stepping back past the left edge near the
    // right; a jump further than a page centres it.
    if (frame >= end && frame < end + viewSpan_)
      setView(frame - 0.1 * viewSpan_, viewSpan_);
    else if (frame < viewStart_ && frame >= viewStart_ - viewSpan_)
      setView(frame + 1 - 0.9 * viewSpan_, viewSpan_);
    else
      setView(frame + 0.5 - 0.5 * viewSpan_, viewSpan_);
    update();
    return;
  }
  updatePlayheadStrip(old);
  updatePlayheadStrip(frame);
  if (const auto before = windowEndForPlayhead(old), now = windowEndForPlayhead(frame); before != now) {
    updateWindowBand(before);
    updateWindowBand(now);
  }
}

void TimelineWidget::setSelectedEvent(std::optional<qint64> id) {
  selectedId_ = id;
  selectedIndex_.reset();
  if (id)
    for (std::size_t i = 0; i < events_.size(); ++i)
      if (events_[i].id == *id) selectedIndex_ = i;
  update();
}

void TimelineWidget::setVisibleRange(qint64 first, qint64 last) {
  setView(static_cast<double>(first), static_cast<double>(last - first + 1));
  update();
}

qint64 TimelineWidget::visibleFirst() const { return static_cast<qint64>(std::floor(viewStart_ + 1e-9)); }

qint64 TimelineWidget::visibleLast() const {
  const auto last = static_cast<qint64>(std::ceil(viewStart_ + viewSpan_ - 1e-9)) - 1;
  return std::max(visibleFirst(), frameCount_ > 0 ? std::min(last, frameCount_ - 1) : last);
}

// --- geometry --------------------------------------------------------------

TimelineWidget::Layout TimelineWidget::layout() const {
  Layout l;
  const QFontMetricsF metrics(font());
  double gutter = 0;
  for (const QString& name : {tr("Events"), tr("Clips"), tr("Forecast")})
    gutter = std::max(gutter, metrics.horizontalAdvance(name));
  l.laneLeft = std::ceil(gutter + 14);
  l.laneWidth = std::max(1.0, width() - l.laneLeft - 6);
  const double w = l.laneWidth;
  l.overview = QRectF(l.laneLeft, kOverviewTop, w, kOverviewHeight);
  l.ruler = QRectF(l.laneLeft, l.overview.bottom() + 2, w, kRulerHeight);
  l.events = QRectF(l.laneLeft, l.ruler.bottom(), w, kEventLaneHeight);
  l.windows = QRectF(l.laneLeft, l.events.bottom(), w, kWindowLaneHeight);
  // The curve takes whatever height the window gives the timeline beyond
  // its hint: a taller lane is what a reviewer reading probabilities wants.
  if (probabilityLaneVisible())
    l.probability = QRectF(l.laneLeft, l.windows.bottom(), w,
                           std::max(kProbabilityLaneHeight, height() - l.windows.bottom() - kBottomMargin));
  return l;
}

TimelineScale TimelineWidget::scale() const {
  const Layout l = layout();
  return {viewStart_, viewSpan_, l.laneLeft, l.laneWidth};
}

TimelineScale TimelineWidget::overviewScale() const {
  const Layout l = layout();
  return {0.0, static_cast<double>(std::max<qint64>(1, frameCount_)), l.laneLeft, l.laneWidth};
}

double TimelineWidget::xForFrame(double frame) const { return scale().x(frame); }
double TimelineWidget::overviewXForFrame(double frame) const { return overviewScale().x(frame); }
qint64 TimelineWidget::frameAtX(double x) const { return scale().frameAt(x); }
int TimelineWidget::overviewCentreY() const { return qRound(layout().overview.center().y()); }
int TimelineWidget::rulerCentreY() const { return qRound(layout().ruler.center().y()); }
int TimelineWidget::eventLaneCentreY() const { return qRound(layout().events.center().y()); }
int TimelineWidget::windowLaneCentreY() const { return qRound(layout().windows.center().y()); }
int TimelineWidget::probabilityLaneCentreY() const { return qRound(layout().probability.center().y()); }

double TimelineWidget::thresholdY() const {
  const QRectF lane = layout().probability.adjusted(0, 3, 0, -3);
  return lane.top() + (1.0 - threshold_) * lane.height();
}

double TimelineWidget::thresholdAtY(double y) const {
  const QRectF lane = layout().probability.adjusted(0, 3, 0, -3);
  const double t = std::clamp(1.0 - (y - lane.top()) / std::max(1.0, lane.height()), 0.0, 1.0);
  return std::round(t / kThresholdStep) * kThresholdStep;
}

bool TimelineWidget::onThresholdLine(QPointF pos) const {
  const Layout l = layout();
  return !l.probability.isEmpty() && l.probability.adjusted(0, -2, 0, 2).contains(pos) &&
         std::abs(pos.y() - thresholdY()) <= kGrabPx;
}

std::optional<std::size_t> TimelineWidget::alarmAt(QPointF pos) const {
  const Layout l = layout();
  if (alarmMarks_.empty() || l.probability.isEmpty() || !l.probability.contains(pos)) return std::nullopt;
  const TimelineScale s = scale();
  const double slack = (kFlagWidth / 2 + 1) / s.pixelsPerFrame();
  const double at = s.position(pos.x());
  const auto first = std::lower_bound(alarmMarks_.begin(), alarmMarks_.end(), at - slack,
                                      [](const TimelineAlarm& a, double f) { return a.frame < f; });
  std::optional<std::size_t> best;
  double bestDistance = slack;
  for (auto it = first; it != alarmMarks_.end() && it->frame <= at + slack; ++it) {
    const double d = std::abs(static_cast<double>(it->frame) - at);
    if (d <= bestDistance) {
      best = static_cast<std::size_t>(it - alarmMarks_.begin());
      bestDistance = d;
    }
  }
  return best;
}

QSize TimelineWidget::sizeHint() const {
  const double lanes = kOverviewTop + kOverviewHeight + 2 + kRulerHeight + kEventLaneHeight + kWindowLaneHeight +
                       (probabilityLaneVisible() ? kProbabilityLaneHeight : 0) + kBottomMargin;
  return {800, static_cast<int>(std::ceil(lanes))};
}

QSize TimelineWidget::minimumSizeHint() const { return {240, sizeHint().height()}; }

qint64 TimelineWidget::minimumSpan() const {
  return std::max<qint64>(4, static_cast<qint64>(std::ceil(layout().laneWidth / kMaxPixelsPerFrame)));
}

void TimelineWidget::setView(double start, double span) {
  const qint64 oldFirst = visibleFirst(), oldLast = visibleLast();
  const double total = static_cast<double>(std::max<qint64>(1, frameCount_));
  span = clampSpan(span);
  start = std::clamp(start, 0.0, total - span);
  viewStart_ = start;
  viewSpan_ = span;
  if (visibleFirst() != oldFirst || visibleLast() != oldLast) {
    update();
    Q_EMIT visibleRangeChanged(visibleFirst(), visibleLast());
  }
}

double TimelineWidget::clampSpan(double span) const {
  const double total = static_cast<double>(std::max<qint64>(1, frameCount_));
  return std::clamp(span, std::min<double>(total, static_cast<double>(minimumSpan())), total);
}

void TimelineWidget::zoomAround(double x, double factor) {
  const TimelineScale s = scale();
  const double anchor = s.position(x);  // stays under the cursor
  const double span = clampSpan(viewSpan_ * factor);
  setView(anchor - (x - s.left) * span / s.width, span);
  update();
}

void TimelineWidget::updatePlayheadStrip(qint64 frame) {
  const Layout l = layout();
  const TimelineScale s = scale();
  const int x0 = static_cast<int>(std::floor(s.x(static_cast<double>(frame)))) - 6;
  const int x1 = static_cast<int>(std::ceil(s.x(static_cast<double>(frame + 1)))) + 6;
  update(QRect(x0, qRound(l.ruler.top()), x1 - x0, height()));
  const int ox = qRound(overviewScale().x(static_cast<double>(frame)));
  update(QRect(ox - 3, 0, 7, qRound(l.overview.bottom()) + 2));
}

// --- hit testing -------------------------------------------------------------

std::optional<TimelineWidget::EdgeHit> TimelineWidget::edgeAt(QPointF pos) const {
  const Layout l = layout();
  if (!l.events.adjusted(-kGrabPx, 0, kGrabPx, 0).contains(pos)) return std::nullopt;
  const TimelineScale s = scale();
  const double slack = kGrabPx / s.pixelsPerFrame();
  const auto from = static_cast<qint64>(std::floor(s.position(pos.x()) - slack)) - 1;
  const auto to = static_cast<qint64>(std::ceil(s.position(pos.x()) + slack)) + 1;
  const auto [first, last] = eventIndex_.candidates(from, to);
  std::optional<EdgeHit> best;
  double bestDistance = kGrabPx + 0.01;
  const auto consider = [&](std::size_t i, bool onset, double edgeX) {
    double d = std::abs(edgeX - pos.x());
    // Of an onset and an offset drawn on the same pixel, the cursor's side
    // picks: left of the line grabs the offset, right of it the onset.
    if (d <= bestDistance && d < kGrabPx + 0.01) {
      const bool sidePrefers = onset ? pos.x() >= edgeX : pos.x() <= edgeX;
      if (d < bestDistance || sidePrefers || (selectedIndex_ && *selectedIndex_ == i)) {
        best = EdgeHit{i, onset};
        bestDistance = d;
      }
    }
  };
  for (std::size_t i = first; i < last; ++i) {
    if (eventEnds_[i] <= from) continue;
    consider(i, true, s.x(static_cast<double>(events_[i].onset)));
    if (events_[i].offset) consider(i, false, s.x(static_cast<double>(*events_[i].offset)));
  }
  return best;
}

std::optional<std::size_t> TimelineWidget::eventAt(QPointF pos) const {
  const Layout l = layout();
  if (!l.events.contains(pos)) return std::nullopt;
  const TimelineScale s = scale();
  // At least a pixel wide: a one-frame event far zoomed out stays clickable.
  const double halfPixel = 0.5 / s.pixelsPerFrame();
  const double at = s.position(pos.x());
  const auto [first, last] = eventIndex_.candidates(static_cast<qint64>(std::floor(at - halfPixel)) - 1,
                                                    static_cast<qint64>(std::ceil(at + halfPixel)) + 1);
  std::optional<std::size_t> found;
  for (std::size_t i = first; i < last; ++i) {
    if (at + halfPixel < eventStarts_[i] || at - halfPixel >= eventEnds_[i]) continue;
    // Seizures are what the annotator edits; prefer them over artifacts.
    if (!found || (eventClass_[i] == 0 && eventClass_[*found] != 0)) found = i;
  }
  return found;
}

void TimelineWidget::updateHoverCursor(QPointF pos) {
  const Layout l = layout();
  if (edgeAt(pos)) {
    setCursor(Qt::SizeHorCursor);
    return;
  }
  if (onThresholdLine(pos)) {
    setCursor(Qt::SizeVerCursor);
    return;
  }
  if (alarmAt(pos)) {
    setCursor(Qt::PointingHandCursor);
    return;
  }
  if (l.overview.contains(pos)) {
    const TimelineScale o = overviewScale();
    const bool inBox = pos.x() >= o.x(viewStart_) - 2 && pos.x() <= o.x(viewStart_ + viewSpan_) + 2;
    setCursor(inBox ? Qt::OpenHandCursor : Qt::PointingHandCursor);
    return;
  }
  unsetCursor();
}

// --- mouse -------------------------------------------------------------------

void TimelineWidget::mousePressEvent(QMouseEvent* event) {
  if (frameCount_ <= 0) return;
  const QPointF pos = event->position();
  const Layout l = layout();
  pressPos_ = pos;
  pressViewStart_ = viewStart_;
  if (event->button() == Qt::MiddleButton) {
    drag_ = Drag::Pan;
    setCursor(Qt::ClosedHandCursor);
    return;
  }
  if (event->button() != Qt::LeftButton) return;
  pressAlarm_.reset();

  if (onThresholdLine(pos)) {
    drag_ = Drag::Threshold;
    setHover(std::nullopt);
    setCursor(Qt::SizeVerCursor);
    return;
  }
  if (l.overview.contains(pos)) {
    const TimelineScale o = overviewScale();
    const double at = o.position(pos.x());
    if (at < viewStart_ || at > viewStart_ + viewSpan_) {
      // Outside the box: jump there (centred) and seek.
      setView(at - viewSpan_ / 2, viewSpan_);
      Q_EMIT seekRequested(std::clamp<qint64>(o.frameAt(pos.x()), 0, frameCount_ - 1));
    }
    pressBoxOffset_ = at - viewStart_;
    drag_ = Drag::OverviewBox;
    setCursor(Qt::ClosedHandCursor);
    update();
    return;
  }
  if (const auto edge = edgeAt(pos)) {
    drag_ = Drag::Edge;
    dragIndex_ = edge->index;
    dragOnsetEdge_ = edge->onsetEdge;
    dragFrame_ = dragOnsetEdge_ ? events_[dragIndex_].onset : *events_[dragIndex_].offset;
    if (const qint64 id = events_[dragIndex_].id; selectedId_ != id) Q_EMIT eventSelected(id);
    return;
  }
  if (l.ruler.contains(pos)) {
    drag_ = Drag::Scrub;
    lastScrubFrame_ = std::clamp<qint64>(scale().frameAt(pos.x()), 0, frameCount_ - 1);
    Q_EMIT seekRequested(lastScrubFrame_);
    return;
  }
  if (const auto hit = eventAt(pos)) {
    const qint64 id = events_[*hit].id;
    Q_EMIT eventSelected(id);
  }
  if (const auto alarm = alarmAt(pos)) {
    // A click on a mark seeks to the alarm itself, not to the pixel's frame.
    pressAlarm_ = alarmMarks_[*alarm].frame;
    Q_EMIT alarmClicked(*pressAlarm_);
  }
  drag_ = Drag::Pending;  // a click seeks on release; moving turns it into a pan
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event) {
  const QPointF pos = event->position();
  const TimelineScale s = scale();
  switch (drag_) {
    case Drag::None:
      updateHoverCursor(pos);
      setHover(probabilityWindowAt(pos));
      return;
    case Drag::Pending:
      if ((pos - pressPos_).manhattanLength() < QApplication::startDragDistance()) return;
      drag_ = Drag::Pan;
      setCursor(Qt::ClosedHandCursor);
      [[fallthrough]];
    case Drag::Pan:
      setView(pressViewStart_ - (pos.x() - pressPos_.x()) / s.pixelsPerFrame(), viewSpan_);
      return;
    case Drag::Scrub: {
      const qint64 frame = std::clamp<qint64>(s.frameAt(pos.x()), 0, frameCount_ - 1);
      if (frame != lastScrubFrame_) Q_EMIT seekRequested(lastScrubFrame_ = frame);
      return;
    }
    case Drag::Edge: {
      const TimelineEvent& e = events_[dragIndex_];
      const qint64 boundary = s.boundaryAt(pos.x());
      dragFrame_ = dragOnsetEdge_ ? std::clamp<qint64>(boundary, 0, e.offset.value_or(frameCount_) - 1)
                                  : std::clamp<qint64>(boundary, e.onset + 1, frameCount_);
      update();
      return;
    }
    case Drag::OverviewBox:
      setView(overviewScale().position(pos.x()) - pressBoxOffset_, viewSpan_);
      return;
    case Drag::Threshold: {
      const double t = thresholdAtY(pos.y());
      if (t == threshold_) return;
      threshold_ = t;
      overviewDirty_ = true;
      update();
      Q_EMIT thresholdDragged(t);
      return;
    }
  }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent* event) {
  const Drag finished = drag_;
  drag_ = Drag::None;
  switch (finished) {
    case Drag::Pending:
      Q_EMIT seekRequested(
          std::clamp<qint64>(pressAlarm_.value_or(scale().frameAt(pressPos_.x())), 0, frameCount_ - 1));
      break;
    case Drag::Threshold:
      Q_EMIT thresholdChanged(threshold_);
      break;
    case Drag::Edge: {
      // Copies: a receiver may hand us new events (replacing events_) before
      // the next receiver reads the arguments.
      const qint64 id = events_[dragIndex_].id;
      const qint64 old = dragOnsetEdge_ ? events_[dragIndex_].onset : *events_[dragIndex_].offset;
      const bool onsetEdge = dragOnsetEdge_;
      const qint64 frame = dragFrame_;
      update();
      if (frame != old) Q_EMIT eventEdgeMoved(id, onsetEdge, frame);
      break;
    }
    default:
      break;
  }
  updateHoverCursor(event->position());
}

void TimelineWidget::wheelEvent(QWheelEvent* event) {
  if (frameCount_ <= 0) return;
  const QPoint delta = event->angleDelta();
  const bool pan = (event->modifiers() & Qt::ShiftModifier) || std::abs(delta.x()) > std::abs(delta.y());
  // Shift turns a vertical wheel into a horizontal one on some platforms.
  const int notches = delta.y() != 0 ? delta.y() : delta.x();
  if (notches == 0) return;
  if (pan) {
    setView(viewStart_ - notches / 120.0 * kWheelPanPerNotch * viewSpan_, viewSpan_);
  } else {
    zoomAround(event->position().x(), std::pow(kWheelZoomPerNotch, notches / 120.0));
  }
  event->accept();
}

void TimelineWidget::leaveEvent(QEvent* event) {
  if (drag_ == Drag::None) unsetCursor();
  setHover(std::nullopt);
  QWidget::leaveEvent(event);
}

void TimelineWidget::resizeEvent(QResizeEvent* event) {
  overviewDirty_ = true;
  setView(viewStart_, viewSpan_);  // re-clamp: the minimum span follows the width
  QWidget::resizeEvent(event);
}

bool TimelineWidget::event(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    const QString text = probabilityToolTip(help->pos());
    if (!text.isEmpty()) {
      QToolTip::showText(help->globalPos(), text, this);
      return true;
    }
  }
  return QWidget::event(event);
}

void TimelineWidget::changeEvent(QEvent* event) {
  if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) overviewDirty_ = true;
  QWidget::changeEvent(event);
}

// --- painting ------------------------------------------------------------------

void TimelineWidget::paintEvent(QPaintEvent* event) {
  QPainter painter(this);
  const TimelineColors c = timelineColors(palette());
  const Layout l = layout();
  painter.fillRect(rect(), c.background);
  painter.setClipRect(event->rect());

  // Lane names in the gutter.
  painter.setPen(c.dimText);
  const QRectF gutter(4, 0, l.laneLeft - 10, 0);
  const auto name = [&](const QRectF& lane, const QString& text) {
    painter.drawText(QRectF(gutter.left(), lane.top(), gutter.width(), lane.height()),
                     Qt::AlignRight | Qt::AlignVCenter, text);
  };
  name(l.events, tr("Events"));
  name(l.windows, tr("Clips"));
  if (!l.probability.isEmpty()) name(l.probability, tr("Forecast"));

  if (frameCount_ <= 0) {
    painter.fillRect(l.ruler.united(l.windows), c.lane);
    painter.setPen(c.dimText);
    painter.drawText(l.ruler.united(l.windows), Qt::AlignCenter, tr("No recording"));
    return;
  }

  painter.fillRect(l.ruler, c.laneAlternate);
  painter.fillRect(l.events, c.lane);
  painter.fillRect(l.windows, c.laneAlternate);
  if (!l.probability.isEmpty()) painter.fillRect(l.probability, c.lane);
  paintRuler(painter, l, c);
  paintEvents(painter, l, c);
  paintWindows(painter, l, c);
  paintProbabilities(painter, l, c);
  paintOverview(painter, l, c);
  paintPlayhead(painter, l, c);
}

void TimelineWidget::paintRuler(QPainter& painter, const Layout& l, const TimelineColors& c) const {
  const TimelineScale s{viewStart_, viewSpan_, l.laneLeft, l.laneWidth};
  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  painter.setFont(small);
  const QFontMetricsF metrics(small);
  const double labelWidth = metrics.horizontalAdvance(formatFrameClock(0, fps_)) + 14;
  const TickStep step = chooseTickStep(s.pixelsPerFrame(), fps_, labelWidth);
  const double unit = step.inSeconds ? step.value * std::max(fps_, 1e-9) : step.value;
  const double lanesBottom = (l.probability.isEmpty() ? l.windows : l.probability).bottom();
  const double end = s.start + s.span;
  painter.save();
  painter.setClipRect(l.ruler.united(l.probability.isEmpty() ? l.windows : l.probability), Qt::IntersectClip);

  // Minor ticks, only where they stay apart.
  const double minorPx = unit / step.minorDivisions * s.pixelsPerFrame();
  painter.setPen(QPen(c.dimText, 0));
  if (step.minorDivisions > 1 && minorPx >= 5) {
    const double minor = unit / step.minorDivisions;
    for (double f = std::floor(s.start / minor) * minor; f <= end; f += minor) {
      const double x = std::round(s.x(f)) + 0.5;
      painter.drawLine(QPointF(x, l.ruler.bottom() - 4), QPointF(x, l.ruler.bottom()));
    }
  }
  for (qint64 k = firstTickIndex(step, s.start, fps_);; ++k) {
    const qint64 frame = tickFrame(step, k, fps_);
    if (frame > end) break;
    const double x = std::round(s.x(static_cast<double>(frame))) + 0.5;
    painter.setPen(QPen(c.grid, 0));
    painter.drawLine(QPointF(x, l.ruler.bottom()), QPointF(x, lanesBottom));
    painter.setPen(QPen(c.text, 0));
    painter.drawLine(QPointF(x, l.ruler.bottom() - 9), QPointF(x, l.ruler.bottom()));
    painter.drawText(QPointF(x + 3, l.ruler.top() + metrics.ascent() + 1), formatFrameClock(frame, fps_));
    painter.setPen(c.dimText);
    painter.drawText(QPointF(x + 3, l.ruler.top() + metrics.ascent() + metrics.height() + 1), QString::number(frame));
  }
  painter.restore();
  painter.setFont(font());
}

void TimelineWidget::paintEvents(QPainter& painter, const Layout& l, const TimelineColors& c) {
  const TimelineScale s{viewStart_, viewSpan_, l.laneLeft, l.laneWidth};
  const double top = l.events.top() + 3, bottom = l.events.bottom() - 3;
  // Artifacts and other events sit in the lower part so that one over a
  // seizure stays visible.
  const double lower = top + (bottom - top) * 0.45;
  const std::pair<double, double> band[3] = {{top, bottom}, {lower, bottom}, {lower, bottom}};
  const QColor colour[3] = {c.seizure, c.artifact, c.other};
  for (int k = 0; k < 3; ++k) {
    rects_[k].clear();
    wideRects_[k].clear();
  }
  labelled_.clear();
  const bool dragging = drag_ == Drag::Edge;
  collectIntervals(eventIndex_, eventStarts_, eventEnds_, eventClass_, s, band, rects_, wideRects_, &labelled_,
                   [&](std::size_t i) { return dragging && i == dragIndex_; });

  painter.save();
  painter.setClipRect(l.events, Qt::IntersectClip);
  for (int k = 0; k < 3; ++k) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour[k]);
    painter.drawRects(rects_[k].data(), static_cast<int>(rects_[k].size()));
    painter.setPen(QPen(colour[k].darker(140), 0));
    QColor fill = colour[k];
    fill.setAlpha(k == 0 ? 215 : 190);
    painter.setBrush(fill);
    painter.drawRects(wideRects_[k].data(), static_cast<int>(wideRects_[k].size()));
  }

  // Labels and open-seizure flags of the wide ones (their count is bounded by
  // the lane width over kMergePx).
  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  painter.setFont(small);
  const QFontMetricsF metrics(small);
  std::size_t wideCursor[3] = {0, 0, 0};
  for (std::size_t i : labelled_) {
    const int k = eventClass_[i];
    const QRectF r = wideRects_[k][wideCursor[k]++];
    const TimelineEvent& e = events_[i];
    if (r.width() < kLabelPx) continue;
    const QString text = e.label.isEmpty() ? e.kind : e.label;
    painter.setPen(textOn(colour[k]));
    painter.drawText(r.adjusted(3, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(text, Qt::ElideRight, r.width() - 5));
  }
  painter.setFont(font());
  // Open seizures: a flag on the onset line pointing right, "still running".
  painter.setRenderHint(QPainter::Antialiasing, true);
  const auto [first, last] =
      eventIndex_.candidates(static_cast<qint64>(s.start), static_cast<qint64>(s.start + s.span) + 1);
  painter.setBrush(c.seizure);
  painter.setPen(Qt::NoPen);
  for (std::size_t i = first; i < last; ++i) {
    if (events_[i].offset || eventClass_[i] != 0 || eventEnds_[i] <= s.start) continue;
    const double x = s.x(static_cast<double>(events_[i].onset));
    painter.drawRect(QRectF(x, top, std::max(2.0, s.pixelsPerFrame()), bottom - top));
    const QPointF flag[3] = {{x, top}, {x + 9, top + 5}, {x, top + 10}};
    painter.drawPolygon(flag, 3);
  }

  // The selected event, and the one whose edge is being dragged, on top.
  // Only the dragged one is filled here (it was left out above); the
  // selected one keeps its fill and label and gets a frame.
  const auto outline = [&](std::size_t i, qint64 onset, qint64 end, bool fill) {
    const int k = eventClass_[i];
    QRectF r(QPointF(s.x(static_cast<double>(onset)), band[k].first),
             QPointF(s.x(static_cast<double>(end)), band[k].second));
    if (r.width() < 3) r.adjust(-1.5, 0, 1.5, 0);
    painter.setBrush(fill ? QBrush(colour[k]) : QBrush(Qt::NoBrush));
    painter.setPen(QPen(c.selection, 2));
    painter.drawRect(r.adjusted(-1, -2, 1, 2));
  };
  painter.setRenderHint(QPainter::Antialiasing, false);
  if (dragging) {
    const TimelineEvent& e = events_[dragIndex_];
    const qint64 onset = dragOnsetEdge_ ? dragFrame_ : e.onset;
    const qint64 end = dragOnsetEdge_ ? eventEnds_[dragIndex_] : dragFrame_;
    outline(dragIndex_, onset, end, true);
  } else if (selectedIndex_) {
    outline(*selectedIndex_, eventStarts_[*selectedIndex_], eventEnds_[*selectedIndex_], false);
  }
  painter.restore();

  if (dragging) {
    // Where the edge would land, readable while dragging.
    const double x = s.x(static_cast<double>(dragFrame_));
    const QString text = tr("%1 · frame %2").arg(formatFrameClock(dragFrame_, fps_)).arg(dragFrame_);
    const QFontMetricsF fm(font());
    QRectF box(x + 4, l.ruler.top() + 1, fm.horizontalAdvance(text) + 8, fm.height() + 2);
    if (box.right() > l.ruler.right()) box.moveRight(x - 4);
    painter.setPen(QPen(c.selection, 0, Qt::DashLine));
    painter.drawLine(QPointF(x, l.ruler.top()), QPointF(x, l.events.bottom()));
    painter.fillRect(box, c.selection);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(box, Qt::AlignCenter, text);
  }
}

void TimelineWidget::paintWindows(QPainter& painter, const Layout& l, const TimelineColors& c) {
  if (windows_.empty()) return;
  const TimelineScale s{viewStart_, viewSpan_, l.laneLeft, l.laneWidth};
  const double top = l.windows.top() + 3, bottom = l.windows.bottom() - 3;
  const std::pair<double, double> band[3] = {{top, bottom}, {top, bottom}, {top, bottom}};
  const QColor colour[3] = {c.preictal, c.normal, c.ictal};
  for (int k = 0; k < 3; ++k) {
    rects_[k].clear();
    wideRects_[k].clear();
  }
  collectIntervals(windowIndex_, windowStarts_, windowEnds_, windowClass_, s, band, rects_, wideRects_, nullptr,
                   [](std::size_t) { return false; });
  painter.save();
  painter.setClipRect(l.windows, Qt::IntersectClip);
  for (int k = 0; k < 3; ++k) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour[k]);
    painter.drawRects(rects_[k].data(), static_cast<int>(rects_[k].size()));
    // Windows overlap when their stride is shorter than their length: a
    // translucent fill shows the overlap, the darker outline each window.
    QColor fill = colour[k];
    fill.setAlpha(120);
    painter.setBrush(fill);
    painter.setPen(QPen(colour[k].darker(130), 0));
    painter.drawRects(wideRects_[k].data(), static_cast<int>(wideRects_[k].size()));
  }
  painter.restore();
}

void TimelineWidget::paintProbabilities(QPainter& painter, const Layout& l, const TimelineColors& c) {
  if (l.probability.isEmpty()) return;
  const TimelineScale s{viewStart_, viewSpan_, l.laneLeft, l.laneWidth};
  const QRectF lane = l.probability.adjusted(0, 3, 0, -3);
  curve_.layout(s, lane.top(), lane.height(), threshold_, line_, alarms_);
  painter.save();
  painter.setClipRect(l.probability, Qt::IntersectClip);
  painter.setPen(Qt::NoPen);
  painter.setBrush(c.alarm);
  painter.drawRects(alarms_.data(), static_cast<int>(alarms_.size()));
  const auto current = currentWindowEnd();
  if (current) paintWindowBand(painter, l, *current, c.currentWindow, QColor());
  if (hoverEnd_ && hoverEnd_ != current) paintWindowBand(painter, l, *hoverEnd_, c.hoverWindow, QColor());
  const double y = std::round(lane.top() + (1.0 - std::clamp(threshold_, 0.0, 1.0)) * lane.height()) + 0.5;
  painter.setPen(
      QPen(drag_ == Drag::Threshold ? c.selection : c.threshold, drag_ == Drag::Threshold ? 1.5 : 0, Qt::DashLine));
  painter.drawLine(QPointF(lane.left(), y), QPointF(lane.right(), y));
  // A cosmetic pen of one device pixel takes the raster engine's line
  // drawer; a wider pen goes through the path stroker, which costs ~100 ms
  // for a 3,000-point decimated curve. Short chunks keep the stroker linear
  // where a thicker line is drawn (high-DPI screens).
  painter.setRenderHint(QPainter::Antialiasing, true);
  QPen pen(c.curve, 1.0);
  pen.setCosmetic(true);
  painter.setPen(pen);
  painter.drawPolyline(line_.data(), static_cast<int>(line_.size()));
  painter.setRenderHint(QPainter::Antialiasing, false);
  paintAlarmMarks(painter, l, c);
  // The points of the highlighted windows on top of everything.
  painter.setRenderHint(QPainter::Antialiasing, true);
  if (hoverEnd_ && hoverEnd_ != current) paintWindowBand(painter, l, *hoverEnd_, QColor(), c.text);
  if (current) paintWindowBand(painter, l, *current, QColor(), c.selection);
  painter.setRenderHint(QPainter::Antialiasing, false);
  // The threshold's value where the line can be grabbed.
  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.8);
  painter.setFont(small);
  const QFontMetricsF metrics(small);
  const QString label = QString::number(threshold_, 'f', 3);
  const double labelWidth = metrics.horizontalAdvance(label) + 6;
  const double labelTop =
      std::clamp(y - metrics.height() - 1, l.probability.top(), l.probability.bottom() - metrics.height());
  const QRectF box(lane.right() - labelWidth, labelTop, labelWidth, metrics.height());
  QColor boxFill = c.lane;
  boxFill.setAlpha(200);
  painter.fillRect(box, boxFill);
  painter.setPen(drag_ == Drag::Threshold ? c.selection : c.dimText);
  painter.drawText(box, Qt::AlignCenter, label);
  painter.setFont(font());
  painter.restore();
}

// One window's span [end - L, end) shaded with `fill` and its point circled
// in `point` (each skipped when invalid, so that spans go under the curve and
// points over it).
void TimelineWidget::paintWindowBand(QPainter& painter, const Layout& l, qint64 windowEnd, const QColor& fill,
                                     const QColor& point) const {
  const TimelineScale s{viewStart_, viewSpan_, l.laneLeft, l.laneWidth};
  const QRectF lane = l.probability.adjusted(0, 3, 0, -3);
  const double x1 = s.x(static_cast<double>(windowEnd));
  const double x0 = s.x(static_cast<double>(windowEnd - windowFrames_));
  if (x1 < l.probability.left() - 8 || x0 > l.probability.right() + 8) return;
  if (fill.isValid()) {
    painter.fillRect(QRectF(QPointF(std::min(x0, x1 - 1), l.probability.top()), QPointF(x1, l.probability.bottom())),
                     fill);
    QColor edge = fill;
    edge.setAlpha(std::min(255, fill.alpha() * 3));
    painter.setPen(QPen(edge, 0));
    painter.drawLine(QPointF(std::round(x0) + 0.5, l.probability.top()),
                     QPointF(std::round(x0) + 0.5, l.probability.bottom()));
    painter.drawLine(QPointF(std::round(x1) + 0.5, l.probability.top()),
                     QPointF(std::round(x1) + 0.5, l.probability.bottom()));
  }
  if (point.isValid()) {
    const double p = curve_.value(curve_.firstAtOrAfter(windowEnd));
    const double y = lane.top() + (1.0 - std::clamp(p, 0.0, 1.0)) * lane.height();
    painter.setPen(QPen(point, 1.5));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawEllipse(QPointF(x1, y), 3.5, 3.5);
  }
}

// Alarms as a vertical line and a flag at the top of the lane: hue by
// outcome, fill by decision. Marks of one kind that land on the same pixel
// column are drawn once, so that a zoomed-out lane with 10^3 alarms costs a
// few batched calls.
void TimelineWidget::paintAlarmMarks(QPainter& painter, const Layout& l, const TimelineColors& c) {
  if (alarmMarks_.empty()) return;
  const TimelineScale s{viewStart_, viewSpan_, l.laneLeft, l.laneWidth};
  const double top = l.probability.top() + 1, bottom = l.probability.bottom();
  const double slack = kFlagWidth / s.pixelsPerFrame();
  const auto first = std::lower_bound(alarmMarks_.begin(), alarmMarks_.end(), s.start - slack,
                                      [](const TimelineAlarm& a, double f) { return a.frame < f; });
  for (int o = 0; o < 3; ++o) {
    markLines_[o].clear();
    for (auto& flags : markFlags_[o]) flags.clear();
  }
  double lastX[3][3];
  for (auto& row : lastX) std::fill(std::begin(row), std::end(row), -1e9);
  const double end = s.start + s.span + slack;
  std::optional<double> selectedX;
  for (auto it = first; it != alarmMarks_.end() && it->frame <= end; ++it) {
    const double x = std::round(s.x(static_cast<double>(it->frame))) + 0.5;
    if (selectedAlarm_ == it->frame) selectedX = x;
    const int o = static_cast<int>(it->outcome), d = static_cast<int>(it->decision);
    if (x - lastX[o][d] < 1.0) continue;
    lastX[o][d] = x;
    markLines_[o].emplace_back(QPointF(x, top), QPointF(x, bottom));
    markFlags_[o][d].emplace_back(x - kFlagWidth / 2, top, kFlagWidth, kFlagHeight);
  }
  const QColor hue[3] = {c.alarmTrue, c.alarmFalse, c.alarmDuringSeizure};
  for (int o = 0; o < 3; ++o) {
    QColor line = hue[o];
    line.setAlpha(170);
    painter.setPen(QPen(line, 0));
    painter.drawLines(markLines_[o].data(), static_cast<int>(markLines_[o].size()));
    // Outlines as two fills (outer, then inner) rather than stroked rects:
    // fills take the raster engine's fast path, a 1.5-px stroke the path
    // stroker, which dominated the cost of 10^3 marks.
    const auto& flags = markFlags_[o];
    const auto none = static_cast<int>(TimelineAlarm::Decision::None);
    const auto accepted = static_cast<int>(TimelineAlarm::Decision::Accepted);
    const auto rejected = static_cast<int>(TimelineAlarm::Decision::Rejected);
    const auto fill = [&](const std::vector<QRectF>& rects, const QColor& colour) {
      painter.setBrush(colour);
      painter.drawRects(rects.data(), static_cast<int>(rects.size()));
    };
    const auto inner = [&](const std::vector<QRectF>& rects) -> const std::vector<QRectF>& {
      markInner_.clear();
      for (const QRectF& r : rects) markInner_.push_back(r.adjusted(1.5, 1.5, -1.5, -1.5));
      return markInner_;
    };
    painter.setPen(Qt::NoPen);
    fill(flags[none], hue[o]);
    fill(flags[accepted], c.text);
    fill(inner(flags[accepted]), hue[o]);
    fill(flags[rejected], hue[o]);
    fill(inner(flags[rejected]), c.lane);
  }
  if (selectedX) {
    painter.setPen(QPen(c.selection, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawLine(QPointF(*selectedX, top + kFlagHeight + 2), QPointF(*selectedX, bottom));
    painter.drawRect(QRectF(*selectedX - kFlagWidth / 2 - 2, top - 1, kFlagWidth + 4, kFlagHeight + 3));
  }
}

void TimelineWidget::renderOverviewCache(const Layout& l, const TimelineColors& c) {
  const qreal dpr = devicePixelRatioF();
  const QSize size = (l.overview.size() * dpr).toSize();
  if (overviewCache_.size() != size) overviewCache_ = QPixmap(size);
  overviewCache_.setDevicePixelRatio(dpr);
  overviewCache_.fill(c.laneAlternate);
  QPainter p(&overviewCache_);
  const TimelineScale o{0.0, static_cast<double>(std::max<qint64>(1, frameCount_)), 0.0, l.overview.width()};
  const double h = l.overview.height();
  // Windows as a strip along the bottom, events above it.
  const std::pair<double, double> windowBand[3] = {{h - 4, h}, {h - 4, h}, {h - 4, h}};
  const std::pair<double, double> eventBand[3] = {{1, h - 5}, {h * 0.5, h - 5}, {h * 0.5, h - 5}};
  const QColor windowColour[3] = {c.preictal, c.normal, c.ictal};
  const QColor eventColour[3] = {c.seizure, c.artifact, c.other};
  const auto draw = [&](const IntervalIndex& index, const std::vector<qint64>& starts, const std::vector<qint64>& ends,
                        const std::vector<int>& classes, const std::pair<double, double>(&band)[3],
                        const QColor(&colour)[3]) {
    for (int k = 0; k < 3; ++k) {
      rects_[k].clear();
      wideRects_[k].clear();
    }
    collectIntervals(index, starts, ends, classes, o, band, rects_, wideRects_, nullptr,
                     [](std::size_t) { return false; });
    p.setPen(Qt::NoPen);
    for (int k = 0; k < 3; ++k) {
      p.setBrush(colour[k]);
      p.drawRects(rects_[k].data(), static_cast<int>(rects_[k].size()));
      p.drawRects(wideRects_[k].data(), static_cast<int>(wideRects_[k].size()));
    }
  };
  draw(windowIndex_, windowStarts_, windowEnds_, windowClass_, windowBand, windowColour);
  draw(eventIndex_, eventStarts_, eventEnds_, eventClass_, eventBand, eventColour);
  if (!curve_.empty()) {
    curve_.layout(o, 1, h - 6, threshold_, line_, alarms_);
    p.setBrush(c.alarm);
    p.drawRects(alarms_.data(), static_cast<int>(alarms_.size()));
  }
  p.setPen(QPen(c.grid, 0));
  p.setBrush(Qt::NoBrush);
  p.drawRect(QRectF(0, 0, l.overview.width() - 1, h - 1));
  overviewDirty_ = false;
}

void TimelineWidget::paintOverview(QPainter& painter, const Layout& l, const TimelineColors& c) {
  if (overviewDirty_ || overviewCache_.isNull()) renderOverviewCache(l, c);
  painter.drawPixmap(l.overview.topLeft(), overviewCache_);
  const TimelineScale o = overviewScale();
  double x0 = o.x(viewStart_), x1 = o.x(viewStart_ + viewSpan_);
  if (x1 - x0 < 4) {  // keep the box grabbable at deep zoom
    const double mid = (x0 + x1) / 2;
    x0 = mid - 2;
    x1 = mid + 2;
  }
  QColor fill = c.rangeBox;
  fill.setAlpha(45);
  painter.setPen(QPen(c.rangeBox, 1.5));
  painter.setBrush(fill);
  painter.drawRect(QRectF(QPointF(x0, l.overview.top() + 0.75), QPointF(x1, l.overview.bottom() - 0.75)));
  const double px = std::round(o.x(static_cast<double>(playhead_))) + 0.5;
  painter.setPen(QPen(c.playhead, 0));
  painter.drawLine(QPointF(px, l.overview.top()), QPointF(px, l.overview.bottom()));
}

void TimelineWidget::paintPlayhead(QPainter& painter, const Layout& l, const TimelineColors& c) const {
  const TimelineScale s{viewStart_, viewSpan_, l.laneLeft, l.laneWidth};
  const double x0 = s.x(static_cast<double>(playhead_)), x1 = s.x(static_cast<double>(playhead_ + 1));
  if (x1 < l.laneLeft || x0 > l.laneLeft + l.laneWidth) return;
  const double bottom = (l.probability.isEmpty() ? l.windows : l.probability).bottom();
  painter.save();
  painter.setClipRect(QRectF(l.laneLeft, l.ruler.top(), l.laneWidth, bottom - l.ruler.top()), Qt::IntersectClip);
  if (x1 - x0 >= 4) {  // zoomed to single frames: shade the current one
    QColor cell = c.playhead;
    cell.setAlpha(35);
    painter.fillRect(QRectF(x0, l.ruler.top(), x1 - x0, bottom - l.ruler.top()), cell);
  }
  const double x = std::round(x0) + 0.5;
  painter.setPen(QPen(c.playhead, 1.5));
  painter.drawLine(QPointF(x, l.ruler.top()), QPointF(x, bottom));
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setPen(Qt::NoPen);
  painter.setBrush(c.playhead);
  const QPointF head[3] = {{x - 5, l.ruler.top()}, {x + 5, l.ruler.top()}, {x, l.ruler.top() + 6}};
  painter.drawPolygon(head, 3);
  painter.restore();
}

}  // namespace prodrome::ui
