#include "StoreTest.h"

#include "database/DatabaseError.h"
#include "database/PredictionStore.h"
#include "database/RunStore.h"
#include "database/Statement.h"
#include "database/migrations/MigrationStep.h"

#include <chrono>
#include <cmath>
#include <limits>
#include <span>

namespace prodrome::database::test {
namespace {

using PredictionStoreTest = StoreTest;

TEST_F(PredictionStoreTest, BulkInsertAndOrderedReadBack) {
  const std::int64_t recA = addRecording(db(), "S1", "a");
  const std::int64_t recB = addRecording(db(), "S1", "b");
  RunStore runs(db());
  const std::int64_t run = runs.add(RunKind::Forecast, "{}");
  const std::int64_t otherRun = runs.add(RunKind::Forecast, "{}");

  // Out of order on purpose: read-back must sort by window end.
  std::vector<Prediction> rows;
  const int n = 200000;
  for (int i = n - 1; i >= 0; --i)
    rows.push_back(Prediction{run, i % 2 ? recA : recB, i * 30, std::fmod(i * 0.37, 1.0)});
  rows.push_back(Prediction{otherRun, recA, 30, 0.5});

  PredictionStore store(db());
  const auto start = std::chrono::steady_clock::now();
  store.addAll(rows);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("[          ] %d prediction rows in %.3f s (%.0f rows/s)\n", n, seconds, n / seconds);

  EXPECT_EQ(store.countByRun(run), n);
  const auto curve = store.listByRunAndRecording(run, recA);
  ASSERT_EQ(curve.size(), static_cast<std::size_t>(n / 2));
  for (std::size_t i = 0; i < curve.size(); ++i) {
    const std::int64_t k = 2 * static_cast<std::int64_t>(i) + 1;  // recA holds the odd windows
    ASSERT_EQ(curve[i].windowEndFrame, k * 30) << i;
    ASSERT_DOUBLE_EQ(curve[i].probability, std::fmod(k * 0.37, 1.0)) << i;
    ASSERT_EQ(curve[i].runId, run);
    ASSERT_EQ(curve[i].recordingId, recA);
  }
  EXPECT_EQ(store.listByRunAndRecording(otherRun, recA).size(), 1u);

  EXPECT_EQ(store.removeByRun(run), n);
  EXPECT_EQ(store.countByRun(run), 0);
  EXPECT_EQ(store.countByRun(otherRun), 1);
}

TEST_F(PredictionStoreTest, BadBatchLeavesNothing) {
  const std::int64_t rec = addRecording(db());
  const std::int64_t run = RunStore(db()).add(RunKind::Forecast, "{}");
  PredictionStore store(db());

  std::vector<Prediction> duplicate{{run, rec, 10, 0.1}, {run, rec, 20, 0.2}, {run, rec, 10, 0.3}};
  EXPECT_THROW(store.addAll(duplicate), DatabaseError);
  std::vector<Prediction> outOfRange{{run, rec, 10, 0.1}, {run, rec, 20, 1.5}};
  EXPECT_THROW(store.addAll(outOfRange), DatabaseError);
  std::vector<Prediction> notANumber{{run, rec, 10, std::numeric_limits<double>::quiet_NaN()}};
  EXPECT_THROW(store.addAll(notANumber), DatabaseError);
  std::vector<Prediction> unknownRun{{run + 1, rec, 10, 0.1}};
  EXPECT_THROW(store.addAll(unknownRun), DatabaseError);
  EXPECT_EQ(store.countByRun(run), 0);

  // Deleting the run deletes its predictions.
  std::vector<Prediction> good{{run, rec, 10, 0.1}};
  store.addAll(good);
  RunStore(db()).remove(run);
  EXPECT_EQ(store.countByRun(run), 0);
}

TEST_F(PredictionStoreTest, MotionBaselineCurveRoundTripsBesideTheModels) {
  const std::int64_t rec = addRecording(db());
  const std::int64_t run = RunStore(db()).add(RunKind::Forecast, "{}");
  PredictionStore store(db());
  std::vector<Prediction> rows{{run, rec, 10, 0.25, 0.75}, {run, rec, 20, 0.5, std::nullopt}, {run, rec, 30, 1.0, 0.0}};
  store.addAll(rows);
  const auto back = store.listByRunAndRecording(run, rec);
  ASSERT_EQ(back.size(), 3u);
  EXPECT_EQ(back[0].motionBaselineProbability, 0.75);
  EXPECT_EQ(back[1].motionBaselineProbability, std::nullopt);
  EXPECT_EQ(back[2].motionBaselineProbability, 0.0);
  EXPECT_EQ(back[2].probability, 1.0);

  // Its range is checked as the model's is, and a bad row leaves the batch out.
  std::vector<Prediction> bad{{run, rec, 40, 0.1, 0.2}, {run, rec, 50, 0.1, 1.5}};
  EXPECT_THROW(store.addAll(bad), DatabaseError);
  std::vector<Prediction> notANumber{{run, rec, 40, 0.1, std::numeric_limits<double>::quiet_NaN()}};
  EXPECT_THROW(store.addAll(notANumber), DatabaseError);
  EXPECT_EQ(store.countByRun(run), 3);
}

// A v7 project's forecast runs keep their curves and gain an empty baseline.
TEST_F(PredictionStoreTest, AVersion7ProjectUpgradesWithItsPredictions) {
  database_.reset();
  std::filesystem::remove(file_);
  std::int64_t run = 0, rec = 0;
  {
    Database v7 = openProject(file_, {}, nullptr, std::span<const MigrationStep>(builtinMigrationSteps()).first(7));
    ASSERT_EQ(v7.userVersion(), 7);
    rec = addRecording(v7, "S1", "a");
    run = RunStore(v7).add(RunKind::Forecast, "{}");
    Statement insert(
        v7, "INSERT INTO predictions (run_id, recording_id, window_end_frame, probability) VALUES (?, ?, ?, ?)");
    insert.bindAll(run, rec, 75, 0.625);
    insert.execute();
  }
  OpenReport report;
  database_.emplace(openProject(file_, {}, &report));
  EXPECT_EQ(report.fromVersion, 7);
  EXPECT_EQ(report.toVersion, kSchemaVersion);
  EXPECT_TRUE(report.backup);
  const auto back = PredictionStore(db()).listByRunAndRecording(run, rec);
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].windowEndFrame, 75);
  EXPECT_EQ(back[0].probability, 0.625);
  EXPECT_EQ(back[0].motionBaselineProbability, std::nullopt);
}

}  // namespace
}  // namespace prodrome::database::test
