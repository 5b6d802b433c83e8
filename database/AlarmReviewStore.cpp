#include "database/AlarmReviewStore.h"

#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/Transaction.h"

namespace prodrome::database {

namespace {

constexpr const char* kAlarmReviewColumns =
    "SELECT id, run_id, recording_id, frame, decision, event_id, reviewer, decided_at FROM alarm_reviews ";

AlarmReview readReview(const Statement& row) {
  AlarmReview review;
  review.id = row.getInt64(0);
  review.runId = row.getInt64(1);
  review.recordingId = row.getInt64(2);
  review.frame = row.getInt64(3);
  review.decision = alarmDecisionFromString(row.getText(4));
  review.eventId = row.getOptionalInt64(5);
  review.reviewer = row.getText(6);
  review.decidedAt = row.getText(7);
  return review;
}

}  // namespace

std::string_view toString(AlarmDecision decision) {
  return decision == AlarmDecision::Accepted ? "accepted" : "rejected";
}

AlarmDecision alarmDecisionFromString(std::string_view text) {
  if (text == "accepted") return AlarmDecision::Accepted;
  if (text == "rejected") return AlarmDecision::Rejected;
  throw ValidationError("unknown alarm decision '" + std::string(text) + "' (expected accepted or rejected)");
}

std::int64_t AlarmReviewStore::record(const AlarmReview& review) {
  if (review.frame < 0)
    throw ValidationError("record alarm decision: frame " + std::to_string(review.frame) + " is negative");
  Transaction transaction(database_);
  // An upsert keeps the row id of an earlier decision, so that whatever
  // refers to it stays valid; the time is that of the latest decision.
  database_
      .cached(
          "INSERT INTO alarm_reviews (run_id, recording_id, frame, decision, event_id, reviewer) "
          "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, recording_id, frame) DO UPDATE SET "
          "decision = excluded.decision, event_id = excluded.event_id, reviewer = excluded.reviewer, "
          "decided_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")
      ->bindAll(review.runId, review.recordingId, review.frame, toString(review.decision), review.eventId,
                review.reviewer)
      .execute();
  auto query = database_.cached("SELECT id FROM alarm_reviews WHERE run_id = ? AND recording_id = ? AND frame = ?");
  query->bindAll(review.runId, review.recordingId, review.frame);
  query->step();
  const std::int64_t id = query->getInt64(0);
  query->reset();
  transaction.commit();
  return id;
}

bool AlarmReviewStore::remove(std::int64_t runId, std::int64_t recordingId, std::int64_t frame) {
  Transaction transaction(database_);
  database_.cached("DELETE FROM alarm_reviews WHERE run_id = ? AND recording_id = ? AND frame = ?")
      ->bindAll(runId, recordingId, frame)
      .execute();
  const bool removed = database_.changes() > 0;
  transaction.commit();
  return removed;
}

std::optional<AlarmReview> AlarmReviewStore::find(std::int64_t runId, std::int64_t recordingId, std::int64_t frame) {
  auto query =
      database_.cached(std::string(kAlarmReviewColumns) + "WHERE run_id = ? AND recording_id = ? AND frame = ?");
  query->bindAll(runId, recordingId, frame);
  if (!query->step()) return std::nullopt;
  return readReview(*query);
}

std::vector<AlarmReview> AlarmReviewStore::listByRunAndRecording(std::int64_t runId, std::int64_t recordingId) {
  auto query =
      database_.cached(std::string(kAlarmReviewColumns) + "WHERE run_id = ? AND recording_id = ? ORDER BY frame");
  query->bindAll(runId, recordingId);
  std::vector<AlarmReview> reviews;
  while (query->step()) reviews.push_back(readReview(*query));
  return reviews;
}

std::vector<AlarmReview> AlarmReviewStore::listByRun(std::int64_t runId) {
  auto query = database_.cached(std::string(kAlarmReviewColumns) + "WHERE run_id = ? ORDER BY recording_id, frame");
  query->bindAll(runId);
  std::vector<AlarmReview> reviews;
  while (query->step()) reviews.push_back(readReview(*query));
  return reviews;
}

}  // namespace prodrome::database
