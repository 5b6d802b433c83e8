#include "core/exchange/StagingFolder.h"

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <QTemporaryDir>

#include <fstream>
#include <optional>
#include <set>
#include <string>

using prodrome::core::StagingFolder;

namespace {

std::set<std::string> entries(const std::filesystem::path& dir) {
  std::set<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir)) names.insert(e.path().filename().string());
  return names;
}

// A staging folder whose maker died holding it: the child makes one, writes
// into it and ends without its destructors, as kill -9 would end it.
std::string folderOfADeadProcess(const std::filesystem::path& parent) {
  int out[2];
  if (::pipe(out) != 0) return "";
  const pid_t child = ::fork();
  if (child == 0) {
    ::close(out[0]);
    auto* staging = new StagingFolder(parent);  // never deleted: the process dies with it
    std::ofstream(staging->path() / "clip_000001.mp4") << "half a clip";
    const auto name = staging->path().filename().string();
    [[maybe_unused]] const auto n = ::write(out[1], name.data(), name.size());
    ::_exit(0);
  }
  ::close(out[1]);
  char buffer[256] = {};
  const auto n = ::read(out[0], buffer, sizeof buffer - 1);
  ::close(out[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  return n > 0 ? std::string(buffer, static_cast<size_t>(n)) : "";
}

}  // namespace

TEST(StagingFolder, IsRemovedWithWhatItHoldsWhenItGoes) {
  QTemporaryDir tmp;
  const std::filesystem::path parent = tmp.path().toStdString();
  std::filesystem::path made;
  {
    StagingFolder staging(parent);
    made = staging.path();
    std::ofstream(made / "a.mp4") << "x";
    EXPECT_EQ(made.filename().string().rfind(StagingFolder::kPrefix, 0), 0u);
  }
  EXPECT_FALSE(std::filesystem::exists(made));
  EXPECT_TRUE(entries(parent).empty());
}

TEST(StagingFolder, TheNextExportRemovesADeadProcesssFolderAndNoLiveOne) {
  QTemporaryDir tmp;
  const std::filesystem::path parent = tmp.path().toStdString();
  const auto dead = folderOfADeadProcess(parent);
  ASSERT_FALSE(dead.empty());
  ASSERT_TRUE(std::filesystem::exists(parent / dead / "clip_000001.mp4"));  // the case to mend

  std::optional<StagingFolder> live(parent);  // another export at work
  std::ofstream(live->path() / "clip_000002.mp4") << "being written";
  std::filesystem::create_directory(parent / ".other-hidden");  // not ours: never touched
  std::ofstream(parent / "clip_000003.mp4") << "an exported clip";

  StagingFolder next(parent);
  EXPECT_FALSE(std::filesystem::exists(parent / dead));
  EXPECT_TRUE(std::filesystem::exists(live->path() / "clip_000002.mp4"));
  EXPECT_EQ(entries(parent), (std::set<std::string>{live->path().filename().string(), next.path().filename().string(),
                                                    ".other-hidden", "clip_000003.mp4"}));
  live.reset();
  EXPECT_EQ(StagingFolder::removeAbandoned(parent), 0);  // nothing abandoned: live removed its own
  EXPECT_TRUE(std::filesystem::exists(next.path()));     // and `next` is held
}

TEST(StagingFolder, AFolderLeftByAnOlderProdromeWithoutALockIsRemoved) {
  QTemporaryDir tmp;
  const std::filesystem::path parent = tmp.path().toStdString();
  std::filesystem::create_directories(parent / ".prodrome-export-4242-1");
  std::ofstream(parent / ".prodrome-export-4242-1" / "clip_000001.mp4") << "half";
  EXPECT_EQ(StagingFolder::removeAbandoned(parent), 1);
  EXPECT_TRUE(entries(parent).empty());
}
