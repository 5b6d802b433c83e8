#include "core/exchange/PeriodTimeValue.h"

#include "core/clips/FrameRate.h"
#include "core/exchange/TimeValue.h"

#include <cmath>
#include <cstdio>

namespace prodrome::core {

namespace {

std::string clock(double seconds) {
  char text[32];
  const auto ms = static_cast<long long>(std::llround(seconds * 1000.0));
  std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld.%03lld", ms / 3600000, ms / 60000 % 60, ms / 1000 % 60,
                ms % 1000);
  return text;
}

}  // namespace

std::optional<double> wallClockSeconds(std::string_view text, const PeriodLayout& layout, std::string* error) {
  const std::string t(trimmed(text));
  // A date first (yyyy-mm-dd): "12:30:00" is a time from the start, not a wall clock.
  if (t.size() < 11 || t[4] != '-' || t[7] != '-') return std::nullopt;
  const auto when = parseWallClock(t);
  if (!when) return std::nullopt;
  if (!layout.wallStart) {
    if (error) *error = "'" + t + "' is a wall-clock time, but no file of the period has a wall-clock start (period set-start)";
    return std::nullopt;
  }
  return static_cast<double>(layout.wallStart->msecsTo(*when)) / 1000.0;
}

std::optional<PeriodPlace> placeOnPeriod(std::string_view text, const PeriodLayout& layout, PeriodEdge edge,
                                         std::string* error) {
  const auto fail = [&](const std::string& why) -> std::optional<PeriodPlace> {
    if (error) *error = why;
    return std::nullopt;
  };
  const std::string_view t = trimmed(text);
  if (!t.empty() && t.find_first_not_of("0123456789") == std::string_view::npos)
    return fail("'" + std::string(t) + "' is a frame number (digits only), and frames belong to one file: give a "
                "period's times as seconds from its start (" + std::string(t) + "s), hh:mm:ss or a wall-clock time");
  std::string why;
  std::optional<double> seconds = wallClockSeconds(t, layout, &why);
  if (!seconds && !why.empty()) return fail(why);
  if (!seconds) seconds = parseSeconds(t, &why);
  if (!seconds) return fail(why);
  if (layout.files.empty()) return fail("the period has no files");
  const double s = *seconds;
  for (std::size_t k = 0; k < layout.files.size(); ++k) {
    const PlacedFile& f = layout.files[k];
    const bool inside = edge == PeriodEdge::Onset ? (s >= f.startSeconds && s < f.endSeconds)
                                                  : (s > f.startSeconds && s <= f.endSeconds);
    if (!inside) continue;
    const FrameRate rate = FrameRate::fromDouble(f.fps);
    const std::int64_t frame = std::min(secondsToFrame(s - f.startSeconds, rate), f.frameCount);
    return PeriodPlace{k, f.recordingId, frame};
  }
  if (s < layout.files.front().startSeconds || s > layout.files.back().endSeconds)
    return fail("time " + clock(s) + " lies outside the period (" + clock(layout.files.front().startSeconds) + " to " +
                clock(layout.files.back().endSeconds) + ")");
  for (std::size_t k = 1; k < layout.files.size(); ++k) {
    if (s >= layout.files[k - 1].endSeconds && s <= layout.files[k].startSeconds)
      return fail("time " + clock(s) + " falls in the gap between recording #" +
                  std::to_string(layout.files[k - 1].recordingId) + " and #" +
                  std::to_string(layout.files[k].recordingId) + " (" + clock(layout.files[k - 1].endSeconds) + " to " +
                  clock(layout.files[k].startSeconds) + "): nothing was recorded");
  }
  return fail("time " + clock(s) + " lies in no file of the period");
}

}  // namespace prodrome::core
