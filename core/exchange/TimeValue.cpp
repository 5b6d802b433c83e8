#include "core/exchange/TimeValue.h"

#include <charconv>
#include <cmath>
#include <vector>

namespace prodrome::core {

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

namespace {

// Unsigned decimal "123" or "123.456"; no sign, no exponent.
std::optional<double> parseDecimal(std::string_view t) {
  if (t.empty()) return std::nullopt;
  bool dot = false;
  bool digit = false;
  for (char c : t) {
    if (c == '.') {
      if (dot) return std::nullopt;
      dot = true;
    } else if (c >= '0' && c <= '9') {
      digit = true;
    } else {
      return std::nullopt;
    }
  }
  if (!digit) return std::nullopt;
  double value = 0;
  const auto r = std::from_chars(t.data(), t.data() + t.size(), value);
  if (r.ec != std::errc{} || r.ptr != t.data() + t.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

std::int64_t secondsToFrame(double seconds, const FrameRate& rate) { return rate.framesFor(seconds); }

std::optional<std::int64_t> parseTimeToFrame(std::string_view text, const FrameRate& rate, std::string* error) {
  const std::string_view t = trimmed(text);
  if (t.empty()) {
    if (error) *error = "empty time";
    return std::nullopt;
  }
  if (t.find_first_not_of("0123456789") == std::string_view::npos) {
    std::int64_t frame = 0;
    const auto r = std::from_chars(t.data(), t.data() + t.size(), frame);
    if (r.ec != std::errc{} || r.ptr != t.data() + t.size()) {
      if (error) *error = "frame number '" + std::string(t) + "' is too large";
      return std::nullopt;
    }
    return frame;
  }
  const auto seconds = parseSeconds(t, error);
  if (!seconds) return std::nullopt;
  return secondsToFrame(*seconds, rate);
}

std::optional<double> parseSeconds(std::string_view text, std::string* error) {
  const std::string_view t = trimmed(text);
  const auto fail = [&](const std::string& why) -> std::optional<double> {
    if (error) *error = why;
    return std::nullopt;
  };
  if (t.empty()) return fail("empty time");
  double seconds = 0;
  if (t.find(':') != std::string_view::npos) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
      const auto colon = t.find(':', start);
      parts.push_back(t.substr(start, colon == std::string_view::npos ? std::string_view::npos : colon - start));
      if (colon == std::string_view::npos) break;
      start = colon + 1;
    }
    if (parts.size() > 3) return fail("time '" + std::string(t) + "' is not hh:mm:ss.fff");
    for (std::size_t k = 0; k + 1 < parts.size(); ++k) {
      const auto v = parseDecimal(parts[k]);
      if (!v || parts[k].find('.') != std::string_view::npos)
        return fail("time '" + std::string(t) + "' is not hh:mm:ss.fff");
      // In hh:mm:ss the minutes stay below 60; a leading field may be any size.
      if (k > 0 && *v >= 60) return fail("time '" + std::string(t) + "' is not hh:mm:ss.fff");
      seconds = seconds * 60 + *v;
    }
    const auto s = parseDecimal(parts.back());
    if (!s || (parts.size() > 1 && *s >= 60)) return fail("time '" + std::string(t) + "' is not hh:mm:ss.fff");
    seconds = seconds * 60 + *s;
  } else {
    std::string_view number = t;
    if (number.back() == 's') number = trimmed(number.substr(0, number.size() - 1));
    const auto v = parseDecimal(number);
    if (!v) {
      return fail("time '" + std::string(t) + "' is not a frame number, seconds (12.5 or 12.5s) or hh:mm:ss.fff");
    }
    seconds = *v;
  }
  if (!(seconds <= kMaxTimeSeconds))
    return fail("time '" + std::string(t) + "' is beyond any recording (more than " +
                std::to_string(static_cast<long long>(kMaxTimeSeconds)) + " s)");
  return seconds;
}

}  // namespace prodrome::core
