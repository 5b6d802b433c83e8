#include "core/Error.h"
#include "core/io/AtomicFile.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

using namespace prodrome;

TEST(AtomicFile, WritesAndReplacesWithoutLeavingTemporaries) {
  const auto dir = test::scratchDirectory("atomic");
  const auto file = dir / "out.bin";
  core::writeFileAtomically(file, "first");
  EXPECT_EQ(core::readWholeFile(file), "first");
  core::writeFileAtomically(file, std::string(100000, 'x'));
  EXPECT_EQ(core::readWholeFile(file).size(), 100000u);
  int entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++entries;
  EXPECT_EQ(entries, 1);
  std::filesystem::remove_all(dir);
}

TEST(AtomicFile, FailureNamesTheFileAndKeepsTheOldContent) {
  const auto dir = test::scratchDirectory("atomic-fail");
  const auto missingDir = dir / "no" / "such" / "dir" / "file.txt";
  try {
    core::writeFileAtomically(missingDir, "x");
    FAIL() << "expected IoError";
  } catch (const core::IoError& e) {
    EXPECT_NE(std::string(e.what()).find("file.txt"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("No such file"), std::string::npos) << e.what();
  }
  EXPECT_THROW(core::readWholeFile(dir / "absent"), core::IoError);
  std::filesystem::remove_all(dir);
}
