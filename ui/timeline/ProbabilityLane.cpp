#include "ui/timeline/ProbabilityLane.h"

#include "ui/Clock.h"
#include "ui/timeline/AlarmLane.h"
#include "ui/timeline/TimelineColors.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace prodrome::ui {

namespace {

constexpr double kThresholdStep = 0.001;  // a dragged threshold lands on this grid
constexpr double kMinimumAxisSpan = 0.02;  // an auto-scaled axis spans at least this much

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
  bool baseline = !points.empty();
  for (std::size_t i = 0; i < points.size(); ++i) {
    frames[i] = points[i].windowEnd;
    values[i] = points[i].probability;
    baseline = baseline && points[i].motionBaseline.has_value();
  }
  std::vector<double> baselineValues;
  if (baseline) {
    baselineValues.reserve(points.size());
    for (const auto& p : points) baselineValues.push_back(std::clamp(*p.motionBaseline, 0.0, 1.0));
    baseline_.assign(frames, std::move(baselineValues));
  } else {
    baseline_.assign({}, {});
  }
  const bool wasShown = !curve_.empty();
  curve_.assign(std::move(frames), std::move(values));
  threshold_ = std::clamp(threshold, 0.0, 1.0);
  fitAxis();
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
  fitAxis();
  Q_EMIT contentChanged();  // the overview shades the spans above it
}

void ProbabilityLane::setBaselineAlarms(std::vector<TimelineAlarm> alarms) {
  baselineAlarms_ = std::move(alarms);
  Q_EMIT repaintNeeded();
}

void ProbabilityLane::setAutoScale(bool autoScale) {
  if (autoScale == autoScale_) return;
  autoScale_ = autoScale;
  fitAxis();
  Q_EMIT repaintNeeded();
}

// [0, 1], or the curve's range and the threshold with a margin of a tenth of
// the span each side (within [0, 1]). A dragged threshold stays within the
// axis it was grabbed on, so the lane never rescales under the mouse.
void ProbabilityLane::fitAxis() {
  low_ = 0.0, high_ = 1.0;
  if (!autoScale_ || curve_.empty()) return;
  double low = std::min(curve_.minimum(), threshold_), high = std::max(curve_.maximum(), threshold_);
  if (!baseline_.empty()) low = std::min(low, baseline_.minimum()), high = std::max(high, baseline_.maximum());
  if (high - low < kMinimumAxisSpan) {
    const double middle = (low + high) / 2;
    low = middle - kMinimumAxisSpan / 2, high = middle + kMinimumAxisSpan / 2;
  }
  const double margin = (high - low) / 10;
  low_ = std::max(0.0, low - margin), high_ = std::min(1.0, high + margin);
}

void ProbabilityLane::setWindowFrames(qint64 windowFrames) {
  windowFrames_ = std::max<qint64>(0, windowFrames);
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

double ProbabilityLane::yOf(double probability, const LaneContext& lane) const {
  const QRectF band = curveBand(lane.rect);
  const double at = std::clamp((probability - low_) / std::max(1e-9, high_ - low_), 0.0, 1.0);
  return band.top() + (1.0 - at) * band.height();
}

double ProbabilityLane::thresholdY(const LaneContext& lane) const { return yOf(threshold_, lane); }

double ProbabilityLane::thresholdAtY(double y, const LaneContext& lane) const {
  const QRectF band = curveBand(lane.rect);
  const double at = std::clamp(1.0 - (y - band.top()) / std::max(1.0, band.height()), 0.0, 1.0);
  const double t = std::round((low_ + at * (high_ - low_)) / kThresholdStep) * kThresholdStep;
  return std::clamp(t, low_, high_);
}

bool ProbabilityLane::onThresholdLine(QPointF pos, const LaneContext& lane) const {
  return !lane.rect.isEmpty() && lane.rect.adjusted(0, -2, 0, 2).contains(pos) &&
         std::abs(pos.y() - thresholdY(lane)) <= kGrabPx;
}

std::optional<Qt::CursorShape> ProbabilityLane::cursorAt(QPointF pos, const LaneContext& lane) const {
  if (onThresholdLine(pos, lane)) return Qt::SizeVerCursor;
  return std::nullopt;
}

QString ProbabilityLane::toolTipAt(QPointF pos, const LaneContext& lane) const {
  const auto end = windowEndAt(pos, lane);
  if (!end) return {};
  const std::size_t index = curve_.firstAtOrAfter(*end);
  const double p = curve_.value(index);
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
  if (!baseline_.empty()) {
    text += QLatin1Char('\n') + tr("statistics alone (dotted) %1").arg(baseline_.value(index), 0, 'f', 3);
    if (const TimelineAlarm* alarm = baselineAlarmAt(*end))
      text += tr(", its %1").arg(AlarmLane::outcomeText(alarm->outcome));
  }
  if (alarms_)
    if (const QString alarm = alarms_->describe(*end); !alarm.isEmpty()) text += QLatin1Char('\n') + alarm;
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

// --- painting ------------------------------------------------------------------

void ProbabilityLane::paint(QPainter& painter, const LaneContext& lane, const TimelineColors& c) {
  const QRectF band = curveBand(lane.rect);
  curve_.layout(lane.scale, band.top(), band.height(), threshold_, line_, above_, low_, high_);
  painter.save();
  painter.setClipRect(lane.rect, Qt::IntersectClip);
  painter.setPen(Qt::NoPen);
  painter.setBrush(c.alarm);
  painter.drawRects(above_.data(), static_cast<int>(above_.size()));
  const auto current = windowEndForPlayhead(lane.playhead);
  if (current) paintWindowBand(painter, lane, *current, c.currentWindow, QColor());
  if (hoverEnd_ && hoverEnd_ != current) paintWindowBand(painter, lane, *hoverEnd_, c.hoverWindow, QColor());
  const double y = std::round(thresholdY(lane)) + 0.5;
  painter.setPen(QPen(dragging_ ? c.selection : c.threshold, dragging_ ? 1.5 : 0, Qt::DashLine));
  painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
  // A cosmetic pen of one device pixel takes the raster engine's line
  // drawer; a wider pen goes through the path stroker, which costs ~100 ms
  // for a 3,000-point decimated curve. Short chunks keep the stroker linear
  // where a thicker line is drawn (high-DPI screens).
  painter.setRenderHint(QPainter::Antialiasing, true);
  if (!baseline_.empty()) {
    // Beneath the model's curve; a threshold above 1 marks no spans.
    baseline_.layout(lane.scale, band.top(), band.height(), 2.0, baselineLine_, baselineSpans_, low_, high_);
    QPen dotted(c.dimText, 1.0, Qt::DotLine);
    dotted.setCosmetic(true);
    painter.setPen(dotted);
    painter.drawPolyline(baselineLine_.data(), static_cast<int>(baselineLine_.size()));
    paintBaselineAlarms(painter, lane, c);
  }
  QPen pen(c.curve, 1.0);
  pen.setCosmetic(true);
  painter.setPen(pen);
  painter.drawPolyline(line_.data(), static_cast<int>(line_.size()));
  painter.setRenderHint(QPainter::Antialiasing, false);
  // The points of the highlighted windows on top of everything.
  painter.setRenderHint(QPainter::Antialiasing, true);
  if (hoverEnd_ && hoverEnd_ != current) paintWindowBand(painter, lane, *hoverEnd_, QColor(), c.text);
  if (current) paintWindowBand(painter, lane, *current, QColor(), c.selection);
  painter.setRenderHint(QPainter::Antialiasing, false);
  paintThresholdLabel(painter, lane, c, y);
  if (autoScale_) paintAxisLabels(painter, lane, c);
  painter.restore();
}

// The motion baseline's alarms: a diamond on its curve at each window end
// where it fired, in the hue of the AlarmLane's flag for the same outcome,
// outlined so that it reads over the model's spans above the threshold.
void ProbabilityLane::paintBaselineAlarms(QPainter& painter, const LaneContext& lane, const TimelineColors& c) const {
  constexpr double kHalf = 3.5;
  const TimelineScale& s = lane.scale;
  const auto first =
      std::lower_bound(baselineAlarms_.begin(), baselineAlarms_.end(), s.position(lane.rect.left() - kHalf),
                       [](const TimelineAlarm& a, double frame) { return a.frame < frame; });
  QPen outline(c.text, 1.0);
  outline.setCosmetic(true);
  painter.setPen(outline);
  for (auto a = first; a != baselineAlarms_.end(); ++a) {
    const double x = s.x(static_cast<double>(a->frame));
    if (x > lane.rect.right() + kHalf) break;
    const std::size_t at = baseline_.firstAtOrAfter(a->frame);
    if (at == baseline_.size()) break;  // past the curve: not one of its windows
    const double y = yOf(baseline_.value(at), lane);
    painter.setBrush(AlarmLane::outcomeHue(a->outcome, c));
    const QPointF diamond[] = {{x, y - kHalf}, {x + kHalf, y}, {x, y + kHalf}, {x - kHalf, y}};
    painter.drawPolygon(diamond, 4);
  }
}

const TimelineAlarm* ProbabilityLane::baselineAlarmAt(qint64 windowEnd) const {
  const auto a = std::lower_bound(baselineAlarms_.begin(), baselineAlarms_.end(), windowEnd,
                                  [](const TimelineAlarm& alarm, qint64 frame) { return alarm.frame < frame; });
  return a != baselineAlarms_.end() && a->frame == windowEnd ? &*a : nullptr;
}

// An auto-scaled axis says where it runs: its top and bottom values at the
// lane's left edge.
void ProbabilityLane::paintAxisLabels(QPainter& painter, const LaneContext& lane, const TimelineColors& c) const {
  QFont small = lane.font;
  small.setPointSizeF(small.pointSizeF() * 0.75);
  painter.setFont(small);
  const QFontMetricsF metrics(small);
  QColor boxFill = c.lane;
  boxFill.setAlpha(200);
  const auto label = [&](double value, bool top) {
    const QString text = QString::number(value, 'f', 2);
    const double width = metrics.horizontalAdvance(text) + 4;
    const QRectF box(lane.rect.left() + 1, top ? lane.rect.top() + 1 : lane.rect.bottom() - metrics.height() - 1,
                     width, metrics.height());
    painter.fillRect(box, boxFill);
    painter.setPen(c.dimText);
    painter.drawText(box, Qt::AlignCenter, text);
  };
  label(high_, true);
  label(low_, false);
  painter.setFont(lane.font);
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
    const double y = yOf(curve_.value(curve_.firstAtOrAfter(windowEnd)), lane);
    painter.setPen(QPen(point, 1.5));
    painter.setBrush(lane.palette.color(QPalette::Base));
    painter.drawEllipse(QPointF(x1, y), 3.5, 3.5);
  }
}

// The spans at or above the threshold, over the events.
void ProbabilityLane::paintOverview(QPainter& painter, const TimelineScale& whole, double h, const TimelineColors& c) {
  if (curve_.empty()) return;
  curve_.layout(whole, 1, h - 6, threshold_, line_, above_, low_, high_);
  painter.setPen(Qt::NoPen);
  painter.setBrush(c.alarm);
  painter.drawRects(above_.data(), static_cast<int>(above_.size()));
}

}  // namespace prodrome::ui
