#pragma once

#include "core/clips/ClipWindow.h"

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <vector>

namespace prodrome::core {

// Which split each subject's clips belong to: subject id -> split name.
// Splits are by subject, never by clip (design.md §5): every clip of a
// subject lands in the same split, so a model is never tested on a patient
// (or animal) it was trained on.
using SubjectSplit = std::map<std::int64_t, std::string>;

inline constexpr const char* kTrainSplit = "train";
inline constexpr const char* kValidationSplit = "val";
inline constexpr const char* kTestSplit = "test";

struct SplitFractions {
  double train = 0.7;
  double validation = 0.15;
  double test = 0.15;
};

// Shuffles the (deduplicated, sorted) subjects with the seed and cuts the
// order into train, val, test. Counts: the fractions (normalised to sum 1)
// times the subject count, rounded by largest remainder (ties to the earlier
// split); then every split with a positive fraction that came out empty takes
// one subject from the largest split, as long as that keeps at least one.
// Throws core::Error for negative fractions or all zero.
SubjectSplit splitSubjectsByFractions(std::vector<std::int64_t> subjectIds, const SplitFractions& fractions,
                                      std::uint64_t seed);

// Explicit lists, split name -> subjects. A subject in two lists is an error
// (core::Error naming it and both splits).
SubjectSplit splitSubjectsByLists(const std::map<std::string, std::vector<std::int64_t>>& lists);

// Leave-one-subject-out: one fold per subject (in increasing id order), that
// subject "test", every other "train".
struct SubjectFold {
  std::string name;  // "loso-<subject id>"
  std::int64_t testSubject = 0;
  SubjectSplit split;
};
std::vector<SubjectFold> leaveOneSubjectOutFolds(std::vector<std::int64_t> subjectIds);

// The distinct subjects of some windows, in increasing order.
std::vector<std::int64_t> subjectsOf(std::span<const ClipWindow> windows);

// Sets every window's split from its subject; a subject the split does not
// list gets the empty split (kept, but in no split).
void applySplit(std::span<ClipWindow> windows, const SubjectSplit& split);

}  // namespace prodrome::core
