// A full disk is named as such, not by SQLite's message alone (which on some
// of its writes is "disk I/O error"), and loses nothing committed before it.
// The disk is a 512-KiB tmpfs in a private mount namespace, so the test needs
// no root and fills nothing of the machine's; skipped where user namespaces
// are not allowed.

#include "database/EventStore.h"
#include "tests/database/TempProject.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace prodrome::database::test {
namespace {

class FileSystemError : public TempProject {
 protected:
  static std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
};

TEST_F(FileSystemError, AFullDiskIsNamedAndWhatWasCommittedStays) {
  if (std::system("unshare --user --map-root-user --mount sh -c 'mount -t tmpfs -o size=64k tmpfs /mnt' "
                  ">/dev/null 2>&1") != 0)
    GTEST_SKIP() << "no private mount namespace here (unshare --user --mount refused)";
  const auto disk = directory_ / "disk";
  const auto kept = directory_ / "kept";
  std::filesystem::create_directories(disk);
  std::filesystem::create_directories(kept);
  // The crash helper adds one event per transaction until a commit fails,
  // printing each id once its commit has returned; then the files are copied
  // off the full disk, which vanishes with its namespace.
  const std::string command =
      "unshare --user --map-root-user --mount sh -c '"
      "mount -t tmpfs -o size=512k tmpfs \"$1\" && \"$2\" \"$1/p.prodrome\"; echo $? > \"$3/exit\"; "
      "cp \"$1\"/p.prodrome* \"$3\"/' sh '" +
      disk.string() + "' '" PRODROME_DATABASE_CRASH_HELPER "' '" + kept.string() + "' > '" +
      (kept / "ids").string() + "' 2> '" + (kept / "errors").string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << slurp(kept / "errors");
  EXPECT_EQ(slurp(kept / "exit"), "1\n");
  const std::string errors = slurp(kept / "errors");
  EXPECT_NE(errors.find((disk / "p.prodrome").string()), std::string::npos) << errors;
  EXPECT_NE(errors.find("bytes free on the disk that holds it)"), std::string::npos) << errors;

  std::istringstream ids(slurp(kept / "ids"));
  std::int64_t last = 0;
  for (std::int64_t id; ids >> id;) last = id;
  ASSERT_GT(last, 0) << "no event was committed before the disk filled";
  Database db = openProject(kept / "p.prodrome");
  EXPECT_TRUE(EventStore(db).find(last).has_value()) << "event " << last << " was reported committed and is gone";
}

}  // namespace
}  // namespace prodrome::database::test
