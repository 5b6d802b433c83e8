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

std::filesystem::path cacheDirectory(const std::filesystem::path& projectFile) {
  return projectFile.parent_path() / (projectFile.stem().string() + ".cache");
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
  // A whole decimal number as std::to_string writes it: digits only, no
  // leading zero (run-01 is not the folder of run 1).
  const auto number = [](const std::string& text) -> std::optional<std::int64_t> {
    if (text.empty() || text.size() > 18 || (text.size() > 1 && text[0] == '0') ||
        !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c) != 0; }))
      return std::nullopt;
    return std::stoll(text);
  };
  const auto endsWith = [](const std::string& text, const std::string& end) {
    return text.size() > end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
  };
  const std::string file = weights.filename().string(), run = weights.parent_path().filename().string();
  const std::string models = weights.parent_path().parent_path().parent_path().filename().string();
  const std::string suffix = ".safetensors";
  if (!endsWith(models, ".models") || weights.parent_path().parent_path().filename() != "snapshots" ||
      run.rfind("run-", 0) != 0 || file.rfind("step-", 0) != 0 || !endsWith(file, suffix))
    return std::nullopt;
  const auto id = number(run.substr(4));
  const auto step = number(file.substr(5, file.size() - 5 - suffix.size()));
  if (!id || !step || *id < 1) return std::nullopt;
  return SnapshotOf{*id, *step, models};
}

std::vector<SnapshotFile> keptSnapshotFiles(const PretrainMetrics& metrics, const std::filesystem::path& projectFile,
                                            std::int64_t runId) {
  // A resumed run may list a step twice: one file, one entry, by step.
  std::vector<std::int64_t> steps;
  for (const auto& snapshot : metrics.snapshots) steps.push_back(snapshot.step);
  std::sort(steps.begin(), steps.end());
  steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
  std::vector<SnapshotFile> out;
  for (const auto step : steps) {
    auto path = snapshotWeightsPath(projectFile, runId, step);
    // An unreadable folder (permissions) reads as "not there", never as a throw
    // from a view or a listing.
    std::error_code error;
    const bool exists = std::filesystem::is_regular_file(path, error);
    out.push_back({step, std::move(path), exists && !error});
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
