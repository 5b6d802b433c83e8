#pragma once
// Stage 1: VideoMAE continual pre-training on a mix of cached clips, as one
// recorded, resumable job. The same function serves `prodrome pretrain`, the
// demo, the experiment grid and the GUI's Train menu.

#include "core/pipeline/DataMix.h"
#include "core/pipeline/JobCallbacks.h"

#include <QJsonObject>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace prodrome::database {
class Database;
}

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

  QJsonObject toJson() const;
  static PretrainConfig fromJson(const QJsonObject& json);  // throws core::Error
};

struct PretrainOutcome {
  std::int64_t runId = 0;
  std::int64_t modelId = 0;  // 0 when cancelled
  std::filesystem::path weights;
  std::vector<double> losses;  // every step run by this call
  std::vector<std::pair<std::int64_t, std::filesystem::path>> snapshots;  // (step, weights), by this call
  std::int64_t clips = 0;      // in the mix
  bool cancelled = false;
  double seconds = 0;
};

// Runs (or, with resumeRunId, continues from the last checkpoint) a
// pre-training job. The project file must be the database's own file (its
// folder holds the cache and models). A cancelled run keeps its checkpoint
// and is marked cancelled; resume it with its id.
PretrainOutcome runPretraining(database::Database& db, const PretrainConfig& config, const JobCallbacks& callbacks = {},
                               std::optional<std::int64_t> resumeRunId = {});

}  // namespace prodrome::core
