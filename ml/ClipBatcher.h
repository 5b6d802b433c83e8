#pragma once
// Turns a ClipDataset into model-ready batches on a background thread, so
// that decoding-cache reads, augmentation and normalisation overlap with the
// previous training step.
//
// Output: video float [B, 3, T, S, S], ImageNet-normalised (the official
// VideoMAE layout), labels float [B], and the dataset indices.
//
// Deterministic: the epoch order comes from (seed, epoch) and each clip's
// augmentation from (seed, epoch, index), so batches do not depend on thread
// timing and a resumed run sees the same data as an uninterrupted one.
//
// Class-balanced sampling (balanced_sampling) draws every clip of the larger
// class once per epoch and as many clips of the smaller class, cycling
// through reshuffled copies of it, alternating the classes so that every
// batch of even size holds as many positives (label 1) as negatives. An
// epoch is then 2 x (larger class) clips long.
//
// Thread-safety: one consumer thread calls startEpoch() and next(); the
// producer thread is private.

#include "ml/ClipDataset.h"

#include <torch/types.h>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace prodrome::ml {

struct BatchOptions {
  int64_t batch_size = 8;
  int64_t crop_size = 112;  // S of the model input
  bool shuffle = true;
  bool drop_last = true;          // a short last batch would change the step's statistics
  bool multi_scale_crop = false;  // VideoMAE's crop of 1, .875, .75 or .66 of the short side
  bool horizontal_flip = false;   // with probability 1/2
  int64_t prefetch = 2;           // batches prepared ahead
  uint64_t seed = 0;
  bool balanced_sampling = false;  // equal positives and negatives per epoch and batch (above); implies shuffling
};

struct ClipBatch {
  torch::Tensor video;           // float [B, 3, T, S, S]
  torch::Tensor labels;          // float [B]
  std::vector<int64_t> indices;  // dataset indices of the clips
};

// One clip to a normalised [3, T, S, S] tensor (exposed for tests and for
// inference paths that do not batch). Without augmentation: a centre crop of
// the short side, resized to S.
torch::Tensor prepareClip(const torch::Tensor& frames, const BatchOptions& options, uint64_t augmentation_seed);

class ClipBatcher {
 public:
  ClipBatcher(std::shared_ptr<const ClipDataset> dataset, BatchOptions options);
  ~ClipBatcher();
  ClipBatcher(const ClipBatcher&) = delete;
  ClipBatcher& operator=(const ClipBatcher&) = delete;

  // Starts producing the batches of `epoch` (abandoning any unfinished epoch).
  void startEpoch(int64_t epoch);
  // The next batch of the current epoch, waiting for it if needed; nullopt at
  // the end of the epoch. Rethrows an error raised while preparing a batch.
  std::optional<ClipBatch> next();
  int64_t batchesPerEpoch() const;
  // Clips drawn per epoch: the dataset size, or 2 x the larger class when balanced.
  int64_t clipsPerEpoch() const;
  const BatchOptions& options() const { return options_; }
  const ClipDataset& dataset() const { return *dataset_; }

 private:
  // The clip indices of one epoch, in drawing order (may repeat clips when balanced).
  std::vector<int64_t> epochOrder(int64_t epoch) const;

  void stopProducer();
  void produce(std::vector<int64_t> order, int64_t epoch);

  std::shared_ptr<const ClipDataset> dataset_;
  BatchOptions options_;
  std::vector<int64_t> positives_;  // with balanced_sampling: indices labelled 1
  std::vector<int64_t> negatives_;  // with balanced_sampling: all other indices
  std::thread producer_;

  // ---- guarded by mutex_ ----
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<ClipBatch> ready_;
  bool finished_ = true;  // the producer has queued its last batch
  bool stop_ = false;     // asks the producer to quit early
  std::exception_ptr error_;
};

}  // namespace prodrome::ml
