#pragma once
// Helpers for the video engine tests.

#include "core/video/FrameConverter.h"
#include "core/video/VideoSource.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

extern "C" {
#include <libavutil/imgutils.h>
#include <libavutil/pixdesc.h>
}

#include <cctype>
#include <filesystem>
#include <string>

namespace prodrome::test {

inline std::filesystem::path fixtureDir() { return PRODROME_FIXTURE_DIR; }

inline std::filesystem::path fixturePath(const FixtureSpec& spec) { return makeFixture(fixtureDir(), spec); }

// The frame number drawn into a decoded frame's pixels.
inline int numberIn(const core::Frame& f) {
  core::FrameConverter conv;
  const auto rgb = conv.toRgb24(f);
  return readFrameNumber(rgb.data(), f.width(), f.height(), f.width() * 3);
}

inline std::string testNameOf(const std::string& fileName) {
  std::string out;
  for (char c : fileName) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
}

// Hash of the visible bytes of every plane (padding excluded).
inline uint64_t planeHash(const AVFrame* f) {
  const AVPixFmtDescriptor* d = av_pix_fmt_desc_get(static_cast<AVPixelFormat>(f->format));
  uint64_t h = 1469598103934665603ull;
  const int planes = av_pix_fmt_count_planes(static_cast<AVPixelFormat>(f->format));
  for (int p = 0; p < planes; ++p) {
    const bool chroma = (p == 1 || p == 2) && !(d->flags & AV_PIX_FMT_FLAG_RGB);
    const int rows = chroma ? AV_CEIL_RSHIFT(f->height, d->log2_chroma_h) : f->height;
    const int bytes = av_image_get_linesize(static_cast<AVPixelFormat>(f->format), f->width, p);
    for (int y = 0; y < rows; ++y) {
      const uint8_t* row = f->data[p] + static_cast<ptrdiff_t>(y) * f->linesize[p];
      for (int x = 0; x < bytes; ++x) {
        h ^= row[x];
        h *= 1099511628211ull;
      }
    }
  }
  return h;
}

// Independent reference: FFmpeg's plain decode loop, no seeking at all.
// kDamaged marks a picture the decoder flagged (concealment, corrupt): its
// missing parts come from whatever buffer the pool handed out, so two
// correct decodes need not agree on them.
constexpr uint64_t kDamaged = 0;

inline std::vector<uint64_t> sequentialHashes(const std::filesystem::path& path) {
  AVFormatContext* raw = nullptr;
  if (avformat_open_input(&raw, path.c_str(), nullptr, nullptr) < 0) return {};
  core::FormatContextPtr fmt(raw);
  avformat_find_stream_info(fmt.get(), nullptr);
  const AVCodec* codec = nullptr;
  const int si = av_find_best_stream(fmt.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
  core::CodecContextPtr dec(avcodec_alloc_context3(codec));
  avcodec_parameters_to_context(dec.get(), fmt->streams[si]->codecpar);
  dec->thread_count = 0;
  avcodec_open2(dec.get(), codec, nullptr);
  auto pkt = core::allocPacket();
  auto frame = core::allocFrame();
  std::vector<uint64_t> hashes;
  auto drain = [&] {
    while (avcodec_receive_frame(dec.get(), frame.get()) >= 0) {
      const bool damaged = frame->decode_error_flags != 0 || (frame->flags & AV_FRAME_FLAG_CORRUPT);
      hashes.push_back(damaged ? kDamaged : planeHash(frame.get()));
      av_frame_unref(frame.get());
    }
  };
  while (av_read_frame(fmt.get(), pkt.get()) >= 0) {
    if (pkt->stream_index == si) {
      avcodec_send_packet(dec.get(), pkt.get());
      drain();
    }
    av_packet_unref(pkt.get());
  }
  avcodec_send_packet(dec.get(), nullptr);
  drain();
  return hashes;
}

}  // namespace prodrome::test
