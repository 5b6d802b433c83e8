#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prodrome::database {

class Database;

enum class RunKind { Pretrain, Finetune, Forecast };
std::string_view toString(RunKind kind);
RunKind runKindFromString(std::string_view text);  // throws ValidationError

enum class RunStatus { Pending, Running, Succeeded, Failed, Cancelled };
std::string_view toString(RunStatus status);
RunStatus runStatusFromString(std::string_view text);  // throws ValidationError

struct Run {
  std::int64_t id = 0;  // assigned by the store
  RunKind kind = RunKind::Pretrain;
  std::string config = "{}";  // JSON: model, data, seed, git revision, device...
  RunStatus status = RunStatus::Pending;
  std::string metrics = "{}";  // JSON
  std::string log;
  std::optional<std::string> started;  // ISO 8601 UTC
  std::optional<std::string> ended;    // ISO 8601 UTC
};

// Training and forecasting jobs. A job's worker calls these from its own
// thread through its own Database connection.
class RunStore {
 public:
  explicit RunStore(Database& database) : database_(database) {}

  std::int64_t add(RunKind kind, std::string_view configJson);
  void markStarted(std::int64_t id);                  // running, started = now
  void markEnded(std::int64_t id, RunStatus status);  // ended = now
  void setStatus(std::int64_t id, RunStatus status);
  void setMetrics(std::int64_t id, std::string_view metricsJson);
  void appendLog(std::int64_t id, std::string_view text);
  bool remove(std::int64_t id);  // deletes its predictions too

  std::optional<Run> find(std::int64_t id);
  std::vector<Run> list();  // ordered by id

 private:
  void updateOne(std::int64_t id, std::string_view sql, std::string_view value, const char* what);

  Database& database_;
};

}  // namespace prodrome::database
