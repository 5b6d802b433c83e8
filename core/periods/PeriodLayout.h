#pragma once
// Where the files of a monitoring period lie in time (issue 14): each file's
// start and end in seconds from the period's start, the gap (or overlap)
// before it, and whether it follows the previous file without a break. The
// clip builder, the forecaster and the timeline read a period through this,
// so that one rule says when two files are contiguous.
//
// A file with a wall-clock start (the container's or the user's) is placed
// at it; a file without one begins where the previous file ends, and files
// before the first dated one end where the next begins. Without any dated
// file the period has no wall clock, only its own time from 0.

#include "database/PeriodStore.h"

#include <QDateTime>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

struct PeriodFileFacts {
  std::int64_t recordingId = 0;
  double fps = 0;
  std::int64_t frameCount = 0;
  std::optional<std::string> startTime;  // ISO 8601, used unless the source is Previous
  database::StartSource source = database::StartSource::Previous;
};

struct PlacedFile {
  std::int64_t recordingId = 0;
  double fps = 0;
  std::int64_t frameCount = 0;
  database::StartSource source = database::StartSource::Previous;
  bool dated = false;         // placed at a wall-clock start of its own
  double startSeconds = 0;    // from the period's start
  double endSeconds = 0;      // start + frameCount / fps
  double gapBeforeSeconds = 0;  // start minus the previous file's end; < 0: overlap; 0 for the first
  // No more than one frame (of the previous file) between the two: a window
  // may run up to the boundary from either side, and a seizure in this file
  // has pre-ictal time in the previous one.
  bool contiguousWithPrevious = false;
  double secondsOf(std::int64_t frame) const { return startSeconds + static_cast<double>(frame) / fps; }
};

struct PeriodLayout {
  std::optional<QDateTime> wallStart;  // the period's start, when some file is dated
  std::vector<PlacedFile> files;       // in the period's order
  double spanSeconds() const { return files.empty() ? 0 : files.back().endSeconds - files.front().startSeconds; }
  // Seconds covered by at least one file (gaps excluded, overlaps once).
  double observedSeconds() const;
  const PlacedFile* file(std::int64_t recordingId) const;
};

// Throws Error naming the recording whose start is not ISO 8601 or whose
// frame rate or length is unknown.
PeriodLayout layOutPeriod(const std::vector<PeriodFileFacts>& files);
// The period's files as stored. Throws Error when it does not exist.
PeriodLayout layOutPeriod(database::Database& db, std::int64_t periodId);

// A recording's wall-clock start, from its monitoring period (which knows
// the start of a file dated by its neighbours too), or nullopt.
std::optional<QDateTime> recordingWallStart(database::Database& db, std::int64_t recordingId);

// "2026-03-01T22:00:00.000Z" and the like (a zone or Z, or local time);
// nullopt when it is not ISO 8601.
std::optional<QDateTime> parseWallClock(const std::string& iso);

}  // namespace prodrome::core
