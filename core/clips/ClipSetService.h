#pragma once

#include "core/clips/ClipSetBuilder.h"
#include "core/clips/SubjectSplit.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

// Builds a clip set from a project's recordings and events and stores it.
// Not thread-safe, like the Database it works on.
class ClipSetService {
 public:
  explicit ClipSetService(database::Database& database) : database_(database) {}

  // Every recording of the project with its subject's species and its events.
  // Frame rates come from the stored double (FrameRate::fromDouble).
  std::vector<RecordingTimeline> loadTimelines();

  struct Result {
    std::int64_t clipSetId = 0;
    ClipSetBuild build;  // the windows as stored (with their splits)
  };

  // Builds with `params` (seed included) over every recording and stores the
  // set and all its clips in one transaction: on any error nothing is stored.
  // With `split`, each clip's split is its subject's. Throws core::Error when
  // the name is empty or already taken, or the build fails; DatabaseError for
  // a failed write.
  Result build(const std::string& name, const ClipSetParams& params, const std::optional<SubjectSplit>& split = {});

 private:
  database::Database& database_;
};

}  // namespace prodrome::core
