#pragma once
// The `runs` row of one job: created with its full config (seed, data, code
// revision, device) before any work, marked running, then succeeded, failed
// or cancelled however the job ends, so a crash leaves "running" with the
// last checkpoint to resume from, and nothing finishes unrecorded. While it
// is open it holds the run's lock (core/runs/RunLock.h), which tells readers
// a run in progress from one whose process died.

#include "core/Error.h"
#include "core/runs/JsonText.h"  // for the records' callers
#include "core/runs/RunLock.h"
#include "database/RunStore.h"

#include <QJsonObject>

#include <cstdint>
#include <memory>
#include <string>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

class RunRecord {
 public:
  // Adds code revision, version and host facts to `config` and stores it.
  RunRecord(database::Database& db, database::RunKind kind, QJsonObject config);
  // Reattaches to an existing run of `kind` (resume) and marks it running
  // again; throws what resumableJob throws, or RunLock's error while another
  // process (or another job of this one) still runs it.
  RunRecord(database::Database& db, std::int64_t runId, database::RunKind kind);
  // The stored job config of a run that can be resumed as `kind` (its own
  // kind, not succeeded, with a job config of that kind: a few-shot
  // evaluation keeps no checkpoint). Throws core::Error naming what is
  // wrong; changes nothing, so a refused resume leaves the run resumable.
  static QJsonObject resumableJob(database::Database& db, std::int64_t runId, database::RunKind kind);
  // A run still open when destroyed (an exception passed) is marked failed.
  ~RunRecord();
  RunRecord(const RunRecord&) = delete;
  RunRecord& operator=(const RunRecord&) = delete;

  std::int64_t id() const { return id_; }
  const QJsonObject& config() const { return config_; }
  void log(const std::string& line);
  void finish(database::RunStatus status, const QJsonObject& metrics);
  void fail(const std::string& message);

 private:
  database::Database& db_;
  std::int64_t id_ = 0;
  QJsonObject config_;
  std::unique_ptr<RunLock> lock_;  // held from the start until the run ends
  bool open_ = true;
};

// Runs a job's body, which finishes `run` itself when it succeeds. A
// Cancelled marks the run cancelled and returns `outcome` with cancelled
// set; any other error marks it failed (its message in the log) and goes on.
template <typename Outcome, typename Body>
Outcome runRecorded(RunRecord& run, Outcome& outcome, Body&& body) {
  try {
    return body();
  } catch (const Cancelled&) {
    run.finish(database::RunStatus::Cancelled, {});
    outcome.cancelled = true;
    return outcome;
  } catch (const std::exception& e) {
    run.fail(messageOf(e));
    throw;
  }
}

}  // namespace prodrome::core
