#include "ui/timeline/ClipWindowLane.h"

#include "ui/timeline/TimelineColors.h"

#include <QPainter>

#include <algorithm>
#include <tuple>

namespace prodrome::ui {

namespace {

int windowClassOf(const QString& label) {
  if (label == QLatin1String("normal")) return 1;
  if (label == QLatin1String("ictal")) return 2;
  return 0;
}

}  // namespace

QString ClipWindowLane::name() const { return tr("Clips"); }

void ClipWindowLane::setWindows(std::vector<TimelineWindow> windows) {
  std::sort(windows.begin(), windows.end(), [](const TimelineWindow& a, const TimelineWindow& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  });
  windows_ = std::move(windows);
  fillIntervalColumns(
      windows_,
      [](const TimelineWindow& w) { return std::tuple<qint64, qint64, int>{w.start, w.end, windowClassOf(w.label)}; },
      starts_, ends_, classes_, index_);
  Q_EMIT contentChanged();
}

void ClipWindowLane::paint(QPainter& painter, const LaneContext& lane, const TimelineColors& c) {
  if (windows_.empty()) return;
  const double top = lane.rect.top() + 3, bottom = lane.rect.bottom() - 3;
  const std::pair<double, double> band[3] = {{top, bottom}, {top, bottom}, {top, bottom}};
  const QColor colour[3] = {c.preictal, c.normal, c.ictal};
  rects_.clear();
  collectIntervals(index_, starts_, ends_, classes_, lane.scale, band, rects_, nullptr,
                   [](std::size_t) { return false; });
  painter.save();
  painter.setClipRect(lane.rect, Qt::IntersectClip);
  for (int k = 0; k < 3; ++k) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour[k]);
    painter.drawRects(rects_.merged[k].data(), static_cast<int>(rects_.merged[k].size()));
    QColor fill = colour[k];
    fill.setAlpha(120);
    painter.setBrush(fill);
    painter.setPen(QPen(colour[k].darker(130), 0));
    painter.drawRects(rects_.wide[k].data(), static_cast<int>(rects_.wide[k].size()));
  }
  painter.restore();
}

// A strip along the bottom of the overview, under the events.
void ClipWindowLane::paintOverview(QPainter& painter, const TimelineScale& whole, double h, const TimelineColors& c) {
  const std::pair<double, double> band[3] = {{h - 4, h}, {h - 4, h}, {h - 4, h}};
  const QColor colour[3] = {c.preictal, c.normal, c.ictal};
  rects_.clear();
  collectIntervals(index_, starts_, ends_, classes_, whole, band, rects_, nullptr, [](std::size_t) { return false; });
  fillIntervals(painter, rects_, colour);
}

}  // namespace prodrome::ui
