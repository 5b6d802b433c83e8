#pragma once
// VideoMAE (continual) pre-training: tube-masked reconstruction with AdamW
// (betas 0.9/0.95, as the official recipe) or Adam (the paper's choice),
// per-step warm-up + cosine learning rate, weight decay on weight matrices
// only, optional gradient clipping.
//
// Progress is reported and the cancel flag checked once per step. A
// checkpoint holds the weights (our safetensors layout), the optimiser state,
// the step, the mask generator's and LibTorch's CPU RNG states and the
// config, each file written atomically; resuming from it continues with the
// same losses an uninterrupted run would have had (same data order, masks,
// drop-path draws and optimiser moments).
//
// Not thread-safe: one trainer is driven by one (worker) thread.

#include "ml/ClipBatcher.h"
#include "ml/Precision.h"
#include "ml/TrainingReports.h"
#include "ml/TubeMasking.h"
#include "ml/VideoMAE.h"
#include "ml/WarmupCosineSchedule.h"

#include <torch/optim/optimizer.h>
#include <torch/types.h>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

namespace prodrome::ml {

struct PreTrainingOptions {
  int64_t total_steps = 1000;
  int64_t warmup_steps = 40;
  double lr = 1.5e-4;  // official: 1.5e-4 × batch / 256
  double min_lr = 1e-6;
  double weight_decay = 0.05;
  double beta1 = 0.9;
  double beta2 = 0.95;
  bool adamw = true;       // false: Adam with L2 weight decay
  double clip_grad = 0.0;  // max gradient norm; 0 = off
  double mask_ratio = 0.9;
  uint64_t seed = 0;                        // masks and drop path
  int64_t checkpoint_every = 0;             // steps; 0 = only at the end (if a folder is given)
  std::filesystem::path checkpoint_dir;     // empty = no checkpoints
  Precision precision = kDefaultPrecision;  // of the matrix products (Precision.h)
};

struct PreTrainingResult {
  int64_t steps = 0;  // steps done in total (including resumed ones)
  bool cancelled = false;
  std::vector<double> losses;  // one per step run by this call
};

class PreTrainer {
 public:
  PreTrainer(VideoMAEForPreTraining model, PreTrainingOptions options);
  ~PreTrainer();

  // Runs until total_steps or cancellation, drawing batches from `batches`
  // (epochs follow on from the current step, so a resumed run sees the data
  // an uninterrupted one would).
  PreTrainingResult run(ClipBatcher& batches, const ProgressCallback& progress = {},
                        const std::atomic<bool>* cancel = nullptr);
  // One optimisation step on video [B, 3, T, S, S]; returns the loss.
  double step(const torch::Tensor& video);

  void saveCheckpoint(const std::filesystem::path& dir) const;
  // Restores a checkpoint written by saveCheckpoint for the same config.
  void loadCheckpoint(const std::filesystem::path& dir);

  int64_t currentStep() const { return step_; }
  double currentLr() const { return schedule_.at(step_); }
  VideoMAEForPreTraining model() const { return model_; }

 private:
  VideoMAEForPreTraining model_;
  PreTrainingOptions options_;
  WarmupCosineSchedule schedule_;
  TubeMaskingGenerator masks_;
  std::unique_ptr<torch::optim::Optimizer> optimizer_;
  int64_t step_ = 0;
};

}  // namespace prodrome::ml
