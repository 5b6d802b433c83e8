#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace prodrome::database {

class Database;

enum class ClipLabel { Preictal, Normal, Ictal };
std::string_view toString(ClipLabel label);
ClipLabel clipLabelFromString(std::string_view text);  // throws ValidationError

// A training window [startFrame, endFrame) of a recording.
struct Clip {
  std::int64_t id = 0;  // assigned by the store
  std::int64_t clipSetId = 0;
  std::int64_t recordingId = 0;
  std::int64_t startFrame = 0;
  std::int64_t endFrame = 0;
  ClipLabel label = ClipLabel::Normal;
  std::string split;                          // "train", "val", "test", a fold name, or empty
  std::optional<std::int64_t> sourceEventId;  // the seizure a pre-ictal/ictal clip was cut for
};

class ClipStore {
 public:
  explicit ClipStore(Database& database) : database_(database) {}

  // All or nothing, in one transaction; returns the new ids in input order.
  std::vector<std::int64_t> addAll(std::span<const Clip> clips);
  void setSplit(std::int64_t clipId, std::string_view split);

  std::vector<Clip> listBySet(std::int64_t clipSetId);  // ordered by id
  std::int64_t countBySet(std::int64_t clipSetId);

 private:
  Database& database_;
};

}  // namespace prodrome::database
