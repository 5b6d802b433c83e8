#include "core/synth/Noise.h"

#include "core/synth/SynthRandom.h"

#include <cmath>

namespace prodrome::core::synth {

namespace {

float lattice(std::uint64_t seed, std::int64_t x, std::int64_t y) {
  const std::uint64_t h =
      SynthRandom::mix(seed ^ SynthRandom::mix(static_cast<std::uint64_t>(x) * 0x9e3779b97f4a7c15ULL ^
                                               static_cast<std::uint64_t>(y) * 0xc2b2ae3d27d4eb4fULL));
  return static_cast<float>(h >> 40) * (1.f / 16777216.f);
}

float smooth(float t) { return t * t * (3.f - 2.f * t); }

}  // namespace

float valueNoise(std::uint64_t seed, float x, float y) {
  const float fx = std::floor(x), fy = std::floor(y);
  const auto ix = static_cast<std::int64_t>(fx), iy = static_cast<std::int64_t>(fy);
  const float tx = smooth(x - fx), ty = smooth(y - fy);
  const float a = lattice(seed, ix, iy), b = lattice(seed, ix + 1, iy);
  const float c = lattice(seed, ix, iy + 1), d = lattice(seed, ix + 1, iy + 1);
  return (a + (b - a) * tx) + ((c + (d - c) * tx) - (a + (b - a) * tx)) * ty;
}

Texture fractalNoise(int width, int height, std::uint64_t seed, float scale, int octaves) {
  Texture t(width, height);
  float norm = 0;
  for (int o = 0; o < octaves; ++o) norm += std::pow(0.5f, static_cast<float>(o));
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      float sum = 0, amp = 1, freq = 1.f / scale;
      for (int o = 0; o < octaves; ++o) {
        sum += amp * valueNoise(seed + static_cast<std::uint64_t>(o), x * freq, y * freq);
        amp *= 0.5f;
        freq *= 2.f;
      }
      t.at(x, y) = sum / norm;
    }
  }
  return t;
}

Texture textile(int width, int height, std::uint64_t seed, TextilePattern pattern, float period, float angle) {
  Texture t(width, height);
  const float c = std::cos(angle), s = std::sin(angle);
  const float pi2 = 6.2831853f;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const float u = (x * c + y * s) / period, v = (-x * s + y * c) / period;
      float f = 0;
      switch (pattern) {
        case TextilePattern::Plain:
          f = 0.15f * valueNoise(seed, x * 0.3f, y * 0.3f);
          break;
        case TextilePattern::Stripes:
          f = std::sin(pi2 * u) > 0.2f ? 1.f : 0.f;
          break;
        case TextilePattern::Checks: {
          const float a = std::sin(pi2 * u) > 0 ? 0.5f : 0.f, b = std::sin(pi2 * v) > 0 ? 0.5f : 0.f;
          f = a + b;
          break;
        }
        case TextilePattern::Dots: {
          const float du = u - std::floor(u) - 0.5f, dv = v - std::floor(v) - 0.5f;
          f = du * du + dv * dv < 0.07f ? 1.f : 0.f;
          break;
        }
        case TextilePattern::Waves:
          f = std::sin(pi2 * (u + 0.25f * std::sin(pi2 * v * 0.5f))) > 0.3f ? 1.f : 0.f;
          break;
      }
      // Weave grain and fading, so that no pattern is perfectly flat.
      const float grain = valueNoise(seed ^ 0x5bd1e995ULL, x * 0.9f, y * 0.9f);
      t.at(x, y) = std::clamp(f * (0.85f + 0.15f * grain) + 0.05f * (grain - 0.5f), 0.f, 1.f);
    }
  }
  return t;
}

}  // namespace prodrome::core::synth
