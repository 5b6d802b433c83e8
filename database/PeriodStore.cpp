#include "database/PeriodStore.h"

#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/Transaction.h"

#include <set>

namespace prodrome::database {

std::string_view toString(StartSource source) {
  switch (source) {
    case StartSource::Container:
      return "container";
    case StartSource::User:
      return "user";
    case StartSource::Previous:
      return "previous";
  }
  return "previous";
}

StartSource startSourceFromString(std::string_view text) {
  if (text == "container") return StartSource::Container;
  if (text == "user") return StartSource::User;
  if (text == "previous") return StartSource::Previous;
  throw ValidationError("unknown start source '" + std::string(text) + "' (expected container, user or previous)");
}

namespace {

// The recording's subject; throws naming it when it does not exist.
std::int64_t subjectOf(Database& database, std::int64_t recordingId, const char* operation) {
  auto query = database.cached("SELECT subject_id FROM recordings WHERE id = ?");
  query->bindAll(recordingId);
  if (!query->step())
    throw ValidationError(std::string(operation) + ": recording #" + std::to_string(recordingId) + " does not exist");
  return query->getInt64(0);
}

}  // namespace

void PeriodStore::addSingleFilePeriod(Database& database, std::int64_t recordingId, std::int64_t subjectId,
                                      bool startKnown) {
  database.cached("INSERT INTO periods (subject_id) VALUES (?)")->bindAll(subjectId).execute();
  const std::int64_t period = database.lastInsertRowId();
  database.cached("INSERT INTO period_files (recording_id, period_id, position, start_source) VALUES (?, ?, 0, ?)")
      ->bindAll(recordingId, period, std::string(toString(startKnown ? StartSource::Container : StartSource::Previous)))
      .execute();
}

void PeriodStore::deleteEmptyPeriods(Database& database) {
  database.cached("DELETE FROM periods WHERE id NOT IN (SELECT period_id FROM period_files)")->execute();
}

// Takes the recording out of its period and puts it at `position` of
// `periodId`. The positions left behind keep their order; a hole is harmless
// (they order the files, nothing counts them).
void PeriodStore::moveInto(std::int64_t periodId, std::int64_t recordingId, int position) {
  auto old = database_.cached("SELECT start_source FROM period_files WHERE recording_id = ?");
  old->bindAll(recordingId);
  std::string source = std::string(toString(StartSource::Previous));
  if (old->step()) source = old->getText(0);
  old->reset();
  database_.cached("DELETE FROM period_files WHERE recording_id = ?")->bindAll(recordingId).execute();
  database_.cached("INSERT INTO period_files (recording_id, period_id, position, start_source) VALUES (?, ?, ?, ?)")
      ->bindAll(recordingId, periodId, static_cast<std::int64_t>(position), source)
      .execute();
}

std::int64_t PeriodStore::create(std::int64_t subjectId, const std::vector<std::int64_t>& recordingIds,
                                 const std::string& name) {
  const char* operation = "cannot create period";
  if (recordingIds.empty()) throw ValidationError(std::string(operation) + ": no recordings given");
  Transaction transaction(database_);
  std::set<std::int64_t> seen;
  for (std::int64_t id : recordingIds) {
    if (!seen.insert(id).second)
      throw ValidationError(std::string(operation) + ": recording #" + std::to_string(id) + " is listed twice");
    const std::int64_t subject = subjectOf(database_, id, operation);
    if (subject != subjectId)
      throw ValidationError(std::string(operation) + ": recording #" + std::to_string(id) + " is of subject #" +
                            std::to_string(subject) + ", not #" + std::to_string(subjectId) +
                            "; a period is one subject's");
  }
  auto insert = database_.cached("INSERT INTO periods (subject_id, name) VALUES (?, ?)");
  insert->bindAll(subjectId, name).execute();
  const std::int64_t period = database_.lastInsertRowId();
  for (std::size_t k = 0; k < recordingIds.size(); ++k)
    moveInto(period, recordingIds[k], static_cast<int>(k));
  deleteEmptyPeriods(database_);
  transaction.commit();
  return period;
}

void PeriodStore::append(std::int64_t periodId, std::int64_t recordingId) {
  const char* operation = "cannot add to period";
  Transaction transaction(database_);
  auto period = database_.cached("SELECT subject_id FROM periods WHERE id = ?");
  period->bindAll(periodId);
  if (!period->step())
    throw ValidationError(std::string(operation) + ": period #" + std::to_string(periodId) + " does not exist");
  const std::int64_t subjectId = period->getInt64(0);
  period->reset();
  const std::int64_t subject = subjectOf(database_, recordingId, operation);
  if (subject != subjectId)
    throw ValidationError(std::string(operation) + " #" + std::to_string(periodId) + ": recording #" +
                          std::to_string(recordingId) + " is of subject #" + std::to_string(subject) + ", not #" +
                          std::to_string(subjectId));
  if (periodOf(recordingId) == periodId)
    throw ValidationError(std::string(operation) + " #" + std::to_string(periodId) + ": recording #" +
                          std::to_string(recordingId) + " is in it already");
  // After the last one (positions keep their order but may have holes where
  // a recording was removed).
  auto last = database_.cached("SELECT coalesce(max(position), -1) + 1 FROM period_files WHERE period_id = ?");
  last->bindAll(periodId);
  last->step();
  const int position = static_cast<int>(last->getInt64(0));
  last->reset();
  moveInto(periodId, recordingId, position);
  deleteEmptyPeriods(database_);
  transaction.commit();
}

void PeriodStore::setStart(std::int64_t recordingId, const std::optional<std::string>& isoStart) {
  const char* operation = "cannot set the start";
  Transaction transaction(database_);
  subjectOf(database_, recordingId, operation);
  if (isoStart && isoStart->empty()) throw ValidationError(std::string(operation) + ": the start is empty");
  database_.cached("UPDATE recordings SET start_time = ? WHERE id = ?")->bindAll(isoStart, recordingId).execute();
  database_.cached("UPDATE period_files SET start_source = ? WHERE recording_id = ?")
      ->bindAll(std::string(toString(isoStart ? StartSource::User : StartSource::Previous)), recordingId)
      .execute();
  transaction.commit();
}

std::optional<std::int64_t> PeriodStore::periodOf(std::int64_t recordingId) {
  auto query = database_.cached("SELECT period_id FROM period_files WHERE recording_id = ?");
  query->bindAll(recordingId);
  std::optional<std::int64_t> id;
  if (query->step()) id = query->getInt64(0);
  query->reset();
  return id;
}

std::optional<Period> PeriodStore::find(std::int64_t id) {
  // By key: every recording has a period, so list() grows with the project
  // and layOutPeriod asks for one period at a time.
  auto query = database_.cached("SELECT id, subject_id, name, created FROM periods WHERE id = ?");
  query->bindAll(id);
  if (!query->step()) return std::nullopt;
  Period period{query->getInt64(0), query->getInt64(1), query->getText(2), query->getText(3), {}};
  query->reset();
  auto files = database_.cached(
      "SELECT recording_id, position, start_source FROM period_files WHERE period_id = ? ORDER BY position");
  files->bindAll(id);
  while (files->step())
    period.files.push_back({files->getInt64(0), static_cast<int>(files->getInt64(1)),
                            startSourceFromString(files->getText(2))});
  return period;
}

std::vector<Period> PeriodStore::list() {
  std::vector<Period> periods;
  auto query = database_.cached("SELECT id, subject_id, name, created FROM periods ORDER BY id");
  while (query->step()) periods.push_back({query->getInt64(0), query->getInt64(1), query->getText(2), query->getText(3), {}});
  auto files = database_.cached(
      "SELECT period_id, recording_id, position, start_source FROM period_files ORDER BY period_id, position");
  std::size_t at = 0;
  while (files->step()) {
    const std::int64_t period = files->getInt64(0);
    while (at < periods.size() && periods[at].id < period) ++at;
    if (at == periods.size() || periods[at].id != period) continue;
    periods[at].files.push_back({files->getInt64(1), static_cast<int>(files->getInt64(2)),
                                 startSourceFromString(files->getText(3))});
  }
  return periods;
}

}  // namespace prodrome::database
