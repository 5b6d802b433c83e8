#pragma once
// Whether an open file is still the one a path names. A lock taken on an
// open file (flock) protects that file, not its name: another process may
// have removed it and put a new one in its place between our open and our
// lock. Lockers compare the two once they hold the lock (RunLock, StagingFolder).

#include <filesystem>

namespace prodrome::core {

// True when `fd` and `path` are the same file (device and inode); false when
// they differ or either cannot be read.
bool sameFile(int fd, const std::filesystem::path& path);

}  // namespace prodrome::core
