#include "ui/report/PlotImage.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace prodrome::ui {

namespace {

// 1, 2 or 5 × 10^k: the tick step that gives about `target` ticks.
double niceStep(double span, int target) {
  if (!(span > 0)) return 1;
  const double raw = span / target;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (raw <= m * magnitude) return m * magnitude;
  return 10 * magnitude;
}

QString tickLabel(double v, double step) {
  const int decimals = step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step)));
  return QString::number(v, 'f', decimals);
}

}  // namespace

QImage renderPlot(const PlotSpec& spec) {
  QImage image(spec.size, QImage::Format_RGB32);
  image.fill(Qt::white);
  QPainter p(&image);
  p.setRenderHint(QPainter::Antialiasing);
  QFont font = p.font();
  font.setPixelSize(13);
  p.setFont(font);
  const QFontMetrics fm(font);

  double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
  for (const auto& s : spec.series)
    for (std::size_t i = 0; i < s.points.size(); ++i) {
      const auto& pt = s.points[i];
      const double e = i < s.errors.size() ? s.errors[i] : 0;
      x0 = std::min(x0, pt.x());
      x1 = std::max(x1, pt.x());
      y0 = std::min(y0, pt.y() - e);
      y1 = std::max(y1, pt.y() + e);
    }
  for (const auto& b : spec.bands)
    for (const auto& [a, z] : b.spans) {
      x0 = std::min(x0, a);
      x1 = std::max(x1, z);
    }
  if (!std::isfinite(x0)) x0 = 0, x1 = 1;
  if (!std::isfinite(y0)) y0 = 0, y1 = 1;
  if (std::isfinite(spec.xMin)) x0 = spec.xMin;
  if (std::isfinite(spec.xMax)) x1 = spec.xMax;
  if (std::isfinite(spec.yMin)) y0 = spec.yMin;
  if (std::isfinite(spec.yMax)) y1 = spec.yMax;
  if (x1 <= x0) x1 = x0 + 1;
  if (y1 <= y0) y1 = y0 + 1;

  const int left = 64, right = 20, top = 40, bottom = 52 + 20 * (spec.series.size() + spec.bands.size() > 0);
  const QRectF area(left, top, spec.size.width() - left - right, spec.size.height() - top - bottom);
  auto X = [&](double x) { return area.left() + (x - x0) / (x1 - x0) * area.width(); };
  auto Y = [&](double y) { return area.bottom() - (y - y0) / (y1 - y0) * area.height(); };

  p.setPen(Qt::black);
  p.drawText(QRectF(0, 6, spec.size.width(), 24), Qt::AlignHCenter | Qt::AlignVCenter, spec.title);

  for (const auto& b : spec.bands) {
    QColor c = b.color;
    c.setAlpha(60);
    for (const auto& [a, z] : b.spans)
      p.fillRect(QRectF(QPointF(X(std::max(a, x0)), area.top()), QPointF(X(std::min(z, x1)), area.bottom())), c);
  }

  // Grid and ticks.
  const double xs = std::isfinite(spec.xStep) && spec.xStep > 0 ? spec.xStep : niceStep(x1 - x0, 8),
               ys = niceStep(y1 - y0, 5);
  p.setPen(QPen(QColor(225, 225, 225), 1));
  for (double v = std::ceil(x0 / xs) * xs; v <= x1 + 1e-9; v += xs)
    p.drawLine(QPointF(X(v), area.top()), QPointF(X(v), area.bottom()));
  for (double v = std::ceil(y0 / ys) * ys; v <= y1 + 1e-9; v += ys)
    p.drawLine(QPointF(area.left(), Y(v)), QPointF(area.right(), Y(v)));
  p.setPen(Qt::black);
  p.drawRect(area);
  for (double v = std::ceil(x0 / xs) * xs; v <= x1 + 1e-9; v += xs)
    p.drawText(QRectF(X(v) - 40, area.bottom() + 4, 80, 16), Qt::AlignHCenter, tickLabel(v, xs));
  for (double v = std::ceil(y0 / ys) * ys; v <= y1 + 1e-9; v += ys)
    p.drawText(QRectF(0, Y(v) - 8, left - 6, 16), Qt::AlignRight | Qt::AlignVCenter, tickLabel(v, ys));
  p.drawText(QRectF(area.left(), area.bottom() + 20, area.width(), 16), Qt::AlignHCenter, spec.xLabel);
  p.save();
  p.translate(14, area.center().y());
  p.rotate(-90);
  p.drawText(QRectF(-area.height() / 2, -10, area.height(), 18), Qt::AlignHCenter, spec.yLabel);
  p.restore();

  p.setClipRect(area.adjusted(-4, -4, 4, 4));
  for (const auto& [name, y] : spec.horizontalLines) {
    p.setPen(QPen(QColor(90, 90, 90), 1, Qt::DashLine));
    p.drawLine(QPointF(area.left(), Y(y)), QPointF(area.right(), Y(y)));
    p.drawText(QPointF(area.right() - fm.horizontalAdvance(name) - 4, Y(y) - 4), name);
  }
  for (const auto& s : spec.series) {
    p.setPen(QPen(s.color, 2));
    QPainterPath path;
    for (std::size_t i = 0; i < s.points.size(); ++i) {
      const QPointF q(X(s.points[i].x()), Y(s.points[i].y()));
      if (i == 0)
        path.moveTo(q);
      else
        path.lineTo(q);
      if (i < s.errors.size() && s.errors[i] > 0) {
        p.drawLine(QPointF(q.x(), Y(s.points[i].y() - s.errors[i])), QPointF(q.x(), Y(s.points[i].y() + s.errors[i])));
      }
      if (s.markers) {
        p.setBrush(s.color);
        p.drawEllipse(q, 4, 4);
        p.setBrush(Qt::NoBrush);
      }
    }
    p.drawPath(path);
  }
  for (const auto& [name, x] : spec.verticalMarks) {
    p.setPen(QPen(QColor(200, 30, 30), 2));
    p.drawLine(QPointF(X(x), area.top()), QPointF(X(x), area.top() + 12));
  }
  p.setClipping(false);

  // Legend under the axis title.
  double lx = area.left();
  const double ly = spec.size.height() - 14;
  auto legend = [&](const QString& name, const QColor& c, bool band) {
    if (name.isEmpty()) return;
    if (band) {
      QColor f = c;
      f.setAlpha(90);
      p.fillRect(QRectF(lx, ly - 9, 18, 10), f);
    } else {
      p.setPen(QPen(c, 3));
      p.drawLine(QPointF(lx, ly - 4), QPointF(lx + 18, ly - 4));
    }
    p.setPen(Qt::black);
    p.drawText(QPointF(lx + 24, ly), name);
    lx += 24 + fm.horizontalAdvance(name) + 24;
  };
  for (const auto& s : spec.series) legend(s.name, s.color, false);
  for (const auto& b : spec.bands) legend(b.name, b.color, true);
  if (!spec.verticalMarks.empty()) legend(spec.verticalMarks.front().first, QColor(200, 30, 30), false);
  return image;
}

bool savePlot(const PlotSpec& spec, const QString& path, QString* error) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || !renderPlot(spec).save(&file, "PNG") || !file.commit()) {
    if (error) *error = QStringLiteral("cannot write plot '%1': %2").arg(path, file.errorString());
    return false;
  }
  return true;
}

}  // namespace prodrome::ui
