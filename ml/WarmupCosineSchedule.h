#pragma once
// Learning rate per optimisation step: linear warm-up, then a half cosine
// down to min_lr at total_steps (VideoMAE's per-iteration schedule). The
// first warm-up step already uses base_lr / warmup_steps rather than zero, so
// no step is wasted.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <stdexcept>

namespace prodrome::ml {

class WarmupCosineSchedule {
 public:
  WarmupCosineSchedule(double base_lr, double min_lr, int64_t warmup_steps, int64_t total_steps)
      : base_lr_(base_lr), min_lr_(min_lr), warmup_steps_(warmup_steps), total_steps_(total_steps) {
    if (!(base_lr > 0) || min_lr < 0 || min_lr > base_lr || warmup_steps < 0 || total_steps <= 0 ||
        warmup_steps > total_steps) {
      throw std::invalid_argument(
          "learning-rate schedule: need 0 <= min_lr <= base_lr, base_lr > 0 and "
          "0 <= warmup_steps <= total_steps, total_steps > 0");
    }
  }

  // `step` counts from 0; steps past the end stay at min_lr.
  double at(int64_t step) const {
    if (step < warmup_steps_) return base_lr_ * static_cast<double>(step + 1) / static_cast<double>(warmup_steps_);
    const int64_t decay_steps = total_steps_ - warmup_steps_;
    if (decay_steps <= 0) return base_lr_;
    const double progress = std::min(1.0, static_cast<double>(step - warmup_steps_) / static_cast<double>(decay_steps));
    return min_lr_ + 0.5 * (base_lr_ - min_lr_) * (1.0 + std::cos(std::numbers::pi * progress));
  }

  int64_t totalSteps() const { return total_steps_; }

 private:
  double base_lr_;
  double min_lr_;
  int64_t warmup_steps_;
  int64_t total_steps_;
};

}  // namespace prodrome::ml
