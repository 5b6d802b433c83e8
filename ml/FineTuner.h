#pragma once
// Forecasting fine-tuning: the classifier's single logit trained with binary
// cross-entropy (pre-ictal = 1), AdamW with layer-wise learning-rate decay
// (the official VideoMAE recipe: block i gets lr · decay^(depth + 1 − (i + 1))),
// warm-up + cosine over all steps, optional positive-class weighting
// (pos_weight = negatives / positives, for unbalanced clip sets), and early
// stopping on a validation split's ROC-AUC that restores the best weights.
//
// Not thread-safe: one trainer is driven by one (worker) thread.

#include "ml/ClipBatcher.h"
#include "ml/Metrics.h"
#include "ml/PreTrainer.h"
#include "ml/VideoMAE.h"

#include <torch/optim/optimizer.h>

#include <atomic>
#include <cstdint>
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
  double clip_grad = 0.0;       // max gradient norm; 0 = off
  bool balance_classes = true;  // weight positives by negatives / positives
  int64_t patience = 0;         // epochs without validation improvement before stopping; 0 = never
};

struct EpochReport {
  int64_t epoch = 0;
  double train_loss = 0;
  BinaryMetrics validation;  // NaN fields without a validation set
};

struct FineTuningResult {
  std::vector<EpochReport> epochs;
  int64_t best_epoch = -1;  // by validation ROC-AUC; -1 without validation
  bool cancelled = false;
  bool stopped_early = false;
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
  FineTuningResult run(ClipBatcher& train, ClipBatcher* validation = nullptr, const ProgressCallback& progress = {},
                       const std::atomic<bool>* cancel = nullptr);
  // Eval-mode probabilities for one epoch of `batches`.
  Predictions predict(ClipBatcher& batches);

  // The learning-rate multiplier of each parameter (layer-wise decay).
  double lrScale(const std::string& parameter_name) const;

 private:
  VideoMAEClassifier model_;
  FineTuningOptions options_;
  std::unique_ptr<torch::optim::Optimizer> optimizer_;
  std::vector<double> group_scales_;
};

}  // namespace prodrome::ml
