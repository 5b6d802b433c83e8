#include "core/runs/ModelFiles.h"

#include "core/Error.h"
#include "database/ModelStore.h"

#include <cctype>

namespace prodrome::core {

std::filesystem::path modelsDirectory(const std::filesystem::path& projectFile) {
  return projectFile.parent_path() / (projectFile.stem().string() + ".models");
}

std::filesystem::path modelWeightsPath(const std::filesystem::path& projectFile, const std::string& modelName) {
  validateModelName(modelName);
  return modelsDirectory(projectFile) / (modelName + ".safetensors");
}

std::filesystem::path checkpointDirectory(const std::filesystem::path& projectFile, std::int64_t runId) {
  return modelsDirectory(projectFile) / "checkpoints" / ("run-" + std::to_string(runId));
}

std::filesystem::path snapshotWeightsPath(const std::filesystem::path& projectFile, std::int64_t runId,
                                          std::int64_t step) {
  return modelsDirectory(projectFile) / "snapshots" / ("run-" + std::to_string(runId)) /
         ("step-" + std::to_string(step) + ".safetensors");
}

void requireFreeModelName(database::Database& db, const std::string& name) {
  validateModelName(name);
  if (database::ModelStore(db).findByName(name))
    throw Error("a model named '" + name + "' already exists in the project");
}

void validateModelName(const std::string& name) {
  if (name.empty() || name.size() > 120) throw Error("a model name needs 1 to 120 characters");
  if (name.front() == '.') throw Error("model name '" + name + "' may not start with '.'");
  for (char c : name) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'))
      throw Error("model name '" + name + "' has '" + std::string(1, c) + "': use letters, digits, '-', '_' and '.'");
  }
}

}  // namespace prodrome::core
