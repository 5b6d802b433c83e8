#include "core/exchange/StagingFolder.h"

#include "core/Error.h"
#include "core/io/FileIdentity.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <vector>

namespace prodrome::core {

namespace {

std::atomic<int> made{0};  // two exports of one process never share a name

int openFolder(const std::filesystem::path& path) { return ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); }

}  // namespace

int StagingFolder::removeAbandoned(const std::filesystem::path& parent) {
  std::error_code error;
  std::vector<std::filesystem::path> candidates;
  for (std::filesystem::directory_iterator it(parent, error), end; !error && it != end; it.increment(error)) {
    const auto name = it->path().filename().string();
    if (name.rfind(kPrefix, 0) == 0 && it->is_directory(error)) candidates.push_back(it->path());
  }
  int removed = 0;
  for (const auto& path : candidates) {
    const int fd = openFolder(path);
    if (fd < 0) continue;
    // Holding the lock while removing: its maker, if it is just starting,
    // finds its folder gone once it gets the lock and makes another.
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
      std::error_code ignored;
      if (std::filesystem::remove_all(path, ignored) > 0) ++removed;
    }
    ::close(fd);
  }
  return removed;
}

StagingFolder::StagingFolder(const std::filesystem::path& parent) {
  removeAbandoned(parent);
  for (int attempt = 0; attempt < 100; ++attempt) {
    path_ = parent / (kPrefix + std::to_string(::getpid()) + "-" + std::to_string(++made));
    std::error_code error;
    std::filesystem::remove_all(path_, error);  // a dead process's of the same id
    if (!std::filesystem::create_directory(path_, error) && error)
      throw IoError("cannot make the staging folder '" + path_.string() + "': " + error.message());
    fd_ = openFolder(path_);
    if (fd_ < 0) continue;  // removed by another export's sweep before we opened it
    if (::flock(fd_, LOCK_EX) != 0) {
      const std::string cause = std::strerror(errno);
      ::close(fd_);
      fd_ = -1;
      throw IoError("cannot lock the staging folder '" + path_.string() + "': " + cause);
    }
    if (sameFile(fd_, path_)) return;
    ::close(fd_);  // swept between its making and our lock: make another
    fd_ = -1;
  }
  throw IoError("cannot keep a staging folder in '" + parent.string() + "': each one made was removed at once");
}

StagingFolder::~StagingFolder() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
  if (fd_ >= 0) ::close(fd_);  // the lock goes after the folder: no sweep sees it half-removed
}

void StagingFolder::moveInto(const std::string& name, const std::filesystem::path& dir) const {
  std::error_code error;
  std::filesystem::rename(path_ / name, dir / name, error);
  if (error) throw IoError("cannot move clip '" + name + "' into '" + dir.string() + "': " + error.message());
}

}  // namespace prodrome::core
