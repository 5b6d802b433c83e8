#include "ml/TubeMasking.h"

#include <torch/torch.h>

#include <algorithm>
#include <cstdint>
#include <sstream>
#include <stdexcept>

namespace prodrome::ml {

TubeMaskingGenerator::TubeMaskingGenerator(int64_t temporal_slots, int64_t patches_per_frame, double mask_ratio,
                                           uint64_t seed)
    : temporal_slots_(temporal_slots),
      patches_per_frame_(patches_per_frame),
      mask_ratio_(mask_ratio),
      n_mask_per_frame_(0),
      seed_(seed),
      engine_(seed) {
  TORCH_CHECK(temporal_slots > 0 && patches_per_frame > 0, "tube masking: token grid must be non-empty, got ",
              temporal_slots, " slots x ", patches_per_frame, " patches");
  TORCH_CHECK(mask_ratio > 0.0 && mask_ratio < 1.0, "tube masking: mask ratio must be in (0, 1), got ", mask_ratio);
  // Same truncation as Python's int(ratio * n) in the official generator.
  n_mask_per_frame_ = static_cast<int64_t>(mask_ratio * static_cast<double>(patches_per_frame));
  TORCH_CHECK(n_mask_per_frame_ >= 1 && n_mask_per_frame_ < patches_per_frame, "tube masking: ratio ", mask_ratio,
              " masks ", n_mask_per_frame_, " of ", patches_per_frame,
              " patches per frame; at least one must be masked and one visible");
}

TubeMaskingGenerator::TubeMaskingGenerator(const VideoMAEConfig& config, double mask_ratio, uint64_t seed)
    : TubeMaskingGenerator(config.temporalSlots(), config.patchesPerFrame(), mask_ratio, seed) {}

uint64_t TubeMaskingGenerator::below(uint64_t bound) {
  // Rejection sampling: unbiased and defined by the engine alone (unlike
  // std::uniform_int_distribution, whose algorithm differs between libraries).
  const uint64_t limit = UINT64_MAX - (UINT64_MAX % bound + 1) % bound;
  uint64_t r = 0;
  do {
    r = engine_();
  } while (r > limit);
  return r % bound;
}

std::vector<uint8_t> TubeMaskingGenerator::spatialMask() {
  std::vector<uint8_t> mask(static_cast<size_t>(patches_per_frame_), 0);
  std::fill(mask.begin(), mask.begin() + n_mask_per_frame_, uint8_t{1});
  for (size_t i = mask.size() - 1; i > 0; --i) {
    std::swap(mask[i], mask[static_cast<size_t>(below(i + 1))]);
  }
  return mask;
}

torch::Tensor TubeMaskingGenerator::next() { return nextBatch(1).squeeze(0); }

torch::Tensor TubeMaskingGenerator::nextBatch(int64_t batch_size) {
  TORCH_CHECK(batch_size > 0, "tube masking: batch size must be positive, got ", batch_size);
  auto out = torch::empty({batch_size, numTokens()}, torch::kBool);
  auto* data = out.data_ptr<bool>();
  for (int64_t b = 0; b < batch_size; ++b) {
    const auto spatial = spatialMask();
    for (int64_t t = 0; t < temporal_slots_; ++t) {
      bool* row = data + b * numTokens() + t * patches_per_frame_;
      for (int64_t s = 0; s < patches_per_frame_; ++s) row[s] = spatial[static_cast<size_t>(s)] != 0;
    }
  }
  return out;
}

std::string TubeMaskingGenerator::state() const {
  std::ostringstream os;
  os << engine_;
  return os.str();
}

void TubeMaskingGenerator::setState(const std::string& state) {
  std::istringstream is(state);
  std::mt19937_64 engine;
  is >> engine;
  TORCH_CHECK(!is.fail(), "tube masking: cannot restore generator state (not a std::mt19937_64 state)");
  engine_ = engine;
}

}  // namespace prodrome::ml
