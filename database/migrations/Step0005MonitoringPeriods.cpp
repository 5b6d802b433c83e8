#include "database/Database.h"
#include "database/migrations/MigrationStep.h"

namespace prodrome::database {

// Schema v5: monitoring periods (issue 14). A night or a week of video is
// many files: a period chains recordings of one subject in time order. Every
// recording belongs to exactly one period; a file added alone gets a period
// of its own, and so does every recording of an older project here, which
// therefore opens unchanged. A file's wall-clock start stays in
// recordings.start_time; period_files says where it came from: the
// container's creation_time, the user, or "directly after the previous file"
// (start_time empty, derived from the previous file's end when read).
void applyStep0005MonitoringPeriods(Database& database) {
  database.execute(R"sql(
CREATE TABLE periods (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    subject_id  INTEGER NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
    name        TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE TABLE period_files (
    recording_id  INTEGER PRIMARY KEY REFERENCES recordings(id) ON DELETE CASCADE,
    period_id     INTEGER NOT NULL REFERENCES periods(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 0),
    start_source  TEXT NOT NULL CHECK (start_source IN ('container', 'user', 'previous')),
    UNIQUE (period_id, position)
) STRICT;
CREATE INDEX periods_by_subject ON periods (subject_id);
INSERT INTO periods (id, subject_id) SELECT id, subject_id FROM recordings ORDER BY id;
INSERT INTO period_files (recording_id, period_id, position, start_source)
    SELECT id, id, 0, CASE WHEN start_time IS NULL THEN 'previous' ELSE 'user' END FROM recordings;
)sql");
}

}  // namespace prodrome::database
