#pragma once
// Exports a project's events.
//
// Events CSV: recording,onset,offset,type,onset_s,offset_s,id,path,annotator,
// one row per event ordered by recording, onset, id (the annotator carries a
// second rater's marks through a round trip, issue 14). onset/offset are frame numbers
// (offset empty for an open event), *_s the same in seconds at the
// recording's frame rate (6 decimals). EventCsvImporter reads the file back.
//
// Frame labels CSV: recording,frame,time_s,label,event_id with exactly one
// row per frame 0..N-1 of every recording (N its stored frame count). label is
// seizure, artifact, other or normal; where events overlap, the first of
// seizure > artifact > other wins (then the earliest onset), and event_id is
// that event's (empty for normal). An open seizure labels its onset frame
// only, as the EventStore treats it.

#include <filesystem>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

// Both write atomically and return the number of data rows. Throw IoError.
std::int64_t exportEventsCsv(database::Database& database, const std::filesystem::path& out);
std::int64_t exportFrameLabels(database::Database& database, const std::filesystem::path& out);

}  // namespace prodrome::core
