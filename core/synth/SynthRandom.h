#pragma once
// The generator's only source of randomness: SplitMix64, specified to the
// bit and free of the standard distributions (whose draws differ between
// libstdc++ and libc++), so one seed renders the same video everywhere.

#include <cmath>
#include <cstdint>

namespace prodrome::core::synth {

class SynthRandom {
 public:
  // `stream` separates independent draws under one seed (one per subject, one
  // per purpose): adding a subject or a behaviour does not shift the others.
  explicit SynthRandom(std::uint64_t seed, std::uint64_t stream = 0)
      : state_(mix(seed ^ mix(stream + 0x632be59bd9b4e019ULL))) {}

  std::uint64_t next() {
    state_ += 0x9e3779b97f4a7c15ULL;
    return mix(state_);
  }
  // Uniform in [0, 1), 53 bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  // Uniform in [0, n); n > 0 (the tiny modulo bias is irrelevant here).
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  bool chance(double p) { return uniform() < p; }
  // Standard normal (Box-Muller with std::log/sqrt/cos, which are correctly
  // rounded enough on every libm we target; used for appearance, not frames).
  double normal() {
    const double u = 1.0 - uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * uniform());
  }
  double exponential(double rate) { return -std::log(1.0 - uniform()) / rate; }
  // A child generator for a sub-task, independent of later draws from this one.
  SynthRandom fork(std::uint64_t stream) { return SynthRandom(next(), stream); }

  static std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

 private:
  std::uint64_t state_;
};

}  // namespace prodrome::core::synth
