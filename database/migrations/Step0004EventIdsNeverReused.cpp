#include "database/Database.h"
#include "database/migrations/MigrationStep.h"

namespace prodrome::database {

// Schema v4: event ids are never given twice (AUTOINCREMENT). Deleting an
// event and undoing the deletion puts the same row back under its own id, so
// that alarm reviews and clips that named it are linked to it again (issue
// 16); with a plain INTEGER PRIMARY KEY, SQLite hands the highest deleted id
// to the next new event, which would then take the links meant for the old
// one. SQLite cannot add AUTOINCREMENT in place: the table is rebuilt the
// documented way (foreign keys are off during a step, so dropping the old
// table nulls no link; the upgrader checks foreign_key_check before commit).
// Columns keep their order (v2 added notes last).
void applyStep0004EventIdsNeverReused(Database& database) {
  database.execute(R"sql(
CREATE TABLE events_v4 (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    recording_id  INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
    onset_frame   INTEGER NOT NULL CHECK (onset_frame >= 0),
    offset_frame  INTEGER CHECK (offset_frame IS NULL OR offset_frame > onset_frame),
    kind          TEXT NOT NULL DEFAULT 'seizure' CHECK (kind IN ('seizure', 'artifact', 'other')),
    seizure_type  TEXT NOT NULL DEFAULT '',
    annotator     TEXT NOT NULL DEFAULT '',
    confidence    REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
    created       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    modified      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    notes         TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO events_v4 (id, recording_id, onset_frame, offset_frame, kind, seizure_type, annotator, confidence,
                       created, modified, notes)
    SELECT id, recording_id, onset_frame, offset_frame, kind, seizure_type, annotator, confidence,
           created, modified, notes FROM events;
DROP TABLE events;
ALTER TABLE events_v4 RENAME TO events;
CREATE INDEX events_by_recording_onset ON events (recording_id, onset_frame);
)sql");
}

}  // namespace prodrome::database
