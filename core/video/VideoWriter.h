#pragma once
// Encodes RGB frames into a video file with libavcodec/libavformat: the
// synthetic data generator, test fixtures and clip export all write through
// it. The file appears under its name only once finish() succeeded
// (written beside it under a temporary name, fsynced, renamed), so a crash
// or a full disk never leaves a truncated video that looks complete.

extern "C" {
#include <libavutil/pixfmt.h>
#include <libavutil/rational.h>
}

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace prodrome::core {

struct VideoWriterOptions {
  std::string encoder = "libx264";  // an FFmpeg encoder name
  AVPixelFormat pixelFormat = AV_PIX_FMT_YUV420P;
  int width = 0;
  int height = 0;
  AVRational timeBase{1, 30};   // unit of the pts given to write*
  AVRational frameRate{30, 1};  // nominal rate written to the header
  int gopSize = 250;
  int maxBFrames = 3;
  int quality = -1;                                 // fixed quantiser (qscale) for non-x264 encoders
  int threads = 0;                                  // 0: FFmpeg's choice
  std::map<std::string, std::string> codecOptions;  // private options, e.g. crf, preset, x264-params
  std::string format;                               // container; empty: from the file extension
  std::map<std::string, std::string> metadata;      // container metadata (e.g. creation_time)
  std::map<std::string, std::string> muxerOptions;  // the container's, e.g. movflags=+faststart
};

class VideoWriter {
 public:
  VideoWriter(const std::filesystem::path& path, VideoWriterOptions options);
  ~VideoWriter();  // without finish(): the partial file is removed
  VideoWriter(const VideoWriter&) = delete;
  VideoWriter& operator=(const VideoWriter&) = delete;

  // Packed RGB24 of the configured size; pts strictly increasing, in
  // options.timeBase units.
  void writeRgb(const uint8_t* rgb24, int stride, int64_t pts);

  // Flushes the encoder, writes the trailer and publishes the file.
  void finish();

  int64_t framesWritten() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace prodrome::core
