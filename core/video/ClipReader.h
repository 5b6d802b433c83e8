#pragma once
// Model input from a recording: T frames of the window [begin, end), sampled
// evenly over it or densely at a stride ending at its last frame, each the
// centre square scaled to S×S, packed into one contiguous uint8 buffer of
// shape T×S×S×3 (RGB), the layout ml/ expects.
//
// Decoding runs forward once over the window, skipping non-reference frames
// between samples. Not thread-safe: one reader (and source) per thread.

#include "core/video/FrameConverter.h"
#include "core/video/VideoSource.h"

#include <cstdint>
#include <vector>

namespace prodrome::core {

class ClipReader {
 public:
  explicit ClipReader(VideoSource& source) : source_(source) {}

  // stride 0: index i of `count` is begin + floor((2i + 1)(end − begin) / 2count),
  // the centres of `count` equal parts of the window. stride k > 0: index i
  // is end − 1 − (count − 1 − i)·k, so the clip ends at the window's last
  // frame (what a forecast must see: the moments just before the horizon)
  // and covers count·k frames of it. Either way a window too short repeats
  // frames (clamped to begin) rather than reading outside it.
  static std::vector<int64_t> sampleIndices(int64_t begin, int64_t end, int count, int stride = 0);

  // Fills `out` (count·size·size·3 bytes). Throws std::invalid_argument for
  // a window outside the recording, VideoError when decoding fails.
  void read(int64_t begin, int64_t end, int count, int size, uint8_t* out, int stride = 0);
  std::vector<uint8_t> read(int64_t begin, int64_t end, int count, int size, int stride = 0);
  // The same for frames chosen by the caller (in order, repeats allowed):
  // one frame of `out` per index. Throws std::invalid_argument for an index
  // outside the recording or out of order.
  void readFrames(const std::vector<int64_t>& indices, int size, uint8_t* out);

 private:
  VideoSource& source_;
  FrameConverter converter_;
};

}  // namespace prodrome::core
