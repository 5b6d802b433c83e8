#include "database/RunStore.h"

#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/Transaction.h"

namespace prodrome::database {

namespace {

constexpr const char* kRunColumns = "SELECT id, kind, config, status, metrics, log, started, ended FROM runs ";
constexpr const char* kNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

Run readRun(const Statement& row) {
  Run run;
  run.id = row.getInt64(0);
  run.kind = runKindFromString(row.getText(1));
  run.config = row.getText(2);
  run.status = runStatusFromString(row.getText(3));
  run.metrics = row.getText(4);
  run.log = row.getText(5);
  run.started = row.getOptionalText(6);
  run.ended = row.getOptionalText(7);
  return run;
}

}  // namespace

std::string_view toString(RunKind kind) {
  switch (kind) {
    case RunKind::Pretrain:
      return "pretrain";
    case RunKind::Finetune:
      return "finetune";
    case RunKind::Forecast:
      return "forecast";
  }
  return "pretrain";
}

RunKind runKindFromString(std::string_view text) {
  if (text == "pretrain") return RunKind::Pretrain;
  if (text == "finetune") return RunKind::Finetune;
  if (text == "forecast") return RunKind::Forecast;
  throw ValidationError("unknown run kind '" + std::string(text) + "' (expected pretrain, finetune or forecast)");
}

std::string_view toString(RunStatus status) {
  switch (status) {
    case RunStatus::Pending:
      return "pending";
    case RunStatus::Running:
      return "running";
    case RunStatus::Succeeded:
      return "succeeded";
    case RunStatus::Failed:
      return "failed";
    case RunStatus::Cancelled:
      return "cancelled";
  }
  return "pending";
}

RunStatus runStatusFromString(std::string_view text) {
  for (RunStatus status :
       {RunStatus::Pending, RunStatus::Running, RunStatus::Succeeded, RunStatus::Failed, RunStatus::Cancelled})
    if (toString(status) == text) return status;
  throw ValidationError("unknown run status '" + std::string(text) + "'");
}

std::int64_t RunStore::add(RunKind kind, std::string_view configJson) {
  Transaction transaction(database_);
  database_.cached("INSERT INTO runs (kind, config) VALUES (?, ?)")->bindAll(toString(kind), configJson).execute();
  const std::int64_t id = database_.lastInsertRowId();
  transaction.commit();
  return id;
}

void RunStore::updateOne(std::int64_t id, std::string_view sql, std::string_view value, const char* what) {
  Transaction transaction(database_);
  database_.cached(sql)->bindAll(value, id).execute();
  if (database_.changes() == 0)
    throw ValidationError(std::string("cannot ") + what + " of run #" + std::to_string(id) + ": no such run");
  transaction.commit();
}

void RunStore::markStarted(std::int64_t id) {
  updateOne(id, std::string("UPDATE runs SET status = ?, started = ") + kNow + ", ended = NULL WHERE id = ?",
            toString(RunStatus::Running), "mark the start");
}

void RunStore::markEnded(std::int64_t id, RunStatus status) {
  updateOne(id, std::string("UPDATE runs SET status = ?, ended = ") + kNow + " WHERE id = ?", toString(status),
            "mark the end");
}

void RunStore::setStatus(std::int64_t id, RunStatus status) {
  updateOne(id, "UPDATE runs SET status = ? WHERE id = ?", toString(status), "set the status");
}

void RunStore::setMetrics(std::int64_t id, std::string_view metricsJson) {
  updateOne(id, "UPDATE runs SET metrics = ? WHERE id = ?", metricsJson, "set the metrics");
}

void RunStore::appendLog(std::int64_t id, std::string_view text) {
  updateOne(id, "UPDATE runs SET log = log || ? WHERE id = ?", text, "append to the log");
}

bool RunStore::remove(std::int64_t id) {
  Transaction transaction(database_);
  database_.cached("DELETE FROM runs WHERE id = ?")->bindAll(id).execute();
  const bool removed = database_.changes() > 0;
  transaction.commit();
  return removed;
}

std::optional<Run> RunStore::find(std::int64_t id) {
  auto query = database_.cached(std::string(kRunColumns) + "WHERE id = ?");
  query->bindAll(id);
  if (!query->step()) return std::nullopt;
  return readRun(*query);
}

std::vector<Run> RunStore::list() {
  auto query = database_.cached(std::string(kRunColumns) + "ORDER BY id");
  std::vector<Run> runs;
  while (query->step()) runs.push_back(readRun(*query));
  return runs;
}

}  // namespace prodrome::database
