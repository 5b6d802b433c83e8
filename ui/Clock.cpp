#include "ui/Clock.h"

#include <QCoreApplication>
#include <QSettings>

#include <cmath>
#include <optional>

namespace prodrome::ui {

namespace {

const char* const kSetting = "view/clockFrames";

// Read from the settings on first use, then kept: the ruler formats dozens of
// times per paint and a settings lookup each time would show.
std::optional<ClockStyle>& cachedStyle() {
  static std::optional<ClockStyle> style;
  return style;
}

QString fields(bool negative, qint64 hours, qint64 minutes, qint64 seconds) {
  return QStringLiteral("%1%2:%3:%4")
      .arg(negative ? QStringLiteral("-") : QString())
      .arg(hours, 2, 10, QLatin1Char('0'))
      .arg(minutes, 2, 10, QLatin1Char('0'))
      .arg(seconds, 2, 10, QLatin1Char('0'));
}

// hh:mm:ss:ff. The second of a frame is floor(frame / fps); its frame within
// that second counts from the first frame whose time is in it, so that a
// 29.97 fps video numbers 0..29 or 0..28 and never skips or repeats a frame.
QString timecode(qint64 frame, double fps) {
  const bool negative = frame < 0;
  const qint64 f = std::abs(frame);
  // The small slack keeps frame 30 at 30 fps in second 1, not 0.999....
  const auto second = static_cast<qint64>(std::floor(static_cast<double>(f) / fps + 1e-9));
  const auto first = static_cast<qint64>(std::ceil(static_cast<double>(second) * fps - 1e-9));
  const int digits = fps > 100 ? 3 : 2;
  return fields(negative && f > 0, second / 3600, second / 60 % 60, second % 60) +
         QStringLiteral(":%1").arg(f - first, digits, 10, QLatin1Char('0'));
}

}  // namespace

ClockStyle clockStyle() {
  auto& style = cachedStyle();
  if (!style)
    style = QSettings().value(kSetting, false).toBool() ? ClockStyle::Frames : ClockStyle::Milliseconds;
  return *style;
}

void setClockStyle(ClockStyle style) {
  cachedStyle() = style;
  QSettings().setValue(kSetting, style == ClockStyle::Frames);
}

QString formatClock(double seconds) {
  const bool negative = seconds < 0;
  // Whole milliseconds first, then the fields: rounding each field on its own
  // could show 00:00:59.1000.
  const auto ms = static_cast<qint64>(std::llround(std::abs(seconds) * 1000.0));
  return fields(negative && ms > 0, ms / 3600000, ms / 60000 % 60, ms / 1000 % 60) +
         QStringLiteral(".%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString formatFrameClock(qint64 frame, double fps, ClockStyle style) {
  if (fps <= 0) return QString::number(frame);
  if (style == ClockStyle::Frames) return timecode(frame, fps);
  return formatClock(static_cast<double>(frame) / fps);
}

QString formatFrameClock(qint64 frame, double fps) { return formatFrameClock(frame, fps, clockStyle()); }

QString clockLegend() {
  if (clockStyle() == ClockStyle::Frames)
    return QCoreApplication::translate("prodrome::ui::Clock",
                                       "Time from the start of the video: hours:minutes:seconds:frame within the "
                                       "second (View ▸ Show Frames in the Clock)");
  return QCoreApplication::translate("prodrome::ui::Clock",
                                     "Time from the start of the video: hours:minutes:seconds.milliseconds");
}

}  // namespace prodrome::ui
