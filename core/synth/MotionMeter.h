#pragma once
// Motion energy per frame and the motion statistics of a clip: the classical
// features of the motion baseline (MotionBaseline.h), of the few-shot
// baseline arm and of the motion_stats head (core/pipeline/WindowMotion.h).
//
// Energy of frame t: the mean over 4×4-pixel blocks of the absolute luma
// difference between frames t and t−1 less 2.5 levels (block averaging and
// the floor remove most sensor noise). A clip is described by four
// statistics of its energies: log mean, log(peak / median), the fraction of
// frames above 1.8 × median + 0.3 ("spikes": twitches), and the coefficient
// of variation.

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace prodrome::core::synth {

class MotionMeter {
 public:
  // Energy of this frame against the previous one (0 for the first frame).
  double push(const std::uint8_t* rgb, int width, int height);

 private:
  std::vector<float> previous_, current_;
};

using MotionFeatures = std::array<double, 4>;
MotionFeatures motionFeatures(std::span<const double> energy);

}  // namespace prodrome::core::synth
