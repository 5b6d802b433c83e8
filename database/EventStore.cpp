#include "database/EventStore.h"

#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/Transaction.h"

#include <algorithm>
#include <utility>

namespace prodrome::database {

namespace {

constexpr const char* kEventColumns =
    "SELECT id, recording_id, onset_frame, offset_frame, kind, seizure_type, annotator, confidence, created, "
    "modified, notes FROM events ";

Event readEvent(const Statement& row) {
  Event event;
  event.id = row.getInt64(0);
  event.recordingId = row.getInt64(1);
  event.onsetFrame = row.getInt64(2);
  event.offsetFrame = row.getOptionalInt64(3);
  event.kind = eventKindFromString(row.getText(4));
  event.seizureType = row.getText(5);
  event.annotator = row.getText(6);
  event.confidence = row.getOptionalDouble(7);
  event.created = row.getText(8);
  event.modified = row.getText(9);
  event.notes = row.getText(10);
  return event;
}

std::string frameRange(std::int64_t onset, std::optional<std::int64_t> offset) {
  return "[" + std::to_string(onset) + ", " + (offset ? std::to_string(*offset) : "open") + ")";
}

std::string describe(const Event& event) {
  return (event.id ? "seizure #" + std::to_string(event.id) : std::string("seizure")) + " frames " +
         frameRange(event.onsetFrame, event.offsetFrame);
}

}  // namespace

std::string_view toString(EventKind kind) {
  switch (kind) {
    case EventKind::Seizure:
      return "seizure";
    case EventKind::Artifact:
      return "artifact";
    case EventKind::Other:
      return "other";
  }
  return "other";
}

EventKind eventKindFromString(std::string_view text) {
  if (text == "seizure") return EventKind::Seizure;
  if (text == "artifact") return EventKind::Artifact;
  if (text == "other") return EventKind::Other;
  throw ValidationError("unknown event kind '" + std::string(text) + "' (expected seizure, artifact or other)");
}

// Runs inside the caller's write transaction, so that no other connection can
// slip an overlapping seizure in between the check and the write.
void EventStore::validate(const Event& event, const char* operation) {
  const std::string prefix = std::string(operation) + " (recording #" + std::to_string(event.recordingId) + ")";
  if (event.onsetFrame < 0)
    throw ValidationError(prefix + ": onset frame " + std::to_string(event.onsetFrame) + " is negative");
  if (event.offsetFrame && *event.offsetFrame <= event.onsetFrame)
    throw ValidationError(prefix + ": offset frame " + std::to_string(*event.offsetFrame) +
                          " is not after onset frame " + std::to_string(event.onsetFrame));
  if (event.confidence && !(*event.confidence >= 0.0 && *event.confidence <= 1.0))
    throw ValidationError(prefix + ": confidence must lie in [0, 1]");
  // A type and an annotator are one short line each: they are columns of
  // every list and export, and a group key (an annotator's own seizures). A
  // line break or a megabyte there is a broken import, not a name. Notes are
  // free text and may hold both.
  for (const auto& [field, text] :
       {std::pair{"seizure type", &event.seizureType}, std::pair{"annotator", &event.annotator}}) {
    if (text->size() > kMaxNameLength)
      throw ValidationError(prefix + ": the " + field + " is " + std::to_string(text->size()) +
                            " bytes long (at most " + std::to_string(kMaxNameLength) + ")");
    if (std::any_of(text->begin(), text->end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
      throw ValidationError(prefix + ": the " + field + " holds a line break or another control character");
  }

  auto recording = database_.cached("SELECT 1 FROM recordings WHERE id = ?");
  recording->bindAll(event.recordingId);
  if (!recording->step())
    throw ValidationError(std::string(operation) + ": recording #" + std::to_string(event.recordingId) +
                          " does not exist");

  if (event.kind != EventKind::Seizure) return;
  // Half-open ranges [a, b) and [c, d) overlap when a < d and c < b; an open
  // seizure counts as [onset, onset + 1). One annotator's seizures only: a
  // second rater marks the same seizure over the first one's (issue 14).
  const std::int64_t end = event.offsetFrame.value_or(event.onsetFrame + 1);
  auto overlap = database_.cached(std::string(kEventColumns) +
                                  "WHERE recording_id = ? AND kind = 'seizure' AND id <> ? AND annotator = ? "
                                  "AND onset_frame < ? AND coalesce(offset_frame, onset_frame + 1) > ? "
                                  "ORDER BY onset_frame LIMIT 1");
  overlap->bindAll(event.recordingId, event.id, event.annotator, end, event.onsetFrame);
  if (overlap->step()) {
    const Event other = readEvent(*overlap);
    throw ValidationError(prefix + ": " + describe(event) + " overlaps " + describe(other));
  }
}

std::int64_t EventStore::add(const Event& event) {
  Transaction transaction(database_);
  Event candidate = event;
  candidate.id = 0;  // ids are the store's to give
  validate(candidate, "cannot add event");
  auto insert = database_.cached(
      "INSERT INTO events (recording_id, onset_frame, offset_frame, kind, seizure_type, annotator, confidence, "
      "notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  insert
      ->bindAll(event.recordingId, event.onsetFrame, event.offsetFrame, toString(event.kind), event.seizureType,
                event.annotator, event.confidence, event.notes)
      .execute();
  const std::int64_t id = database_.lastInsertRowId();
  transaction.commit();
  return id;
}

void EventStore::update(const Event& event) {
  Transaction transaction(database_);
  const std::string operation = "cannot update event #" + std::to_string(event.id);
  validate(event, operation.c_str());
  auto statement = database_.cached(
      "UPDATE events SET recording_id = ?, onset_frame = ?, offset_frame = ?, kind = ?, seizure_type = ?, "
      "annotator = ?, confidence = ?, notes = ?, modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?");
  statement
      ->bindAll(event.recordingId, event.onsetFrame, event.offsetFrame, toString(event.kind), event.seizureType,
                event.annotator, event.confidence, event.notes, event.id)
      .execute();
  if (database_.changes() == 0) throw ValidationError(operation + ": no such event");
  transaction.commit();
}

bool EventStore::remove(std::int64_t id) {
  Transaction transaction(database_);
  database_.cached("DELETE FROM events WHERE id = ?")->bindAll(id).execute();
  const bool removed = database_.changes() > 0;
  transaction.commit();
  return removed;
}

EventLinks EventStore::links(std::int64_t id) {
  EventLinks out;
  auto reviews = database_.cached("SELECT id FROM alarm_reviews WHERE event_id = ? ORDER BY id");
  reviews->bindAll(id);
  while (reviews->step()) out.alarmReviews.push_back(reviews->getInt64(0));
  auto clips = database_.cached("SELECT id FROM clips WHERE source_event_id = ? ORDER BY id");
  clips->bindAll(id);
  while (clips->step()) out.clips.push_back(clips->getInt64(0));
  return out;
}

void EventStore::restore(const Event& event, const EventLinks& links) {
  Transaction transaction(database_);
  const std::string operation = "cannot restore event #" + std::to_string(event.id);
  if (event.id <= 0) throw ValidationError(operation + ": it has no id");
  if (find(event.id)) throw ValidationError(operation + ": the id is in use");
  validate(event, operation.c_str());
  auto insert = database_.cached(
      "INSERT INTO events (id, recording_id, onset_frame, offset_frame, kind, seizure_type, annotator, confidence, "
      "notes, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(nullif(?, ''), "
      "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))");
  insert
      ->bindAll(event.id, event.recordingId, event.onsetFrame, event.offsetFrame, toString(event.kind),
                event.seizureType, event.annotator, event.confidence, event.notes, event.created)
      .execute();
  // Only rows that nothing else has claimed meanwhile: a decision re-made on
  // another event keeps that event.
  auto review = database_.cached("UPDATE alarm_reviews SET event_id = ? WHERE id = ? AND event_id IS NULL");
  for (const std::int64_t id : links.alarmReviews) review->bindAll(event.id, id).execute();
  auto clip = database_.cached("UPDATE clips SET source_event_id = ? WHERE id = ? AND source_event_id IS NULL");
  for (const std::int64_t id : links.clips) clip->bindAll(event.id, id).execute();
  transaction.commit();
}

std::optional<Event> EventStore::find(std::int64_t id) {
  auto query = database_.cached(std::string(kEventColumns) + "WHERE id = ?");
  query->bindAll(id);
  if (!query->step()) return std::nullopt;
  return readEvent(*query);
}

std::vector<Event> EventStore::listByRecording(std::int64_t recordingId) {
  auto query = database_.cached(std::string(kEventColumns) + "WHERE recording_id = ? ORDER BY onset_frame, id");
  query->bindAll(recordingId);
  std::vector<Event> events;
  while (query->step()) events.push_back(readEvent(*query));
  return events;
}

std::vector<Event> EventStore::list() {
  auto query = database_.cached(std::string(kEventColumns) + "ORDER BY recording_id, onset_frame, id");
  std::vector<Event> events;
  while (query->step()) events.push_back(readEvent(*query));
  return events;
}

}  // namespace prodrome::database
