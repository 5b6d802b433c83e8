#include "core/synth/Camera.h"

#include <algorithm>
#include <cmath>

namespace prodrome::core::synth {

namespace {
constexpr float kTwoPi = 6.2831853f;
}

Camera::Camera(int width, int height, int margin, bool infrared, const DifficultyModel& difficulty, SynthRandom random)
    : width_(width),
      height_(height),
      margin_(margin),
      infrared_(infrared),
      noiseSigma_(static_cast<float>(difficulty.noiseSigma() * (infrared ? 1.5 : 1.0))),
      shake_(static_cast<float>(difficulty.shakePixels())),
      brightness_(static_cast<float>(random.uniform(0.85, 1.1))),
      seed_(random.next()) {
  // White balance of the room light: warm tungsten to cool daylight.
  const float warm = static_cast<float>(random.uniform(-1, 1));
  tint_ = {1.f + 0.06f * warm, 1.f, 1.f - 0.08f * warm};
  drift_[0] = static_cast<float>(random.uniform(60, 240));  // slow lighting period
  drift_[1] = static_cast<float>(random.uniform(0, kTwoPi));
  drift_[2] = static_cast<float>(random.uniform(7, 25));  // faster flicker of the level
  drift_[3] = static_cast<float>(random.uniform(0, kTwoPi));
  drift_[4] = static_cast<float>(random.uniform(0, kTwoPi));  // shake phases
  drift_[5] = static_cast<float>(random.uniform(0, kTwoPi));
  const float strength = static_cast<float>(random.uniform(0.15, 0.4));
  vignette_.resize(static_cast<size_t>(width) * height);
  const float cx = width / 2.f, cy = height / 2.f, r2 = cx * cx + cy * cy;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const float dx = x + 0.5f - cx, dy = y + 0.5f - cy;
      vignette_[static_cast<size_t>(y) * width + x] = 1.f - strength * (dx * dx + dy * dy) / r2;
    }
  }
}

void Camera::develop(const Canvas& scene, std::int64_t frame, double fps, std::uint8_t* rgb) const {
  const float t = static_cast<float>(static_cast<double>(frame) / fps);
  // Shake: two slow sways and a faster tremor, all smooth, plus no jumps.
  const float sx = shake_ * (0.6f * std::sin(kTwoPi * t / 3.7f + drift_[4]) + 0.4f * std::sin(kTwoPi * t * 1.3f));
  const float sy = shake_ * (0.6f * std::sin(kTwoPi * t / 4.9f + drift_[5]) + 0.4f * std::sin(kTwoPi * t * 1.1f + 1.f));
  const float px = margin_ + sx, py = margin_ + sy;
  const int ix = static_cast<int>(std::floor(px)), iy = static_cast<int>(std::floor(py));
  const float fx = px - ix, fy = py - iy;
  const float w00 = (1 - fx) * (1 - fy), w10 = fx * (1 - fy), w01 = (1 - fx) * fy, w11 = fx * fy;
  const float level = brightness_ * (1.f + 0.07f * std::sin(kTwoPi * t / drift_[0] + drift_[1]) +
                                     0.025f * std::sin(kTwoPi * t / drift_[2] + drift_[3]));
  const float warmDrift = 0.03f * std::sin(kTwoPi * t / (drift_[0] * 1.7f) + drift_[3]);
  const Rgb gain{tint_.r * level * (1 + warmDrift), tint_.g * level, tint_.b * level * (1 - warmDrift)};
  // Per-frame noise generator (xorshift32), seeded from the subject and frame.
  std::uint32_t state = static_cast<std::uint32_t>(SynthRandom::mix(seed_ ^ static_cast<std::uint64_t>(frame))) | 1u;
  const auto uniform = [&state]() {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return static_cast<float>(state >> 8) * (1.f / 16777216.f);
  };
  // Triangular noise (sum of two uniforms) has variance 1/6 per unit.
  const float sigma = noiseSigma_ * 2.449f / 255.f;
  for (int y = 0; y < height_; ++y) {
    const float* r0 = scene.row(iy + y) + static_cast<size_t>(ix) * 3;
    const float* r1 = scene.row(iy + y + 1) + static_cast<size_t>(ix) * 3;
    std::uint8_t* out = rgb + static_cast<size_t>(y) * width_ * 3;
    const float* vig = vignette_.data() + static_cast<size_t>(y) * width_;
    for (int x = 0; x < width_; ++x) {
      const int o = x * 3;
      float c[3];
      for (int k = 0; k < 3; ++k) c[k] = w00 * r0[o + k] + w10 * r0[o + 3 + k] + w01 * r1[o + k] + w11 * r1[o + 3 + k];
      const float v = vig[x];
      float r = c[0] * gain.r * v, g = c[1] * gain.g * v, b = c[2] * gain.b * v;
      if (infrared_) r = g = b = 0.3f * r + 0.59f * g + 0.11f * b;
      // Luma noise shared by the channels plus weaker chroma noise; brighter
      // pixels carry more (shot noise).
      const float luma = (uniform() + uniform() - 1.f) * sigma * (0.6f + 0.6f * std::sqrt(std::max(g, 0.f)));
      const float chroma = infrared_ ? 0.f : sigma * 0.35f;
      r += luma + chroma * (uniform() - 0.5f);
      g += luma;
      b += luma + chroma * (uniform() - 0.5f);
      out[o] = static_cast<std::uint8_t>(std::clamp(r * 255.f + 0.5f, 0.f, 255.f));
      out[o + 1] = static_cast<std::uint8_t>(std::clamp(g * 255.f + 0.5f, 0.f, 255.f));
      out[o + 2] = static_cast<std::uint8_t>(std::clamp(b * 255.f + 0.5f, 0.f, 255.f));
    }
  }
}

}  // namespace prodrome::core::synth
