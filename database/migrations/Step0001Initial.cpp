#include "database/Database.h"
#include "database/migrations/MigrationStep.h"

namespace prodrome::database {

namespace {

// Schema v1 (design.md §4). STRICT tables (SQLite >= 3.37) make a wrongly
// typed value an error instead of a silent conversion. Timestamps are ISO
// 8601 UTC text with milliseconds. Frame ranges are half-open:
// [onset_frame, offset_frame), [start_frame, end_frame).
//
// Deleting a parent deletes what only makes sense with it (a recording's
// events, clips and predictions; a set's clips; a run's predictions); a clip
// that merely remembers its source event, and a model that remembers its
// parent, keep existing with NULL. Foreign key columns are indexed so that
// these cascades do not scan the child table, except predictions.recording_id:
// a second B-tree on the largest table costs a third of the bulk-insert rate
// (tests/bench/database), and deleting a recording is rare enough to afford a
// scan of predictions.
constexpr const char* kSchema = R"sql(
CREATE TABLE subjects (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    species  TEXT NOT NULL CHECK (species IN ('human', 'rodent')),
    notes    TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE recordings (
    id           INTEGER PRIMARY KEY,
    subject_id   INTEGER NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
    path         TEXT NOT NULL CHECK (length(path) > 0),
    fingerprint  TEXT NOT NULL CHECK (length(fingerprint) > 0),
    fps          REAL NOT NULL CHECK (fps > 0),
    frame_count  INTEGER NOT NULL CHECK (frame_count >= 0),
    width        INTEGER NOT NULL CHECK (width >= 0),
    height       INTEGER NOT NULL CHECK (height >= 0),
    start_time   TEXT,
    camera       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX recordings_by_subject ON recordings (subject_id);
CREATE INDEX recordings_by_fingerprint ON recordings (fingerprint);

CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    recording_id  INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
    onset_frame   INTEGER NOT NULL CHECK (onset_frame >= 0),
    offset_frame  INTEGER CHECK (offset_frame IS NULL OR offset_frame > onset_frame),
    kind          TEXT NOT NULL DEFAULT 'seizure' CHECK (kind IN ('seizure', 'artifact', 'other')),
    seizure_type  TEXT NOT NULL DEFAULT '',
    annotator     TEXT NOT NULL DEFAULT '',
    confidence    REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
    created       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    modified      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX events_by_recording_onset ON events (recording_id, onset_frame);

CREATE TABLE clip_sets (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    params   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(params)),
    seed     INTEGER NOT NULL,
    created  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE clips (
    id               INTEGER PRIMARY KEY,
    clip_set_id      INTEGER NOT NULL REFERENCES clip_sets(id) ON DELETE CASCADE,
    recording_id     INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
    start_frame      INTEGER NOT NULL CHECK (start_frame >= 0),
    end_frame        INTEGER NOT NULL CHECK (end_frame > start_frame),
    label            TEXT NOT NULL CHECK (label IN ('preictal', 'normal', 'ictal')),
    split            TEXT NOT NULL DEFAULT '',
    source_event_id  INTEGER REFERENCES events(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX clips_by_set ON clips (clip_set_id);
CREATE INDEX clips_by_recording ON clips (recording_id);
CREATE INDEX clips_by_source_event ON clips (source_event_id);

CREATE TABLE models (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    architecture  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(architecture)),
    weights_path  TEXT NOT NULL DEFAULT '',
    parent_id     INTEGER REFERENCES models(id) ON DELETE SET NULL,
    created       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX models_by_parent ON models (parent_id);

CREATE TABLE runs (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('pretrain', 'finetune', 'forecast')),
    config   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(config)),
    status   TEXT NOT NULL DEFAULT 'pending'
             CHECK (status IN ('pending', 'running', 'succeeded', 'failed', 'cancelled')),
    metrics  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metrics)),
    log      TEXT NOT NULL DEFAULT '',
    started  TEXT,
    ended    TEXT
) STRICT;

-- One B-tree (WITHOUT ROWID) keyed the way the rows are read back: a run's
-- curve for one recording in window order. Bulk inserts arrive in that order
-- and append to the tree.
CREATE TABLE predictions (
    run_id            INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    recording_id      INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
    window_end_frame  INTEGER NOT NULL CHECK (window_end_frame >= 0),
    probability       REAL NOT NULL CHECK (probability >= 0 AND probability <= 1),
    PRIMARY KEY (run_id, recording_id, window_end_frame)
) STRICT, WITHOUT ROWID;
)sql";

}  // namespace

void applyStep0001Initial(Database& database) { database.execute(kSchema); }

}  // namespace prodrome::database
