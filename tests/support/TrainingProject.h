#pragma once
// A tiny synthetic project for the GUI suites that train and forecast
// (training, review, workbench) and the job latency bench: human patients (split train / val / test by subject) and
// rodents, made with core/synth, and two clip sets: "rodents" (ictal and normal) and "humans" (pre-ictal and normal,
// split).

#include <QTemporaryDir>

#include <cstdint>
#include <filesystem>
#include <string>

namespace prodrome::test {

struct TrainingProject {
  std::filesystem::path file;
  std::int64_t rodentSet = 0;
  std::int64_t humanSet = 0;
  std::int64_t recordingId = 0;  // a held-out human recording
};

// Creates the project under `dir` (its videos beside it). `humans` >= 4:
// the first ones train, one validates, one is tested.
TrainingProject makeTrainingProject(const std::filesystem::path& dir, int humans = 4, double minutes = 1.5);

}  // namespace prodrome::test
