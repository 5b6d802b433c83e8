#include "ui/timeline/IntervalRects.h"

#include <QPainter>

namespace prodrome::ui {

void IntervalRects::clear() {
  for (int c = 0; c < 3; ++c) {
    merged[c].clear();
    wide[c].clear();
  }
}

void fillIntervals(QPainter& painter, const IntervalRects& rects, const QColor (&colour)[3]) {
  painter.setPen(Qt::NoPen);
  for (int c = 0; c < 3; ++c) {
    painter.setBrush(colour[c]);
    painter.drawRects(rects.merged[c].data(), static_cast<int>(rects.merged[c].size()));
    painter.drawRects(rects.wide[c].data(), static_cast<int>(rects.wide[c].size()));
  }
}

}  // namespace prodrome::ui
