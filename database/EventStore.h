#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prodrome::database {

class Database;

enum class EventKind { Seizure, Artifact, Other };
std::string_view toString(EventKind kind);
EventKind eventKindFromString(std::string_view text);  // throws ValidationError

// The longest seizure type or annotator an event may have, in bytes (the
// longest ILAE name with its qualifiers is under 100).
inline constexpr std::size_t kMaxNameLength = 500;

// An annotated interval of a recording, in frames: [onsetFrame, offsetFrame).
// offsetFrame is empty while the annotator has marked the onset only.
struct Event {
  std::int64_t id = 0;  // assigned by the store
  std::int64_t recordingId = 0;
  std::int64_t onsetFrame = 0;
  std::optional<std::int64_t> offsetFrame;
  EventKind kind = EventKind::Seizure;
  std::string seizureType;
  std::string annotator;
  std::optional<double> confidence;  // 0..1
  std::string notes;                 // free text from the annotator (schema v2)
  std::string created;               // ISO 8601 UTC, set by the store
  std::string modified;              // ISO 8601 UTC, set by the store
};

// The rows that name an event. Removing the event unlinks them (ON DELETE
// SET NULL); restore() links them again.
struct EventLinks {
  std::vector<std::int64_t> alarmReviews;  // alarm_reviews.id whose event_id is the event
  std::vector<std::int64_t> clips;         // clips.id whose source_event_id is the event
};

// The clinicians' labels. Every add/update/remove is one committed
// transaction, so an edit the caller has seen succeed survives a crash.
//
// Seizures of one recording by one annotator never overlap; two annotators'
// seizures may (a second rater marks the same seizures again, issue 14; what
// needs one set of seizures merges them, core/forecast/RecordingSeizures.h).
// An open seizure (no offset yet)
// occupies only its onset frame until it is closed: the annotator may mark
// several onsets first and close them later, and closing one over another
// seizure is what gets rejected. Artifacts and other events may overlap
// anything.
class EventStore {
 public:
  explicit EventStore(Database& database) : database_(database) {}

  std::int64_t add(const Event& event);
  void update(const Event& event);  // by id; refreshes `modified`
  bool remove(std::int64_t id);
  // What names event `id` now (read before remove(), for an undo).
  EventLinks links(std::int64_t id);
  // Puts a removed event back under its own id, with its creation time, and
  // links again the rows of `links` that still exist and name no event; one
  // transaction. Ids are never reused (schema v4), so the id is free unless
  // the event was restored already: that, like any rule the event now breaks,
  // is a ValidationError and changes nothing.
  void restore(const Event& event, const EventLinks& links);

  std::optional<Event> find(std::int64_t id);
  std::vector<Event> listByRecording(std::int64_t recordingId);  // by onset, then id
  std::vector<Event> list();                                     // by recording, onset, id

 private:
  void validate(const Event& event, const char* operation);

  Database& database_;
};

}  // namespace prodrome::database
