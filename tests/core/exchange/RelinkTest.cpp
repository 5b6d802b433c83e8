// Re-linking moved videos by content (issue 16 §8): a file is taken only when
// its fingerprint is the recording's, wherever it lies under the folder and
// whatever its name; a file of the same size and name but other content is
// not; what is found is stored in one transaction, a cancelled search stores
// nothing.

#include "core/Error.h"
#include "core/exchange/RecordingRelinker.h"
#include "core/video/ContentFingerprint.h"
#include "tests/core/exchange/ExchangeTestUtil.h"

#include <atomic>
#include <fstream>

namespace prodrome::core {
namespace {

// A file of `size` bytes whose content depends on `seed`.
void writeBytes(const std::filesystem::path& path, std::size_t size, unsigned seed) {
  std::filesystem::create_directories(path.parent_path());
  std::string bytes(size, '\0');
  unsigned x = seed * 2654435761u + 1;
  for (char& c : bytes) c = static_cast<char>((x = x * 1664525u + 1013904223u) >> 24);
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

class RelinkTest : public test::ProjectFixture {
 protected:
  // Recording `index` now points at a file that is gone; its fingerprint is that of `content`.
  void moveAway(std::size_t index, const std::filesystem::path& content) {
    database::RecordingStore store(*db_);
    auto r = *store.find(recordingIds_[index]);
    r.fingerprint = contentFingerprint(content);
    r.path = (dir_ / "gone" / content.filename()).string();
    store.update(r);
  }
};

TEST_F(RelinkTest, AFolderGivesBackEveryVideoItHoldsByContent) {
  const auto night1 = dir_ / "originals" / "night1.mp4";
  const auto night2 = dir_ / "originals" / "night2.mp4";
  writeBytes(night1, 3 << 20, 1);  // over 2 MiB: the fingerprint reads the first and last MiB
  writeBytes(night2, 300000, 2);
  moveAway(0, night1);
  moveAway(1, night2);
  // night1 under another name two folders down; in night2's place, a file of
  // its name and size with other content (another night of the same camera).
  const auto moved = dir_ / "drive" / "EMU" / "bed 3" / "renamed.mp4";
  std::filesystem::create_directories(moved.parent_path());
  std::filesystem::copy_file(night1, moved);
  writeBytes(dir_ / "drive" / "night2.mp4", 300000, 3);
  writeBytes(dir_ / "drive" / "notes.txt", 1000, 4);

  const std::string before = test::dumpProject(*db_);
  std::atomic<bool> cancel{true};
  EXPECT_THROW(relinkFromFolder(*db_, dir_ / "drive", {}, &cancel), Cancelled);
  EXPECT_EQ(test::dumpProject(*db_), before);  // a cancelled search stores nothing
  EXPECT_THROW(relinkFromFolder(*db_, dir_ / "drive" / "notes.txt"), Error);

  std::vector<double> progress;
  const auto result = relinkFromFolder(*db_, dir_ / "drive", [&](double f) { progress.push_back(f); });
  EXPECT_EQ(result.missing, 2);
  ASSERT_EQ(result.relinked.size(), 1u);
  EXPECT_EQ(result.relinked[0].first, recordingIds_[0]);
  EXPECT_EQ(result.stillMissing, (std::vector<std::int64_t>{recordingIds_[1]}));
  EXPECT_EQ(result.filesHashed, 2);  // the two files of a missing size; notes.txt is never read
  ASSERT_FALSE(progress.empty());
  EXPECT_DOUBLE_EQ(progress.back(), 1.0);
  database::RecordingStore store(*db_);
  EXPECT_EQ(std::filesystem::path(store.find(recordingIds_[0])->path), std::filesystem::absolute(moved));
  EXPECT_NE(store.find(recordingIds_[1])->path, (dir_ / "drive" / "night2.mp4").string());

  // Nothing missing any more but night2: a second search finds night1 in place.
  const auto again = relinkFromFolder(*db_, dir_ / "drive");
  EXPECT_EQ(again.missing, 1);
  EXPECT_TRUE(again.relinked.empty());
}

// The file at a recording's path is checked to be the one added before its
// frames are scored or cached: same size, other content is another file; so
// is a file cut short; a missing file is named as missing.
TEST_F(RelinkTest, AVideoReplacedAfterItWasAddedIsRefusedByName) {
  const auto night = dir_ / "night.mp4";
  writeBytes(night, 3 << 20, 5);
  database::RecordingStore store(*db_);
  auto row = *store.find(recordingIds_[0]);
  row.path = night.string();
  row.fingerprint = contentFingerprint(night);
  store.update(row);
  EXPECT_NO_THROW(requireLinkedVideo(row));
  const auto refused = [&](const char* what) {
    try {
      requireLinkedVideo(row);
    } catch (const VideoError& e) {
      EXPECT_EQ(e.path(), night.string());
      EXPECT_NE(std::string(e.what()).find("recording " + std::to_string(row.id) + ": "), std::string::npos)
          << e.what();
      return std::string(e.what()).find(what) != std::string::npos;
    }
    return false;
  };
  writeBytes(night, 3 << 20, 6);  // another night, the same size
  EXPECT_TRUE(refused("is no longer the video that was added"));
  writeBytes(night, 2 << 20, 5);  // cut short
  EXPECT_TRUE(refused("is no longer the video that was added"));
  std::filesystem::remove(night);
  EXPECT_TRUE(refused("is missing"));
  // A row whose fingerprint is of another form is only checked for its file.
  writeBytes(night, 1000, 7);
  for (const char* other : {"", "sha256:aa", "1000-C3B7A8079466202AEEF25AE39BB1D7DC", "1000-c3b7"}) {
    row.fingerprint = other;
    EXPECT_NO_THROW(requireLinkedVideo(row)) << other;
  }
  EXPECT_TRUE(isContentFingerprint(contentFingerprint(night)));
}

TEST_F(RelinkTest, OneRecordingTakesOnlyItsOwnVideo) {
  const auto night1 = dir_ / "night1.mp4";
  writeBytes(night1, 500000, 5);
  moveAway(0, night1);
  const auto other = dir_ / "other.mp4";
  writeBytes(other, 500000, 6);
  try {
    relinkRecording(*db_, recordingIds_[0], other);
    FAIL() << "another file's content was accepted";
  } catch (const Error& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("other.mp4' is not its video"), std::string::npos) << message;
    EXPECT_NE(message.find(contentFingerprint(night1)), std::string::npos) << message;  // the expected one
  }
  EXPECT_THROW(relinkRecording(*db_, 9999, night1), Error);
  relinkRecording(*db_, recordingIds_[0], night1);
  EXPECT_EQ(std::filesystem::path(database::RecordingStore(*db_).find(recordingIds_[0])->path),
            std::filesystem::absolute(night1));
}

}  // namespace
}  // namespace prodrome::core
