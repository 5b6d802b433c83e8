#include "core/video/PngWriter.h"

#include "core/Error.h"
#include "core/io/AtomicFile.h"
#include "core/video/FFmpegPtr.h"

#include <cstring>

namespace prodrome::core {

std::string encodePng(const uint8_t* rgb24, int width, int height, int stride) {
  const AVCodec* codec = avcodec_find_encoder(AV_CODEC_ID_PNG);
  if (!codec) throw Error("this FFmpeg has no PNG encoder");
  CodecContextPtr enc(avcodec_alloc_context3(codec));
  if (!enc) throw std::bad_alloc();
  enc->width = width;
  enc->height = height;
  enc->pix_fmt = AV_PIX_FMT_RGB24;
  enc->time_base = {1, 1};
  if (int ret = avcodec_open2(enc.get(), codec, nullptr); ret < 0) {
    throw Error("cannot open the PNG encoder: " + averrorText(ret));
  }
  FramePtr frame = allocFrame();
  frame->width = width;
  frame->height = height;
  frame->format = AV_PIX_FMT_RGB24;
  if (int ret = av_frame_get_buffer(frame.get(), 0); ret < 0)
    throw Error("cannot allocate a frame: " + averrorText(ret));
  for (int y = 0; y < height; ++y) {
    std::memcpy(frame->data[0] + static_cast<ptrdiff_t>(y) * frame->linesize[0],
                rgb24 + static_cast<ptrdiff_t>(y) * stride, static_cast<size_t>(width) * 3);
  }
  PacketPtr pkt = allocPacket();
  std::string out;
  int ret = avcodec_send_frame(enc.get(), frame.get());
  if (ret >= 0) ret = avcodec_send_frame(enc.get(), nullptr);
  while (ret >= 0) {
    ret = avcodec_receive_packet(enc.get(), pkt.get());
    if (ret < 0) break;
    out.append(reinterpret_cast<const char*>(pkt->data), static_cast<size_t>(pkt->size));
    av_packet_unref(pkt.get());
  }
  if (ret != AVERROR_EOF) throw Error("PNG encoding failed: " + averrorText(ret));
  return out;
}

void writePng(const std::filesystem::path& path, const uint8_t* rgb24, int width, int height, int stride) {
  writeFileAtomically(path, encodePng(rgb24, width, height, stride));
}

}  // namespace prodrome::core
