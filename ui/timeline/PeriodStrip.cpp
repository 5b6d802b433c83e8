#include "ui/timeline/PeriodStrip.h"

#include "ui/Clock.h"
#include "ui/timeline/TimelineColors.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace prodrome::ui {

namespace {

constexpr int kHeight = 30;
constexpr int kMarkHeight = 6;  // the seizure band under the blocks

// "4 min 12 s", "2 h 05 min", "0.4 s": a gap's length at a glance.
QString lengthText(double seconds) {
  seconds = std::abs(seconds);
  if (seconds < 60) return PeriodStrip::tr("%1 s").arg(seconds, 0, 'f', seconds < 10 ? 1 : 0);
  const auto s = static_cast<qint64>(std::llround(seconds));
  if (s < 3600) return PeriodStrip::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
  return PeriodStrip::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QChar('0'));
}

}  // namespace

PeriodStrip::PeriodStrip(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("periodStrip"));
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  setMouseTracking(true);
  setToolTip(tr("The whole monitoring period: files, gaps between them and seizures. Click to go there."));
}

void PeriodStrip::setNight(std::vector<PeriodStripFile> files, std::optional<QDateTime> wallStart) {
  files_ = std::move(files);
  wallStart_ = std::move(wallStart);
  current_.reset();
  update();
}

void PeriodStrip::setMarks(std::vector<PeriodStripMark> marks) {
  marks_ = std::move(marks);
  update();
}

void PeriodStrip::setPosition(std::optional<std::size_t> file, double seconds) {
  if (file == current_ && seconds == seconds_) return;
  current_ = file;
  seconds_ = seconds;
  update();
}

double PeriodStrip::spanStart() const { return files_.empty() ? 0 : files_.front().startSeconds; }

double PeriodStrip::spanEnd() const {
  double end = spanStart() + 1;
  for (const auto& f : files_) end = std::max(end, f.endSeconds);
  return end;
}

QRectF PeriodStrip::blocksRect() const {
  // Room for the clock at either end.
  const int label = fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 ")) + 6;
  return QRectF(label, 2, std::max(10, width() - 2 * label), height() - 4 - kMarkHeight);
}

double PeriodStrip::xForSeconds(double seconds) const {
  const QRectF r = blocksRect();
  return r.left() + (seconds - spanStart()) / (spanEnd() - spanStart()) * r.width();
}

double PeriodStrip::secondsAtX(double x) const {
  const QRectF r = blocksRect();
  const double t = (std::clamp(x, r.left(), r.right()) - r.left()) / r.width();
  return spanStart() + t * (spanEnd() - spanStart());
}

QString PeriodStrip::clockText(double seconds) const {
  if (wallStart_) return wallStart_->addMSecs(std::llround(seconds * 1000)).toLocalTime().toString("HH:mm:ss");
  return formatClock(seconds).section('.', 0, 0);
}

QString PeriodStrip::toolTipAt(QPointF pos) const {
  if (files_.empty()) return {};
  const double t = secondsAtX(pos.x());
  const auto when = [this](double s) {
    return wallStart_ ? wallStart_->addMSecs(std::llround(s * 1000)).toLocalTime().toString("yyyy-MM-dd HH:mm:ss")
                      : formatClock(s);
  };
  for (std::size_t i = 0; i < files_.size(); ++i) {
    const auto& f = files_[i];
    if (i > 0 && f.gapBeforeSeconds > 0 && t >= files_[i - 1].endSeconds && t < f.startSeconds)
      return tr("Gap of %1 between file %2 and file %3: no video (%4 – %5)")
          .arg(lengthText(f.gapBeforeSeconds))
          .arg(i)
          .arg(i + 1)
          .arg(when(files_[i - 1].endSeconds), when(f.startSeconds));
    if (t >= f.startSeconds && t < f.endSeconds) {
      QString text = tr("File %1 of %2: %3\n%4 – %5 (%6)")
                         .arg(i + 1)
                         .arg(files_.size())
                         .arg(f.name, when(f.startSeconds), when(f.endSeconds), lengthText(f.endSeconds - f.startSeconds));
      if (i > 0 && f.gapBeforeSeconds < 0)
        text += tr("\nOverlaps file %1 by %2; the earlier file is shown there").arg(i).arg(lengthText(f.gapBeforeSeconds));
      else if (i > 0 && f.contiguousWithPrevious)
        text += tr("\nFollows file %1 without a break").arg(i);
      if (!f.problem.isEmpty()) text += "\n" + f.problem;
      return text;
    }
  }
  return {};
}

QSize PeriodStrip::sizeHint() const { return {600, kHeight}; }
QSize PeriodStrip::minimumSizeHint() const { return {120, kHeight}; }

void PeriodStrip::paintEvent(QPaintEvent*) {
  QPainter p(this);
  const TimelineColors c = timelineColors(palette());
  p.fillRect(rect(), c.background);
  if (files_.empty()) return;
  const QRectF r = blocksRect();
  p.setPen(c.dimText);
  p.drawText(QRectF(0, 0, r.left() - 3, height()), Qt::AlignRight | Qt::AlignVCenter, clockText(spanStart()));
  p.drawText(QRectF(r.right() + 3, 0, width() - r.right() - 3, height()), Qt::AlignLeft | Qt::AlignVCenter,
             clockText(spanEnd()));
  // Gaps: hatched, with their length where it fits.
  for (std::size_t i = 1; i < files_.size(); ++i) {
    const auto& f = files_[i];
    if (f.gapBeforeSeconds <= 0 || f.contiguousWithPrevious) continue;
    const QRectF gap(QPointF(xForSeconds(files_[i - 1].endSeconds), r.top()), QPointF(xForSeconds(f.startSeconds), r.bottom()));
    p.fillRect(gap, QBrush(c.dimText, Qt::BDiagPattern));
    const QString label = tr("gap %1").arg(lengthText(f.gapBeforeSeconds));
    if (p.fontMetrics().horizontalAdvance(label) + 6 < gap.width()) {
      p.setPen(c.text);
      p.drawText(gap, Qt::AlignCenter, label);
    }
  }
  // Files: alternating shades, the open one highlighted, numbered where room.
  for (std::size_t i = 0; i < files_.size(); ++i) {
    const auto& f = files_[i];
    const QRectF block(QPointF(xForSeconds(f.startSeconds), r.top()), QPointF(xForSeconds(f.endSeconds), r.bottom()));
    QColor fill = i % 2 ? c.laneAlternate : c.lane;
    if (current_ == i) fill = palette().color(QPalette::Highlight).lighter(150);
    p.fillRect(block.adjusted(0, 0, -0.5, 0), fill);
    if (i > 0 && f.gapBeforeSeconds < 0) {  // overlap: an amber band over the shared time
      const QRectF shared(QPointF(xForSeconds(f.startSeconds), r.top()),
                          QPointF(xForSeconds(std::min(files_[i - 1].endSeconds, f.endSeconds)), r.top() + 4));
      p.fillRect(shared, QColor(230, 150, 0));
    }
    if (!f.problem.isEmpty())
      p.fillRect(block.adjusted(0, 0, -0.5, 0), QBrush(QColor(200, 30, 30), Qt::DiagCrossPattern));
    p.setPen(QPen(c.text, 1));
    p.drawLine(QPointF(block.left(), r.top()), QPointF(block.left(), r.bottom()));  // the boundary
    const QString number = QString::number(i + 1);
    if (p.fontMetrics().horizontalAdvance(number) + 4 < block.width()) {
      p.setPen(current_ == i ? palette().color(QPalette::HighlightedText).darker(300) : c.dimText);
      p.drawText(block, Qt::AlignCenter, number);
    }
  }
  // Seizures, under the blocks: at least two pixels wide so that a short
  // one on a week-long strip still shows.
  const QRectF band(r.left(), r.bottom() + 1, r.width(), kMarkHeight);
  for (const auto& m : marks_) {
    const double x0 = xForSeconds(m.startSeconds);
    const double x1 = std::max(x0 + 2, xForSeconds(m.endSeconds));
    p.fillRect(QRectF(QPointF(x0, band.top()), QPointF(x1, band.bottom())), c.seizure);
  }
  // The playhead.
  if (current_) {
    const double x = xForSeconds(seconds_);
    p.setPen(QPen(c.playhead, 2));
    p.drawLine(QPointF(x, 0), QPointF(x, height()));
  }
}

void PeriodStrip::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || files_.empty()) return QWidget::mousePressEvent(event);
  Q_EMIT secondsRequested(secondsAtX(event->position().x()));
}

void PeriodStrip::mouseMoveEvent(QMouseEvent* event) {
  if ((event->buttons() & Qt::LeftButton) && !files_.empty()) Q_EMIT secondsRequested(secondsAtX(event->position().x()));
  QWidget::mouseMoveEvent(event);
}

bool PeriodStrip::event(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    const QString text = toolTipAt(help->pos());
    if (text.isEmpty())
      QToolTip::showText(help->globalPos(), toolTip(), this);
    else
      QToolTip::showText(help->globalPos(), text, this);
    return true;
  }
  return QWidget::event(event);
}

}  // namespace prodrome::ui
