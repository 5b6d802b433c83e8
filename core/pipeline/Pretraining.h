#pragma once
// Stage 1: VideoMAE continual pre-training on a mix of cached clips, as one
// recorded, resumable job. The same function serves `prodrome pretrain`, the
// demo, the experiment grid and the GUI's Train menu.

#include "core/pipeline/DataMix.h"
#include "core/pipeline/JobCallbacks.h"
#include "core/runs/PretrainConfig.h"

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
