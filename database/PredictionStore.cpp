#include "database/PredictionStore.h"

#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/Transaction.h"

#include <cmath>
#include <string>

namespace prodrome::database {

void PredictionStore::addAll(std::span<const Prediction> predictions) {
  Transaction transaction(database_);
  auto insert = database_.cached(
      "INSERT INTO predictions (run_id, recording_id, window_end_frame, probability, motion_baseline_probability) "
      "VALUES (?, ?, ?, ?, ?)");
  Statement& statement = *insert;
  for (const Prediction& p : predictions) {
    // SQLite binds NaN as NULL: the probability's NOT NULL refuses it, but
    // the optional baseline would silently become "none".
    if (p.motionBaselineProbability && std::isnan(*p.motionBaselineProbability))
      throw ValidationError("run " + std::to_string(p.runId) + ", recording " + std::to_string(p.recordingId) +
                            ": the motion baseline's probability for the window ending at frame " +
                            std::to_string(p.windowEndFrame) + " is not a number");
    // Bindings persist across execute(); run and recording rarely change,
    // but rebinding them is cheaper than the branch is worth.
    statement.bindInt64(1, p.runId)
        .bindInt64(2, p.recordingId)
        .bindInt64(3, p.windowEndFrame)
        .bindDouble(4, p.probability)
        .bind(5, p.motionBaselineProbability)
        .execute();
  }
  transaction.commit();
}

std::vector<Prediction> PredictionStore::listByRunAndRecording(std::int64_t runId, std::int64_t recordingId) {
  auto query = database_.cached(
      "SELECT window_end_frame, probability, motion_baseline_probability FROM predictions "
      "WHERE run_id = ? AND recording_id = ? ORDER BY window_end_frame");
  query->bindAll(runId, recordingId);
  std::vector<Prediction> predictions;
  while (query->step())
    predictions.push_back(
        Prediction{runId, recordingId, query->getInt64(0), query->getDouble(1), query->getOptionalDouble(2)});
  return predictions;
}

std::int64_t PredictionStore::countByRun(std::int64_t runId) {
  auto query = database_.cached("SELECT count(*) FROM predictions WHERE run_id = ?");
  query->bindAll(runId);
  query->step();
  return query->getInt64(0);
}

std::int64_t PredictionStore::removeByRun(std::int64_t runId) {
  Transaction transaction(database_);
  database_.cached("DELETE FROM predictions WHERE run_id = ?")->bindAll(runId).execute();
  const std::int64_t removed = database_.changes();
  transaction.commit();
  return removed;
}

}  // namespace prodrome::database
