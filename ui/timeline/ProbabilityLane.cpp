#include "ui/timeline/ProbabilityLane.h"

#include "ui/Clock.h"
#include "ui/timeline/TimelineColors.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace prodrome::ui {

namespace {

constexpr double kFlagWidth = 7, kFlagHeight = 8;  // an alarm's mark at the top of the lane
constexpr double kThresholdStep = 0.001;           // a dragged threshold lands on this grid

// The curve's band: the lane less a margin at the top and bottom.
QRectF curveBand(const QRectF& lane) { return lane.adjusted(0, 3, 0, -3); }

}  // namespace

QString ProbabilityLane::name() const { return tr("Forecast"); }

// --- data ----------------------------------------------------------------

void ProbabilityLane::setProbabilities(std::vector<TimelineProbability> points, double threshold) {
  std::sort(points.begin(), points.end(),
            [](const TimelineProbability& a, const TimelineProbability& b) { return a.windowEnd < b.windowEnd; });
  std::vector<qint64> frames(points.size());
  std::vector<double> values(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    frames[i] = points[i].windowEnd;
    values[i] = points[i].probability;
  }
  const bool wasShown = !curve_.empty();
  curve_.assign(std::move(frames), std::move(values));
  threshold_ = std::clamp(threshold, 0.0, 1.0);
  hoverEnd_.reset();
  if (dragging_) {
    dragging_ = false;
    Q_EMIT dragCancelled();
  }
  if (wasShown != !curve_.empty()) Q_EMIT heightChanged();
  Q_EMIT contentChanged();
}

void ProbabilityLane::setThreshold(double threshold) {
  threshold = std::clamp(threshold, 0.0, 1.0);
  if (threshold == threshold_) return;
  threshold_ = threshold;
  Q_EMIT contentChanged();  // the overview shades the spans above it
}

void ProbabilityLane::setWindowFrames(qint64 windowFrames) {
  windowFrames_ = std::max<qint64>(0, windowFrames);
  Q_EMIT repaintNeeded();
}

void ProbabilityLane::setAlarms(std::vector<TimelineAlarm> alarms) {
  std::stable_sort(alarms.begin(), alarms.end(),
                   [](const TimelineAlarm& a, const TimelineAlarm& b) { return a.frame < b.frame; });
  alarms_ = std::move(alarms);
  Q_EMIT repaintNeeded();
}

void ProbabilityLane::setSelectedAlarm(std::optional<qint64> frame) {
  if (frame == selectedAlarm_) return;
  selectedAlarm_ = frame;
  Q_EMIT repaintNeeded();
}

std::optional<qint64> ProbabilityLane::windowEndForPlayhead(qint64 frame) const {
  const std::size_t i = curve_.firstAtOrAfter(frame);
  if (i >= curve_.size()) return std::nullopt;
  return curve_.frame(i);
}

// --- hit testing -------------------------------------------------------------

std::optional<qint64> ProbabilityLane::windowEndAt(QPointF pos, const LaneContext& lane) const {
  if (lane.rect.isEmpty() || !lane.rect.contains(pos)) return std::nullopt;
  return curve_.frame(curve_.nearest(lane.scale.position(pos.x())));
}

double ProbabilityLane::thresholdY(const LaneContext& lane) const {
  const QRectF band = curveBand(lane.rect);
  return band.top() + (1.0 - threshold_) * band.height();
}

double ProbabilityLane::thresholdAtY(double y, const LaneContext& lane) const {
  const QRectF band = curveBand(lane.rect);
  const double t = std::clamp(1.0 - (y - band.top()) / std::max(1.0, band.height()), 0.0, 1.0);
  return std::round(t / kThresholdStep) * kThresholdStep;
}

bool ProbabilityLane::onThresholdLine(QPointF pos, const LaneContext& lane) const {
  return !lane.rect.isEmpty() && lane.rect.adjusted(0, -2, 0, 2).contains(pos) &&
         std::abs(pos.y() - thresholdY(lane)) <= kGrabPx;
}

std::optional<std::size_t> ProbabilityLane::alarmAt(QPointF pos, const LaneContext& lane) const {
  if (alarms_.empty() || lane.rect.isEmpty() || !lane.rect.contains(pos)) return std::nullopt;
  const TimelineScale& s = lane.scale;
  const double slack = (kFlagWidth / 2 + 1) / s.pixelsPerFrame();
  const double at = s.position(pos.x());
  const auto first = std::lower_bound(alarms_.begin(), alarms_.end(), at - slack,
                                      [](const TimelineAlarm& a, double f) { return a.frame < f; });
  std::optional<std::size_t> best;
  double bestDistance = slack;
  for (auto it = first; it != alarms_.end() && it->frame <= at + slack; ++it) {
    const double d = std::abs(static_cast<double>(it->frame) - at);
    if (d <= bestDistance) {
      best = static_cast<std::size_t>(it - alarms_.begin());
      bestDistance = d;
    }
  }
  return best;
}

std::optional<Qt::CursorShape> ProbabilityLane::cursorAt(QPointF pos, const LaneContext& lane) const {
  if (onThresholdLine(pos, lane)) return Qt::SizeVerCursor;
  if (alarmAt(pos, lane)) return Qt::PointingHandCursor;
  return std::nullopt;
}

QString ProbabilityLane::toolTipAt(QPointF pos, const LaneContext& lane) const {
  const auto end = windowEndAt(pos, lane);
  if (!end) return {};
  const double p = curve_.value(curve_.firstAtOrAfter(*end));
  QString text;
  if (windowFrames_ > 0) {
    const qint64 start = std::max<qint64>(0, *end - windowFrames_);
    text = tr("Window %1 – %2\nframes [%3, %4)\nprobability %5")
               .arg(formatFrameClock(start, lane.fps), formatFrameClock(*end, lane.fps))
               .arg(start)
               .arg(*end)
               .arg(p, 0, 'f', 3);
  } else {
    text = tr("Window ending %1 (frame %2)\nprobability %3")
               .arg(formatFrameClock(*end, lane.fps))
               .arg(*end)
               .arg(p, 0, 'f', 3);
  }
  const auto alarm = std::lower_bound(alarms_.begin(), alarms_.end(), *end,
                                      [](const TimelineAlarm& a, qint64 f) { return a.frame < f; });
  if (alarm != alarms_.end() && alarm->frame == *end) {
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

// --- hover, playhead and the threshold drag -------------------------------------

void ProbabilityLane::hover(std::optional<QPointF> pos, const LaneContext& lane) {
  setHover(pos ? windowEndAt(*pos, lane) : std::nullopt, lane);
}

void ProbabilityLane::setHover(std::optional<qint64> windowEnd, const LaneContext& lane) {
  if (windowEnd == hoverEnd_) return;
  repaintWindowBand(hoverEnd_, lane);
  hoverEnd_ = windowEnd;
  repaintWindowBand(hoverEnd_, lane);
}

// Only that window's span of the lane (and its point's circle) is repainted.
void ProbabilityLane::repaintWindowBand(std::optional<qint64> windowEnd, const LaneContext& lane) {
  if (!windowEnd || lane.rect.isEmpty()) return;
  const double x0 = lane.scale.x(static_cast<double>(*windowEnd - windowFrames_)) - 8;
  const double x1 = lane.scale.x(static_cast<double>(*windowEnd)) + 8;
  Q_EMIT repaintNeeded(QRectF(QPointF(x0, lane.rect.top()), QPointF(x1, lane.rect.bottom())));
}

void ProbabilityLane::playheadMoved(qint64 from, const LaneContext& lane) {
  const auto before = windowEndForPlayhead(from), now = windowEndForPlayhead(lane.playhead);
  if (before == now) return;
  repaintWindowBand(before, lane);
  repaintWindowBand(now, lane);
}

TimelineLane::Grab ProbabilityLane::grab(QPointF pos, const LaneContext& lane) {
  if (!onThresholdLine(pos, lane)) return Grab::None;
  dragging_ = true;
  setHover(std::nullopt, lane);
  return Grab::Across;
}

void ProbabilityLane::dragTo(QPointF pos, const LaneContext& lane) {
  if (!dragging_) return;
  const double t = thresholdAtY(pos.y(), lane);
  if (t == threshold_) return;
  threshold_ = t;
  Q_EMIT contentChanged();
  Q_EMIT thresholdDragged(t);
}

void ProbabilityLane::drop(bool apply) {
  if (!dragging_) return;
  dragging_ = false;
  Q_EMIT repaintNeeded();  // the line loses its dragged look
  if (apply) Q_EMIT thresholdChanged(threshold_);
}

std::optional<qint64> ProbabilityLane::press(QPointF pos, const LaneContext& lane) {
  const auto alarm = alarmAt(pos, lane);
  if (!alarm) return std::nullopt;
  // A click on a mark seeks to the alarm itself, not to the pixel's frame.
  const qint64 frame = alarms_[*alarm].frame;
  Q_EMIT alarmClicked(frame);
  return frame;
}

// --- painting ------------------------------------------------------------------

void ProbabilityLane::paint(QPainter& painter, const LaneContext& lane, const TimelineColors& c) {
  const QRectF band = curveBand(lane.rect);
  curve_.layout(lane.scale, band.top(), band.height(), threshold_, line_, above_);
  painter.save();
  painter.setClipRect(lane.rect, Qt::IntersectClip);
  painter.setPen(Qt::NoPen);
  painter.setBrush(c.alarm);
  painter.drawRects(above_.data(), static_cast<int>(above_.size()));
  const auto current = windowEndForPlayhead(lane.playhead);
  if (current) paintWindowBand(painter, lane, *current, c.currentWindow, QColor());
  if (hoverEnd_ && hoverEnd_ != current) paintWindowBand(painter, lane, *hoverEnd_, c.hoverWindow, QColor());
  const double y = std::round(band.top() + (1.0 - std::clamp(threshold_, 0.0, 1.0)) * band.height()) + 0.5;
  painter.setPen(QPen(dragging_ ? c.selection : c.threshold, dragging_ ? 1.5 : 0, Qt::DashLine));
  painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
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
  paintAlarmMarks(painter, lane, c);
  // The points of the highlighted windows on top of everything.
  painter.setRenderHint(QPainter::Antialiasing, true);
  if (hoverEnd_ && hoverEnd_ != current) paintWindowBand(painter, lane, *hoverEnd_, QColor(), c.text);
  if (current) paintWindowBand(painter, lane, *current, QColor(), c.selection);
  painter.setRenderHint(QPainter::Antialiasing, false);
  paintThresholdLabel(painter, lane, c, y);
  painter.restore();
}

// The threshold's value at the right end of its line, where it can be grabbed.
void ProbabilityLane::paintThresholdLabel(QPainter& painter, const LaneContext& lane, const TimelineColors& c,
                                          double y) const {
  QFont small = lane.font;
  small.setPointSizeF(small.pointSizeF() * 0.8);
  painter.setFont(small);
  const QFontMetricsF metrics(small);
  const QString label = QString::number(threshold_, 'f', 3);
  const double labelWidth = metrics.horizontalAdvance(label) + 6;
  const double labelTop = std::clamp(y - metrics.height() - 1, lane.rect.top(), lane.rect.bottom() - metrics.height());
  const QRectF box(curveBand(lane.rect).right() - labelWidth, labelTop, labelWidth, metrics.height());
  QColor boxFill = c.lane;
  boxFill.setAlpha(200);
  painter.fillRect(box, boxFill);
  painter.setPen(dragging_ ? c.selection : c.dimText);
  painter.drawText(box, Qt::AlignCenter, label);
  painter.setFont(lane.font);
}

// One window's span [end - L, end) shaded with `fill` and its point circled
// in `point` (each skipped when invalid, so that spans go under the curve and
// points over it).
void ProbabilityLane::paintWindowBand(QPainter& painter, const LaneContext& lane, qint64 windowEnd, const QColor& fill,
                                      const QColor& point) const {
  const QRectF& r = lane.rect;
  const double x1 = lane.scale.x(static_cast<double>(windowEnd));
  const double x0 = lane.scale.x(static_cast<double>(windowEnd - windowFrames_));
  if (x1 < r.left() - 8 || x0 > r.right() + 8) return;
  if (fill.isValid()) {
    painter.fillRect(QRectF(QPointF(std::min(x0, x1 - 1), r.top()), QPointF(x1, r.bottom())), fill);
    QColor edge = fill;
    edge.setAlpha(std::min(255, fill.alpha() * 3));
    painter.setPen(QPen(edge, 0));
    painter.drawLine(QPointF(std::round(x0) + 0.5, r.top()), QPointF(std::round(x0) + 0.5, r.bottom()));
    painter.drawLine(QPointF(std::round(x1) + 0.5, r.top()), QPointF(std::round(x1) + 0.5, r.bottom()));
  }
  if (point.isValid()) {
    const QRectF band = curveBand(r);
    const double p = curve_.value(curve_.firstAtOrAfter(windowEnd));
    const double y = band.top() + (1.0 - std::clamp(p, 0.0, 1.0)) * band.height();
    painter.setPen(QPen(point, 1.5));
    painter.setBrush(lane.palette.color(QPalette::Base));
    painter.drawEllipse(QPointF(x1, y), 3.5, 3.5);
  }
}

// Alarms as a vertical line and a flag at the top of the lane: hue by
// outcome, fill by decision. Marks of one kind that land on the same pixel
// column are drawn once, so that a zoomed-out lane with 10^3 alarms costs a
// few batched calls.
void ProbabilityLane::paintAlarmMarks(QPainter& painter, const LaneContext& lane, const TimelineColors& c) {
  if (alarms_.empty()) return;
  const TimelineScale& s = lane.scale;
  const double top = lane.rect.top() + 1, bottom = lane.rect.bottom();
  const double slack = kFlagWidth / s.pixelsPerFrame();
  const auto first = std::lower_bound(alarms_.begin(), alarms_.end(), s.start - slack,
                                      [](const TimelineAlarm& a, double f) { return a.frame < f; });
  for (int o = 0; o < 3; ++o) {
    markLines_[o].clear();
    for (auto& flags : markFlags_[o]) flags.clear();
  }
  double lastX[3][3];
  for (auto& row : lastX) std::fill(std::begin(row), std::end(row), -1e9);
  const double end = s.start + s.span + slack;
  std::optional<double> selectedX;
  for (auto it = first; it != alarms_.end() && it->frame <= end; ++it) {
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

// The spans at or above the threshold, over the events.
void ProbabilityLane::paintOverview(QPainter& painter, const TimelineScale& whole, double h, const TimelineColors& c) {
  if (curve_.empty()) return;
  curve_.layout(whole, 1, h - 6, threshold_, line_, above_);
  painter.setPen(Qt::NoPen);
  painter.setBrush(c.alarm);
  painter.drawRects(above_.data(), static_cast<int>(above_.size()));
}

}  // namespace prodrome::ui
