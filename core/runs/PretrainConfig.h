#pragma once
// What a stage-1 run (VideoMAE continual pre-training, core/pipeline/
// Pretraining.h) is asked to do: stored with the run, read back to resume
// it, shown in its run view. Plain data; the running lives with LibTorch.

#include <QJsonObject>

#include <cstdint>
#include <string>
#include <vector>

namespace prodrome::core {

struct PretrainConfig {
  std::string modelName;  // the project model this run creates
  std::string preset = "vit-tiny";
  int frames = 16;
  int size = 112;
  int sampleStride = 0;  // ClipReader::sampleIndices: 0 evenly over the clip, k every k-th frame up to its end
  std::vector<std::int64_t> clipSets;  // sources of clips
  std::string mix = "RYNH";            // a DataMix preset name
  std::string humanSplit = "train";    // human clips only from this split ("" = all)
  std::int64_t initModel = 0;          // a project model to start from (0 = none)
  std::string initWeights;             // or a safetensors file (ours or HF VideoMAE)
  double maskRatio = 0.9;
  std::int64_t steps = 300;
  std::int64_t batchSize = 8;
  double lr = 1.5e-4;
  std::int64_t warmupSteps = 20;
  double weightDecay = 0.05;
  bool adamw = true;
  double clipGrad = 0;
  bool augment = true;  // multi-scale crop + flip
  std::uint64_t seed = 1;
  std::string device = "auto";
  std::int64_t checkpointEvery = 50;  // steps; 0 = only at the end
  // Keep the encoder's weights at step 0 and every this many steps (and at
  // the end) as files (ModelFiles.h: snapshotWeightsPath), listed in the
  // run's metrics: a frozen-encoder probe on each shows what stage 1 adds
  // step by step (issue 12, item 5). 0 = none.
  std::int64_t snapshotEvery = 0;

  // Every stored field, once (core/runs/ConfigJson.h).
  template <typename Self, typename Visit>
  static void fields(Self& c, Visit& v) {
    v("model_name", c.modelName);
    v("preset", c.preset);
    v("frames", c.frames);
    v("size", c.size);
    v("sample_stride", c.sampleStride);
    v("clip_sets", c.clipSets);
    v("mix", c.mix);
    v("human_split", c.humanSplit);
    v("init_model", c.initModel);
    v("init_weights", c.initWeights);
    v("mask_ratio", c.maskRatio);
    v("steps", c.steps);
    v("batch_size", c.batchSize);
    v("lr", c.lr);
    v("warmup_steps", c.warmupSteps);
    v("weight_decay", c.weightDecay);
    v("adamw", c.adamw);
    v("clip_grad", c.clipGrad);
    v("augment", c.augment);
    v("seed", c.seed);
    v("device", c.device);
    v("checkpoint_every", c.checkpointEvery);
    v("snapshot_every", c.snapshotEvery);
  }
  QJsonObject toJson() const;
  static PretrainConfig fromJson(const QJsonObject& json);  // throws core::Error
};

}  // namespace prodrome::core
