#pragma once
// Where a project keeps its model weights and training checkpoints: beside
// the project file, so a project folder moves as one.
//   <dir>/<stem>.models/<model name>.safetensors
//   <dir>/<stem>.models/checkpoints/run-<id>/
//   <dir>/<stem>.models/snapshots/run-<id>/step-<k>.safetensors
// and what can be made again, or lasts only while a job runs:
//   <dir>/<stem>.cache/ (decoded clips, run locks)
// Plain paths, free of LibTorch: the runners write there, and the light
// command line (`runs show`) and the dialogs read the same rule.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

struct PretrainMetrics;

std::filesystem::path modelsDirectory(const std::filesystem::path& projectFile);
std::filesystem::path cacheDirectory(const std::filesystem::path& projectFile);
std::filesystem::path modelWeightsPath(const std::filesystem::path& projectFile, const std::string& modelName);
std::filesystem::path checkpointDirectory(const std::filesystem::path& projectFile, std::int64_t runId);
// A pre-training run's encoder after `step` steps (PretrainConfig::snapshotEvery).
std::filesystem::path snapshotWeightsPath(const std::filesystem::path& projectFile, std::int64_t runId,
                                          std::int64_t step);
struct SnapshotOf {
  std::int64_t runId = 0;
  std::int64_t step = 0;
  std::string modelsFolder;  // "<stem>.models": which project's, wherever it has moved
};
// The run and step a snapshot file was written for, read from its path's
// last four parts (<stem>.models/snapshots/run-<id>/step-<k>.safetensors,
// whatever folder holds them, so a moved project's paths read too); nullopt
// for any other path.
std::optional<SnapshotOf> snapshotOfWeightsPath(const std::filesystem::path& weights);

// Each snapshot a pre-training run kept (its metrics' list), by increasing
// step, once per step, where it is now: beside the project, where the probes
// look for it, not the path stored when it was written, which a moved project
// makes stale. `exists`: a regular file is there (an unreadable folder reads
// as not there).
struct SnapshotFile {
  std::int64_t step = 0;
  std::filesystem::path path;
  bool exists = false;
};
std::vector<SnapshotFile> keptSnapshotFiles(const PretrainMetrics& metrics, const std::filesystem::path& projectFile,
                                            std::int64_t runId);

// A model name safe as a file name (letters, digits, '-', '_', '.'); throws
// core::Error naming the offending character otherwise.
void validateModelName(const std::string& name);
// validateModelName, and no model of the project has this name yet (core::Error
// otherwise). Jobs ask before training and again before writing the weights
// file, which a model of the same name made meanwhile would own.
void requireFreeModelName(database::Database& db, const std::string& name);

}  // namespace prodrome::core
