#include "ClipTestUtil.h"

#include "core/Error.h"
#include "core/clips/SubjectSplit.h"

#include <gtest/gtest.h>

#include <set>

namespace prodrome::core::test {
namespace {

std::map<std::string, int> countBySplit(const SubjectSplit& split) {
  std::map<std::string, int> counts;
  for (const auto& [subject, name] : split) ++counts[name];
  return counts;
}

TEST(SubjectSplit, FractionsCountsByLargestRemainder) {
  std::vector<std::int64_t> subjects = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
  const SubjectSplit split = splitSubjectsByFractions(subjects, SplitFractions{}, 42);
  EXPECT_EQ(split.size(), 10u);
  // 7, 1.5, 1.5: the tied half goes to val.
  EXPECT_EQ(countBySplit(split), (std::map<std::string, int>{{"test", 1}, {"train", 7}, {"val", 2}}));
  // Three subjects, 0.8/0.1/0.1: each non-empty split still gets one.
  const SubjectSplit small = splitSubjectsByFractions({1, 2, 3}, SplitFractions{0.8, 0.1, 0.1}, 1);
  EXPECT_EQ(countBySplit(small), (std::map<std::string, int>{{"test", 1}, {"train", 1}, {"val", 1}}));
  // Duplicates count once; a zero fraction stays empty.
  const SubjectSplit noVal = splitSubjectsByFractions({5, 5, 6, 7, 8}, SplitFractions{0.5, 0, 0.5}, 3);
  EXPECT_EQ(countBySplit(noVal), (std::map<std::string, int>{{"test", 2}, {"train", 2}}));
  EXPECT_THROW(splitSubjectsByFractions({1}, SplitFractions{0, 0, 0}, 1), Error);
  EXPECT_THROW(splitSubjectsByFractions({1}, SplitFractions{-1, 1, 1}, 1), Error);
}

TEST(SubjectSplit, DeterministicForASeedAndDifferentAcrossSeeds) {
  std::vector<std::int64_t> subjects;
  for (int i = 1; i <= 20; ++i) subjects.push_back(i);
  EXPECT_EQ(splitSubjectsByFractions(subjects, {}, 7), splitSubjectsByFractions(subjects, {}, 7));
  std::vector<std::int64_t> shuffled(subjects.rbegin(), subjects.rend());
  EXPECT_EQ(splitSubjectsByFractions(shuffled, {}, 7), splitSubjectsByFractions(subjects, {}, 7))
      << "input order must not matter";
  EXPECT_NE(splitSubjectsByFractions(subjects, {}, 7), splitSubjectsByFractions(subjects, {}, 8));
}

TEST(SubjectSplit, NeverSplitsASubjectsClips) {
  // Three subjects with two recordings each, many windows per recording.
  std::vector<RecordingTimeline> recordings;
  for (std::int64_t r = 1; r <= 6; ++r)
    recordings.push_back(recording(r, 20000, {seizure(r * 10, 10000, 10300)}, Species::Rodent, {30, 1}, (r + 1) / 2));
  auto build = ClipSetBuilder(ClipSetParams{}).build(recordings);
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    const SubjectSplit split = splitSubjectsByFractions(subjectsOf(build.windows), SplitFractions{}, seed);
    applySplit(build.windows, split);
    std::map<std::int64_t, std::set<std::string>> splitsOfSubject;
    for (const ClipWindow& window : build.windows) splitsOfSubject[window.subjectId].insert(window.split);
    ASSERT_EQ(splitsOfSubject.size(), 3u);
    for (const auto& [subject, names] : splitsOfSubject) {
      EXPECT_EQ(names.size(), 1u) << "subject " << subject;
      EXPECT_FALSE(names.begin()->empty());
    }
  }
}

TEST(SubjectSplit, ExplicitLists) {
  const SubjectSplit split = splitSubjectsByLists({{"train", {1, 2}}, {"test", {3}}});
  EXPECT_EQ(split, (SubjectSplit{{1, "train"}, {2, "train"}, {3, "test"}}));
  try {
    splitSubjectsByLists({{"train", {1, 2}}, {"test", {2}}});
    FAIL() << "a subject in two splits was accepted";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("subject #2"), std::string::npos) << error.what();
  }
  std::vector<ClipWindow> windows(2);
  windows[0].subjectId = 3;
  windows[1].subjectId = 4;
  applySplit(windows, split);
  EXPECT_EQ(windows[0].split, "test");
  EXPECT_EQ(windows[1].split, "") << "unlisted subject";
}

TEST(SubjectSplit, LeaveOneSubjectOutFolds) {
  const auto folds = leaveOneSubjectOutFolds({30, 10, 20, 10});
  ASSERT_EQ(folds.size(), 3u);
  EXPECT_EQ(folds[0].name, "loso-10");
  EXPECT_EQ(folds[0].testSubject, 10);
  EXPECT_EQ(folds[0].split, (SubjectSplit{{10, "test"}, {20, "train"}, {30, "train"}}));
  EXPECT_EQ(folds[2].split, (SubjectSplit{{10, "train"}, {20, "train"}, {30, "test"}}));
  std::set<std::int64_t> tested;
  for (const SubjectFold& fold : folds) {
    EXPECT_EQ(countBySplit(fold.split)["test"], 1);
    tested.insert(fold.testSubject);
  }
  EXPECT_EQ(tested, (std::set<std::int64_t>{10, 20, 30}));
}

}  // namespace
}  // namespace prodrome::core::test
