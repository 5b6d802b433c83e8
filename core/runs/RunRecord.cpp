#include "core/runs/RunRecord.h"

#include "core/Error.h"
#include "core/GitRevision.h"

#include <QJsonDocument>
#include <QSysInfo>

#include <cmath>

namespace prodrome::core {

RunRecord::RunRecord(database::Database& db, database::RunKind kind, QJsonObject config)
    : db_(db), config_(std::move(config)) {
  config_["code_revision"] = gitRevision();
  config_["prodrome_version"] = PRODROME_VERSION;
  config_["host"] = QSysInfo::prettyProductName() + " " + QSysInfo::currentCpuArchitecture();
  database::RunStore runs(db_);
  id_ = runs.add(kind, toJsonText(config_));
  try {
    lock_ = std::make_unique<RunLock>(db_, id_);
  } catch (const std::exception& e) {
    // Never left "pending": the row says why the job did not start.
    fail(messageOf(e));
    throw;
  }
  runs.markStarted(id_);
}

QJsonObject RunRecord::resumableJob(database::Database& db, std::int64_t runId, database::RunKind kind) {
  const auto run = database::RunStore(db).find(runId);
  const auto name = "run " + std::to_string(runId);
  if (!run) throw Error(name + " does not exist");
  if (run->kind != kind)
    throw Error(name + " is a " + std::string(database::toString(run->kind)) + " run, not " +
                std::string(database::toString(kind)));
  if (run->status == database::RunStatus::Succeeded) throw Error(name + " has already succeeded: nothing to resume");
  const QString key = kind == database::RunKind::Pretrain   ? "pretrain"
                      : kind == database::RunKind::Finetune ? "finetune"
                                                            : "forecast";
  const auto config = parseJsonObject(run->config, name + "'s config");
  if (!config.contains(key) || !config[key].isObject())
    throw Error(name + " keeps no checkpoint to resume (a few-shot evaluation starts again as a new run)");
  return config[key].toObject();
}

RunRecord::RunRecord(database::Database& db, std::int64_t runId, database::RunKind kind) : db_(db), id_(runId) {
  // The lock first: the run's status is only worth reading once no other
  // process can be moving it on.
  lock_ = std::make_unique<RunLock>(db_, runId);
  resumableJob(db, runId, kind);
  config_ = parseJsonObject(database::RunStore(db_).find(runId)->config, "run " + std::to_string(runId) + "'s config");
  database::RunStore(db_).setStatus(id_, database::RunStatus::Running);
}

RunRecord::~RunRecord() {
  if (!open_) return;
  try {
    database::RunStore(db_).markEnded(id_, database::RunStatus::Failed);
  } catch (...) {
    // The run stays "running": what a crash would leave, and resumable.
  }
}

void RunRecord::log(const std::string& line) { database::RunStore(db_).appendLog(id_, line + "\n"); }

void RunRecord::finish(database::RunStatus status, const QJsonObject& metrics) {
  database::RunStore runs(db_);
  runs.setMetrics(id_, toJsonText(metrics));
  runs.markEnded(id_, status);
  open_ = false;
  lock_.reset();
}

void RunRecord::fail(const std::string& message) {
  log("error: " + message);
  database::RunStore(db_).markEnded(id_, database::RunStatus::Failed);
  open_ = false;
  lock_.reset();
}

}  // namespace prodrome::core
