#include "ui/timeline/EventLane.h"

#include "ui/Clock.h"
#include "ui/timeline/TimelineColors.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <tuple>

namespace prodrome::ui {

namespace {

constexpr double kLabelPx = 28;  // intervals wider than this carry their label

int eventClassOf(const QString& kind) {
  if (kind == QLatin1String("artifact")) return 1;
  if (kind == QLatin1String("other")) return 2;
  return 0;
}

QColor textOn(const QColor& fill) { return fill.lightness() > 150 ? QColor(20, 20, 20) : QColor(250, 250, 250); }

}  // namespace

QString EventLane::name() const {
  if (rater_.isEmpty()) return raterIndex_ == 0 ? tr("Events") : tr("Events · (no name)");
  return tr("Events · %1").arg(rater_);
}

void EventLane::setRater(const QString& name, int index) {
  if (name == rater_ && index == raterIndex_) return;
  rater_ = name;
  raterIndex_ = index;
  Q_EMIT heightChanged();  // the gutter may need another width for the name
}

void EventLane::setShown(bool shown) {
  if (shown == shown_) return;
  shown_ = shown;
  Q_EMIT heightChanged();
}

void EventLane::setEvents(std::vector<TimelineEvent> events) {
  std::sort(events.begin(), events.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
    return a.onset != b.onset ? a.onset < b.onset : a.id < b.id;
  });
  events_ = std::move(events);
  // An open seizure occupies its onset frame, as in the store.
  fillIntervalColumns(
      events_,
      [](const TimelineEvent& e) {
        return std::tuple<qint64, qint64, int>{e.onset, e.offset.value_or(e.onset + 1), eventClassOf(e.kind)};
      },
      starts_, ends_, classes_, index_);
  if (dragging_) {  // the dragged index is gone
    dragging_ = false;
    Q_EMIT dragCancelled();
  }
  setSelected(selectedId_);
  Q_EMIT contentChanged();
}

void EventLane::setSelected(std::optional<qint64> id) {
  selectedId_ = id;
  selectedIndex_.reset();
  if (id)
    for (std::size_t i = 0; i < events_.size(); ++i)
      if (events_[i].id == *id) selectedIndex_ = i;
  Q_EMIT repaintNeeded();
}

// --- hit testing -------------------------------------------------------------

std::optional<EventLane::EdgeHit> EventLane::edgeAt(QPointF pos, const LaneContext& lane) const {
  if (!lane.rect.adjusted(-kGrabPx, 0, kGrabPx, 0).contains(pos)) return std::nullopt;
  const TimelineScale& s = lane.scale;
  const double slack = kGrabPx / s.pixelsPerFrame();
  const auto from = static_cast<qint64>(std::floor(s.position(pos.x()) - slack)) - 1;
  const auto to = static_cast<qint64>(std::ceil(s.position(pos.x()) + slack)) + 1;
  const auto [first, last] = index_.candidates(from, to);
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
    if (ends_[i] <= from) continue;
    consider(i, true, s.x(static_cast<double>(events_[i].onset)));
    if (events_[i].offset) consider(i, false, s.x(static_cast<double>(*events_[i].offset)));
  }
  return best;
}

std::optional<std::size_t> EventLane::eventAt(QPointF pos, const LaneContext& lane) const {
  if (!lane.rect.contains(pos)) return std::nullopt;
  const TimelineScale& s = lane.scale;
  // At least a pixel wide: a one-frame event far zoomed out stays clickable.
  const double halfPixel = 0.5 / s.pixelsPerFrame();
  const double at = s.position(pos.x());
  const auto [first, last] = index_.candidates(static_cast<qint64>(std::floor(at - halfPixel)) - 1,
                                               static_cast<qint64>(std::ceil(at + halfPixel)) + 1);
  std::optional<std::size_t> found;
  for (std::size_t i = first; i < last; ++i) {
    if (at + halfPixel < starts_[i] || at - halfPixel >= ends_[i]) continue;
    // Seizures are what the annotator edits; prefer them over artifacts.
    if (!found || (classes_[i] == 0 && classes_[*found] != 0)) found = i;
  }
  return found;
}

std::optional<Qt::CursorShape> EventLane::cursorAt(QPointF pos, const LaneContext& lane) const {
  if (edgeAt(pos, lane)) return Qt::SizeHorCursor;
  return std::nullopt;
}

// --- the edge drag -----------------------------------------------------------

TimelineLane::Grab EventLane::grab(QPointF pos, const LaneContext& lane) {
  const auto edge = edgeAt(pos, lane);
  if (!edge) return Grab::None;
  dragging_ = true;
  dragIndex_ = edge->index;
  dragOnsetEdge_ = edge->onsetEdge;
  dragFrame_ = dragOnsetEdge_ ? events_[dragIndex_].onset : *events_[dragIndex_].offset;
  if (const qint64 id = events_[dragIndex_].id; selectedId_ != id) Q_EMIT eventSelected(id);
  return Grab::Along;
}

void EventLane::dragTo(QPointF pos, const LaneContext& lane) {
  if (!dragging_) return;
  const TimelineEvent& e = events_[dragIndex_];
  const qint64 boundary = lane.scale.boundaryAt(pos.x());
  dragFrame_ = dragOnsetEdge_ ? std::clamp<qint64>(boundary, 0, e.offset.value_or(lane.frameCount) - 1)
                              : std::clamp<qint64>(boundary, e.onset + 1, lane.frameCount);
  Q_EMIT repaintNeeded();
}

void EventLane::drop(bool apply) {
  if (!dragging_) return;
  dragging_ = false;
  // Copies: a receiver may hand us new events (replacing events_) before
  // the next receiver reads the arguments.
  const qint64 id = events_[dragIndex_].id;
  const qint64 old = dragOnsetEdge_ ? events_[dragIndex_].onset : *events_[dragIndex_].offset;
  const bool onsetEdge = dragOnsetEdge_;
  const qint64 frame = dragFrame_;
  Q_EMIT repaintNeeded();
  if (apply && frame != old) Q_EMIT eventEdgeMoved(id, onsetEdge, frame);
}

std::optional<qint64> EventLane::press(QPointF pos, const LaneContext& lane) {
  if (const auto hit = eventAt(pos, lane)) Q_EMIT eventSelected(events_[*hit].id);
  return std::nullopt;
}

// --- painting ------------------------------------------------------------------

void EventLane::paint(QPainter& painter, const LaneContext& lane, const TimelineColors& c) {
  const TimelineScale& s = lane.scale;
  const double top = lane.rect.top() + 3, bottom = lane.rect.bottom() - 3;
  // Artifacts and other events sit in the lower part so that one over a
  // seizure stays visible.
  const double lower = top + (bottom - top) * 0.45;
  const std::pair<double, double> band[3] = {{top, bottom}, {lower, bottom}, {lower, bottom}};
  const QColor colour[3] = {c.raterSeizure[raterIndex_ % std::size(c.raterSeizure)], c.artifact, c.other};
  rects_.clear();
  labelled_.clear();
  collectIntervals(index_, starts_, ends_, classes_, s, band, rects_, &labelled_,
                   [&](std::size_t i) { return dragging_ && i == dragIndex_; });

  painter.save();
  painter.setClipRect(lane.rect, Qt::IntersectClip);
  for (int k = 0; k < 3; ++k) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour[k]);
    painter.drawRects(rects_.merged[k].data(), static_cast<int>(rects_.merged[k].size()));
    painter.setPen(QPen(colour[k].darker(140), 0));
    QColor fill = colour[k];
    fill.setAlpha(k == 0 ? 215 : 190);
    painter.setBrush(fill);
    painter.drawRects(rects_.wide[k].data(), static_cast<int>(rects_.wide[k].size()));
  }

  // Labels and open-seizure flags of the wide ones (their count is bounded by
  // the lane width over kMergePx).
  QFont small = lane.font;
  small.setPointSizeF(small.pointSizeF() * 0.85);
  painter.setFont(small);
  const QFontMetricsF metrics(small);
  std::size_t wideCursor[3] = {0, 0, 0};
  for (std::size_t i : labelled_) {
    const int k = classes_[i];
    const QRectF r = rects_.wide[k][wideCursor[k]++];
    const TimelineEvent& e = events_[i];
    if (r.width() < kLabelPx) continue;
    const QString text = e.label.isEmpty() ? e.kind : e.label;
    painter.setPen(textOn(colour[k]));
    painter.drawText(r.adjusted(3, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(text, Qt::ElideRight, r.width() - 5));
  }
  painter.setFont(lane.font);
  // Open seizures: a flag on the onset line pointing right, "still running".
  painter.setRenderHint(QPainter::Antialiasing, true);
  const auto [first, last] = index_.candidates(static_cast<qint64>(s.start), static_cast<qint64>(s.start + s.span) + 1);
  painter.setBrush(c.seizure);
  painter.setPen(Qt::NoPen);
  for (std::size_t i = first; i < last; ++i) {
    if (events_[i].offset || classes_[i] != 0 || ends_[i] <= s.start) continue;
    const double x = s.x(static_cast<double>(events_[i].onset));
    painter.drawRect(QRectF(x, top, std::max(2.0, s.pixelsPerFrame()), bottom - top));
    const QPointF flag[3] = {{x, top}, {x + 9, top + 5}, {x, top + 10}};
    painter.drawPolygon(flag, 3);
  }

  // The selected event, and the one whose edge is being dragged, on top.
  // Only the dragged one is filled here (it was left out above); the
  // selected one keeps its fill and label and gets a frame.
  const auto outline = [&](std::size_t i, qint64 onset, qint64 end, bool fill) {
    const int k = classes_[i];
    QRectF r(QPointF(s.x(static_cast<double>(onset)), band[k].first),
             QPointF(s.x(static_cast<double>(end)), band[k].second));
    if (r.width() < 3) r.adjust(-1.5, 0, 1.5, 0);
    painter.setBrush(fill ? QBrush(colour[k]) : QBrush(Qt::NoBrush));
    painter.setPen(QPen(c.selection, 2));
    painter.drawRect(r.adjusted(-1, -2, 1, 2));
  };
  painter.setRenderHint(QPainter::Antialiasing, false);
  if (dragging_) {
    const TimelineEvent& e = events_[dragIndex_];
    const qint64 onset = dragOnsetEdge_ ? dragFrame_ : e.onset;
    const qint64 end = dragOnsetEdge_ ? ends_[dragIndex_] : dragFrame_;
    outline(dragIndex_, onset, end, true);
  } else if (selectedIndex_) {
    outline(*selectedIndex_, starts_[*selectedIndex_], ends_[*selectedIndex_], false);
  }
  painter.restore();

  if (dragging_) paintDragLabel(painter, lane, c);
}

// Where the dragged edge would land, readable while dragging: a dashed line
// up through the ruler and the frame in a box on the ruler.
void EventLane::paintDragLabel(QPainter& painter, const LaneContext& lane, const TimelineColors& c) const {
  const double x = lane.scale.x(static_cast<double>(dragFrame_));
  const QString text = tr("%1 · frame %2").arg(formatFrameClock(dragFrame_, lane.fps)).arg(dragFrame_);
  const QFontMetricsF fm(lane.font);
  QRectF box(x + 4, lane.ruler.top() + 1, fm.horizontalAdvance(text) + 8, fm.height() + 2);
  if (box.right() > lane.ruler.right()) box.moveRight(x - 4);
  painter.setPen(QPen(c.selection, 0, Qt::DashLine));
  painter.drawLine(QPointF(x, lane.ruler.top()), QPointF(x, lane.rect.bottom()));
  painter.fillRect(box, c.selection);
  painter.setPen(lane.palette.color(QPalette::HighlightedText));
  painter.drawText(box, Qt::AlignCenter, text);
}

// Above the clip windows' strip; artifacts and other events in its lower half.
void EventLane::paintOverview(QPainter& painter, const TimelineScale& whole, double h, const TimelineColors& c) {
  const std::pair<double, double> band[3] = {{1, h - 5}, {h * 0.5, h - 5}, {h * 0.5, h - 5}};
  const QColor colour[3] = {c.raterSeizure[raterIndex_ % std::size(c.raterSeizure)], c.artifact, c.other};
  rects_.clear();
  collectIntervals(index_, starts_, ends_, classes_, whole, band, rects_, nullptr, [](std::size_t) { return false; });
  fillIntervals(painter, rects_, colour);
}

}  // namespace prodrome::ui
