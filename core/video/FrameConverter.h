#pragma once
// Pixel conversion of decoded frames with swscale: to packed RGB24 at native
// size (display, PNG export) and to the square model input (short side to S,
// centre crop). Honours the frame's colour range and matrix; a frame that
// does not say which matrix it uses is taken as BT.709 from 720 lines up and
// BT.601 below, as players do.
//
// Not thread-safe (it reuses its swscale context); use one per thread.
//
// A frame that cannot be converted throws core::VideoError naming the video
// it came from (the `source` given at construction) and the frame.

#include "core/video/Frame.h"

#include <cstdint>
#include <string>
#include <vector>

namespace prodrome::core {

class FrameConverter {
 public:
  // `source`: the video the frames come from, for error messages.
  explicit FrameConverter(std::string source = {}) : source_(std::move(source)) {}

  // Packed RGB24, rows of width*3 bytes, no padding.
  std::vector<uint8_t> toRgb24(const Frame& frame);
  void toRgb24(const Frame& frame, uint8_t* out, int outStride);

  // The centre square of the frame (side = its short side) scaled to
  // size×size, packed RGB24 into `out` (size*size*3 bytes). Same result as
  // "resize the short side to `size`, then centre-crop", without the
  // intermediate picture.
  void toSquareRgb24(const Frame& frame, int size, uint8_t* out);

 private:
  void convert(const Frame& frame, int cropX, int cropY, int cropW, int cropH, int dstW, int dstH, uint8_t* out,
               int outStride, int flags);
  [[noreturn]] void fail(const Frame& frame, const std::string& what) const;
  std::string source_;
  SwsPtr sws_;  // reused while the input geometry stays the same
};

}  // namespace prodrome::core
