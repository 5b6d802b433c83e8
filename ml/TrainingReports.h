#pragma once
// What a trainer reports while it runs (PreTrainer, FineTuner): plain data,
// free of LibTorch, so the callers that only show progress (the pipeline's
// JobCallbacks, the GUI's job queue) need not compile LibTorch's headers.

#include "ml/Metrics.h"

#include <cstdint>
#include <functional>

namespace prodrome::ml {

struct TrainingProgress {
  int64_t step = 0;  // steps done
  int64_t total_steps = 0;
  double loss = 0;
  double lr = 0;
  double clips_per_second = 0;
  double eta_seconds = 0;
};

// Called once per optimisation step.
using ProgressCallback = std::function<void(const TrainingProgress&)>;

struct EpochReport {
  int64_t epoch = 0;
  double train_loss = 0;
  BinaryMetrics validation;  // NaN fields without a validation set
};

// Called after each epoch's validation (charts of validation metrics).
using EpochCallback = std::function<void(const EpochReport&)>;

}  // namespace prodrome::ml
