#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prodrome::database {

class Database;

struct Recording {
  std::int64_t id = 0;  // assigned by the store
  std::int64_t subjectId = 0;
  std::string path;         // where the video was last seen
  std::string fingerprint;  // content fingerprint of the video (computed by core/)
  double fps = 0;
  std::int64_t frameCount = 0;
  int width = 0;
  int height = 0;
  std::optional<std::string> startTime;  // ISO 8601 wall-clock start, if known
  std::string camera;
};

// Recordings of one project. Each call is its own committed transaction.
class RecordingStore {
 public:
  explicit RecordingStore(Database& database) : database_(database) {}

  std::int64_t add(const Recording& recording);
  void update(const Recording& recording);
  // Re-links a recording to its video's new location.
  void updatePath(std::int64_t id, std::string_view path);
  bool remove(std::int64_t id);  // cascades to events, clips and predictions

  std::optional<Recording> find(std::int64_t id);
  // A moved or renamed video is found again by its content. Several rows
  // can share one fingerprint (the same file imported for two subjects).
  std::vector<Recording> findByFingerprint(std::string_view fingerprint);
  std::optional<Recording> findByPath(std::string_view path);
  std::vector<Recording> list();                                 // ordered by id
  std::vector<Recording> listBySubject(std::int64_t subjectId);  // ordered by id

 private:
  Database& database_;
};

}  // namespace prodrome::database
