#include "database/Database.h"
#include "database/migrations/MigrationStep.h"

namespace prodrome::database {

// Schema v6: signals beside the video (issue 14, section 2): EEG band power,
// an accelerometer, heart rate, imported from CSV, one row per channel. The
// samples are BLOBs of little-endian float32 values (NaN: no sample) with,
// for irregular sampling, float64 times in seconds from the recording's
// start; regular sampling keeps a start and a rate only, so that a day at
// 256 Hz is 88 MB and not three times that. offset_seconds is the user's
// lip-sync nudge: the signal is drawn that much later.
void applyStep0006Signals(Database& database) {
  database.execute(R"sql(
CREATE TABLE signals (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    recording_id    INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    source          TEXT NOT NULL DEFAULT '',
    sample_count    INTEGER NOT NULL CHECK (sample_count > 0),
    start_seconds   REAL NOT NULL,
    sample_rate     REAL CHECK (sample_rate IS NULL OR sample_rate > 0),
    times           BLOB,
    samples         BLOB NOT NULL,
    offset_seconds  REAL NOT NULL DEFAULT 0,
    created         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK ((sample_rate IS NULL) <> (times IS NULL)),
    UNIQUE (recording_id, name)
) STRICT;
)sql");
}

}  // namespace prodrome::database
