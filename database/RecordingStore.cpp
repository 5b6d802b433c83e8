#include "database/RecordingStore.h"

#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/PeriodStore.h"
#include "database/ProjectPaths.h"
#include "database/Transaction.h"

namespace prodrome::database {

namespace {

constexpr const char* kRecordingColumns =
    "SELECT id, subject_id, path, fingerprint, fps, frame_count, width, height, start_time, camera "
    "FROM recordings ";

Recording readRecording(const Statement& row, const ProjectPaths& paths) {
  Recording recording;
  recording.id = row.getInt64(0);
  recording.subjectId = row.getInt64(1);
  recording.path = paths.toOpenable(row.getText(2));
  recording.fingerprint = row.getText(3);
  recording.fps = row.getDouble(4);
  recording.frameCount = row.getInt64(5);
  recording.width = static_cast<int>(row.getInt64(6));
  recording.height = static_cast<int>(row.getInt64(7));
  recording.startTime = row.getOptionalText(8);
  recording.camera = row.getText(9);
  return recording;
}

std::vector<Recording> readAll(CachedStatement& query, const ProjectPaths& paths) {
  std::vector<Recording> recordings;
  while (query->step()) recordings.push_back(readRecording(*query, paths));
  return recordings;
}

void requireSubject(Database& database, std::int64_t subjectId, const char* operation) {
  auto query = database.cached("SELECT 1 FROM subjects WHERE id = ?");
  query->bindAll(subjectId);
  if (!query->step())
    throw ValidationError(std::string(operation) + ": subject #" + std::to_string(subjectId) + " does not exist");
}

}  // namespace

std::int64_t RecordingStore::add(const Recording& r) {
  Transaction transaction(database_);
  requireSubject(database_, r.subjectId, "cannot add recording");
  auto insert = database_.cached(
      "INSERT INTO recordings (subject_id, path, fingerprint, fps, frame_count, width, height, start_time, "
      "camera) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert->bindAll(r.subjectId, ProjectPaths(database_).toStored(r.path), r.fingerprint, r.fps, r.frameCount, r.width, r.height, r.startTime, r.camera)
      .execute();
  const std::int64_t id = database_.lastInsertRowId();
  PeriodStore::addSingleFilePeriod(database_, id, r.subjectId, r.startTime.has_value());
  transaction.commit();
  return id;
}

void RecordingStore::update(const Recording& r) {
  Transaction transaction(database_);
  requireSubject(database_, r.subjectId, "cannot update recording");
  // A period is one subject's: a recording alone in its period takes the
  // period along to its new subject; one chained with others cannot move.
  auto period = database_.cached(
      "SELECT p.id, p.subject_id, (SELECT count(*) FROM period_files f WHERE f.period_id = p.id) "
      "FROM periods p JOIN period_files pf ON pf.period_id = p.id WHERE pf.recording_id = ?");
  period->bindAll(r.id);
  if (period->step() && period->getInt64(1) != r.subjectId) {
    const std::int64_t periodId = period->getInt64(0);
    const std::int64_t files = period->getInt64(2);
    period->reset();
    if (files > 1)
      throw ValidationError("cannot update recording #" + std::to_string(r.id) + ": it is one of " +
                            std::to_string(files) + " files of period #" + std::to_string(periodId) +
                            ", which is another subject's");
    database_.cached("UPDATE periods SET subject_id = ? WHERE id = ?")->bindAll(r.subjectId, periodId).execute();
  } else {
    period->reset();
  }
  auto statement = database_.cached(
      "UPDATE recordings SET subject_id = ?, path = ?, fingerprint = ?, fps = ?, frame_count = ?, "
      "width = ?, height = ?, start_time = ?, camera = ? WHERE id = ?");
  statement
      ->bindAll(r.subjectId, ProjectPaths(database_).toStored(r.path), r.fingerprint, r.fps, r.frameCount, r.width,
                r.height, r.startTime, r.camera, r.id)
      .execute();
  if (database_.changes() == 0)
    throw ValidationError("cannot update recording #" + std::to_string(r.id) + ": no such recording");
  transaction.commit();
}

void RecordingStore::updatePath(std::int64_t id, std::string_view path) {
  Transaction transaction(database_);
  database_.cached("UPDATE recordings SET path = ? WHERE id = ?")
      ->bindAll(ProjectPaths(database_).toStored(path), id)
      .execute();
  if (database_.changes() == 0)
    throw ValidationError("cannot re-link recording #" + std::to_string(id) + ": no such recording");
  transaction.commit();
}

bool RecordingStore::remove(std::int64_t id) {
  Transaction transaction(database_);
  database_.cached("DELETE FROM recordings WHERE id = ?")->bindAll(id).execute();
  const bool removed = database_.changes() > 0;
  PeriodStore::deleteEmptyPeriods(database_);  // its file row went with it (ON DELETE CASCADE)
  transaction.commit();
  return removed;
}

std::optional<Recording> RecordingStore::find(std::int64_t id) {
  auto query = database_.cached(std::string(kRecordingColumns) + "WHERE id = ?");
  query->bindAll(id);
  if (!query->step()) return std::nullopt;
  return readRecording(*query, ProjectPaths(database_));
}

std::vector<Recording> RecordingStore::findByFingerprint(std::string_view fingerprint) {
  auto query = database_.cached(std::string(kRecordingColumns) + "WHERE fingerprint = ? ORDER BY id");
  query->bindAll(fingerprint);
  return readAll(query, ProjectPaths(database_));
}

std::optional<Recording> RecordingStore::findByPath(std::string_view path) {
  // Both forms: a file inside the project's folder is stored relative
  // today, but an older project may hold its absolute path.
  const ProjectPaths paths(database_);
  const std::string stored = paths.toStored(path);
  auto query = database_.cached(std::string(kRecordingColumns) + "WHERE path IN (?, ?) ORDER BY id LIMIT 1");
  query->bindAll(stored, paths.toOpenable(stored));
  if (!query->step()) return std::nullopt;
  return readRecording(*query, paths);
}

std::vector<Recording> RecordingStore::list() {
  auto query = database_.cached(std::string(kRecordingColumns) + "ORDER BY id");
  return readAll(query, ProjectPaths(database_));
}

std::vector<Recording> RecordingStore::listBySubject(std::int64_t subjectId) {
  auto query = database_.cached(std::string(kRecordingColumns) + "WHERE subject_id = ? ORDER BY id");
  query->bindAll(subjectId);
  return readAll(query, ProjectPaths(database_));
}

}  // namespace prodrome::database
