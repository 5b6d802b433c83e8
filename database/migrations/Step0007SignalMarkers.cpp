#include "database/Database.h"
#include "database/migrations/MigrationStep.h"

namespace prodrome::database {

// Schema v7: markers on a signal (issue 14 §2): the events a recording
// system writes beside its samples (an EDF+ annotation, a CSV "marker"
// column: "button press", "lights off", "sz?"), each at a time on the
// recording's clock before the signal's offset, so that a nudge of the signal
// moves its markers with it. A marker belongs to the signal it was imported
// with and goes with it.
void applyStep0007SignalMarkers(Database& database) {
  database.execute(R"sql(
CREATE TABLE signal_markers (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    signal_id  INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    seconds    REAL NOT NULL,
    duration   REAL CHECK (duration IS NULL OR duration >= 0),
    label      TEXT NOT NULL
) STRICT;
CREATE INDEX signal_markers_by_signal ON signal_markers(signal_id, seconds);
)sql");
}

}  // namespace prodrome::database
