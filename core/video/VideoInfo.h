#pragma once
// What a video file is, as `prodrome probe` reports it.

#include <cstdint>
#include <string>

namespace prodrome::core {

struct Rational {
  int num = 0;
  int den = 1;
  double value() const { return den != 0 ? static_cast<double>(num) / den : 0.0; }
};

struct VideoInfo {
  std::string path;
  std::string container;  // demuxer name, e.g. "mov,mp4,m4a,3gp,3g2,mj2"
  std::string codec;      // decoder name, e.g. "h264"
  std::string codecLongName;
  std::string pixelFormat;  // e.g. "yuv420p", "yuvj420p", "yuv444p"
  std::string colorRange;   // "tv", "pc" or "unknown"
  std::string colorSpace;   // e.g. "bt709", "unknown"
  int width = 0;
  int height = 0;
  int rotation = 0;    // clockwise degrees to apply for display: 0, 90, 180, 270
  Rational frameRate;  // nominal rate (container's, else estimated from timestamps)
  Rational timeBase;
  bool variableFrameRate = false;
  int64_t frameCount = 0;
  int64_t keyframeCount = 0;
  double durationSeconds = 0.0;
  bool hasAudio = false;
  int64_t creationTimeUs = 0;  // container creation_time as Unix microseconds, 0 when absent
};

}  // namespace prodrome::core
