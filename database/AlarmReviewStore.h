#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prodrome::database {

class Database;

enum class AlarmDecision { Accepted, Rejected };
std::string_view toString(AlarmDecision decision);
AlarmDecision alarmDecisionFromString(std::string_view text);  // throws ValidationError

// A reviewer's verdict on one alarm of a forecast run (schema v3): the alarm
// that fired at window end `frame` of the run's curve on a recording.
// Accepted: a seizure follows (eventId names the seizure confirmed or created,
// empty once that event was deleted). Rejected: a false alarm.
struct AlarmReview {
  std::int64_t id = 0;  // assigned by the store
  std::int64_t runId = 0;
  std::int64_t recordingId = 0;
  std::int64_t frame = 0;
  AlarmDecision decision = AlarmDecision::Rejected;
  std::optional<std::int64_t> eventId;
  std::string reviewer;
  std::string decidedAt;  // ISO 8601 UTC, set by the store
};

// Each call is one committed transaction. GUI thread (or any one thread per
// Database connection).
class AlarmReviewStore {
 public:
  explicit AlarmReviewStore(Database& database) : database_(database) {}

  // Stores the decision on (run, recording, frame), replacing an earlier one
  // on the same alarm (the reviewer changed their mind); returns the row id.
  std::int64_t record(const AlarmReview& review);
  // Forgets the decision on one alarm; false when there was none.
  bool remove(std::int64_t runId, std::int64_t recordingId, std::int64_t frame);

  std::optional<AlarmReview> find(std::int64_t runId, std::int64_t recordingId, std::int64_t frame);
  std::vector<AlarmReview> listByRunAndRecording(std::int64_t runId, std::int64_t recordingId);  // by frame
  std::vector<AlarmReview> listByRun(std::int64_t runId);  // by recording, then frame

 private:
  Database& database_;
};

}  // namespace prodrome::database
