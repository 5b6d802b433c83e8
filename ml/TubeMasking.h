#pragma once
// Tube masking (VideoMAE, Tong et al. 2022, §3.3): one random spatial mask is
// drawn per clip and repeated over every temporal slot, so a masked patch is
// hidden in all frames and cannot be copied from its temporal neighbour.
//
// Reproducible by construction: the generator owns a std::mt19937_64 seeded
// explicitly and shuffles with its own Fisher-Yates and bounded draws, so the
// same seed gives the same masks on every standard library and platform. The
// engine state can be saved and restored for exact resumption.
//
// Not thread-safe: one generator per producer thread.

#include "ml/VideoMAEConfig.h"

#include <torch/types.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace prodrome::ml {

class TubeMaskingGenerator {
 public:
  // temporal_slots = num_frames / tubelet_size, patches_per_frame = (img/patch)².
  // n_mask = int(mask_ratio · patches_per_frame) per slot (truncation, as in
  // the official code); the ratio must leave at least one token masked and
  // one visible.
  TubeMaskingGenerator(int64_t temporal_slots, int64_t patches_per_frame, double mask_ratio, uint64_t seed);
  TubeMaskingGenerator(const VideoMAEConfig& config, double mask_ratio, uint64_t seed);

  // One clip's mask: bool [N] (N = slots · patches_per_frame), true = masked,
  // index t · patches_per_frame + s.
  torch::Tensor next();
  // A batch of independent masks: bool [B, N].
  torch::Tensor nextBatch(int64_t batch_size);

  int64_t numTokens() const { return temporal_slots_ * patches_per_frame_; }
  int64_t numMaskedPerFrame() const { return n_mask_per_frame_; }
  int64_t numMasked() const { return temporal_slots_ * n_mask_per_frame_; }
  int64_t numVisible() const { return numTokens() - numMasked(); }
  double maskRatio() const { return mask_ratio_; }
  uint64_t seed() const { return seed_; }

  // The engine state as text (std::mt19937_64's stream format) and back.
  std::string state() const;
  void setState(const std::string& state);

 private:
  std::vector<uint8_t> spatialMask();  // [patches_per_frame], 1 = masked
  uint64_t below(uint64_t bound);      // uniform in [0, bound)

  int64_t temporal_slots_;
  int64_t patches_per_frame_;
  double mask_ratio_;
  int64_t n_mask_per_frame_;
  uint64_t seed_;
  std::mt19937_64 engine_;
};

}  // namespace prodrome::ml
