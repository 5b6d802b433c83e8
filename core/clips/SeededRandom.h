#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace prodrome::core {

// The only source of randomness of the clip builder, splits and episodes.
//
// std::mt19937_64 is specified to the bit, but std::uniform_int_distribution
// and std::shuffle are not (libstdc++ and libc++ draw differently), so the
// draws below are written out: a clip set rebuilt from its stored seed is the
// same set on every platform. Never seeded from std::random_device.
class SeededRandom {
 public:
  // `stream` separates independent draws under one seed (one per recording,
  // one per purpose), so that adding a recording to a project does not change
  // what is drawn for the others.
  explicit SeededRandom(std::uint64_t seed, std::uint64_t stream = 0);

  // Uniform in [0, bound); bound > 0. Rejection sampling, no modulo bias.
  std::uint64_t below(std::uint64_t bound);

  // k distinct indices of [0, n), uniformly, in increasing order (all of them
  // when k >= n).
  std::vector<std::size_t> sampleSorted(std::size_t n, std::size_t k);

  // Fisher-Yates.
  template <typename T>
  void shuffle(std::vector<T>& values) {
    for (std::size_t i = values.size(); i > 1; --i) {
      const std::size_t j = static_cast<std::size_t>(below(i));
      std::swap(values[i - 1], values[j]);
    }
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace prodrome::core
