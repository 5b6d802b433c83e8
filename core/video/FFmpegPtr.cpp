#include "core/video/FFmpegPtr.h"

#include <new>

namespace prodrome::core {

FramePtr allocFrame() {
  FramePtr f(av_frame_alloc());
  if (!f) throw std::bad_alloc();
  return f;
}

PacketPtr allocPacket() {
  PacketPtr p(av_packet_alloc());
  if (!p) throw std::bad_alloc();
  return p;
}

std::string averrorText(int code) {
  char buf[AV_ERROR_MAX_STRING_SIZE] = {};
  if (av_strerror(code, buf, sizeof buf) < 0) {
    return "FFmpeg error " + std::to_string(code);
  }
  return buf;
}

}  // namespace prodrome::core
