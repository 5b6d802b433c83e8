#pragma once
// The motion-statistics forecaster kept beside a probe head that reads the
// encoder's tokens and the window's frame-difference statistics
// (FineTuneMetrics::MotionBaseline, issue 12): the same kind of head on the
// statistics alone. It is scored from what the model's head read of each
// window (scoreVideo's head inputs), so it costs no decoding and no encoder
// pass: the deep forecaster and the simple detector are judged on the same
// windows of the same recordings.

#include "core/runs/FineTuneMetrics.h"
#include "ml/LinearProbe.h"

#include <torch/torch.h>

#include <cstdint>
#include <vector>

namespace prodrome::core {

// How the baseline is fitted: a logistic regression with the head's penalty
// and iteration budget, one block (the statistics are all it reads).
ml::ProbeOptions motionBaselineOptions(const ml::ProbeOptions& head);

// The fitted probe as the baseline stores it: affine weights on the head
// input's columns from `firstColumn` on.
FineTuneMetrics::MotionBaseline motionBaselineOf(const ml::LinearProbe& probe, std::int64_t firstColumn);

// Per window (row of `headInputs`, [windows, columns]), in double. Throws
// core::Error when the inputs do not have the columns the baseline was
// fitted on.
std::vector<double> motionBaselineProbabilities(const FineTuneMetrics::MotionBaseline& baseline,
                                                const torch::Tensor& headInputs);

}  // namespace prodrome::core
