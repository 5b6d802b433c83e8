#include "core/signals/SignalCsvImporter.h"

#include "core/exchange/CsvTable.h"
#include "core/exchange/TimeValue.h"
#include "core/periods/PeriodLayout.h"
#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"
#include "database/SignalStore.h"
#include "database/Transaction.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

namespace prodrome::core {

namespace {

std::string trimmedText(const std::string& s) { return std::string(trimmed(s)); }

std::optional<double> number(const std::string& text) {
  double value = 0;
  const char* begin = text.data();
  const char* end = begin + text.size();
  const auto [at, error] = std::from_chars(begin, end, value);
  if (error != std::errc() || at != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

bool isMarkerColumn(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* known : {"marker", "markers", "event", "events", "annotation", "annotations", "label", "labels",
                            "note", "notes", "comment", "comments"})
    if (name == known) return true;
  return false;
}

}  // namespace

SignalImport importSignalCsv(database::Database& db, std::int64_t recordingId, const std::filesystem::path& file,
                             const std::string& namePrefix, const SignalProgress& progress) {
  const std::string name = file.string();
  if (!database::RecordingStore(db).find(recordingId))
    throw ImportError(name, "", "no recording #" + std::to_string(recordingId) + " in the project");
  // Row by row: a day at 256 Hz is 22 M rows, far too many to hold as text.
  CsvReader reader(file);
  CsvRow header;
  if (!reader.next(header)) throw ImportError(name, "", "no header row");
  if (header.fields.size() < 2)
    throw ImportError(name, header.line, "expected a time column and at least one value column");
  std::vector<std::string> names;
  std::vector<std::size_t> valueColumns;
  std::optional<std::size_t> markerColumn;
  for (std::size_t c = 1; c < header.fields.size(); ++c) {
    const std::string channel = trimmedText(header.fields[c]);
    if (channel.empty()) throw ImportError(name, header.line, "column " + std::to_string(c + 1) + " has no name");
    if (isMarkerColumn(channel)) {
      if (markerColumn)
        throw ImportError(name, header.line, "two marker columns ('" + trimmedText(header.fields[*markerColumn]) +
                                                 "' and '" + channel + "'); keep one");
      markerColumn = c;
      continue;
    }
    for (std::size_t k = 0; k < valueColumns.size(); ++k)
      if (trimmedText(header.fields[valueColumns[k]]) == channel)
        throw ImportError(name, header.line,
                          "column " + std::to_string(c + 1) + " '" + channel + "' repeats the name of column " +
                              std::to_string(valueColumns[k] + 1) + "; each signal needs its own");
    names.push_back(namePrefix + channel);
    valueColumns.push_back(c);
  }
  if (valueColumns.empty())
    throw ImportError(name, header.line, "no value column beside the time and the markers");
  const std::size_t channels = valueColumns.size();

  std::vector<double> times;
  std::vector<std::vector<float>> values(channels);
  std::vector<database::SignalMarker> markers;
  std::optional<bool> wallClock;  // the first row decides, every row must agree
  std::optional<QDateTime> start;
  std::uint64_t reported = 0;
  for (CsvRow row; reader.next(row);) {
    if (progress && reader.bytesRead() - reported >= (std::uint64_t{1} << 20)) {
      reported = reader.bytesRead();
      progress(static_cast<double>(reported) / static_cast<double>(std::max<std::uint64_t>(1, reader.totalBytes())));
    }
    if (row.fields.size() != header.fields.size())
      throw ImportError(name, row.line,
                        "expected " + std::to_string(header.fields.size()) + " fields, found " +
                            std::to_string(row.fields.size()));
    const std::string timeText = trimmedText(row.fields[0]);
    if (!wallClock) {
      wallClock = !number(timeText);
      if (*wallClock && !parseWallClock(timeText))
        throw ImportError(name, row.line,
                          "time '" + timeText + "' is neither a number of seconds nor an ISO 8601 time");
      if (*wallClock) {
        start = recordingWallStart(db, recordingId);
        if (!start)
          throw ImportError(name, row.line,
                            "the times are wall-clock times, but recording #" + std::to_string(recordingId) +
                                " has no known start; date it (prodrome period set-start) or give seconds from the "
                                "video's start");
      }
    }
    double t = 0;
    if (*wallClock) {
      const auto at = parseWallClock(timeText);
      if (!at) throw ImportError(name, row.line, "time '" + timeText + "' is not an ISO 8601 time like the first row's");
      t = static_cast<double>(start->msecsTo(*at)) / 1000.0;
    } else {
      const auto seconds = number(timeText);
      if (!seconds) throw ImportError(name, row.line, "time '" + timeText + "' is not a number of seconds");
      t = *seconds;
    }
    if (!times.empty() && !(t > times.back()))
      throw ImportError(name, row.line, "time '" + timeText + "' does not come after the previous row's");
    times.push_back(t);
    for (std::size_t c = 0; c < channels; ++c) {
      const std::string cell = trimmedText(row.fields[valueColumns[c]]);
      if (cell.empty()) {
        values[c].push_back(std::numeric_limits<float>::quiet_NaN());
        continue;
      }
      const auto v = number(cell);
      if (!v)
        throw ImportError(name, row.line, "column '" + trimmedText(header.fields[valueColumns[c]]) + "': '" + cell +
                                              "' is not a number");
      values[c].push_back(static_cast<float>(*v));
    }
    if (markerColumn)
      if (std::string label = trimmedText(row.fields[*markerColumn]); !label.empty())
        markers.push_back({t, std::nullopt, std::move(label)});
  }
  if (times.empty()) throw ImportError(name, "", "no samples after the header");
  for (std::size_t c = 0; c < channels; ++c)
    if (std::all_of(values[c].begin(), values[c].end(), [](float v) { return std::isnan(v); }))
      throw ImportError(name, header.line,
                        "column '" + trimmedText(header.fields[valueColumns[c]]) +
                            "' has no value in any row; leave it out of the file");

  // Evenly spaced when every time is within a quarter of a sample of the
  // grid through the first and the last (timestamps rounded to milliseconds
  // still count as even).
  SignalImport result;
  result.samples = static_cast<std::int64_t>(times.size());
  result.markers = static_cast<std::int64_t>(markers.size());
  std::optional<double> rate;
  if (times.size() >= 2) {
    const double step = (times.back() - times.front()) / static_cast<double>(times.size() - 1);
    bool even = step > 0;
    for (std::size_t i = 0; even && i < times.size(); ++i)
      even = std::abs(times[i] - (times.front() + step * static_cast<double>(i))) <= std::max(0.25 * step, 5e-4);
    if (even) rate = 1.0 / step;
  }
  result.regular = rate.has_value();

  database::Transaction transaction(db);
  database::SignalStore store(db);
  for (std::size_t c = 0; c < channels; ++c) {
    database::Signal signal;
    signal.info.recordingId = recordingId;
    signal.info.name = names[c];
    signal.info.source = file.filename().string();
    signal.info.startSeconds = times.front();
    signal.info.sampleRate = rate;
    if (!rate) signal.times = times;
    signal.samples = std::move(values[c]);
    // The markers go with the first channel (they move with its offset).
    if (c == 0) signal.markers = std::move(markers);
    try {
      result.signalIds.push_back(store.add(signal));
    } catch (const database::ValidationError& e) {
      throw ImportError(name, header.line, e.what());
    }
  }
  transaction.commit();
  return result;
}

}  // namespace prodrome::core
