#include "StoreTest.h"

#include "database/AlarmReviewStore.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/DatabaseError.h"
#include "database/RunStore.h"
#include "database/Statement.h"
#include "database/migrations/MigrationStep.h"

#include <chrono>
#include <span>
#include <thread>

namespace prodrome::database::test {
namespace {

class EventStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    recording_ = addRecording(db());
  }
  Event seizure(std::int64_t onset, std::optional<std::int64_t> offset, EventKind kind = EventKind::Seizure) {
    Event event;
    event.recordingId = recording_;
    event.onsetFrame = onset;
    event.offsetFrame = offset;
    event.kind = kind;
    return event;
  }
  // The message of the ValidationError `add` throws, or "" if it does not.
  std::string rejection(const Event& event) {
    try {
      EventStore(db()).add(event);
    } catch (const ValidationError& error) {
      return error.what();
    }
    return "";
  }

  std::int64_t recording_ = 0;
};

TEST_F(EventStoreTest, Crud) {
  EventStore store(db());
  Event event = seizure(1200, 1850);
  event.seizureType = "focal impaired awareness";
  event.annotator = "dr.k";
  event.confidence = 0.9;
  const std::int64_t id = store.add(event);

  auto found = store.find(id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->recordingId, recording_);
  EXPECT_EQ(found->onsetFrame, 1200);
  EXPECT_EQ(found->offsetFrame, 1850);
  EXPECT_EQ(found->kind, EventKind::Seizure);
  EXPECT_EQ(found->seizureType, "focal impaired awareness");
  EXPECT_EQ(found->annotator, "dr.k");
  EXPECT_EQ(found->confidence, 0.9);
  EXPECT_EQ(found->created.size(), 24u) << found->created;  // 2024-03-01T22:00:00.123Z
  EXPECT_EQ(found->created, found->modified);

  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  found->offsetFrame = 1900;
  found->confidence.reset();
  store.update(*found);
  const auto updated = store.find(id);
  EXPECT_EQ(updated->offsetFrame, 1900);
  EXPECT_FALSE(updated->confidence);
  EXPECT_EQ(updated->created, found->created);
  EXPECT_GT(updated->modified, found->created) << "modified not refreshed";

  EXPECT_TRUE(store.remove(id));
  EXPECT_FALSE(store.remove(id));
  EXPECT_FALSE(store.find(id));
  Event ghost = *updated;
  EXPECT_THROW(store.update(ghost), ValidationError);
}

// Notes arrived with schema v2: written by add, rewritten by update, and
// read back verbatim (line breaks and non-ASCII included).
TEST_F(EventStoreTest, NotesRoundTrip) {
  EventStore store(db());
  Event event = seizure(300, 420);
  event.notes = "eyes open, right arm clonic\nEEG: rhythmic theta, Fp2 — Ωµ";
  const std::int64_t id = store.add(event);
  auto found = store.find(id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->notes, event.notes);

  found->notes = "";
  store.update(*found);
  EXPECT_EQ(store.find(id)->notes, "");
  found->notes = "revised after video review";
  store.update(*found);
  EXPECT_EQ(store.listByRecording(recording_).at(0).notes, "revised after video review");
  EXPECT_EQ(seizure(0, 1).notes, "") << "notes default to empty";
}

TEST_F(EventStoreTest, ListsByRecordingInOnsetOrder) {
  EventStore store(db());
  const std::int64_t other = addRecording(db(), "S2", "fp2");
  store.add(seizure(500, 600));
  store.add(seizure(100, 200));
  store.add(seizure(300, std::nullopt));
  Event elsewhere = seizure(150, 250);
  elsewhere.recordingId = other;
  store.add(elsewhere);

  const auto events = store.listByRecording(recording_);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].onsetFrame, 100);
  EXPECT_EQ(events[1].onsetFrame, 300);
  EXPECT_FALSE(events[1].offsetFrame) << "open offset read back as a value";
  EXPECT_EQ(events[2].onsetFrame, 500);
  EXPECT_EQ(store.listByRecording(other).size(), 1u);
  EXPECT_EQ(store.list().size(), 4u);
}

TEST_F(EventStoreTest, OnsetMustPrecedeOffset) {
  EXPECT_NE(rejection(seizure(100, 100)).find("not after onset"), std::string::npos);
  EXPECT_NE(rejection(seizure(100, 50)), "");
  EXPECT_NE(rejection(seizure(-1, 50)), "");
  Event bad = seizure(1, 2);
  bad.confidence = 1.5;
  EXPECT_NE(rejection(bad), "");
  bad = seizure(1, 2);
  bad.recordingId = 999;
  EXPECT_NE(rejection(bad).find("recording #999 does not exist"), std::string::npos);
  EXPECT_TRUE(EventStore(db()).list().empty());
}

// A type and an annotator are one short line each (columns of every list,
// and the annotator a group key); notes are free text.
TEST_F(EventStoreTest, ATypeOrAnnotatorWithALineBreakOrOfAMegabyteIsRefused) {
  Event bad = seizure(1, 2);
  bad.seizureType = "Rac\nine 2";
  EXPECT_NE(rejection(bad).find("the seizure type holds a line break or another control character"), std::string::npos)
      << rejection(bad);
  bad = seizure(1, 2);
  bad.annotator = "dr\tk";
  EXPECT_NE(rejection(bad).find("the annotator holds a line break"), std::string::npos) << rejection(bad);
  bad = seizure(1, 2);
  bad.seizureType = std::string(kMaxNameLength + 1, 'x');
  EXPECT_NE(rejection(bad).find("the seizure type is 501 bytes long (at most 500)"), std::string::npos)
      << rejection(bad);
  EXPECT_TRUE(EventStore(db()).list().empty());
  Event good = seizure(1, 2);
  good.seizureType = "Focal impaired awareness, évolution bilatérale";
  good.notes = "two lines\nof notes";
  EXPECT_EQ(rejection(good), "");
}

TEST_F(EventStoreTest, OverlappingSeizuresAreRejectedNamingBoth) {
  EventStore store(db());
  const std::int64_t first = store.add(seizure(100, 200));
  const std::string message = rejection(seizure(150, 300));
  EXPECT_NE(message.find("[150, 300)"), std::string::npos) << message;
  EXPECT_NE(message.find("[100, 200)"), std::string::npos) << message;
  EXPECT_NE(message.find("#" + std::to_string(first)), std::string::npos) << message;
  EXPECT_NE(rejection(seizure(50, 101)), "") << "overlap at the first frame";
  EXPECT_NE(rejection(seizure(199, 250)), "") << "overlap at the last frame";
  EXPECT_NE(rejection(seizure(120, 130)), "") << "inside";
  EXPECT_NE(rejection(seizure(0, 1000)), "") << "around";
  EXPECT_NE(rejection(seizure(150, std::nullopt)), "") << "open onset inside";

  // Half-open ranges: back to back is fine.
  EXPECT_EQ(rejection(seizure(200, 250)), "");
  EXPECT_EQ(rejection(seizure(50, 100)), "");
  // Artifacts and other events may overlap anything.
  EXPECT_EQ(rejection(seizure(120, 180, EventKind::Artifact)), "");
  EXPECT_EQ(rejection(seizure(110, 190, EventKind::Other)), "");
  // Another recording is another timeline.
  Event elsewhere = seizure(100, 200);
  elsewhere.recordingId = addRecording(db(), "S2", "fp2");
  EXPECT_EQ(rejection(elsewhere), "");
  EXPECT_EQ(store.listByRecording(recording_).size(), 5u);
}

// A second rater marks the same seizure again (issue 14): overlap is
// refused within one annotator's seizures only.
TEST_F(EventStoreTest, AnotherAnnotatorsSeizuresMayOverlap) {
  EventStore store(db());
  Event first = seizure(100, 200);
  first.annotator = "dr.k";
  store.add(first);
  Event second = seizure(110, 210);
  second.annotator = "tech";
  const std::int64_t id = store.add(second);
  Event again = seizure(150, 160);
  again.annotator = "tech";
  EXPECT_NE(rejection(again).find("#" + std::to_string(id)), std::string::npos) << "the same rater still may not";
  // Moving one rater's seizure over the other's is fine too.
  second.id = id;
  second.onsetFrame = 90;
  EXPECT_NO_THROW(store.update(second));
  EXPECT_EQ(store.listByRecording(recording_).size(), 2u);
}

TEST_F(EventStoreTest, OpenSeizureOccupiesItsOnsetUntilClosed) {
  EventStore store(db());
  const std::int64_t open = store.add(seizure(1000, std::nullopt));
  EXPECT_NE(rejection(seizure(900, 1001)), "");
  EXPECT_NE(rejection(seizure(1000, std::nullopt)), "") << "two open seizures on one frame";
  const std::int64_t later = store.add(seizure(1500, 1600));  // annotator moves on

  Event closing = *store.find(open);
  closing.offsetFrame = 1700;  // would swallow the later seizure
  try {
    store.update(closing);
    FAIL() << "closing over another seizure accepted";
  } catch (const ValidationError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("[1000, 1700)"), std::string::npos) << message;
    EXPECT_NE(message.find("[1500, 1600)"), std::string::npos) << message;
    EXPECT_NE(message.find("#" + std::to_string(later)), std::string::npos) << message;
  }
  EXPECT_FALSE(store.find(open)->offsetFrame) << "rejected update changed the row";
  closing.offsetFrame = 1400;
  store.update(closing);  // its own range does not count against it
  EXPECT_EQ(store.find(open)->offsetFrame, 1400);
}

TEST_F(EventStoreTest, RemovingRecordingRemovesItsEvents) {
  EventStore store(db());
  store.add(seizure(1, 2));
  RecordingStore(db()).remove(recording_);
  EXPECT_TRUE(store.list().empty());
}

}  // namespace
}  // namespace prodrome::database::test

namespace prodrome::database::test {
namespace {

class EventRestoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    recording_ = addRecording(db());
    run_ = RunStore(db()).add(RunKind::Forecast, "{}");
  }
  std::int64_t addSeizure(Database& d, std::int64_t onset) {
    Event e;
    e.recordingId = recording_;
    e.onsetFrame = onset;
    e.offsetFrame = onset + 300;
    e.notes = "tonic phase";
    return EventStore(d).add(e);
  }
  std::int64_t addReview(Database& d, std::int64_t frame, std::int64_t event) {
    AlarmReview r;
    r.runId = run_;
    r.recordingId = recording_;
    r.frame = frame;
    r.decision = AlarmDecision::Accepted;
    r.eventId = event;
    return AlarmReviewStore(d).record(r);
  }
  std::int64_t addClip(Database& d, std::int64_t event) {
    ClipSet set;
    set.name = "set-" + std::to_string(event);
    Clip clip;
    clip.clipSetId = ClipSetStore(d).add(set);
    clip.recordingId = recording_;
    clip.startFrame = 0;
    clip.endFrame = 100;
    clip.label = ClipLabel::Preictal;
    clip.sourceEventId = event;
    return ClipStore(d).addAll(std::span<const Clip>(&clip, 1)).at(0);
  }
  std::optional<std::int64_t> clipEvent(std::int64_t clipId) {
    Statement q(db(), "SELECT source_event_id FROM clips WHERE id = ?");
    q.bindAll(clipId);
    EXPECT_TRUE(q.step());
    return q.getOptionalInt64(0);
  }
  std::int64_t recording_ = 0, run_ = 0;
};

TEST_F(EventRestoreTest, ARemovedEventComesBackUnderItsIdWithItsLinks) {
  EventStore store(db());
  const auto id = addSeizure(db(), 1000);
  const auto review = addReview(db(), 950, id);
  const auto clip = addClip(db(), id);
  const Event before = *store.find(id);
  const EventLinks links = store.links(id);
  EXPECT_EQ(links.alarmReviews, std::vector<std::int64_t>{review});
  EXPECT_EQ(links.clips, std::vector<std::int64_t>{clip});

  ASSERT_TRUE(store.remove(id));
  EXPECT_FALSE(AlarmReviewStore(db()).find(run_, recording_, 950)->eventId);
  EXPECT_FALSE(clipEvent(clip));
  // The highest id, removed: a plain INTEGER PRIMARY KEY would hand it out again.
  const auto next = addSeizure(db(), 5000);
  EXPECT_GT(next, id);

  store.restore(before, links);
  const auto back = store.find(id);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->onsetFrame, 1000);
  EXPECT_EQ(back->notes, "tonic phase");
  EXPECT_EQ(back->created, before.created);
  EXPECT_EQ(AlarmReviewStore(db()).find(run_, recording_, 950)->eventId, id);
  EXPECT_EQ(clipEvent(clip), id);
  // Twice is refused and changes nothing.
  EXPECT_THROW(store.restore(before, links), ValidationError);
  EXPECT_EQ(store.list().size(), 2u);
}

TEST_F(EventRestoreTest, ALinkClaimedMeanwhileAndARuleBrokenMeanwhileAreRespected) {
  EventStore store(db());
  const auto id = addSeizure(db(), 1000);
  addReview(db(), 950, id);
  const Event before = *store.find(id);
  const EventLinks links = store.links(id);
  ASSERT_TRUE(store.remove(id));
  // The reviewer re-decided the alarm on another seizure before the undo.
  const auto other = addSeizure(db(), 2000);
  addReview(db(), 950, other);
  store.restore(before, links);
  EXPECT_EQ(AlarmReviewStore(db()).find(run_, recording_, 950)->eventId, other);

  // A seizure now covering the removed one's frames: the restore is refused whole.
  ASSERT_TRUE(store.remove(id));
  addSeizure(db(), 1100);
  EXPECT_THROW(store.restore(before, links), ValidationError);
  EXPECT_FALSE(store.find(id));
}

// A v3 file (ids reusable) opens in this build: backed up, rebuilt with
// AUTOINCREMENT, every event, id, link and note kept.
TEST_F(EventRestoreTest, VersionThreeFileUpgradesKeepingIdsAndLinks) {
  database_.reset();
  std::filesystem::remove(file_);
  std::int64_t first = 0, second = 0, review = 0, clip = 0;
  {
    Database v3 = openProject(file_, {}, nullptr, std::span<const MigrationStep>(builtinMigrationSteps()).first(3));
    ASSERT_EQ(v3.userVersion(), 3);
    recording_ = addRecording(v3);
    run_ = RunStore(v3).add(RunKind::Forecast, "{}");
    first = addSeizure(v3, 100);
    second = addSeizure(v3, 1000);
    review = addReview(v3, 900, second);
    clip = addClip(v3, second);
    // v3 reuses the highest id after a deletion: the defect v4 removes.
    ASSERT_TRUE(EventStore(v3).remove(second));
    second = addSeizure(v3, 1000);
    Statement relink(v3, "UPDATE alarm_reviews SET event_id = ? WHERE id = ?");
    relink.bindAll(second, review).execute();
    Statement relinkClip(v3, "UPDATE clips SET source_event_id = ? WHERE id = ?");
    relinkClip.bindAll(second, clip).execute();
  }
  OpenReport report;
  database_.emplace(openProject(file_, {}, &report));
  EXPECT_EQ(report.fromVersion, 3);
  EXPECT_EQ(report.toVersion, kSchemaVersion);
  ASSERT_TRUE(report.backup);
  const auto events = EventStore(db()).list();
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].id, first);
  EXPECT_EQ(events[1].id, second);
  EXPECT_EQ(events[1].notes, "tonic phase");
  EXPECT_EQ(AlarmReviewStore(db()).find(run_, recording_, 900)->eventId, second);
  EXPECT_EQ(clipEvent(clip), second);
  // From now on a removed id stays unused.
  ASSERT_TRUE(EventStore(db()).remove(second));
  EXPECT_GT(addSeizure(db(), 3000), second);
  Statement integrity(db(), "PRAGMA foreign_key_check");
  EXPECT_FALSE(integrity.step());
}

}  // namespace
}  // namespace prodrome::database::test
