#pragma once
// Fixed-length descriptions of cached clips, for few-shot probes and the
// classical baseline (issue 12): what a head sees when the encoder stays
// frozen, computed once per clip instead of once per episode.
//
// - encoderFeatures: the classifier's pooled tokens after fc_norm (what its
//   linear head reads), in eval mode, so that a probe fitted on them can be
//   stored as that head (ml::LinearProbe::affine).
// - motionFeatures: the motion-energy yardstick of core/synth/MotionBaseline
//   over every frame of the clip's window (frame-difference statistics: log
//   mean energy, log peak/median, spike fraction, coefficient of variation;
//   core/pipeline/WindowMotion.h), computed when the cache is built, so that
//   the deep model can be compared with a simple detector on the same clips.

#include "core/pipeline/ClipCache.h"
#include "core/pipeline/JobCallbacks.h"
#include "ml/VideoMAE.h"

#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace prodrome::core {

// [indices.size(), pooledDim] float32 on the CPU. Progress stage `stage`.
torch::Tensor encoderFeatures(ml::VideoMAEClassifier& model, const ClipCache& cache,
                              const std::vector<std::int64_t>& indices, const torch::Device& device,
                              const JobCallbacks& callbacks = {}, const std::string& stage = "features",
                              int batchSize = 16);

// [indices.size(), (1 + lags) × scales × ml::kMotionStatistics] float32,
// windowMotion's layout (core/pipeline/WindowMotion.h): the clip's window at
// each scale, the whole window first, then each earlier window's; computes
// the cache's statistics first if needed (ClipCache::ensureMotion, with the
// callbacks' progress and cancel). Throws Error for scales outside
// 1 .. ml::kMaxMotionScales or lags outside 0 .. ml::kMaxMotionLags.
torch::Tensor motionFeatures(const ClipCache& cache, const std::vector<std::int64_t>& indices,
                             const JobCallbacks& callbacks = {}, int scales = 1, int lags = 0);

}  // namespace prodrome::core
