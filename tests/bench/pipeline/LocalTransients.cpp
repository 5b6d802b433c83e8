#include "LocalTransients.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>

namespace prodrome::bench {

std::vector<float> blockLuma(const std::uint8_t* rgb, int size) {
  const int side = size / 4;
  std::vector<float> blocks(static_cast<std::size_t>(side) * side, 0.f);
  for (int y = 0; y < side * 4; ++y) {
    const std::uint8_t* row = rgb + static_cast<std::size_t>(y) * size * 3;
    float* out = blocks.data() + static_cast<std::size_t>(y / 4) * side;
    for (int x = 0; x < side * 4; ++x)
      out[x / 4] += (0.299f * row[x * 3] + 0.587f * row[x * 3 + 1] + 0.114f * row[x * 3 + 2]) * (1.f / 16.f);
  }
  return blocks;
}

std::vector<double> localTransients(const std::vector<std::vector<float>>& blocks, double fps) {
  if (!(fps > 0)) throw std::invalid_argument("local transients: the frame rate must be positive");
  const auto back = std::max<std::size_t>(2, static_cast<std::size_t>(std::llround(2 * fps / 15.0)));
  const std::size_t n = blocks.size();
  std::vector<double> out(n, 0.0);
  std::vector<float> transient;
  for (std::size_t k = 1; k + back < n; ++k) {
    const auto &now = blocks[k], &before = blocks[k - 1], &after = blocks[k + back];
    if (before.size() != now.size() || after.size() != now.size())
      throw std::invalid_argument("local transients: block pictures of different sizes");
    transient.resize(now.size());
    for (std::size_t b = 0; b < now.size(); ++b)
      transient[b] =
          std::max(0.f, std::min(std::abs(now[b] - before[b]), std::abs(now[b] - after[b])) - kTransientFloor);
    const auto top = std::min<std::size_t>(kTransientTopBlocks, transient.size());
    if (top == 0) continue;
    std::partial_sort(transient.begin(), transient.begin() + static_cast<std::ptrdiff_t>(top), transient.end(),
                      std::greater<float>());
    double sum = 0;
    for (std::size_t b = 0; b < top; ++b) sum += transient[b];
    out[k] = sum / static_cast<double>(top);
  }
  return out;
}

}  // namespace prodrome::bench
