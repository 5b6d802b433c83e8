#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace prodrome::database {

class Database;

// The forecaster's probability for the window of a recording that ends at
// windowEndFrame, in one run; beside it, when the run judged one, that of the
// motion-statistics forecaster on the same window (schema v8).
struct Prediction {
  std::int64_t runId = 0;
  std::int64_t recordingId = 0;
  std::int64_t windowEndFrame = 0;
  double probability = 0;  // 0..1
  std::optional<double> motionBaselineProbability{};  // 0..1; "{}" lets an initialiser leave it out (-Wextra)
};

class PredictionStore {
 public:
  explicit PredictionStore(Database& database) : database_(database) {}

  // All or nothing, in one transaction with one reused prepared statement.
  // A (run, recording, window end) that already exists is an error.
  void addAll(std::span<const Prediction> predictions);
  // A run's curve for one recording: ordered by window end.
  std::vector<Prediction> listByRunAndRecording(std::int64_t runId, std::int64_t recordingId);
  std::int64_t countByRun(std::int64_t runId);
  // Deletes a run's predictions (all recordings); returns how many.
  std::int64_t removeByRun(std::int64_t runId);

 private:
  Database& database_;
};

}  // namespace prodrome::database
