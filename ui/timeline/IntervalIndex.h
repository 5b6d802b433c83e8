#pragma once
// Finds the intervals that reach into a frame range by binary search, so a
// paint touches only what is visible. Intervals are sorted by start; a
// running maximum of their ends is non-decreasing, which lets the first
// candidate be found by binary search even when intervals overlap (artifacts
// over seizures, clip windows with a stride shorter than their length).

#include <QtGlobal>

#include <utility>
#include <vector>

namespace prodrome::ui {

class IntervalIndex {
 public:
  // `starts` sorted ascending; ends[i] > starts[i] (exclusive ends).
  void assign(const std::vector<qint64>& starts, const std::vector<qint64>& ends);
  void clear();

  // Index range [first, last) of the intervals that may overlap [from, to):
  // every interval overlapping it lies inside; a few before may end earlier
  // (when a long interval lifted the running maximum), callers skip those.
  std::pair<std::size_t, std::size_t> candidates(qint64 from, qint64 to) const;

  std::size_t size() const { return starts_.size(); }

 private:
  std::vector<qint64> starts_;
  std::vector<qint64> maxEnd_;  // max(ends[0..i])
};

}  // namespace prodrome::ui
