#pragma once
// The review's exports: a report (HTML, or PDF through QTextDocument and
// QPdfWriter, no print support needed) with the probability plot, the
// metrics at the reviewer's options, the run's configuration and every alarm
// with its outcome and decision; and the run's probabilities as CSV. Every
// file appears under its name only when complete (core/io atomic writes).
// Errors throw std::exception naming the file.

#include <QImage>
#include <QSize>
#include <QString>

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

class ReviewModel;
struct ForecastRunInfo;

// The curve (decimated to the image width), threshold, alarms and seizures.
QImage renderReviewPlot(const ReviewModel& review, QSize size = {1100, 380});
// `plotSource` is what the <img> points at (a data: URL or a resource name).
QString reviewReportHtml(const ReviewModel& review, const QString& recordingLabel, const QString& plotSource);
// One self-contained HTML file (the plot inlined as a data: URL).
void writeReviewReportHtml(const ReviewModel& review, const QString& recordingLabel, const QString& path);
void writeReviewReportPdf(const ReviewModel& review, const QString& recordingLabel, const QString& path);
// By the file's suffix: .pdf writes PDF, anything else HTML.
void writeReviewReport(const ReviewModel& review, const QString& recordingLabel, const QString& path);

// recording,window_end_frame,window_end_seconds,probability for every
// recording of the run, in recording then window order.
void writeProbabilitiesCsv(database::Database& db, const ForecastRunInfo& run, const QString& path);

}  // namespace prodrome::ui
