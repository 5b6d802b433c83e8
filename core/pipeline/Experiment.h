#pragma once
// The paper's ablation (its Figure 2): continual pre-training per mask ratio
// and data configuration, then k-shot forecasting episodes on held-out
// patients, every cell recorded. Resumable: a cell whose model already exists
// is not pre-trained again, and a cell already in the results file is not
// evaluated again, so an interrupted grid continues where it stopped.

#include "core/pipeline/FineTuning.h"
#include "core/pipeline/JobCallbacks.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

struct ExperimentConfig {
  std::vector<double> masks = {0.1, 0.3, 0.5, 0.7, 0.9};
  std::vector<std::string> configs = {"H", "RY", "RN", "RYN", "RYNH"};  // plus "none": no stage 1
  std::vector<int> shots = {2, 3, 4};
  int episodes = 3;
  int queryPerClass = 10;
  std::int64_t pretrainSteps = 100;
  std::int64_t fineTuneEpochs = 15;
  std::int64_t rodentSet = 0;  // clip set with rodent ictal + normal clips
  std::int64_t humanSet = 0;   // clip set with human pre-ictal + normal clips, split train / test by subject
  std::uint64_t seed = 1;
  std::string device = "auto";
  std::filesystem::path results;  // CSV, rewritten atomically after every cell
};

struct ExperimentRow {
  std::string config;
  double mask = 0;  // NaN for "none"
  int shots = 0;
  int episode = 0;
  double bacc = 0, rocAuc = 0, prAuc = 0;
};

// Reads the rows of an existing results file (empty when absent); throws
// core::Error naming the file and line for a malformed one.
std::vector<ExperimentRow> readExperimentResults(const std::filesystem::path& file);

// Runs the missing cells; returns every row (old and new).
std::vector<ExperimentRow> runExperiment(database::Database& db, const ExperimentConfig& config,
                                         const JobCallbacks& callbacks = {});

}  // namespace prodrome::core
