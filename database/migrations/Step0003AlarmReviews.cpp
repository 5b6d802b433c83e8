#include "database/Database.h"
#include "database/migrations/MigrationStep.h"

namespace prodrome::database {

namespace {

// Schema v3: the reviewer's decision on a forecast alarm (issue 7, review
// mode). An alarm is named by where it fired, the window end `frame` of a
// run's curve on one recording, not by a row of its own: alarms are derived
// from the stored probabilities and the review's threshold, so a decision
// taken at one threshold reappears when the alarm does at another.
//
// One decision per alarm (UNIQUE), replaced when the reviewer changes their
// mind. An accepted alarm names the seizure it confirmed or created; that
// event may later be deleted by an edit or its undo, which leaves the
// decision standing with no event (SET NULL). The UNIQUE index starts with
// run_id, so a run's cascade is indexed; the other two parents get their own.
constexpr const char* kAlarmReviews = R"sql(
CREATE TABLE alarm_reviews (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    recording_id  INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
    frame         INTEGER NOT NULL CHECK (frame >= 0),
    decision      TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
    event_id      INTEGER REFERENCES events(id) ON DELETE SET NULL,
    reviewer      TEXT NOT NULL DEFAULT '',
    decided_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (run_id, recording_id, frame)
) STRICT;
CREATE INDEX alarm_reviews_by_recording ON alarm_reviews (recording_id);
CREATE INDEX alarm_reviews_by_event ON alarm_reviews (event_id);
)sql";

}  // namespace

void applyStep0003AlarmReviews(Database& database) { database.execute(kAlarmReviews); }

}  // namespace prodrome::database
