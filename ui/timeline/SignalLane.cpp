#include "ui/timeline/SignalLane.h"

#include "ui/Clock.h"
#include "ui/timeline/TimelineColors.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace prodrome::ui {

namespace {

constexpr std::size_t kFanOut = 16;
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

void widen(float& lo, float& hi, float a, float b) {
  if (std::isnan(a)) return;
  if (std::isnan(lo) || a < lo) lo = a;
  if (std::isnan(hi) || b > hi) hi = b;
}

}  // namespace

SignalLane::SignalLane(QObject* parent) : TimelineLane(parent) {}

QString SignalLane::name() const { return trace_.name; }

void SignalLane::setTrace(SignalTrace trace) {
  trace_ = std::move(trace);
  std::stable_sort(trace_.marks.begin(), trace_.marks.end(),
                   [](const SignalMark& a, const SignalMark& b) { return a.seconds < b.seconds; });
  longestMark_ = 0;
  for (const auto& m : trace_.marks) longestMark_ = std::max(longestMark_, m.duration);
  buildPyramid();
  Q_EMIT contentChanged();
}

void SignalLane::setOffset(double offsetSeconds) {
  trace_.offsetSeconds = offsetSeconds;
  Q_EMIT contentChanged();
}

void SignalLane::setSelected(bool selected) {
  if (selected == selected_) return;
  selected_ = selected;
  Q_EMIT repaintNeeded();
}

double SignalLane::timeOf(std::size_t i) const {
  return trace_.sampleRate > 0 ? trace_.startSeconds + static_cast<double>(i) / trace_.sampleRate : trace_.times[i];
}

std::size_t SignalLane::indexAt(double seconds) const {
  const std::size_t n = trace_.samples.size();
  if (trace_.sampleRate > 0) {
    const double i = std::ceil((seconds - trace_.startSeconds) * trace_.sampleRate - 1e-9);
    return static_cast<std::size_t>(std::clamp(i, 0.0, static_cast<double>(n)));
  }
  return static_cast<std::size_t>(std::lower_bound(trace_.times.begin(), trace_.times.end(), seconds) -
                                  trace_.times.begin());
}

void SignalLane::buildPyramid() {
  levels_.clear();
  lowest_ = highest_ = kNaN;
  const std::vector<float>& s = trace_.samples;
  for (float v : s) widen(lowest_, highest_, v, v);
  if (std::isnan(lowest_)) lowest_ = 0, highest_ = 1;
  if (highest_ - lowest_ < 1e-12f) highest_ = lowest_ + 1;
  // Level 1 from the samples, each further level from the one below.
  std::vector<float> lo(s.begin(), s.end()), hi(s.begin(), s.end());
  std::size_t block = 1;
  while (lo.size() > 1) {
    Level next;
    block *= kFanOut;
    next.block = block;
    const std::size_t count = (lo.size() + kFanOut - 1) / kFanOut;
    next.lo.assign(count, kNaN);
    next.hi.assign(count, kNaN);
    for (std::size_t i = 0; i < lo.size(); ++i) widen(next.lo[i / kFanOut], next.hi[i / kFanOut], lo[i], hi[i]);
    lo = next.lo;
    hi = next.hi;
    levels_.push_back(std::move(next));
  }
}

std::pair<float, float> SignalLane::range(std::size_t first, std::size_t last, std::size_t blockLimit) const {
  float lo = kNaN, hi = kNaN;
  last = std::min(last, trace_.samples.size());
  if (first >= last) return {lo, hi};
  const Level* level = nullptr;
  for (const Level& l : levels_)
    if (l.block <= blockLimit) level = &l;
  if (!level) {
    for (std::size_t i = first; i < last; ++i) widen(lo, hi, trace_.samples[i], trace_.samples[i]);
    return {lo, hi};
  }
  // Whole blocks covering [first, last): at most one block too much at
  // either end, below a pixel's worth by the choice of level.
  const std::size_t from = first / level->block, to = (last + level->block - 1) / level->block;
  for (std::size_t b = from; b < to; ++b) widen(lo, hi, level->lo[b], level->hi[b]);
  return {lo, hi};
}

void SignalLane::paint(QPainter& painter, const LaneContext& lane, const TimelineColors& c) {
  if (trace_.samples.empty() || !(lane.fps > 0)) return;
  const TimelineScale& s = lane.scale;
  const QRectF r = lane.rect.adjusted(0, 3, 0, -3);
  const double scaleY = r.height() / static_cast<double>(highest_ - lowest_);
  const auto yOf = [&](float v) { return r.bottom() - (static_cast<double>(v) - lowest_) * scaleY; };
  // Seconds on the signal's clock at a widget x: frames to seconds, less the offset.
  const auto secondsAt = [&](double x) { return s.position(x) / lane.fps - trace_.offsetSeconds; };
  const auto xOf = [&](double seconds) { return s.x((seconds + trace_.offsetSeconds) * lane.fps); };

  painter.save();
  painter.setClipRect(lane.rect, Qt::IntersectClip);
  if (selected_) painter.fillRect(lane.rect, c.currentWindow);
  QColor ink = c.other;
  const double left = std::max(s.left, lane.rect.left()), right = std::min(s.left + s.width, lane.rect.right());
  const std::size_t firstVisible = indexAt(secondsAt(left)), lastVisible = indexAt(secondsAt(right));
  const double perPixel = static_cast<double>(lastVisible - firstVisible) / std::max(1.0, right - left);
  if (perPixel <= 1.0) {
    // Few samples: a line through them, broken where one is missing. A
    // polyline per run (not a path: stroking a path of a thousand points
    // with antialiasing took 17 ms); smoothed only while the points are few
    // enough to afford it.
    const std::size_t from = firstVisible > 0 ? firstVisible - 1 : 0;
    const std::size_t to = std::min(trace_.samples.size(), lastVisible + 1);
    painter.setRenderHint(QPainter::Antialiasing, to - from <= 400);
    painter.setPen(QPen(ink, 1.2));
    std::vector<QPointF> run;
    run.reserve(to - from);
    const auto flush = [&] {
      if (run.size() > 1) painter.drawPolyline(run.data(), static_cast<int>(run.size()));
      if (run.size() == 1) painter.drawPoint(run.front());
      run.clear();
    };
    for (std::size_t i = from; i < to; ++i) {
      const float v = trace_.samples[i];
      if (std::isnan(v)) {
        flush();
        continue;
      }
      run.emplace_back(xOf(timeOf(i)), yOf(v));
    }
    flush();
  } else {
    // One vertical stroke per column from its min to its max.
    const auto blockLimit = static_cast<std::size_t>(std::max(1.0, perPixel / 2));
    painter.setPen(QPen(ink, 1));
    std::vector<QLineF> strokes;
    strokes.reserve(static_cast<std::size_t>(right - left) + 1);
    std::size_t first = firstVisible;
    for (double x = std::floor(left); x < right; x += 1.0) {
      const std::size_t last = indexAt(secondsAt(x + 1.0));
      const auto [lo, hi] = range(first, last, blockLimit);
      first = last;
      if (std::isnan(lo)) continue;
      strokes.emplace_back(x + 0.5, yOf(hi) - 0.5, x + 0.5, yOf(lo) + 0.5);
    }
    painter.drawLines(strokes.data(), static_cast<int>(strokes.size()));
  }
  painter.restore();
  paintMarks(painter, lane, c);
}

void SignalLane::paintMarks(QPainter& painter, const LaneContext& lane, const TimelineColors& c) const {
  if (trace_.marks.empty()) return;
  const TimelineScale& s = lane.scale;
  const auto xOf = [&](double seconds) { return s.x((seconds + trace_.offsetSeconds) * lane.fps); };
  const double left = std::max(s.left, lane.rect.left()), right = std::min(s.left + s.width, lane.rect.right());
  // The first mark that may show: marks are few beside samples, but a
  // night's button presses should not cost a pass over all of them.
  const double firstSeconds = s.position(left) / lane.fps - trace_.offsetSeconds;
  auto it = std::lower_bound(trace_.marks.begin(), trace_.marks.end(), firstSeconds - longestMark_,
                             [](const SignalMark& m, double t) { return m.seconds < t; });
  painter.save();
  painter.setClipRect(lane.rect, Qt::IntersectClip);
  const QColor ink = c.alarm;
  QColor span = ink;
  span.setAlpha(40);
  const QFontMetricsF fm(lane.font);
  double labelEnd = -1e9;  // labels do not overlap: a crowded one is left to the tool tip
  for (; it != trace_.marks.end(); ++it) {
    const double x = xOf(it->seconds);
    if (x > right) break;
    if (it->duration > 0)
      painter.fillRect(QRectF(QPointF(x, lane.rect.top()), QPointF(std::max(x + 1, xOf(it->seconds + it->duration)),
                                                                   lane.rect.bottom())),
                       span);
    painter.setPen(QPen(ink, 1, Qt::DashLine));
    painter.drawLine(QPointF(x, lane.rect.top()), QPointF(x, lane.rect.bottom()));
    const QPointF flag[3] = {{x, lane.rect.top()}, {x + 6, lane.rect.top() + 3.5}, {x, lane.rect.top() + 7}};
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    painter.drawPolygon(flag, 3);
    const double width = fm.horizontalAdvance(it->label);
    if (x + 8 > labelEnd && x + 8 + width < right + 200) {
      painter.setPen(c.text);
      painter.drawText(QPointF(x + 8, lane.rect.top() + fm.ascent()), it->label);
      labelEnd = x + 8 + width + 6;
    }
  }
  painter.restore();
}

const SignalMark* SignalLane::markAt(QPointF pos, const LaneContext& lane) const {
  if (!lane.rect.contains(pos) || trace_.marks.empty() || !(lane.fps > 0)) return nullptr;
  const SignalMark* best = nullptr;
  double bestDistance = kGrabPx + 0.5;
  const double seconds = lane.scale.position(pos.x()) / lane.fps - trace_.offsetSeconds;
  const double reach = (lane.scale.position(pos.x() + kGrabPx + 1) - lane.scale.position(pos.x())) / lane.fps;
  auto it = std::lower_bound(trace_.marks.begin(), trace_.marks.end(), seconds - reach,
                             [](const SignalMark& m, double t) { return m.seconds < t; });
  for (; it != trace_.marks.end() && it->seconds <= seconds + reach; ++it) {
    const double d = std::abs(lane.scale.x((it->seconds + trace_.offsetSeconds) * lane.fps) - pos.x());
    if (d < bestDistance) {
      bestDistance = d;
      best = &*it;
    }
  }
  return best;
}

qint64 SignalLane::frameOf(const SignalMark& mark, double fps) const {
  return static_cast<qint64>(std::floor((mark.seconds + trace_.offsetSeconds) * fps + 1e-6));
}

std::optional<Qt::CursorShape> SignalLane::cursorAt(QPointF pos, const LaneContext& lane) const {
  if (markAt(pos, lane)) return Qt::PointingHandCursor;
  return TimelineLane::cursorAt(pos, lane);
}

QString SignalLane::toolTipAt(QPointF pos, const LaneContext& lane) const {
  if (!lane.rect.contains(pos) || trace_.samples.empty() || !(lane.fps > 0)) return {};
  if (const SignalMark* m = markAt(pos, lane)) {
    QString text = tr("Marker \u201c%1\u201d of %2 at %3").arg(m->label, trace_.name, formatClock(m->seconds + trace_.offsetSeconds));
    if (m->duration > 0) text += tr(" for %1 s").arg(m->duration, 0, 'f', 3);
    return text + tr("\nClick to go there (frame %1)").arg(frameOf(*m, lane.fps));
  }
  const double seconds = lane.scale.position(pos.x()) / lane.fps - trace_.offsetSeconds;
  const std::size_t i = std::min(indexAt(seconds), trace_.samples.size() - 1);
  const float v = trace_.samples[i];
  return tr("%1: %2 at %3 (signal time %4 s, offset %5 s)\nClick to select it: Ctrl+Alt+Left/Right nudge it")
      .arg(trace_.name, std::isnan(v) ? tr("no sample") : QString::number(v, 'g', 6),
           formatClock(timeOf(i) + trace_.offsetSeconds))
      .arg(timeOf(i), 0, 'f', 3)
      .arg(trace_.offsetSeconds, 0, 'f', 3);
}

std::optional<qint64> SignalLane::press(QPointF pos, const LaneContext& lane) {
  if (!lane.rect.contains(pos)) return std::nullopt;
  Q_EMIT selectedByUser(trace_.id);
  if (const SignalMark* m = markAt(pos, lane)) return std::clamp<qint64>(frameOf(*m, lane.fps), 0, std::max<qint64>(0, lane.frameCount - 1));
  return std::nullopt;  // and the click seeks as anywhere on the timeline
}

}  // namespace prodrome::ui
