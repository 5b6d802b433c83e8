#include "core/video/ClipReader.h"

#include <algorithm>

#include <cstring>
#include <stdexcept>
#include <string>

namespace prodrome::core {

std::vector<int64_t> ClipReader::sampleIndices(int64_t begin, int64_t end, int count, int stride) {
  if (count <= 0) throw std::invalid_argument("clip frame count must be positive");
  if (end <= begin)
    throw std::invalid_argument("clip window [" + std::to_string(begin) + ", " + std::to_string(end) + ") is empty");
  if (stride < 0) throw std::invalid_argument("clip sampling stride must be 0 (uniform) or positive");
  std::vector<int64_t> out(static_cast<size_t>(count));
  const int64_t span = end - begin;
  for (int i = 0; i < count; ++i) {
    out[static_cast<size_t>(i)] = stride == 0 ? begin + (2 * i + 1) * span / (2 * int64_t{count})
                                              : std::max(begin, end - 1 - int64_t{count - 1 - i} * stride);
  }
  return out;
}

void ClipReader::read(int64_t begin, int64_t end, int count, int size, uint8_t* out, int stride) {
  if (begin < 0 || end > source_.frameCount()) {
    throw std::invalid_argument("clip window [" + std::to_string(begin) + ", " + std::to_string(end) +
                                ") is outside the recording's " + std::to_string(source_.frameCount()) + " frames");
  }
  readFrames(sampleIndices(begin, end, count, stride), size, out);
}

void ClipReader::readFrames(const std::vector<int64_t>& indices, int size, uint8_t* out) {
  if (size <= 0) throw std::invalid_argument("clip size must be positive");
  for (size_t i = 0; i < indices.size(); ++i)
    if (indices[i] < 0 || indices[i] >= source_.frameCount() || (i > 0 && indices[i] < indices[i - 1]))
      throw std::invalid_argument("clip frame " + std::to_string(indices[i]) + " is outside the recording's " +
                                  std::to_string(source_.frameCount()) + " frames or out of order");
  const size_t frameBytes = static_cast<size_t>(size) * size * 3;
  for (size_t i = 0; i < indices.size(); ++i) {
    uint8_t* dst = out + i * frameBytes;
    if (i > 0 && indices[i] == indices[i - 1]) {
      std::memcpy(dst, dst - frameBytes, frameBytes);
      continue;
    }
    const Frame f = source_.frame(indices[i], VideoSource::Access::kJump);
    converter_.toSquareRgb24(f, size, dst);
  }
}

std::vector<uint8_t> ClipReader::read(int64_t begin, int64_t end, int count, int size, int stride) {
  std::vector<uint8_t> out(static_cast<size_t>(count) * size * size * 3);
  read(begin, end, count, size, out.data(), stride);
  return out;
}

}  // namespace prodrome::core
