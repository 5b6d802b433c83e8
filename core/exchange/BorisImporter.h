#pragma once
// Imports events from a BORIS project file (.boris, JSON).
//
// What is read, defensively (every member is checked for its type, and a
// wrong one is reported with its JSON path):
//   behaviors_conf.*.{code,type}   which behaviours are state events
//   observations.<id>.file."1"     the observation's media file: exactly one;
//                                  matched to a project recording by its path
//                                  as stored or its file name (RecordingLookup)
//   observations.<id>."time offset" subtracted from event times (optional)
//   observations.<id>.events       [time, subject, behaviour code, modifier, comment, ...]
// A state event's occurrences for one (subject, behaviour) alternate START,
// STOP in time order, as BORIS records them; each pair becomes the event
// [start, stop), in frames at the recording's rate (nearest frame). A START
// left without STOP is an error naming its place. Point events have no
// duration and are skipped (counted in ImportSummary::skipped). The
// behaviour code is the seizure type, except "artifact"/"other"
// (EventTypeText.h). Behaviours missing from behaviors_conf count as state
// events (a seizure is an interval).
//
// All or nothing, like every importer.

#include "core/exchange/ImportError.h"

#include <filesystem>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

ImportSummary importBoris(database::Database& database, const std::filesystem::path& file,
                          const std::string& annotator = "boris");

}  // namespace prodrome::core
