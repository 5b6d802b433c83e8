#include "StoreTest.h"

#include "database/AlarmReviewStore.h"
#include "database/DatabaseError.h"
#include "database/PredictionStore.h"
#include "database/RunStore.h"
#include "database/Transaction.h"

#include <span>

namespace prodrome::database::test {
namespace {

using AlarmReviewStoreTest = StoreTest;

AlarmReview review(std::int64_t run, std::int64_t recording, std::int64_t frame, AlarmDecision decision,
                   std::optional<std::int64_t> event = std::nullopt) {
  AlarmReview r;
  r.runId = run;
  r.recordingId = recording;
  r.frame = frame;
  r.decision = decision;
  r.eventId = event;
  r.reviewer = "dr.r";
  return r;
}

TEST_F(AlarmReviewStoreTest, RecordsFindsAndListsByFrame) {
  const std::int64_t recA = addRecording(db(), "S1", "a");
  const std::int64_t recB = addRecording(db(), "S1", "b");
  const std::int64_t run = RunStore(db()).add(RunKind::Forecast, "{}");
  Event seizure;
  seizure.recordingId = recA;
  seizure.onsetFrame = 900;
  const std::int64_t event = EventStore(db()).add(seizure);

  AlarmReviewStore store(db());
  store.record(review(run, recA, 600, AlarmDecision::Rejected));
  const std::int64_t accepted = store.record(review(run, recA, 450, AlarmDecision::Accepted, event));
  store.record(review(run, recB, 30, AlarmDecision::Rejected));

  const auto found = store.find(run, recA, 450);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, accepted);
  EXPECT_EQ(found->decision, AlarmDecision::Accepted);
  EXPECT_EQ(found->eventId, event);
  EXPECT_EQ(found->reviewer, "dr.r");
  EXPECT_FALSE(found->decidedAt.empty());
  EXPECT_FALSE(store.find(run, recA, 451));

  const auto listA = store.listByRunAndRecording(run, recA);
  ASSERT_EQ(listA.size(), 2u);
  EXPECT_EQ(listA[0].frame, 450);
  EXPECT_EQ(listA[1].frame, 600);
  EXPECT_EQ(listA[1].decision, AlarmDecision::Rejected);
  EXPECT_FALSE(listA[1].eventId);
  EXPECT_EQ(store.listByRun(run).size(), 3u);
}

// Changing one's mind replaces the decision on the same alarm, keeping its row.
TEST_F(AlarmReviewStoreTest, ASecondDecisionReplacesTheFirst) {
  const std::int64_t rec = addRecording(db());
  const std::int64_t run = RunStore(db()).add(RunKind::Forecast, "{}");
  AlarmReviewStore store(db());
  const std::int64_t first = store.record(review(run, rec, 300, AlarmDecision::Rejected));
  const std::int64_t second = store.record(review(run, rec, 300, AlarmDecision::Accepted));
  EXPECT_EQ(first, second);
  const auto rows = store.listByRunAndRecording(run, rec);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].decision, AlarmDecision::Accepted);
  EXPECT_TRUE(store.remove(run, rec, 300));
  EXPECT_FALSE(store.remove(run, rec, 300));
  EXPECT_TRUE(store.listByRunAndRecording(run, rec).empty());
}

TEST_F(AlarmReviewStoreTest, SchemaRefusesWhatIsNotADecision) {
  const std::int64_t rec = addRecording(db());
  const std::int64_t run = RunStore(db()).add(RunKind::Forecast, "{}");
  AlarmReviewStore store(db());
  EXPECT_THROW(store.record(review(run, rec, -1, AlarmDecision::Rejected)), ValidationError);
  EXPECT_THROW(store.record(review(run + 1, rec, 10, AlarmDecision::Rejected)), DatabaseError);  // no such run
  EXPECT_THROW(Statement(db(),
                         "INSERT INTO alarm_reviews (run_id, recording_id, frame, decision) "
                         "VALUES (?, ?, 10, 'maybe')")
                   .bindAll(run, rec)
                   .execute(),
               DatabaseError);
  EXPECT_TRUE(store.listByRun(run).empty());
}

// Deleting the run or the recording takes its decisions along; deleting the
// confirmed event (an undo) leaves the decision without it.
TEST_F(AlarmReviewStoreTest, CascadesFromRunRecordingAndEvent) {
  const std::int64_t recA = addRecording(db(), "S1", "a");
  const std::int64_t recB = addRecording(db(), "S1", "b");
  RunStore runs(db());
  const std::int64_t run = runs.add(RunKind::Forecast, "{}");
  const std::int64_t other = runs.add(RunKind::Forecast, "{}");
  Event seizure;
  seizure.recordingId = recA;
  seizure.onsetFrame = 100;
  const std::int64_t event = EventStore(db()).add(seizure);
  AlarmReviewStore store(db());
  store.record(review(run, recA, 90, AlarmDecision::Accepted, event));
  store.record(review(run, recB, 90, AlarmDecision::Rejected));
  store.record(review(other, recA, 90, AlarmDecision::Rejected));

  ASSERT_TRUE(EventStore(db()).remove(event));
  const auto kept = store.find(run, recA, 90);
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->decision, AlarmDecision::Accepted);
  EXPECT_FALSE(kept->eventId);

  ASSERT_TRUE(runs.remove(other));
  EXPECT_TRUE(store.listByRun(other).empty());
  ASSERT_TRUE(RecordingStore(db()).remove(recB));
  const auto left = store.listByRun(run);
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].recordingId, recA);
}

// A file written by a v2 build opens in this build: backed up, upgraded to
// v3 with the new table, every row kept, and the new table usable at once.
TEST_F(AlarmReviewStoreTest, VersionTwoFileUpgradesWithBackupKeepingRows) {
  database_.reset();
  std::filesystem::remove(file_);
  std::int64_t run = 0, recording = 0;
  {
    Database v2 = openProject(file_, {}, nullptr, std::span<const MigrationStep>(builtinMigrationSteps()).first(2));
    ASSERT_EQ(v2.userVersion(), 2);
    recording = addRecording(v2);
    run = RunStore(v2).add(RunKind::Forecast, R"({"forecast": {"window_seconds": 5}})");
    // v2's own columns: today's PredictionStore writes v8's.
    Statement insert(
        v2, "INSERT INTO predictions (run_id, recording_id, window_end_frame, probability) VALUES (?, ?, ?, ?)");
    for (int i = 1; i <= 500; ++i) {
      insert.bindAll(run, recording, i * 30, (i % 10) / 10.0);
      insert.execute();
    }
    Event seizure;
    seizure.recordingId = recording;
    seizure.onsetFrame = 3000;
    seizure.offsetFrame = 3600;
    seizure.notes = "from v2";
    EventStore(v2).add(seizure);
    EXPECT_THROW(Statement(v2, "SELECT 1 FROM alarm_reviews"), DatabaseError);
  }

  OpenReport report;
  database_.emplace(openProject(file_, {}, &report));
  EXPECT_EQ(report.fromVersion, 2);
  EXPECT_EQ(report.toVersion, kSchemaVersion);
  ASSERT_TRUE(report.backup);
  EXPECT_TRUE(exists(*report.backup));
  EXPECT_EQ(report.backup->filename(), "project.prodrome.v2.bak");
  {
    Database backup =
        openProject(*report.backup, {}, nullptr, std::span<const MigrationStep>(builtinMigrationSteps()).first(2));
    EXPECT_EQ(backup.userVersion(), 2);
  }
  EXPECT_EQ(db().userVersion(), kSchemaVersion);
  EXPECT_EQ(PredictionStore(db()).countByRun(run), 500);
  const auto events = EventStore(db()).list();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].notes, "from v2");

  AlarmReviewStore store(db());
  store.record(review(run, recording, 270, AlarmDecision::Accepted, events[0].id));
  EXPECT_EQ(store.find(run, recording, 270)->eventId, events[0].id);
  EXPECT_EQ(pragmaText(db(), "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(pragmaText(db(), "PRAGMA foreign_key_check"), "");
}

}  // namespace
}  // namespace prodrome::database::test
