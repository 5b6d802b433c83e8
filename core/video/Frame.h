#pragma once
// One decoded picture and its place in the recording. Cheap to copy (the
// pixels are reference counted) and safe to hand to another thread for
// reading.

#include "core/video/FFmpegPtr.h"

#include <cstdint>

namespace prodrome::core {

struct Frame {
  int64_t number = -1;  // frame index in presentation order
  int64_t pts = 0;      // in the stream's time base
  SharedFrame picture;  // decoder output, native size and pixel format

  bool valid() const { return picture != nullptr; }
  int width() const { return picture ? picture->width : 0; }
  int height() const { return picture ? picture->height : 0; }
  AVPixelFormat pixelFormat() const { return picture ? static_cast<AVPixelFormat>(picture->format) : AV_PIX_FMT_NONE; }
};

}  // namespace prodrome::core
