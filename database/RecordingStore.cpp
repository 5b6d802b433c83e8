#include "database/RecordingStore.h"

#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/Transaction.h"

namespace prodrome::database {

namespace {

constexpr const char* kColumns =
    "SELECT id, subject_id, path, fingerprint, fps, frame_count, width, height, start_time, camera "
    "FROM recordings ";

Recording readRecording(const Statement& row) {
  Recording recording;
  recording.id = row.getInt64(0);
  recording.subjectId = row.getInt64(1);
  recording.path = row.getText(2);
  recording.fingerprint = row.getText(3);
  recording.fps = row.getDouble(4);
  recording.frameCount = row.getInt64(5);
  recording.width = static_cast<int>(row.getInt64(6));
  recording.height = static_cast<int>(row.getInt64(7));
  recording.startTime = row.getOptionalText(8);
  recording.camera = row.getText(9);
  return recording;
}

std::vector<Recording> readAll(CachedStatement& query) {
  std::vector<Recording> recordings;
  while (query->step()) recordings.push_back(readRecording(*query));
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
  insert->bindAll(r.subjectId, r.path, r.fingerprint, r.fps, r.frameCount, r.width, r.height, r.startTime, r.camera)
      .execute();
  const std::int64_t id = database_.lastInsertRowId();
  transaction.commit();
  return id;
}

void RecordingStore::update(const Recording& r) {
  Transaction transaction(database_);
  requireSubject(database_, r.subjectId, "cannot update recording");
  auto statement = database_.cached(
      "UPDATE recordings SET subject_id = ?, path = ?, fingerprint = ?, fps = ?, frame_count = ?, "
      "width = ?, height = ?, start_time = ?, camera = ? WHERE id = ?");
  statement
      ->bindAll(r.subjectId, r.path, r.fingerprint, r.fps, r.frameCount, r.width, r.height, r.startTime, r.camera, r.id)
      .execute();
  if (database_.changes() == 0)
    throw ValidationError("cannot update recording #" + std::to_string(r.id) + ": no such recording");
  transaction.commit();
}

void RecordingStore::updatePath(std::int64_t id, std::string_view path) {
  Transaction transaction(database_);
  database_.cached("UPDATE recordings SET path = ? WHERE id = ?")->bindAll(path, id).execute();
  if (database_.changes() == 0)
    throw ValidationError("cannot re-link recording #" + std::to_string(id) + ": no such recording");
  transaction.commit();
}

bool RecordingStore::remove(std::int64_t id) {
  Transaction transaction(database_);
  database_.cached("DELETE FROM recordings WHERE id = ?")->bindAll(id).execute();
  const bool removed = database_.changes() > 0;
  transaction.commit();
  return removed;
}

std::optional<Recording> RecordingStore::find(std::int64_t id) {
  auto query = database_.cached(std::string(kColumns) + "WHERE id = ?");
  query->bindAll(id);
  if (!query->step()) return std::nullopt;
  return readRecording(*query);
}

std::vector<Recording> RecordingStore::findByFingerprint(std::string_view fingerprint) {
  auto query = database_.cached(std::string(kColumns) + "WHERE fingerprint = ? ORDER BY id");
  query->bindAll(fingerprint);
  return readAll(query);
}

std::optional<Recording> RecordingStore::findByPath(std::string_view path) {
  auto query = database_.cached(std::string(kColumns) + "WHERE path = ? ORDER BY id LIMIT 1");
  query->bindAll(path);
  if (!query->step()) return std::nullopt;
  return readRecording(*query);
}

std::vector<Recording> RecordingStore::list() {
  auto query = database_.cached(std::string(kColumns) + "ORDER BY id");
  return readAll(query);
}

std::vector<Recording> RecordingStore::listBySubject(std::int64_t subjectId) {
  auto query = database_.cached(std::string(kColumns) + "WHERE subject_id = ? ORDER BY id");
  query->bindAll(subjectId);
  return readAll(query);
}

}  // namespace prodrome::database
