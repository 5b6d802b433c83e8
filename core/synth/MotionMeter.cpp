#include "core/synth/MotionMeter.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace prodrome::core::synth {

namespace {
constexpr float kNoiseFloor = 2.5f;  // 8-bit levels of a 4×4 block mean
}

double MotionMeter::push(const std::uint8_t* rgb, int width, int height) {
  const int bw = width / 4, bh = height / 4;
  current_.assign(static_cast<size_t>(bw) * bh, 0.f);
  for (int y = 0; y < bh * 4; ++y) {
    const std::uint8_t* row = rgb + static_cast<size_t>(y) * width * 3;
    float* out = current_.data() + static_cast<size_t>(y / 4) * bw;
    for (int x = 0; x < bw * 4; ++x) {
      out[x / 4] += (0.299f * row[x * 3] + 0.587f * row[x * 3 + 1] + 0.114f * row[x * 3 + 2]) * (1.f / 16.f);
    }
  }
  double energy = 0;
  if (previous_.size() == current_.size()) {
    // Block differences below kNoiseFloor are sensor noise, not motion.
    for (size_t i = 0; i < current_.size(); ++i)
      energy += std::max(0.f, std::abs(current_[i] - previous_[i]) - kNoiseFloor);
    energy /= static_cast<double>(current_.size());
  }
  previous_.swap(current_);
  return energy;
}

MotionFeatures motionFeatures(std::span<const double> energy) {
  std::vector<double> e(energy.begin(), energy.end());
  if (e.empty()) return {};
  const double mean = std::accumulate(e.begin(), e.end(), 0.0) / static_cast<double>(e.size());
  double var = 0;
  for (double v : e) var += (v - mean) * (v - mean);
  const double sd = std::sqrt(var / static_cast<double>(e.size()));
  std::vector<double> sorted = e;
  std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(sorted.size() / 2), sorted.end());
  const double median = sorted[sorted.size() / 2];
  const double peak = *std::max_element(e.begin(), e.end());
  const double spikes =
      static_cast<double>(std::count_if(e.begin(), e.end(), [&](double v) { return v > 1.8 * median + 0.3; })) /
      static_cast<double>(e.size());
  return {std::log(mean + 0.05), std::log((peak + 0.1) / (median + 0.1)), spikes, sd / (mean + 0.05)};
}

}  // namespace prodrome::core::synth
