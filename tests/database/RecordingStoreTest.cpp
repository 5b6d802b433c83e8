#include "StoreTest.h"

#include "database/DatabaseError.h"

namespace prodrome::database::test {
namespace {

using RecordingStoreTest = StoreTest;

TEST_F(RecordingStoreTest, CrudAndRelinkByFingerprint) {
  const std::int64_t subject = SubjectStore(db()).add(Subject{0, "P01", Species::Human, ""});
  RecordingStore store(db());
  Recording recording;
  recording.subjectId = subject;
  recording.path = "/emu/night1/cam1.mkv";
  recording.fingerprint = "xxh3:0123456789abcdef";
  recording.fps = 30000.0 / 1001.0;
  recording.frameCount = 107892;
  recording.width = 1920;
  recording.height = 1080;
  recording.startTime = "2024-03-01T22:00:00Z";
  recording.camera = "bed left";
  const std::int64_t id = store.add(recording);

  auto found = store.find(id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->path, recording.path);
  EXPECT_DOUBLE_EQ(found->fps, recording.fps);
  EXPECT_EQ(found->frameCount, 107892);
  EXPECT_EQ(found->width, 1920);
  EXPECT_EQ(found->startTime, recording.startTime);
  EXPECT_EQ(found->camera, "bed left");

  // The video moved: found again by content, then re-linked.
  const auto candidates = store.findByFingerprint("xxh3:0123456789abcdef");
  ASSERT_EQ(candidates.size(), 1u);
  EXPECT_EQ(candidates[0].id, id);
  store.updatePath(id, "/archive/2024/night1.mkv");
  EXPECT_EQ(store.find(id)->path, "/archive/2024/night1.mkv");
  EXPECT_EQ(store.findByPath("/archive/2024/night1.mkv")->id, id);
  EXPECT_FALSE(store.findByPath("/emu/night1/cam1.mkv"));
  EXPECT_TRUE(store.findByFingerprint("xxh3:other").empty());

  found = store.find(id);
  found->startTime.reset();
  found->camera = "ceiling";
  store.update(*found);
  EXPECT_FALSE(store.find(id)->startTime);
  EXPECT_EQ(store.find(id)->camera, "ceiling");

  EXPECT_EQ(store.listBySubject(subject).size(), 1u);
  EXPECT_EQ(store.list().size(), 1u);
  EXPECT_THROW(store.updatePath(id + 100, "/x"), ValidationError);
  EXPECT_TRUE(store.remove(id));
  EXPECT_FALSE(store.find(id));
}

TEST_F(RecordingStoreTest, UnknownSubjectAndBadValuesAreRejected) {
  RecordingStore store(db());
  Recording recording{.id = 0,
                      .subjectId = 42,
                      .path = "/a.mp4",
                      .fingerprint = "f",
                      .fps = 25,
                      .frameCount = 0,
                      .width = 0,
                      .height = 0,
                      .startTime = std::nullopt,
                      .camera = ""};
  try {
    store.add(recording);
    FAIL() << "recording of a missing subject";
  } catch (const ValidationError& error) {
    EXPECT_NE(std::string(error.what()).find("subject #42"), std::string::npos) << error.what();
  }
  recording.subjectId = SubjectStore(db()).add(Subject{0, "P", Species::Human, ""});
  recording.fps = 0;
  EXPECT_THROW(store.add(recording), DatabaseError) << "fps 0 accepted";
  EXPECT_TRUE(store.list().empty());
}

}  // namespace
}  // namespace prodrome::database::test
