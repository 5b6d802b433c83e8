#pragma once
// Which process is running a run. A job's `runs` row says "running" from its
// start to its end, and a process that dies on the way (a crash, kill -9, a
// closed pipe, a full disk on its last write) leaves it so for ever, on
// purpose: the run stays resumable from its last checkpoint. The row alone
// cannot tell a run in progress from an abandoned one, so a job also holds an
// exclusive lock on a small file beside the project while it works,
//   <dir>/<stem>.cache/runs/run-<id>.lock,
// and the kernel drops that lock however its process ends. Readers (`runs
// list`, the project tree, the dock's resumable runs) ask the lock, not the
// row; a resume takes it, so two processes never continue one run.
//
// flock(2) locks belong to an open file, not to a process: a second job of
// the same GUI process is refused like another process would be. They hold
// between processes of one machine and, where the file system carries them
// (NFS with its lock manager), between machines.

#include <cstdint>
#include <filesystem>
#include <string>

namespace prodrome::database {
class Database;
struct Run;
}  // namespace prodrome::database

namespace prodrome::core {

// Who holds a run's lock, as the holder wrote it when it took the lock.
struct RunHolder {
  std::string pid;
  std::string host;
  std::string since;         // ISO 8601 UTC
  std::string text() const;  // "process 123 on host ws-2 since 2026-12-07T13:02:11Z"
};

class RunLock {
 public:
  // Takes run `runId`'s lock and writes this process's id, host and time into
  // it. Throws core::Error naming the holder when another process (or another
  // job of this one) has it, and naming the file when it cannot be made. A
  // project without a file (in memory) has nothing to lock: nothing is done.
  RunLock(const database::Database& db, std::int64_t runId);
  ~RunLock();  // release()
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;

  // Removes the file and drops the lock; idempotent.
  void release() noexcept;

 private:
  int fd_ = -1;
  std::filesystem::path path_;
};

// Where run `runId` of the project in `projectFile` keeps its lock.
std::filesystem::path runLockPath(const std::filesystem::path& projectFile, std::int64_t runId);

// What the lock of a run says now.
struct RunLockState {
  enum class Kind {
    Free,     // no process holds it: a "running" row is abandoned
    Held,     // a process holds it: `holder` says which (fields empty if it wrote nothing yet)
    Unknown,  // no file of its own (in-memory project), or the lock could not be asked
  };
  Kind kind = Kind::Unknown;
  RunHolder holder;
};
RunLockState runLockState(const database::Database& db, std::int64_t runId);

// True for a run stored as running whose lock no process holds: its process
// ended without finishing it. Readers show it as "interrupted". Never true
// for any other stored status, nor when the lock cannot be asked.
bool isInterrupted(const database::Database& db, const database::Run& run);
// The status the command line prints: the stored one ("running",
// "succeeded", ...), or "interrupted" where isInterrupted.
std::string shownStatus(const database::Database& db, const database::Run& run);

}  // namespace prodrome::core
