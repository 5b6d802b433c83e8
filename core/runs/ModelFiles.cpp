#include "core/runs/ModelFiles.h"

#include "core/Error.h"
#include "core/runs/PretrainMetrics.h"
#include "database/ModelStore.h"

#include <algorithm>
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

std::optional<SnapshotOf> snapshotOfWeightsPath(const std::filesystem::path& weights) {
  // A whole decimal number, as std::to_string wrote it: no sign, no spaces.
  const auto number = [](const std::string& text) -> std::optional<std::int64_t> {
    if (text.empty() || text.size() > 18 ||
        !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c) != 0; }))
      return std::nullopt;
    return std::stoll(text);
  };
  const std::string file = weights.filename().string(), run = weights.parent_path().filename().string();
  const std::string suffix = ".safetensors";
  if (weights.parent_path().parent_path().filename() != "snapshots" || run.rfind("run-", 0) != 0 ||
      file.rfind("step-", 0) != 0 || file.size() <= suffix.size() ||
      file.compare(file.size() - suffix.size(), suffix.size(), suffix) != 0)
    return std::nullopt;
  const auto id = number(run.substr(4));
  const auto step = number(file.substr(5, file.size() - 5 - suffix.size()));
  if (!id || !step || *id < 1) return std::nullopt;
  return SnapshotOf{*id, *step};
}

std::vector<SnapshotFile> keptSnapshotFiles(const PretrainMetrics& metrics, const std::filesystem::path& projectFile,
                                            std::int64_t runId) {
  std::vector<SnapshotFile> out;
  for (const auto& snapshot : metrics.snapshots) {
    auto path = snapshotWeightsPath(projectFile, runId, snapshot.step);
    const bool exists = std::filesystem::is_regular_file(path);
    out.push_back({snapshot.step, std::move(path), exists});
  }
  return out;
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
