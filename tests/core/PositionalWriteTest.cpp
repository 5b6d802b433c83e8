// A full disk must read as a full disk: the clip cache once reported
// "cannot write clip cache '…': Success" when pwrite wrote part of a clip.

#include "core/io/AtomicFile.h"
#include "core/io/PositionalWrite.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <filesystem>
#include <string>

#include <fcntl.h>
#include <unistd.h>

using namespace prodrome;

TEST(PositionalWrite, WritesEveryByteAtItsOffset) {
  const auto dir = test::scratchDirectory("positional-write");
  const auto file = dir / "slots.bin";
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  ASSERT_GE(fd, 0);
  const std::string second(70000, 'b'), first = "header";
  // Out of order, as the cache writes clips at their slots.
  EXPECT_EQ(core::writeFullyAt(fd, second.data(), second.size(), 10), 0);
  EXPECT_EQ(core::writeFullyAt(fd, first.data(), first.size(), 0), 0);
  ::close(fd);
  const auto back = core::readWholeFile(file);
  ASSERT_EQ(back.size(), 10 + second.size());
  EXPECT_EQ(back.substr(0, first.size()), first);
  EXPECT_EQ(back.substr(10), second);
  std::filesystem::remove_all(dir);
}

TEST(PositionalWrite, AFullDiskIsNamedNotCalledSuccess) {
  // /dev/full takes no byte: every write fails with ENOSPC.
  const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
  if (fd < 0) GTEST_SKIP() << "no /dev/full here";
  const std::string bytes(4096, 'x');
  EXPECT_EQ(core::writeFullyAt(fd, bytes.data(), bytes.size(), 0), ENOSPC);
  ::close(fd);
  // A closed descriptor: the system's own reason, not 0.
  EXPECT_EQ(core::writeFullyAt(fd, bytes.data(), bytes.size(), 0), EBADF);
}
