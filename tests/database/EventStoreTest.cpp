#include "StoreTest.h"

#include "database/DatabaseError.h"

#include <chrono>
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
