#include "ui/timeline/TimelineWidget.h"

#include "ui/Clock.h"
#include "ui/timeline/TimelineColors.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <map>
#include <cmath>

namespace prodrome::ui {

namespace {

// Logical pixels; QPainter scales them on high-DPI screens.
constexpr double kOverviewTop = 2, kOverviewHeight = 16;
constexpr double kRulerHeight = 30;
constexpr double kBottomMargin = 3;
constexpr double kMaxPixelsPerFrame = 48;
constexpr double kWheelZoomPerNotch = 0.8;  // visible span factor per 120 wheel units
constexpr double kWheelPanPerNotch = 0.1;   // fraction of the span per 120 units

}  // namespace

TimelineWidget::TimelineWidget(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);  // hover cursor over grabbable edges
  setFocusPolicy(Qt::ClickFocus);
  setAttribute(Qt::WA_OpaquePaintEvent);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  setToolTip(tr("Click to seek · wheel to zoom · Shift+wheel or drag to scroll · drag an event edge to move it"));

  addLane(events_ = new EventLane);
  addLane(windows_ = new ClipWindowLane);
  addLane(alarms_ = new AlarmLane);
  addLane(probability_ = new ProbabilityLane);
  probability_->setAlarmLane(alarms_);
  // The alarms' row stands while the forecast does, alarms or none.
  connect(probability_, &TimelineLane::heightChanged, alarms_, [this] { alarms_->setShown(!probability_->empty()); });
  connect(events_, &EventLane::eventSelected, this, &TimelineWidget::eventSelected);
  connect(events_, &EventLane::eventEdgeMoved, this, &TimelineWidget::eventEdgeMoved);
  connect(probability_, &ProbabilityLane::thresholdDragged, this, &TimelineWidget::thresholdDragged);
  connect(probability_, &ProbabilityLane::thresholdChanged, this, &TimelineWidget::thresholdChanged);
  connect(alarms_, &AlarmLane::alarmClicked, this, &TimelineWidget::alarmClicked);
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::addLane(TimelineLane* lane, const TimelineLane* after) {
  lane->setParent(this);
  const auto at = std::find(lanes_.begin(), lanes_.end(), after);
  lanes_.insert(at == lanes_.end() ? lanes_.end() : at + 1, lane);
  connect(lane, &TimelineLane::repaintNeeded, this, [this](QRectF area) {
    if (area.isEmpty())
      update();
    else
      update(area.toAlignedRect());
  });
  connect(lane, &TimelineLane::contentChanged, this, [this] {
    overviewDirty_ = true;
    update();
  });
  connect(lane, &TimelineLane::heightChanged, this, [this] {
    updateGeometry();
    update();
  });
  connect(lane, &TimelineLane::dragCancelled, this, [this, lane] {
    if (drag_ != Drag::Lane || dragLane_ != lane) return;
    drag_ = Drag::None;
    dragLane_ = nullptr;
  });
  updateGeometry();
  update();
}

QRectF TimelineWidget::laneRect(const TimelineLane* lane) const {
  const auto it = std::find(lanes_.begin(), lanes_.end(), lane);
  if (it == lanes_.end()) return {};
  return layout().lanes[static_cast<std::size_t>(it - lanes_.begin())];
}

// --- data ----------------------------------------------------------------

void TimelineWidget::setRecording(qint64 frameCount, double fps) {
  frameCount_ = std::max<qint64>(0, frameCount);
  fps_ = fps > 0 ? fps : 0.0;
  if (drag_ == Drag::Lane) endLaneDrag(false);
  drag_ = Drag::None;
  playhead_ = std::clamp<qint64>(playhead_, 0, std::max<qint64>(0, frameCount_ - 1));
  overviewDirty_ = true;
  setView(0, static_cast<double>(std::max<qint64>(1, frameCount_)));
  update();
}

// The built-in lanes' data, kept here for the widget's callers.
void TimelineWidget::setEvents(std::vector<TimelineEvent> events) {
  std::map<QString, std::vector<TimelineEvent>> byRater;
  for (TimelineEvent& e : events) byRater[e.annotator].push_back(std::move(e));
  if (byRater.size() <= 1) {
    events_->setRater(QString(), 0);
    events_->setEvents(byRater.empty() ? std::vector<TimelineEvent>{} : std::move(byRater.begin()->second));
    for (EventLane* lane : raterLanes_) {
      lane->setEvents({});
      lane->setShown(false);
    }
    return;
  }
  const std::optional<qint64> selected = selectedEvent();
  std::size_t i = 0;
  for (auto& [name, own] : byRater) {
    EventLane* lane = i == 0 ? events_ : raterLane(i - 1);
    lane->setRater(name, static_cast<int>(i));
    lane->setEvents(std::move(own));
    lane->setShown(true);
    lane->setSelected(selected);
    ++i;
  }
  for (std::size_t k = i - 1; k < raterLanes_.size(); ++k) {
    raterLanes_[k]->setEvents({});
    raterLanes_[k]->setShown(false);
  }
}

EventLane* TimelineWidget::raterLane(std::size_t k) {
  while (raterLanes_.size() <= k) {
    auto* lane = new EventLane;
    addLane(lane, raterLanes_.empty() ? static_cast<TimelineLane*>(events_) : raterLanes_.back());
    connect(lane, &EventLane::eventSelected, this, &TimelineWidget::eventSelected);
    connect(lane, &EventLane::eventEdgeMoved, this, &TimelineWidget::eventEdgeMoved);
    raterLanes_.push_back(lane);
  }
  return raterLanes_[k];
}

std::vector<const EventLane*> TimelineWidget::eventLanes() const {
  std::vector<const EventLane*> out{events_};
  for (const EventLane* lane : raterLanes_)
    if (lane->height() > 0) out.push_back(lane);
  return out;
}

void TimelineWidget::setSignals(std::vector<SignalTrace> signals) {
  const std::optional<qint64> selected = selectedSignal();
  while (signalLanes_.size() < signals.size()) {
    auto* lane = new SignalLane;
    addLane(lane);
    connect(lane, &SignalLane::selectedByUser, this, [this](qint64 id) {
      for (SignalLane* l : signalLanes_) l->setSelected(l->trace().id == id);
    });
    signalLanes_.push_back(lane);
  }
  // Lanes beyond the signals are taken out (they hold a day of samples each).
  while (signalLanes_.size() > signals.size()) {
    SignalLane* lane = signalLanes_.back();
    signalLanes_.pop_back();
    lanes_.erase(std::find(lanes_.begin(), lanes_.end(), lane));
    if (dragLane_ == lane) {
      drag_ = Drag::None;
      dragLane_ = nullptr;
    }
    delete lane;
  }
  bool any = false;
  for (std::size_t i = 0; i < signals.size(); ++i) {
    const bool keep = selected && signals[i].id == *selected;
    any = any || keep;
    signalLanes_[i]->setTrace(std::move(signals[i]));
    signalLanes_[i]->setSelected(keep);
  }
  if (!any && !signalLanes_.empty()) signalLanes_.front()->setSelected(true);
  overviewDirty_ = true;
  updateGeometry();
  update();
}

std::vector<const SignalLane*> TimelineWidget::signalLanes() const {
  return std::vector<const SignalLane*>(signalLanes_.begin(), signalLanes_.end());
}

std::optional<qint64> TimelineWidget::selectedSignal() const {
  for (const SignalLane* lane : signalLanes_)
    if (lane->selected()) return lane->trace().id;
  return std::nullopt;
}

bool TimelineWidget::nudgeSelectedSignal(double seconds) {
  for (SignalLane* lane : signalLanes_) {
    if (!lane->selected()) continue;
    // Rounded to the microsecond: repeated nudges add up without drift.
    const double offset = std::round((lane->trace().offsetSeconds + seconds) * 1e6) / 1e6;
    lane->setOffset(offset);
    Q_EMIT signalOffsetChanged(lane->trace().id, offset);
    return true;
  }
  return false;
}

std::optional<qint64> TimelineWidget::selectedEvent() const {
  for (const EventLane* lane : eventLanes())
    if (lane->selected()) return lane->selected();
  return std::nullopt;
}

// The id is unique across the lanes: each lane shows it selected if it is
// its own, and forgets it otherwise.
void TimelineWidget::setSelectedEvent(std::optional<qint64> id) {
  events_->setSelected(id);
  for (EventLane* lane : raterLanes_) lane->setSelected(id);
}
void TimelineWidget::setClipWindows(std::vector<TimelineWindow> windows) { windows_->setWindows(std::move(windows)); }
void TimelineWidget::setProbabilities(std::vector<TimelineProbability> points, double threshold) {
  probability_->setProbabilities(std::move(points), threshold);
}
void TimelineWidget::setThreshold(double threshold) { probability_->setThreshold(threshold); }
void TimelineWidget::setProbabilityWindow(qint64 windowFrames) { probability_->setWindowFrames(windowFrames); }
void TimelineWidget::setAlarms(std::vector<TimelineAlarm> alarms) { alarms_->setAlarms(std::move(alarms)); }

void TimelineWidget::setBaselineAlarms(std::vector<TimelineAlarm> alarms) {
  probability_->setBaselineAlarms(std::move(alarms));
}
void TimelineWidget::setSelectedAlarm(std::optional<qint64> frame) { alarms_->setSelectedAlarm(frame); }
void TimelineWidget::setProbabilityAutoScale(bool autoScale) { probability_->setAutoScale(autoScale); }

std::optional<qint64> TimelineWidget::probabilityWindowAt(QPointF pos) const {
  return probability_->windowEndAt(pos, context(probability_));
}

QString TimelineWidget::toolTipAt(QPointF pos) const {
  const Layout l = layout();
  for (std::size_t i = 0; i < lanes_.size(); ++i) {
    if (l.lanes[i].isEmpty()) continue;
    if (QString text = lanes_[i]->toolTipAt(pos, context(l, i)); !text.isEmpty()) return text;
  }
  return {};
}

QString TimelineWidget::probabilityToolTip(QPointF pos) const {
  return probability_->toolTipAt(pos, context(probability_));
}

void TimelineWidget::setPlayhead(qint64 frame) {
  if (frameCount_ > 0) frame = std::clamp<qint64>(frame, 0, frameCount_ - 1);
  if (frame == playhead_) return;
  const qint64 old = playhead_;
  playhead_ = frame;
  const double end = viewStart_ + viewSpan_;
  const bool inView = frame >= viewStart_ && frame + 1 <= end;
  const bool userDragging = drag_ == Drag::Pan || drag_ == Drag::OverviewBox || (drag_ == Drag::Lane && dragAlongTime_);
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
  const Layout l = layout();
  for (std::size_t i = 0; i < lanes_.size(); ++i)
    if (!l.lanes[i].isEmpty()) lanes_[i]->playheadMoved(old, context(l, i));
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
  for (const TimelineLane* lane : lanes_) gutter = std::max(gutter, metrics.horizontalAdvance(lane->name()));
  l.laneLeft = std::ceil(gutter + 14);
  l.laneWidth = std::max(1.0, width() - l.laneLeft - 6);
  const double w = l.laneWidth;
  l.overview = QRectF(l.laneLeft, kOverviewTop, w, kOverviewHeight);
  l.ruler = QRectF(l.laneLeft, l.overview.bottom() + 2, w, kRulerHeight);
  // The first lane that stretches takes whatever height the window gives
  // the timeline beyond what the lanes ask for.
  double top = l.ruler.bottom();
  double spare = height() - top - kBottomMargin;
  for (const TimelineLane* lane : lanes_) spare -= std::max(0.0, lane->height());
  l.lanes.reserve(lanes_.size());
  for (const TimelineLane* lane : lanes_) {
    double h = lane->height();
    if (h <= 0) {
      l.lanes.emplace_back();
      continue;
    }
    if (lane->stretches() && spare > 0) {
      h += spare;
      spare = 0;
    }
    l.lanes.emplace_back(l.laneLeft, top, w, h);
    top += h;
  }
  l.lanesBottom = top;
  return l;
}

LaneContext TimelineWidget::context(const Layout& l, std::size_t lane) const {
  LaneContext c;
  c.scale = {viewStart_, viewSpan_, l.laneLeft, l.laneWidth};
  c.rect = l.lanes[lane];
  c.ruler = l.ruler;
  c.frameCount = frameCount_;
  c.fps = fps_;
  c.playhead = playhead_;
  c.font = font();
  c.palette = palette();
  return c;
}

LaneContext TimelineWidget::context(const TimelineLane* lane) const {
  const auto it = std::find(lanes_.begin(), lanes_.end(), lane);
  return context(layout(), static_cast<std::size_t>(it - lanes_.begin()));
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
int TimelineWidget::eventLaneCentreY() const { return qRound(laneRect(events_).center().y()); }
int TimelineWidget::windowLaneCentreY() const { return qRound(laneRect(windows_).center().y()); }
int TimelineWidget::alarmLaneCentreY() const { return qRound(laneRect(alarms_).center().y()); }
int TimelineWidget::probabilityLaneCentreY() const { return qRound(laneRect(probability_).center().y()); }
double TimelineWidget::thresholdY() const { return probability_->thresholdY(context(probability_)); }

QSize TimelineWidget::sizeHint() const {
  double lanes = kOverviewTop + kOverviewHeight + 2 + kRulerHeight + kBottomMargin;
  for (const TimelineLane* lane : lanes_) lanes += std::max(0.0, lane->height());
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

// --- hover ---------------------------------------------------------------------

void TimelineWidget::updateHoverCursor(QPointF pos) {
  const Layout l = layout();
  for (std::size_t i = 0; i < lanes_.size(); ++i) {
    if (l.lanes[i].isEmpty()) continue;
    if (const auto shape = lanes_[i]->cursorAt(pos, context(l, i))) {
      setCursor(*shape);
      return;
    }
  }
  if (l.overview.contains(pos)) {
    const TimelineScale o = overviewScale();
    const bool inBox = pos.x() >= o.x(viewStart_) - 2 && pos.x() <= o.x(viewStart_ + viewSpan_) + 2;
    setCursor(inBox ? Qt::OpenHandCursor : Qt::PointingHandCursor);
    return;
  }
  unsetCursor();
}

// Every lane, shown or not, so that one hidden under the cursor forgets its hover.
void TimelineWidget::hoverLanes(std::optional<QPointF> pos) {
  const Layout l = layout();
  for (std::size_t i = 0; i < lanes_.size(); ++i) lanes_[i]->hover(pos, context(l, i));
}

void TimelineWidget::endLaneDrag(bool apply) {
  TimelineLane* lane = dragLane_;
  dragLane_ = nullptr;
  lane->drop(apply);
}

// --- mouse -------------------------------------------------------------------

void TimelineWidget::mousePressEvent(QMouseEvent* event) {
  if (frameCount_ <= 0) return;
  if (drag_ == Drag::Lane) endLaneDrag(false);  // another button pressed during a lane's drag
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
  pressSeek_.reset();

  for (std::size_t i = 0; i < lanes_.size(); ++i) {
    if (l.lanes[i].isEmpty()) continue;
    const LaneContext lane = context(l, i);
    const TimelineLane::Grab grab = lanes_[i]->grab(pos, lane);
    if (grab == TimelineLane::Grab::None) continue;
    drag_ = Drag::Lane;
    dragLane_ = lanes_[i];
    dragAlongTime_ = grab == TimelineLane::Grab::Along;
    if (const auto shape = dragLane_->cursorAt(pos, lane)) setCursor(*shape);
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
  if (l.ruler.contains(pos)) {
    drag_ = Drag::Scrub;
    lastScrubFrame_ = std::clamp<qint64>(scale().frameAt(pos.x()), 0, frameCount_ - 1);
    Q_EMIT seekRequested(lastScrubFrame_);
    return;
  }
  for (std::size_t i = 0; i < lanes_.size(); ++i) {
    if (l.lanes[i].isEmpty()) continue;
    if (const auto seek = lanes_[i]->press(pos, context(l, i))) pressSeek_ = seek;
  }
  drag_ = Drag::Pending;  // a click seeks on release; moving turns it into a pan
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event) {
  const QPointF pos = event->position();
  const TimelineScale s = scale();
  switch (drag_) {
    case Drag::None:
      updateHoverCursor(pos);
      hoverLanes(pos);
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
    case Drag::OverviewBox:
      setView(overviewScale().position(pos.x()) - pressBoxOffset_, viewSpan_);
      return;
    case Drag::Lane:
      dragLane_->dragTo(pos, context(dragLane_));
      return;
  }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent* event) {
  const Drag finished = drag_;
  drag_ = Drag::None;
  switch (finished) {
    case Drag::Pending:
      Q_EMIT seekRequested(std::clamp<qint64>(pressSeek_.value_or(scale().frameAt(pressPos_.x())), 0, frameCount_ - 1));
      break;
    case Drag::Lane:
      endLaneDrag(true);
      break;
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
  hoverLanes(std::nullopt);
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
    if (const QString text = toolTipAt(help->pos()); !text.isEmpty()) {
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
  for (std::size_t i = 0; i < lanes_.size(); ++i) {
    const QRectF& lane = l.lanes[i];
    if (lane.isEmpty()) continue;
    painter.drawText(QRectF(gutter.left(), lane.top(), gutter.width(), lane.height()),
                     Qt::AlignRight | Qt::AlignVCenter, lanes_[i]->name());
  }

  const QRectF lanes(l.ruler.topLeft(), QPointF(l.ruler.right(), l.lanesBottom));
  if (frameCount_ <= 0) {
    painter.fillRect(lanes, c.lane);
    painter.setPen(c.dimText);
    painter.drawText(lanes, Qt::AlignCenter, tr("No recording"));
    return;
  }

  // The ruler and the lanes below it alternate their backgrounds.
  painter.fillRect(l.ruler, c.laneAlternate);
  bool alternate = false;
  for (const QRectF& lane : l.lanes) {
    if (lane.isEmpty()) continue;
    painter.fillRect(lane, alternate ? c.laneAlternate : c.lane);
    alternate = !alternate;
  }
  paintRuler(painter, l, c);
  for (std::size_t i = 0; i < lanes_.size(); ++i)
    if (!l.lanes[i].isEmpty()) lanes_[i]->paint(painter, context(l, i), c);
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
  const double end = s.start + s.span;
  painter.save();
  painter.setClipRect(QRectF(l.ruler.topLeft(), QPointF(l.ruler.right(), l.lanesBottom)), Qt::IntersectClip);

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
    painter.drawLine(QPointF(x, l.ruler.bottom()), QPointF(x, l.lanesBottom));
    painter.setPen(QPen(c.text, 0));
    painter.drawLine(QPointF(x, l.ruler.bottom() - 9), QPointF(x, l.ruler.bottom()));
    painter.drawText(QPointF(x + 3, l.ruler.top() + metrics.ascent() + 1), formatFrameClock(frame, fps_));
    painter.setPen(c.dimText);
    painter.drawText(QPointF(x + 3, l.ruler.top() + metrics.ascent() + metrics.height() + 1), QString::number(frame));
  }
  painter.restore();
  painter.setFont(font());
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
  for (TimelineLane* lane : lanes_) lane->paintOverview(p, o, h, c);
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
  const double bottom = l.lanesBottom;
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
