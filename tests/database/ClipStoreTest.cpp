#include "StoreTest.h"

#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/DatabaseError.h"

namespace prodrome::database::test {
namespace {

using ClipStoreTest = StoreTest;

TEST_F(ClipStoreTest, ClipSetCrud) {
  ClipSetStore sets(db());
  const std::string params = R"({"length_s":5,"horizon_s":5,"stride_s":1})";
  const std::int64_t id = sets.add(ClipSet{0, "rodent-5s", params, 1234, ""});
  auto found = sets.find(id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->name, "rodent-5s");
  EXPECT_EQ(found->params, params);
  EXPECT_EQ(found->seed, 1234);
  EXPECT_FALSE(found->created.empty());
  EXPECT_EQ(sets.findByName("rodent-5s")->id, id);
  EXPECT_FALSE(sets.findByName("nope"));
  EXPECT_THROW(sets.add(ClipSet{0, "rodent-5s", "{}", 1, ""}), DatabaseError) << "duplicate name";
  EXPECT_THROW(sets.add(ClipSet{0, "bad-json", "{length:", 1, ""}), DatabaseError);
  EXPECT_EQ(sets.list().size(), 1u);
  EXPECT_TRUE(sets.remove(id));
  EXPECT_TRUE(sets.list().empty());
}

TEST_F(ClipStoreTest, BulkInsertIsAllOrNothing) {
  const std::int64_t recording = addRecording(db());
  Event event;
  event.recordingId = recording;
  event.onsetFrame = 9000;
  event.offsetFrame = 9600;
  const std::int64_t seizure = EventStore(db()).add(event);
  const std::int64_t set = ClipSetStore(db()).add(ClipSet{0, "s", "{}", 7, ""});

  std::vector<Clip> clips;
  for (int i = 0; i < 1000; ++i) {
    Clip clip;
    clip.clipSetId = set;
    clip.recordingId = recording;
    clip.startFrame = i * 150;
    clip.endFrame = i * 150 + 150;
    clip.label = i % 2 ? ClipLabel::Normal : ClipLabel::Preictal;
    clip.split = i < 800 ? "train" : "test";
    if (clip.label == ClipLabel::Preictal) clip.sourceEventId = seizure;
    clips.push_back(clip);
  }
  ClipStore store(db());
  const auto ids = store.addAll(clips);
  ASSERT_EQ(ids.size(), clips.size());
  EXPECT_EQ(store.countBySet(set), 1000);
  const auto back = store.listBySet(set);
  ASSERT_EQ(back.size(), 1000u);
  EXPECT_EQ(back[1].id, ids[1]);
  EXPECT_EQ(back[1].startFrame, 150);
  EXPECT_EQ(back[1].endFrame, 300);
  EXPECT_EQ(back[1].label, ClipLabel::Normal);
  EXPECT_FALSE(back[1].sourceEventId);
  EXPECT_EQ(back[0].sourceEventId, seizure);
  EXPECT_EQ(back[999].split, "test");

  store.setSplit(ids[0], "val");
  EXPECT_EQ(store.listBySet(set)[0].split, "val");

  // One bad clip (end before start) and none of the batch lands.
  clips.resize(10);
  clips[9].endFrame = clips[9].startFrame;
  EXPECT_THROW(store.addAll(clips), DatabaseError);
  EXPECT_EQ(store.countBySet(set), 1000);

  // Deleting the source event keeps the clips, without the link.
  EventStore(db()).remove(seizure);
  EXPECT_FALSE(store.listBySet(set)[0].sourceEventId);
  // Deleting the set deletes its clips.
  ClipSetStore(db()).remove(set);
  EXPECT_EQ(store.countBySet(set), 0);
}

}  // namespace
}  // namespace prodrome::database::test
