#pragma once
// Imports a time series beside a recording's video from CSV (issue 14,
// section 2): a header row, then one row per time. The first column is the
// time: seconds from the video's start (12.5), or ISO 8601 wall-clock times
// (2026-03-01T22:00:12.500Z) when the recording's start is known (its own or
// its monitoring period's). Every further column is one channel, named by
// its header (with `namePrefix` before it); an empty cell is a missing
// sample. Times must increase. Evenly spaced times are stored as a start and
// a rate. A column named marker, event, annotation, label, note or comment
// (any case, plural too) holds text instead: each non-empty cell is a marker
// at its row's time, stored with the first channel.
//
// The file is read row by row (a day at 256 Hz is 22 M rows); `progress`,
// when given, hears the fraction read now and then and may throw to cancel.
//
// All or nothing: the first bad cell throws ImportError naming the file, the
// line and the column, and nothing is stored.

#include "core/exchange/ImportError.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

struct SignalImport {
  std::vector<std::int64_t> signalIds;  // one per channel, in column order
  std::int64_t samples = 0;             // per channel
  std::int64_t markers = 0;             // with the first channel
  bool regular = false;
};

using SignalProgress = std::function<void(double fraction)>;

SignalImport importSignalCsv(database::Database& db, std::int64_t recordingId, const std::filesystem::path& file,
                             const std::string& namePrefix = {}, const SignalProgress& progress = {});

}  // namespace prodrome::core
