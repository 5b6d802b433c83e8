#pragma once
// Forecasting fine-tuning: the classifier's single logit trained with binary
// cross-entropy (pre-ictal = 1), AdamW with layer-wise learning-rate decay
// (the official VideoMAE recipe: block i gets lr · decay^(depth + 1 − (i + 1))),
// warm-up + cosine over all steps, class balance by positive-class weighting
// (pos_weight = negatives / positives) or by a class-balanced batcher
// (BatchOptions::balanced_sampling, which turns the weighting off), and early
// stopping on a validation split's ROC-AUC that restores the best weights.
//
// Checkpoints (checkpoint_every steps and at the end, when a folder is given)
// hold the weights, the optimiser state, the step, LibTorch's CPU RNG state,
// the finished epochs' reports, the early-stopping state with the best
// weights so far, and the config, each file written atomically. A FineTuner
// built with the same model config and options that loads one continues with
// the losses an uninterrupted run would have had.
//
// Not thread-safe: one trainer is driven by one (worker) thread.

#include "ml/ClipBatcher.h"
#include "ml/Metrics.h"
#include "ml/PreTrainer.h"
#include "ml/Precision.h"
#include "ml/TrainingReports.h"
#include "ml/VideoMAE.h"

#include <torch/optim/optimizer.h>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace prodrome::ml {

struct FineTuningOptions {
  int64_t epochs = 20;
  int64_t warmup_steps = 0;
  double lr = 5e-4;  // official: 5e-4 × batch / 256
  double min_lr = 1e-6;
  double weight_decay = 0.05;
  double layer_decay = 0.75;  // 1 = no decay
  double beta1 = 0.9;
  double beta2 = 0.999;
  double clip_grad = 0.0;                   // max gradient norm; 0 = off
  bool balance_classes = true;              // weight positives by negatives / positives
  int64_t patience = 0;                     // epochs without validation improvement before stopping; 0 = never
  Precision precision = kDefaultPrecision;  // of the matrix products, in training and predict (Precision.h)
  // Steps; 0 = only at the end (if a folder is given). A multiple of the
  // batches per epoch checkpoints at epoch ends, after the epoch's validation.
  int64_t checkpoint_every = 0;
  std::filesystem::path checkpoint_dir;  // empty = no checkpoints
};

struct FineTuningResult {
  std::vector<EpochReport> epochs;
  int64_t best_epoch = -1;  // by validation ROC-AUC; -1 without validation
  bool cancelled = false;
  bool stopped_early = false;
  std::vector<double> losses;  // one per step run by this call
};

struct Predictions {
  std::vector<double> probabilities;  // sigmoid of the logit
  std::vector<int> labels;
  std::vector<int64_t> indices;
};

class FineTuner {
 public:
  FineTuner(VideoMAEClassifier model, FineTuningOptions options);
  ~FineTuner();

  // `train` should shuffle and may augment; `validation` (optional) should not.
  // Continues from the current step (after loadCheckpoint); epochs already
  // finished are reported again in the result.
  FineTuningResult run(ClipBatcher& train, ClipBatcher* validation = nullptr, const ProgressCallback& progress = {},
                       const std::atomic<bool>* cancel = nullptr, const EpochCallback& on_epoch = {});
  // Eval-mode probabilities for one epoch of `batches`.
  Predictions predict(ClipBatcher& batches);

  // The learning-rate multiplier of each parameter (layer-wise decay).
  double lrScale(const std::string& parameter_name) const;

  void saveCheckpoint(const std::filesystem::path& dir) const;
  // Restores a checkpoint written by saveCheckpoint for the same config.
  void loadCheckpoint(const std::filesystem::path& dir);
  int64_t currentStep() const { return step_; }

 private:
  // Validation, early stopping and the epoch's report, after its last batch.
  void finishEpoch(ClipBatcher* validation, int64_t batches);

  VideoMAEClassifier model_;
  FineTuningOptions options_;
  std::unique_ptr<torch::optim::Optimizer> optimizer_;
  std::vector<double> group_scales_;

  // ---- progress of run(), saved in checkpoints ----
  int64_t step_ = 0;
  int64_t batches_per_epoch_ = 0;  // of the training batcher; 0 until known
  std::vector<EpochReport> reports_;
  double epoch_loss_sum_ = 0;  // of the unfinished epoch
  double best_score_ = -std::numeric_limits<double>::infinity();
  int64_t best_epoch_ = -1;
  int64_t since_best_ = 0;
  bool stopped_early_ = false;
  std::vector<torch::Tensor> best_weights_;  // parameters at best_epoch_, in parameters() order
};

}  // namespace prodrome::ml
