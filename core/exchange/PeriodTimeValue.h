#pragma once
// Times of an imported row on a monitoring period's clock (issue 14): where
// a time given for a whole night lies, as a file and a frame of it.
//
// A time is an ISO 8601 wall-clock time ("2026-03-01T23:10:05.250Z"; the
// period must have a wall clock: a dated file), or seconds / hh:mm:ss(.fff)
// from the period's start. A bare frame number is refused: frames belong to
// one file. The time lies in the file that covers it, [start, end) for an
// onset and (start, end] for an offset, the earlier file where two overlap;
// a time in a gap between files is unobserved and refused, naming the gap.

#include "core/periods/PeriodLayout.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace prodrome::core {

struct PeriodPlace {
  std::size_t file = 0;  // index into PeriodLayout::files
  std::int64_t recordingId = 0;
  std::int64_t frame = 0;
};

enum class PeriodEdge { Onset, Offset };

// nullopt with `error` saying why.
std::optional<PeriodPlace> placeOnPeriod(std::string_view text, const PeriodLayout& layout, PeriodEdge edge,
                                         std::string* error);

// An ISO 8601 wall-clock time (with a date) as seconds on `layout`'s clock;
// nullopt when `text` is not one. Throws nothing; `error` set when it is one
// but the period has no wall clock.
std::optional<double> wallClockSeconds(std::string_view text, const PeriodLayout& layout, std::string* error);

}  // namespace prodrome::core
