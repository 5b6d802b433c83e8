#pragma once
// Imports annotated events from a CSV file into a project.
//
// Format: a header row, then one event per row. The first four columns are
// recording, onset, offset, type (names checked, any case); further columns
// are allowed only if EventExporter writes them, so that an exported file
// imports again: onset_s, offset_s, id and path are ignored; annotator, when
// present and not empty on a row, is that event's annotator (else the one
// passed in), so that two raters' marks survive a round trip.
//   recording  a recording id, or its path as stored, or that path's file name;
//              or period:ID / period:NAME, a monitoring period (issue 14)
//   onset      a frame number, seconds or hh:mm:ss.fff (TimeValue.h states the
//              rule), or an ISO 8601 wall-clock time on the recording's clock.
//              For a period: a wall-clock time, or seconds / hh:mm:ss from
//              its start, placed in the file that covers it
//              (PeriodTimeValue.h); an event running on into the next
//              contiguous file is cut at the boundary (a stored event lies
//              in one file), one over a gap is refused
//   offset     the same, or empty for an open event (onset marked only)
//   type       see EventTypeText.h
//
// All or nothing: the rows are added in one transaction; the first bad row
// (or a row the EventStore rejects, e.g. overlapping seizures) throws
// ImportError with the file and line and nothing is stored.

#include "core/exchange/ImportError.h"

#include <filesystem>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

ImportSummary importEventsCsv(database::Database& database, const std::filesystem::path& file,
                              const std::string& annotator = "import");

}  // namespace prodrome::core
