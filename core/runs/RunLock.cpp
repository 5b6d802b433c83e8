#include "core/runs/RunLock.h"

#include "core/Error.h"
#include "core/io/FileIdentity.h"
#include "core/runs/ModelFiles.h"
#include "database/Database.h"
#include "database/RunStore.h"

#include <QDateTime>
#include <QSysInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <optional>
#include <system_error>
#include <thread>

namespace prodrome::core {

namespace {

// A reader's probe holds a shared lock for a few microseconds; a job taking
// the lock retries this long before it calls the run taken.
constexpr int kAttempts = 40;
constexpr auto kPause = std::chrono::milliseconds(25);

std::string errnoText(int error) { return std::strerror(error); }

// Reads what the holder wrote ("pid=…\nhost=…\nsince=…\n"); empty fields
// for a holder that has not written yet.
RunHolder readHolder(int fd) {
  char buffer[1024];
  const ssize_t n = ::pread(fd, buffer, sizeof buffer, 0);
  RunHolder holder;
  if (n <= 0) return holder;
  std::string_view text(buffer, static_cast<std::size_t>(n));
  while (!text.empty()) {
    const auto end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    const auto equals = line.find('=');
    if (equals != std::string_view::npos) {
      const std::string_view key = line.substr(0, equals);
      const std::string value(line.substr(equals + 1));
      if (key == "pid") holder.pid = value;
      if (key == "host") holder.host = value;
      if (key == "since") holder.since = value;
    }
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return holder;
}

}  // namespace

std::string RunHolder::text() const {
  std::string out = "process " + (pid.empty() ? std::string("?") : pid);
  if (!host.empty()) out += " on host " + host;
  if (!since.empty()) out += " since " + since;
  return out;
}

std::filesystem::path runLockPath(const std::filesystem::path& projectFile, std::int64_t runId) {
  return cacheDirectory(projectFile) / "runs" / ("run-" + std::to_string(runId) + ".lock");
}

namespace {

// The lock file of a run of `db`'s project; nullopt for a project without a file.
std::optional<std::filesystem::path> lockPathOf(const database::Database& db, std::int64_t runId) {
  if (!db.hasFile()) return std::nullopt;
  return runLockPath(std::filesystem::absolute(db.path()), runId);
}

}  // namespace

RunLock::RunLock(const database::Database& db, std::int64_t runId) {
  const auto where = lockPathOf(db, runId);
  if (!where) return;
  const auto& path = *where;
  const std::string run = "run " + std::to_string(runId);
  std::error_code made;
  std::filesystem::create_directories(path.parent_path(), made);
  if (made)
    throw Error("cannot make the folder of " + run + "'s lock '" + path.parent_path().string() +
                "': " + made.message());
  for (int attempt = 1;; ++attempt) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) throw Error("cannot make " + run + "'s lock file '" + path.string() + "': " + errnoText(errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      const int error = errno;
      if (error == EWOULDBLOCK && attempt < kAttempts) {
        ::close(fd);
        std::this_thread::sleep_for(kPause);
        continue;
      }
      const RunHolder holder = readHolder(fd);
      ::close(fd);
      if (error == EWOULDBLOCK)
        throw Error(run + " is being run by " + holder.text() + " (its lock '" + path.string() +
                    "' is held): wait for it to end, or cancel it there");
      throw Error("cannot lock " + run + "'s lock file '" + path.string() + "': " + errnoText(error));
    }
    // A holder that finishes removes the file before it unlocks, so the file
    // opened here may have been removed meanwhile: a lock on it guards nothing.
    if (!sameFile(fd, path)) {
      ::close(fd);
      if (attempt < kAttempts) continue;
      throw Error("cannot lock " + run + "'s lock file '" + path.string() + "': it keeps being replaced");
    }
    fd_ = fd;
    path_ = path;
    break;
  }
  // Who holds it, for the messages of those refused. The lock is what
  // counts: a text that cannot be written (a full disk) only leaves them
  // saying less.
  const std::string text = "pid=" + std::to_string(::getpid()) + "\nhost=" + QSysInfo::machineHostName().toStdString() +
                           "\nsince=" + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString() + "\n";
  if (::ftruncate(fd_, 0) == 0) {
    const ssize_t written = ::pwrite(fd_, text.data(), text.size(), 0);
    static_cast<void>(written);
  }
}

RunLock::~RunLock() { release(); }

void RunLock::release() noexcept {
  if (fd_ < 0) return;
  // Removed while still locked, so no one takes a lock on it afterwards
  // believing it guards the run (see the constructor's check).
  std::error_code ignored;
  std::filesystem::remove(path_, ignored);
  ::close(fd_);
  fd_ = -1;
}

RunLockState runLockState(const database::Database& db, std::int64_t runId) {
  RunLockState state;
  const auto path = lockPathOf(db, runId);
  if (!path) return state;
  const int fd = ::open(path->c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    // No file: no job holds it (a job makes it first). Runs stored before
    // locks existed read so too.
    if (errno == ENOENT) state.kind = RunLockState::Kind::Free;
    return state;
  }
  if (::flock(fd, LOCK_SH | LOCK_NB) == 0) {
    ::flock(fd, LOCK_UN);
    state.kind = RunLockState::Kind::Free;
  } else if (errno == EWOULDBLOCK) {
    state.kind = RunLockState::Kind::Held;
    state.holder = readHolder(fd);
  }
  ::close(fd);
  return state;
}

bool isInterrupted(const database::Database& db, const database::Run& run) {
  return run.status == database::RunStatus::Running && runLockState(db, run.id).kind == RunLockState::Kind::Free;
}

std::string shownStatus(const database::Database& db, const database::Run& run) {
  return isInterrupted(db, run) ? "interrupted" : std::string(database::toString(run.status));
}

}  // namespace prodrome::core
