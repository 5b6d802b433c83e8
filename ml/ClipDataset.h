#pragma once
// The clips a trainer learns from, as uint8 frames. core/ implements this over
// its clip cache (decoded, resized clips); ml/ only sees tensors, so it needs
// neither FFmpeg nor the database.

#include <torch/types.h>

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace prodrome::ml {

enum class Species { Human, Rodent };

struct ClipSample {
  torch::Tensor frames;  // uint8 [T, S, S, 3] (RGB, channels last, as decoded)
  int label = 0;         // 1 = pre-ictal (or the positive class), 0 = normal
  int64_t subject = 0;   // for splits by subject
  Species species = Species::Human;
};

// get() is called from the batcher's prefetch thread, possibly while the
// owner's thread calls size(): implementations must be safe for concurrent
// const use.
class ClipDataset {
 public:
  virtual ~ClipDataset() = default;
  virtual int64_t size() const = 0;
  virtual ClipSample get(int64_t index) const = 0;
  // The label alone; override when it is cheaper than loading the clip.
  virtual int label(int64_t index) const { return get(index).label; }
};

// Clips held in memory: tests, small sets, and synthetic data.
class TensorClipDataset : public ClipDataset {
 public:
  explicit TensorClipDataset(std::vector<ClipSample> clips) : clips_(std::move(clips)) {
    for (const auto& c : clips_) {
      TORCH_CHECK(c.frames.dim() == 4 && c.frames.size(3) == 3 && c.frames.scalar_type() == torch::kUInt8,
                  "TensorClipDataset: clips must be uint8 [T, S, S, 3], got ", c.frames.sizes(), " ",
                  c.frames.scalar_type());
    }
  }
  int64_t size() const override { return static_cast<int64_t>(clips_.size()); }
  ClipSample get(int64_t index) const override {
    TORCH_CHECK(index >= 0 && index < size(), "TensorClipDataset: index ", index, " out of range [0, ", size(), ")");
    return clips_[static_cast<size_t>(index)];
  }
  int label(int64_t index) const override { return get(index).label; }

 private:
  std::vector<ClipSample> clips_;
};

}  // namespace prodrome::ml
