#pragma once
// The error of every importer: a file (or one line of it, or one place in a
// JSON document) that cannot be imported. The message names the file, the
// location and the cause, "events.csv:12: onset 300 is after offset 200", so
// that the user can fix the line; the project is unchanged when it is thrown.

#include "core/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace prodrome::core {

class ImportError : public Error {
 public:
  // `location` is a line number ("12") or a JSON path ("observations.o1.events[3]"); empty for the whole file.
  ImportError(const std::string& file, const std::string& location, const std::string& cause)
      : Error(file + (location.empty() ? "" : ":" + location) + ": " + cause) {}
  ImportError(const std::string& file, std::int64_t line, const std::string& cause)
      : ImportError(file, std::to_string(line), cause) {}
};

// What an import added, for the command to report.
struct ImportSummary {
  std::int64_t subjects = 0;
  std::int64_t recordings = 0;
  std::int64_t events = 0;
  std::int64_t clips = 0;
  std::int64_t skipped = 0;  // entries the format allows but Prodrome has no use for (BORIS point events)
  // BORIS (issue 15): observations left out, and how.
  std::int64_t skippedLive = 0;      // LIVE and IMAGES observations: no video to place events on
  std::int64_t skippedUnknown = 0;   // observations of media not in the project (--skip-unknown)
  std::int64_t periods = 0;          // monitoring periods made for chained media
  std::int64_t splitAtBoundary = 0;  // states cut in two where player 1 moved to its next file
  std::vector<std::string> notes;    // one line for each thing left out or added, for the report
};

}  // namespace prodrome::core
