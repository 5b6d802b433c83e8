#pragma once
// A run of frames [begin, end) on a timeline: a recording's, or a monitoring
// period's across its files. The rater agreement compares events over such
// spans; the alarm metrics take the unrecorded gaps between a period's files
// as spans that count in no false-alarm hour.

#include <cstdint>

namespace prodrome::core {

struct FrameSpan {
  std::int64_t begin = 0;
  std::int64_t end = 0;
};

}  // namespace prodrome::core
