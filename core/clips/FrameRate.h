#pragma once

#include <cstdint>

namespace prodrome::core {

// A frame rate as the ratio num/den (30000/1001 for NTSC video), so that
// seconds-to-frames conversions of long spans do not drift.
//
// Rounding rule, used for every length the clip builder takes in seconds
// (clip length, horizon, stride, post-ictal period, inter-ictal gap):
//   frames(s) = floor(us * num / (den * 10^6) + 1/2),  us = s rounded to whole microseconds
// i.e. the nearest whole frame, a half rounding up, computed exactly in
// integers (so a decimal half such as 0.06 s at 25 fps = 1.5 is 2 frames
// whatever its binary representation). At 30000/1001 fps a 10 s clip is
// round(299.7) = 300 frames and a 60 s gap round(1798.2) = 1798.
struct FrameRate {
  std::int64_t num = 30;
  std::int64_t den = 1;

  // The index stores fps as a double. Rates within 5 ppm of an NTSC rate
  // (n * 1000/1001, including the rounded "29.97" and "23.976") are taken as
  // that exact ratio, integral rates as n/1; anything else as micro-frames
  // per second. Throws core::Error for a rate that is not positive and finite.
  static FrameRate fromDouble(double fps);

  double value() const { return static_cast<double>(num) / static_cast<double>(den); }
  std::int64_t framesFor(double seconds) const;
  bool isValid() const { return num > 0 && den > 0; }
};

}  // namespace prodrome::core
