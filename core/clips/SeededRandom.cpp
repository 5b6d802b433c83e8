#include "core/clips/SeededRandom.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace prodrome::core {

namespace {

// SplitMix64's finaliser: spreads a (seed, stream) pair over the whole state
// so that neighbouring recording ids do not give correlated engines.
std::uint64_t mix(std::uint64_t value) {
  value += 0x9E3779B97F4A7C15ull;
  value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ull;
  value = (value ^ (value >> 27)) * 0x94D049BB133111EBull;
  return value ^ (value >> 31);
}

}  // namespace

SeededRandom::SeededRandom(std::uint64_t seed, std::uint64_t stream) : engine_(mix(mix(seed) ^ mix(~stream))) {}

std::uint64_t SeededRandom::below(std::uint64_t bound) {
  const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
  const std::uint64_t limit = max - (max % bound + 1) % bound;  // largest multiple of bound, minus 1
  std::uint64_t draw;
  do {
    draw = engine_();
  } while (draw > limit);
  return draw % bound;
}

std::vector<std::size_t> SeededRandom::sampleSorted(std::size_t n, std::size_t k) {
  std::vector<std::size_t> indices(n);
  std::iota(indices.begin(), indices.end(), std::size_t{0});
  if (k >= n) return indices;
  // Partial Fisher-Yates: the first k slots end up a uniform k-subset.
  for (std::size_t i = 0; i < k; ++i) {
    const std::size_t j = i + static_cast<std::size_t>(below(n - i));
    std::swap(indices[i], indices[j]);
  }
  indices.resize(k);
  std::sort(indices.begin(), indices.end());
  return indices;
}

}  // namespace prodrome::core
