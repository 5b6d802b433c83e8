#pragma once

#include "core/clips/ClipSetBuilder.h"
#include "core/clips/SubjectSplit.h"

#include <cstdint>
#include <map>
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

  // The subjects a set built with `params` draws from, in increasing id
  // order: every subject of the project, or those params.species and
  // params.subjects keep. Throws core::Error for a listed code the project
  // does not have or of the other species.
  std::vector<std::int64_t> eligibleSubjects(const ClipSetParams& params);
  // Those subjects split by fractions with the set's seed, each species on
  // its own (stratified): the Build Clip Set dialog's split and
  // `prodrome clips build --split-fractions`'. With one species it is
  // splitSubjectsByFractions over eligibleSubjects.
  SubjectSplit splitByFractions(const ClipSetParams& params, const SplitFractions& fractions);

  // Explicit splits by subject code (split name -> codes). Throws core::Error
  // naming a code the project does not have, a subject whose species is not
  // params.species (its clips would never be built), an empty split name, or
  // a subject listed in two splits, or one the set's subject filter leaves out.
  SubjectSplit splitByCodes(const std::map<std::string, std::vector<std::string>>& codes, const ClipSetParams& params);

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

  // The parameters set `clipSetId` was built with. Throws core::Error when
  // the project has no such set.
  ClipSetParams params(std::int64_t clipSetId);

  // Renames a set. Throws core::Error, changing nothing, when the set does
  // not exist or the name is empty or taken by another set.
  void rename(std::int64_t clipSetId, const std::string& name);
  // Deletes a set and its clips (in one transaction). Runs that used it keep
  // their records, which name it by id. Throws core::Error when it does not exist.
  void remove(std::int64_t clipSetId);

 private:
  void requireKnownSubjects(const ClipSetParams& params);
  // The project's subjects that `params` keeps (species and subject filters), after requireKnownSubjects.
  std::vector<database::Subject> includedSubjects(const ClipSetParams& params);

  database::Database& database_;
};

}  // namespace prodrome::core
