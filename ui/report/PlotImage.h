#pragma once
// Static line plots rendered to an image (reports: the demo, the
// experiment grid, review exports). Interactive charts use Qt Charts; these
// must render without a window, in a headless command.

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QSize>
#include <QString>

#include <limits>
#include <utility>
#include <vector>

namespace prodrome::ui {

struct PlotSeries {
  QString name;
  std::vector<QPointF> points;
  QColor color;
  bool markers = false;        // a dot per point (few points, e.g. per shot)
  std::vector<double> errors;  // optional ± bar per point
};

struct PlotBand {  // shaded x-intervals, e.g. seizures
  QString name;
  std::vector<std::pair<double, double>> spans;
  QColor color;
};

struct PlotSpec {
  QString title, xLabel, yLabel;
  double xMin = std::numeric_limits<double>::quiet_NaN();  // NaN: from the data
  double xMax = std::numeric_limits<double>::quiet_NaN();
  double xStep = std::numeric_limits<double>::quiet_NaN();  // tick step; NaN: a round number
  double yMin = std::numeric_limits<double>::quiet_NaN();
  double yMax = std::numeric_limits<double>::quiet_NaN();
  std::vector<PlotSeries> series;
  std::vector<PlotBand> bands;
  std::vector<std::pair<QString, double>> horizontalLines;  // e.g. the threshold
  std::vector<std::pair<QString, double>> verticalMarks;    // e.g. alarms (drawn as ticks at the top)
  QSize size{1100, 420};
};

QImage renderPlot(const PlotSpec& spec);
// Writes a PNG atomically (QSaveFile); returns false and sets `error` on failure.
bool savePlot(const PlotSpec& spec, const QString& path, QString* error = nullptr);

}  // namespace prodrome::ui
