#include "database/SignalStore.h"

#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/Transaction.h"

#include <sqlite3.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <span>

namespace prodrome::database {

// The BLOBs are the values' bytes as they lie in memory; a big-endian build
// would read another project's samples wrong, so it does not compile.
static_assert(std::endian::native == std::endian::little, "signal BLOBs are little-endian");

namespace {

constexpr const char* kInfoColumns =
    "SELECT id, recording_id, name, source, sample_count, start_seconds, sample_rate, offset_seconds, created "
    "FROM signals ";

SignalInfo readInfo(const Statement& row) {
  SignalInfo s;
  s.id = row.getInt64(0);
  s.recordingId = row.getInt64(1);
  s.name = row.getText(2);
  s.source = row.getText(3);
  s.sampleCount = row.getInt64(4);
  s.startSeconds = row.getDouble(5);
  s.sampleRate = row.getOptionalDouble(6);
  s.offsetSeconds = row.getDouble(7);
  s.created = row.getText(8);
  return s;
}

template <class T>
std::span<const std::byte> bytesOf(const std::vector<T>& values) {
  return std::as_bytes(std::span<const T>(values));
}

template <class T>
std::vector<T> valuesOf(const std::vector<std::byte>& bytes, std::size_t count, const std::string& what) {
  if (bytes.size() != count * sizeof(T))
    throw DatabaseError("signal " + what + " holds " + std::to_string(bytes.size()) + " bytes, expected " +
                            std::to_string(count * sizeof(T)) + ": the project file is damaged",
                        SQLITE_CORRUPT, SQLITE_CORRUPT);
  std::vector<T> values(count);
  std::memcpy(values.data(), bytes.data(), bytes.size());
  return values;
}

}  // namespace

std::int64_t SignalStore::add(const Signal& signal) {
  const SignalInfo& s = signal.info;
  const std::string what = "cannot add signal '" + s.name + "'";
  if (s.name.empty()) throw ValidationError("cannot add a signal without a name");
  if (signal.samples.empty()) throw ValidationError(what + ": it has no samples");
  if (s.sampleRate && !(*s.sampleRate > 0 && std::isfinite(*s.sampleRate)))
    throw ValidationError(what + ": the sample rate must be positive");
  if (!s.sampleRate) {
    if (signal.times.size() != signal.samples.size())
      throw ValidationError(what + ": " + std::to_string(signal.times.size()) + " times for " +
                            std::to_string(signal.samples.size()) + " samples");
    for (std::size_t i = 1; i < signal.times.size(); ++i)
      if (!(signal.times[i] > signal.times[i - 1]))
        throw ValidationError(what + ": its times do not increase at sample " + std::to_string(i));
  }
  Transaction transaction(database_);
  auto recording = database_.cached("SELECT 1 FROM recordings WHERE id = ?");
  recording->bindAll(s.recordingId);
  if (!recording->step())
    throw ValidationError(what + ": recording #" + std::to_string(s.recordingId) + " does not exist");
  recording->reset();
  auto same = database_.cached("SELECT id FROM signals WHERE recording_id = ? AND name = ?");
  same->bindAll(s.recordingId, s.name);
  if (same->step())
    throw ValidationError(what + ": recording #" + std::to_string(s.recordingId) + " has a signal of that name (#" +
                          std::to_string(same->getInt64(0)) + ")");
  same->reset();
  const double start = s.sampleRate ? s.startSeconds : signal.times.front();
  Statement insert(database_,
                   "INSERT INTO signals (recording_id, name, source, sample_count, start_seconds, sample_rate, times, "
                   "samples, offset_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bindAll(s.recordingId, s.name, s.source, static_cast<std::int64_t>(signal.samples.size()), start, s.sampleRate);
  if (s.sampleRate)
    insert.bindNull(7);
  else
    insert.bindBlob(7, bytesOf(signal.times));
  insert.bindBlob(8, bytesOf(signal.samples));
  insert.bind(9, s.offsetSeconds);
  insert.execute();
  const std::int64_t id = database_.lastInsertRowId();
  Statement marker(database_, "INSERT INTO signal_markers (signal_id, seconds, duration, label) VALUES (?, ?, ?, ?)");
  for (const SignalMarker& m : signal.markers) {
    if (!std::isfinite(m.seconds) || (m.duration && !(std::isfinite(*m.duration) && *m.duration >= 0)))
      throw ValidationError(what + ": marker '" + m.label + "' has no valid time or duration");
    marker.reset();
    marker.bindAll(id, m.seconds, m.duration, m.label);
    marker.execute();
  }
  transaction.commit();
  return id;
}

std::optional<Signal> SignalStore::load(std::int64_t id) {
  Statement query(database_,
                  std::string("SELECT id, recording_id, name, source, sample_count, start_seconds, sample_rate, "
                              "offset_seconds, created, times, samples FROM signals WHERE id = ?"));
  query.bindAll(id);
  if (!query.step()) return std::nullopt;
  Signal signal;
  signal.info = readInfo(query);
  const auto count = static_cast<std::size_t>(signal.info.sampleCount);
  const std::string what = "#" + std::to_string(id);
  if (!signal.info.sampleRate) signal.times = valuesOf<double>(query.getBlob(9), count, what + " times");
  signal.samples = valuesOf<float>(query.getBlob(10), count, what + " samples");
  Statement markers(database_, "SELECT seconds, duration, label FROM signal_markers WHERE signal_id = ? ORDER BY seconds, id");
  markers.bindAll(id);
  while (markers.step())
    signal.markers.push_back({markers.getDouble(0), markers.getOptionalDouble(1), markers.getText(2)});
  return signal;
}

std::vector<SignalInfo> SignalStore::listByRecording(std::int64_t recordingId) {
  auto query = database_.cached(std::string(kInfoColumns) + "WHERE recording_id = ? ORDER BY name");
  query->bindAll(recordingId);
  std::vector<SignalInfo> out;
  while (query->step()) out.push_back(readInfo(*query));
  return out;
}

std::vector<SignalInfo> SignalStore::list() {
  auto query = database_.cached(std::string(kInfoColumns) + "ORDER BY recording_id, name");
  std::vector<SignalInfo> out;
  while (query->step()) out.push_back(readInfo(*query));
  return out;
}

void SignalStore::setOffset(std::int64_t id, double offsetSeconds) {
  if (!std::isfinite(offsetSeconds))
    throw ValidationError("cannot set the offset of signal #" + std::to_string(id) + ": not a number");
  Transaction transaction(database_);
  database_.cached("UPDATE signals SET offset_seconds = ? WHERE id = ?")->bindAll(offsetSeconds, id).execute();
  if (database_.changes() == 0)
    throw ValidationError("cannot set the offset of signal #" + std::to_string(id) + ": no such signal");
  transaction.commit();
}

bool SignalStore::remove(std::int64_t id) {
  Transaction transaction(database_);
  database_.cached("DELETE FROM signals WHERE id = ?")->bindAll(id).execute();
  const bool removed = database_.changes() > 0;
  transaction.commit();
  return removed;
}

}  // namespace prodrome::database
