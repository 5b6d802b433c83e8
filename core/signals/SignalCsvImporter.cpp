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

}  // namespace

SignalImport importSignalCsv(database::Database& db, std::int64_t recordingId, const std::filesystem::path& file,
                             const std::string& namePrefix) {
  const std::string name = file.string();
  if (!database::RecordingStore(db).find(recordingId))
    throw ImportError(name, "", "no recording #" + std::to_string(recordingId) + " in the project");
  const std::vector<CsvRow> rows = readCsvFile(file);
  if (rows.empty()) throw ImportError(name, "", "no header row");
  const CsvRow& header = rows.front();
  if (header.fields.size() < 2)
    throw ImportError(name, header.line, "expected a time column and at least one value column");
  const std::size_t channels = header.fields.size() - 1;
  std::vector<std::string> names;
  for (std::size_t c = 0; c < channels; ++c) {
    const std::string channel = trimmedText(header.fields[c + 1]);
    if (channel.empty()) throw ImportError(name, header.line, "column " + std::to_string(c + 2) + " has no name");
    names.push_back(namePrefix + channel);
  }
  if (rows.size() < 2) throw ImportError(name, "", "no samples after the header");

  // Seconds or wall clock: the first row decides, every row must agree.
  const bool wallClock = !number(trimmedText(rows[1].fields.empty() ? std::string() : rows[1].fields[0]));
  std::optional<QDateTime> start;
  if (wallClock) {
    start = recordingWallStart(db, recordingId);
    if (!start)
      throw ImportError(name, rows[1].line,
                        "the times are wall-clock times, but recording #" + std::to_string(recordingId) +
                            " has no known start; date it (prodrome period set-start) or give seconds from the "
                            "video's start");
  }
  std::vector<double> times;
  std::vector<std::vector<float>> values(channels);
  times.reserve(rows.size() - 1);
  for (auto& v : values) v.reserve(rows.size() - 1);
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    if (row.fields.size() != channels + 1)
      throw ImportError(name, row.line,
                        "expected " + std::to_string(channels + 1) + " fields, found " + std::to_string(row.fields.size()));
    const std::string timeText = trimmedText(row.fields[0]);
    double t = 0;
    if (wallClock) {
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
      const std::string cell = trimmedText(row.fields[c + 1]);
      if (cell.empty()) {
        values[c].push_back(std::numeric_limits<float>::quiet_NaN());
        continue;
      }
      const auto v = number(cell);
      if (!v)
        throw ImportError(name, row.line, "column '" + trimmedText(header.fields[c + 1]) + "': '" + cell +
                                              "' is not a number");
      values[c].push_back(static_cast<float>(*v));
    }
  }

  // Evenly spaced when every time is within a quarter of a sample of the
  // grid through the first and the last (timestamps rounded to milliseconds
  // still count as even).
  SignalImport result;
  result.samples = static_cast<std::int64_t>(times.size());
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
