#include "ui/Clock.h"

#include <QCoreApplication>

#include <cmath>

namespace prodrome::ui {

QString formatClock(double seconds) {
  const bool negative = seconds < 0;
  // Whole milliseconds first, then the fields: rounding each field on its own
  // could show 00:00:59.1000.
  const auto ms = static_cast<qint64>(std::llround(std::abs(seconds) * 1000.0));
  return QStringLiteral("%1%2:%3:%4.%5")
      .arg(negative && ms > 0 ? QStringLiteral("-") : QString())
      .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
      .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
      .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
      .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString formatFrameClock(qint64 frame, double fps) {
  if (fps <= 0) return QString::number(frame);
  return formatClock(static_cast<double>(frame) / fps);
}

QString clockLegend() {
  return QCoreApplication::translate("prodrome::ui::Clock",
                                     "Time from the start of the video: hours:minutes:seconds.milliseconds");
}

}  // namespace prodrome::ui
