#include "ui/review/ReviewReport.h"

#include "core/review/ForecastReview.h"
#include "core/io/AtomicFile.h"
#include "ui/Clock.h"
#include "ui/NumberText.h"
#include "ui/report/PlotImage.h"
#include "ui/review/AlarmTableModel.h"
#include "ui/review/ReviewPanel.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace prodrome::ui {

namespace {

// lupdate files ReportText::tr() by the enclosing class: a free function's strings need
// a class of their own to reach the catalogue under this context.
struct ReportText {
  Q_DECLARE_TR_FUNCTIONS(prodrome::ui::ReviewReport)
};

std::filesystem::path fsPath(const QString& path) { return std::filesystem::path(path.toStdString()); }

// At most two points (min and max, in the order they occurred) per bucket,
// so that a night of windows draws as fast as a few thousand points and
// single-window spikes survive.
std::vector<QPointF> decimate(const std::vector<core::ForecastPoint>& points, double fps, double scale, int buckets) {
  std::vector<QPointF> out;
  if (points.empty()) return out;
  const double x0 = points.front().windowEndFrame, x1 = points.back().windowEndFrame;
  const double width = std::max(1.0, x1 - x0);
  if (points.size() <= static_cast<std::size_t>(2 * buckets)) {
    for (const auto& p : points) out.emplace_back(p.windowEndFrame / fps / scale, p.probability);
    return out;
  }
  std::size_t i = 0;
  while (i < points.size()) {
    const int bucket = static_cast<int>((points[i].windowEndFrame - x0) / width * (buckets - 1));
    std::size_t lo = i, hi = i, j = i;
    for (; j < points.size() && static_cast<int>((points[j].windowEndFrame - x0) / width * (buckets - 1)) == bucket;
         ++j) {
      if (points[j].probability < points[lo].probability) lo = j;
      if (points[j].probability > points[hi].probability) hi = j;
    }
    for (std::size_t k : {std::min(lo, hi), std::max(lo, hi)}) {
      out.emplace_back(points[k].windowEndFrame / fps / scale, points[k].probability);
      if (lo == hi) break;
    }
    i = j;
  }
  return out;
}

QByteArray pngBytes(const QImage& image) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "PNG");
  return bytes;
}

}  // namespace

QImage renderReviewPlot(const core::ForecastReview& review, QSize size) {
  PlotSpec spec;
  spec.size = size;
  const double fps = std::max(1e-9, review.fps());
  const double seconds = review.recording().frameCount / fps;
  const bool minutes = seconds > 600;
  const double unit = minutes ? 60.0 : 1.0;
  spec.title = ReportText::tr("Seizure probability per window");
  spec.xLabel = minutes ? ReportText::tr("time (min)") : ReportText::tr("time (s)");
  spec.yLabel = ReportText::tr("probability");
  spec.xMin = 0;
  spec.xMax = std::max(1e-9, seconds / unit);
  spec.yMin = 0;
  spec.yMax = 1;
  PlotSeries curve;
  curve.name = ReportText::tr("probability");
  curve.points = decimate(review.points(), fps, unit, size.width());
  curve.color = QColor(110, 60, 170);
  if (!review.motionBaselinePoints().empty()) {
    // Drawn first, beneath the model's curve.
    PlotSeries statistics;
    statistics.name = ReportText::tr("statistics alone (no encoder)");
    statistics.points = decimate(review.motionBaselinePoints(), fps, unit, size.width());
    statistics.color = QColor(150, 150, 150);
    spec.series.push_back(std::move(statistics));
  }
  spec.series.push_back(std::move(curve));
  PlotBand seizures{ReportText::tr("seizures"), {}, QColor(220, 40, 40)};
  for (const auto& e : review.seizures()) {
    const double end = e.offsetFrame ? static_cast<double>(*e.offsetFrame) : e.onsetFrame + fps;
    seizures.spans.emplace_back(e.onsetFrame / fps / unit, end / fps / unit);
  }
  spec.bands.push_back(std::move(seizures));
  spec.horizontalLines.emplace_back(ReportText::tr("threshold %1").arg(review.options().threshold, 0, 'f', 3),
                                    review.options().threshold);
  for (const auto& a : review.alarms()) spec.verticalMarks.emplace_back(ReportText::tr("alarms"), a.frame / fps / unit);
  return renderPlot(spec);
}

QString reviewReportHtml(const core::ForecastReview& review, const QString& recordingLabel, const QString& plotSource) {
  const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
  const core::ForecastRunInfo& run = review.run();
  const core::AlarmOptions& o = review.options();
  const core::EventMetrics& m = review.metrics();
  QString h;
  h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n")
           .arg(esc(ReportText::tr("Forecast review, run %1").arg(run.runId)));
  h += QStringLiteral(
      "<style>body{font-family:sans-serif;margin:24px}table{border-collapse:collapse}"
      "td,th{border:1px solid #bbb;padding:3px 8px;text-align:left}th{background:#eee}"
      ".num{text-align:right}</style></head><body>\n");
  h += QStringLiteral("<h1>%1</h1>\n")
           .arg(esc(ReportText::tr("Forecast review: run %1, %2").arg(run.runId).arg(recordingLabel)));
  h += QStringLiteral("<p>%1</p>\n")
           .arg(esc(ReportText::tr("Written %1 · recording %2 · %3 frames at %4 fps · %5 windows")
                        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                        .arg(review.recordingId())
                        .arg(review.recording().frameCount)
                        .arg(review.fps())
                        .arg(review.points().size())));
  h += QStringLiteral("<p><img src=\"%1\" width=\"900\" alt=\"%2\"></p>\n")
           .arg(esc(plotSource), esc(ReportText::tr("probability plot")));

  h += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(ReportText::tr("Event-level metrics")));
  const auto row = [&](const QString& name, const QString& value) {
    h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(name), esc(value));
  };
  row(ReportText::tr("Sensitivity"),
      withSensitivityInterval(formatSensitivity(m.forecastSeizures, static_cast<int>(m.seizures.size()), m.sensitivity),
                              m));
  row(ReportText::tr("False alarms per hour"), withPerHourInterval(formatPerHour(m.falseAlarmsPerHour), m));
  row(ReportText::tr("Mean warning time"), formatSeconds(m.meanWarningSeconds));
  row(ReportText::tr("Seizures missed"), formatMissed(m));
  row(ReportText::tr("Alarms"), ReportText::tr("%1 (%2 true, %3 false, %4 during seizures)")
                                    .arg(m.alarms.size())
                                    .arg(m.trueAlarms)
                                    .arg(m.falseAlarms)
                                    .arg(static_cast<int>(m.alarms.size()) - m.trueAlarms - m.falseAlarms));
  row(ReportText::tr("Inter-ictal hours"), numberText(m.interictalHours, 3));
  row(ReportText::tr("Reviewed"),
      ReportText::tr("%1 accepted, %2 rejected").arg(review.acceptedCount()).arg(review.rejectedCount()));
  // Beside the model: the same statistics without the encoder (issue 12).
  if (const QString baseline = motionBaselineText(run); !baseline.isEmpty()) {
    row(ReportText::tr("Statistics alone (no encoder)"), baseline);
    if (const QString here = motionBaselineRecordingText(review); !here.isEmpty())
      row(ReportText::tr("Statistics alone, this recording (grey in the plot)"), here);
  }
  h += QStringLiteral("</table>\n");

  h += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(ReportText::tr("Configuration")));
  row(ReportText::tr("Model"), run.modelLabel());
  row(ReportText::tr("Window (L)"),
      ReportText::tr("%1 s (%2 frames)").arg(run.windowSeconds).arg(review.windowFrames()));
  row(ReportText::tr("Stride"), ReportText::tr("%1 s").arg(run.strideSeconds));
  row(ReportText::tr("Device"), run.device);
  row(ReportText::tr("Started / ended"), ReportText::tr("%1 / %2").arg(run.started, run.ended));
  row(ReportText::tr("Threshold"), QString::number(o.threshold, 'f', 3));
  row(ReportText::tr("Consecutive windows"), QString::number(o.consecutive));
  row(ReportText::tr("Horizon (H)"), ReportText::tr("%1 s").arg(o.horizonSeconds));
  row(ReportText::tr("Refractory"),
      o.refractorySeconds < 0 ? ReportText::tr("= horizon") : ReportText::tr("%1 s").arg(o.refractorySeconds));
  row(ReportText::tr("Post-ictal exclusion"), ReportText::tr("%1 s").arg(o.postIctalSeconds));
  row(ReportText::tr("Run's own threshold"), QString::number(run.alarms.threshold, 'f', 3));
  h += QStringLiteral("</table>\n");

  h += QStringLiteral(
           "<h2>%1</h2>\n<table>\n<tr><th>#</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>\n")
           .arg(esc(ReportText::tr("Alarms")), esc(ReportText::tr("Time")), esc(ReportText::tr("Frame")),
                esc(ReportText::tr("Probability")), esc(ReportText::tr("Outcome")), esc(ReportText::tr("Decision")));
  for (std::size_t i = 0; i < m.alarms.size(); ++i) {
    const core::Alarm& a = m.alarms[i];
    h += QStringLiteral(
             "<tr><td class=\"num\">%1</td><td>%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td><td>%5</td>"
             "<td>%6</td></tr>\n")
             .arg(i + 1)
             .arg(esc(formatFrameClock(a.frame, review.fps())))
             .arg(a.frame)
             .arg(a.probability, 0, 'f', 3)
             .arg(esc(AlarmTableModel::outcomeText(static_cast<int>(a.outcome))),
                  esc(AlarmTableModel::decisionText(review, a.frame)));
  }
  h += QStringLiteral("</table>\n</body></html>\n");
  return h;
}

void writeReviewReportHtml(const core::ForecastReview& review, const QString& recordingLabel, const QString& path) {
  const QByteArray png = pngBytes(renderReviewPlot(review));
  const QString source = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
  const QByteArray html = reviewReportHtml(review, recordingLabel, source).toUtf8();
  core::writeFileAtomically(fsPath(path), std::string_view(html.constData(), static_cast<std::size_t>(html.size())));
}

void writeReviewReportPdf(const core::ForecastReview& review, const QString& recordingLabel, const QString& path) {
  QTextDocument document;
  const QUrl plot(QStringLiteral("prodrome-review-plot.png"));
  document.addResource(QTextDocument::ImageResource, plot, renderReviewPlot(review));
  document.setHtml(reviewReportHtml(review, recordingLabel, plot.toString()));
  // Written beside the target, then renamed over it: a reader never sees a
  // half-written PDF.
  const QString temporary = path + QStringLiteral(".part");
  {
    QPdfWriter writer(temporary);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(ReportText::tr("Forecast review, run %1").arg(review.run().runId));
    writer.setCreator(QStringLiteral("Prodrome"));
    document.setPageSize(QSizeF(writer.width(), writer.height()));
    document.print(&writer);
  }
  if (!QFileInfo(temporary).isFile() || QFileInfo(temporary).size() == 0) {
    QFile::remove(temporary);
    throw std::runtime_error("cannot write PDF report '" + path.toStdString() + "'");
  }
  core::replaceFileAtomically(fsPath(temporary), fsPath(path));
}

void writeReviewReport(const core::ForecastReview& review, const QString& recordingLabel, const QString& path) {
  if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
    writeReviewReportPdf(review, recordingLabel, path);
  else
    writeReviewReportHtml(review, recordingLabel, path);
}

}  // namespace prodrome::ui
