#pragma once
// One owner and one free for every FFmpeg object: unique_ptr aliases whose
// deleters call the matching *_free/close function (which all accept null).

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

#include <memory>
#include <string>

namespace prodrome::core {

struct FormatContextDeleter {
  void operator()(AVFormatContext* p) const { avformat_close_input(&p); }
};
struct CodecContextDeleter {
  void operator()(AVCodecContext* p) const { avcodec_free_context(&p); }
};
struct FrameDeleter {
  void operator()(AVFrame* p) const { av_frame_free(&p); }
};
struct PacketDeleter {
  void operator()(AVPacket* p) const { av_packet_free(&p); }
};
struct SwsDeleter {
  void operator()(SwsContext* p) const { sws_freeContext(p); }
};

using FormatContextPtr = std::unique_ptr<AVFormatContext, FormatContextDeleter>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using SwsPtr = std::unique_ptr<SwsContext, SwsDeleter>;

// Decoded pictures are shared between the GOP cache and callers; the last
// holder frees the AVFrame (and drops its reference to the decoder's buffer).
using SharedFrame = std::shared_ptr<const AVFrame>;

FramePtr allocFrame();    // throws std::bad_alloc
PacketPtr allocPacket();  // throws std::bad_alloc

// The text of an AVERROR code ("Invalid data found when processing input").
std::string averrorText(int code);

}  // namespace prodrome::core
