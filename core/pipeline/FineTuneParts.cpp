#include "core/pipeline/FineTuneParts.h"

#include "core/Error.h"
#include "core/pipeline/ClipFeatures.h"
#include "core/pipeline/ModelLoading.h"
#include "core/runs/RunRecord.h"
#include "ml/GroupStandardise.h"
#include "ml/VideoMAEConfig.h"

#include <cmath>
#include <cstdio>
#include <limits>

namespace prodrome::core {

using database::ClipLabel;

bool isProbeHead(const FineTuneSettings& s) {
  if (s.head == "finetune") return false;
  try {
    ml::probeKindFromString(s.head);
  } catch (const std::invalid_argument&) {
    throw Error("unknown head '" + s.head + "' (use finetune, logreg or ncm)");
  }
  return true;
}

ml::ProbeOptions probeOptions(const FineTuneSettings& s, std::int64_t features) {
  ml::ProbeOptions o;
  o.kind = ml::probeKindFromString(s.head);
  o.l2 = s.probeL2;
  if (s.motionStats) {
    const std::int64_t motion = ml::kMotionStatistics * s.motionScales * (1 + s.motionLags);
    if (features <= motion)
      throw Error("the head's inputs have " + std::to_string(features) + " features: too few to hold the " +
                  std::to_string(motion) + " motion statistics and the encoder's tokens");
    o.blocks = {features - motion, motion};
    if (!(s.motionShare > 0 && s.motionShare < 1))
      throw Error("the motion statistics' share of the head must be between 0 and 1 (exclusive), got " +
                  std::to_string(s.motionShare));
    o.blockShares = {1 - s.motionShare, s.motionShare};
  }
  return o;
}

bool speciesMatches(const FineTuneSettings& s, const CachedClipInfo& c) {
  return s.species.empty() || database::toString(c.species) == s.species;
}

bool forecastingLabel(const CachedClipInfo& c) {
  return c.label == ClipLabel::Preictal || c.label == ClipLabel::Normal;
}

torch::Tensor recordingStandardised(const FineTuneSettings& s, const torch::Tensor& features, const ClipCache& cache,
                                    const std::vector<std::int64_t>& indices) {
  if (!s.recordingNorm || !features.defined()) return features;
  std::vector<std::int64_t> recordings;
  recordings.reserve(indices.size());
  for (auto i : indices) recordings.push_back(cache.info(i).recordingId);
  return ml::standardiseWithinGroups(features, recordings);
}

torch::Tensor headInputs(ml::VideoMAEClassifier& model, const FineTuneSettings& s, const ClipCache& cache,
                         const std::vector<std::int64_t>& indices, const torch::Device& device,
                         const JobCallbacks& callbacks, const std::string& stage, EncodedWindows* encoded) {
  auto x = encoderFeatures(model, cache, indices, device, callbacks, stage);
  if (encoded) encoded->add(cache, indices, x);
  if (s.motionStats) x = torch::cat({x, motionFeatures(cache, indices, callbacks, s.motionScales, s.motionLags)}, 1);
  return recordingStandardised(s, x, cache, indices);
}

ClipShape clipShapeOf(database::Database& db, const FineTuneSettings& s, const std::vector<CachedClipInfo>& clips) {
  return {s.frames, s.size, s.sampleStride, trainingFrameRate(db, clips)};
}

ml::VideoMAEConfig architectureOf(const FineTuneSettings& s, double frameRate) {
  auto config = ml::presetConfig(s.preset);
  config.frame_rate = frameRate;
  config.img_size = s.size;
  config.num_frames = s.frames;
  config.use_mean_pooling = s.meanPooling;
  config.motion_pooling = s.motionPooling;
  config.sample_stride = s.sampleStride;
  if (s.recordingNorm && s.head == "finetune")
    throw Error("recording normalisation needs a probe head (logreg or ncm): full fine-tuning sees one clip at a "
                "time, not its recording");
  config.recording_norm = s.recordingNorm;
  if (s.motionStats && !s.recordingNorm)
    throw Error("motion statistics in the head need recording standardisation: frame differences are only "
                "comparable within one recording (camera, lighting, subject)");
  config.motion_stats = s.motionStats;
  if (s.motionScales < 1 || s.motionScales > ml::kMaxMotionScales)
    throw Error("motion statistics at " + std::to_string(s.motionScales) + " time scales: use 1 to " +
                std::to_string(ml::kMaxMotionScales));
  config.motion_scales = s.motionScales;
  if (s.motionLags < 0 || s.motionLags > ml::kMaxMotionLags)
    throw Error("motion statistics of " + std::to_string(s.motionLags) + " earlier windows: use 0 to " +
                std::to_string(ml::kMaxMotionLags));
  if (s.motionLags > 0 && !s.motionStats)
    throw Error("earlier windows' motion statistics need the motion statistics in the head (motion_stats)");
  config.motion_lags = s.motionLags;
  config.num_classes = 1;
  config.drop_path_rate = 0.1;
  return config;
}

std::filesystem::path baseWeightsOf(database::Database& db, const FineTuneSettings& s) {
  if (s.baseModel > 0) return projectModelWeights(db, s.baseModel);
  return s.baseWeights;
}

ml::VideoMAEClassifier freshClassifier(const ml::VideoMAEConfig& architecture, const std::filesystem::path& base,
                                       std::uint64_t seed, std::string* log) {
  torch::manual_seed(seed);
  ml::VideoMAEClassifier model(architecture);
  if (!base.empty()) {
    const auto line = initialiseClassifierEncoder(model, base);
    if (log) *log = line;
  } else if (log) {
    *log = "encoder randomly initialised (no stage 1)";
  }
  return model;
}

ml::BatchOptions trainBatches(const FineTuneSettings& s, std::int64_t clips) {
  ml::BatchOptions b;
  b.batch_size = std::max<std::int64_t>(1, std::min(s.batchSize, clips));
  b.crop_size = s.size;
  b.horizontal_flip = s.augment;
  b.multi_scale_crop = s.augment;
  b.seed = s.seed;
  return b;
}

ml::BatchOptions evalBatches(const FineTuneSettings& s) {
  ml::BatchOptions b;
  b.batch_size = std::max<std::int64_t>(1, s.batchSize);
  b.crop_size = s.size;
  b.shuffle = false;
  b.drop_last = false;
  return b;
}

ml::FineTuningOptions tunerOptions(const FineTuneSettings& s, std::int64_t stepsPerEpoch, std::int64_t patience) {
  ml::FineTuningOptions o;
  // A k-shot support set is one batch: epochs alone would be a handful of
  // optimiser steps, too few for any weight to move (issue 12).
  const auto perEpoch = std::max<std::int64_t>(1, stepsPerEpoch);
  o.epochs = std::max(s.epochs, (s.minSteps + perEpoch - 1) / perEpoch);
  o.lr = s.lr;
  o.layer_decay = s.layerDecay;
  o.weight_decay = s.weightDecay;
  o.warmup_steps = std::min<std::int64_t>(perEpoch * 2, o.epochs * perEpoch / 4);
  o.balance_classes = true;
  o.patience = patience;
  return o;
}

std::string progressLine(const char* prefix, const ml::TrainingProgress& p) {
  char line[200];
  std::snprintf(line, sizeof line, "%s step %lld/%lld  loss %.4f  lr %.2e", prefix, static_cast<long long>(p.step),
                static_cast<long long>(p.total_steps), p.loss, p.lr);
  return line;
}

ml::BinaryMetrics undefinedMetrics() {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  ml::BinaryMetrics m;
  m.sensitivity = m.specificity = m.balanced_accuracy = m.roc_auc = m.pr_auc = nan;
  return m;
}

torch::Tensor labelsOf(const ClipCache& cache, const std::vector<std::int64_t>& indices) {
  auto y = torch::empty({static_cast<std::int64_t>(indices.size())}, torch::kLong);
  for (std::size_t i = 0; i < indices.size(); ++i)
    y[static_cast<std::int64_t>(i)] = cache.info(indices[i]).label == ClipLabel::Preictal ? 1 : 0;
  return y;
}

}  // namespace prodrome::core
