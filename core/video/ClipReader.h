#pragma once
// Model input from a recording: frames [begin, end) sampled at T evenly
// spaced indices, each the centre square scaled to S×S, packed into one
// contiguous uint8 buffer of shape T×S×S×3 (RGB), the layout ml/ expects.
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

  // Index i of `count` is begin + floor((2i + 1)(end − begin) / 2count): the
  // centres of `count` equal parts of the window. A window shorter than
  // `count` frames repeats frames rather than reading outside it.
  static std::vector<int64_t> sampleIndices(int64_t begin, int64_t end, int count);

  // Fills `out` (count·size·size·3 bytes). Throws std::invalid_argument for
  // a window outside the recording, VideoError when decoding fails.
  void read(int64_t begin, int64_t end, int count, int size, uint8_t* out);
  std::vector<uint8_t> read(int64_t begin, int64_t end, int count, int size);

 private:
  VideoSource& source_;
  FrameConverter converter_;
};

}  // namespace prodrome::core
