#pragma once
// The review's report (HTML, or PDF through QTextDocument and QPdfWriter, no
// print support needed) with the probability plot, the metrics at the
// reviewer's options, the run's configuration and every alarm with its
// outcome and decision; the GUI's review and `prodrome review export` write
// it. (The probabilities' CSV is core/forecast/ProbabilityCsv.) Every file
// appears under its name only when complete (core/io atomic writes). Errors
// throw std::exception naming the file. Needs a QGuiApplication (fonts).

#include <QImage>
#include <QSize>
#include <QString>

namespace prodrome::core {
class ForecastReview;
}

namespace prodrome::ui {

// The curve (decimated to the image width), threshold, alarms and seizures.
QImage renderReviewPlot(const core::ForecastReview& review, QSize size = {1100, 380});
// `plotSource` is what the <img> points at (a data: URL or a resource name).
QString reviewReportHtml(const core::ForecastReview& review, const QString& recordingLabel, const QString& plotSource);
// One self-contained HTML file (the plot inlined as a data: URL).
void writeReviewReportHtml(const core::ForecastReview& review, const QString& recordingLabel, const QString& path);
void writeReviewReportPdf(const core::ForecastReview& review, const QString& recordingLabel, const QString& path);
// By the file's suffix: .pdf writes PDF, anything else HTML.
void writeReviewReport(const core::ForecastReview& review, const QString& recordingLabel, const QString& path);

}  // namespace prodrome::ui
