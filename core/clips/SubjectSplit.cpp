#include "core/clips/SubjectSplit.h"

#include "core/Error.h"
#include "core/clips/SeededRandom.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace prodrome::core {

namespace {

void sortUnique(std::vector<std::int64_t>& ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

}  // namespace

SubjectSplit splitSubjectsByFractions(std::vector<std::int64_t> subjectIds, const SplitFractions& fractions,
                                      std::uint64_t seed) {
  const std::array<double, 3> share = {fractions.train, fractions.validation, fractions.test};
  const std::array<const char*, 3> names = {kTrainSplit, kValidationSplit, kTestSplit};
  double total = 0;
  for (double value : share) {
    if (!std::isfinite(value) || value < 0)
      throw Error("cannot split subjects: fraction " + std::to_string(value) + " is negative or not finite");
    total += value;
  }
  if (total <= 0) throw Error("cannot split subjects: the train, val and test fractions are all zero");

  sortUnique(subjectIds);
  const std::size_t n = subjectIds.size();
  std::array<std::size_t, 3> count{};
  std::array<double, 3> remainder{};
  std::size_t assigned = 0;
  for (std::size_t i = 0; i < 3; ++i) {
    const double exact = share[i] / total * static_cast<double>(n);
    count[i] = static_cast<std::size_t>(std::floor(exact));
    remainder[i] = exact - std::floor(exact);
    assigned += count[i];
  }
  while (assigned < n) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < 3; ++i)
      if (remainder[i] > remainder[best]) best = i;
    ++count[best];
    remainder[best] = -1;
    ++assigned;
  }
  for (std::size_t i = 0; i < 3; ++i) {
    if (share[i] <= 0 || count[i] > 0) continue;
    const auto largest = static_cast<std::size_t>(std::max_element(count.begin(), count.end()) - count.begin());
    if (count[largest] > 1) {
      --count[largest];
      ++count[i];
    }
  }

  SeededRandom random(seed);
  random.shuffle(subjectIds);
  SubjectSplit split;
  std::size_t next = 0;
  for (std::size_t i = 0; i < 3; ++i)
    for (std::size_t k = 0; k < count[i]; ++k) split[subjectIds[next++]] = names[i];
  return split;
}

SubjectSplit splitSubjectsByLists(const std::map<std::string, std::vector<std::int64_t>>& lists) {
  SubjectSplit split;
  for (const auto& [name, subjects] : lists) {
    if (name.empty()) throw Error("cannot split subjects: a split has an empty name");
    for (std::int64_t subject : subjects) {
      auto [it, inserted] = split.emplace(subject, name);
      if (!inserted && it->second != name)
        throw Error("cannot split subjects: subject #" + std::to_string(subject) + " is listed in both '" + it->second +
                    "' and '" + name + "'");
    }
  }
  return split;
}

std::vector<SubjectFold> leaveOneSubjectOutFolds(std::vector<std::int64_t> subjectIds) {
  sortUnique(subjectIds);
  std::vector<SubjectFold> folds;
  folds.reserve(subjectIds.size());
  for (std::int64_t held : subjectIds) {
    SubjectFold fold{"loso-" + std::to_string(held), held, {}};
    for (std::int64_t subject : subjectIds) fold.split[subject] = subject == held ? kTestSplit : kTrainSplit;
    folds.push_back(std::move(fold));
  }
  return folds;
}

std::vector<std::int64_t> subjectsOf(std::span<const ClipWindow> windows) {
  std::vector<std::int64_t> subjects;
  for (const ClipWindow& window : windows) subjects.push_back(window.subjectId);
  sortUnique(subjects);
  return subjects;
}

void applySplit(std::span<ClipWindow> windows, const SubjectSplit& split) {
  for (ClipWindow& window : windows) {
    const auto it = split.find(window.subjectId);
    window.split = it == split.end() ? std::string() : it->second;
  }
}

}  // namespace prodrome::core
