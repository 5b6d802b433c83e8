#pragma once
// Times in imported files, turned into frame numbers of one recording.
//
// The rule (the same for every importer that reads text times):
//   "1234"          digits only: a frame number, taken as is
//   "12.5", "12.5s" a decimal point or an "s" suffix: seconds
//   "01:02:03.250"  hh:mm:ss(.fff), or mm:ss(.fff): seconds
// Seconds become the nearest frame at the recording's frame rate, a half
// rounding up (FrameRate::framesFor, exact in integers for NTSC rates), so
// 12.5 s at 30 fps is frame 375 and 0.05 s at 30 fps (1.5) is frame 2.

#include "core/clips/FrameRate.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace prodrome::core {

// nullopt with `error` set when the text is none of the forms above (or negative).
std::optional<std::int64_t> parseTimeToFrame(std::string_view text, const FrameRate& rate, std::string* error);

// No recording lasts longer (about 31 years): a time beyond it is a typing
// or unit error, refused before it becomes a frame number that wraps around.
inline constexpr double kMaxTimeSeconds = 1e9;

// Seconds or hh:mm:ss(.fff) as above, not frame numbers: a time in seconds,
// at most kMaxTimeSeconds.
std::optional<double> parseSeconds(std::string_view text, std::string* error);

// Seconds (finite, >= 0) to the nearest frame, as above.
std::int64_t secondsToFrame(double seconds, const FrameRate& rate);

std::string_view trimmed(std::string_view text);

}  // namespace prodrome::core
