#include "ui/timeline/IntervalIndex.h"

#include <algorithm>
#include <limits>

namespace prodrome::ui {

void IntervalIndex::assign(const std::vector<qint64>& starts, const std::vector<qint64>& ends) {
  starts_ = starts;
  maxEnd_.resize(ends.size());
  qint64 running = std::numeric_limits<qint64>::min();
  for (std::size_t i = 0; i < ends.size(); ++i) maxEnd_[i] = running = std::max(running, ends[i]);
}

void IntervalIndex::clear() {
  starts_.clear();
  maxEnd_.clear();
}

std::pair<std::size_t, std::size_t> IntervalIndex::candidates(qint64 from, qint64 to) const {
  const auto first = std::upper_bound(maxEnd_.begin(), maxEnd_.end(), from) - maxEnd_.begin();
  const auto last = std::lower_bound(starts_.begin(), starts_.end(), to) - starts_.begin();
  return {static_cast<std::size_t>(first), static_cast<std::size_t>(std::max(first, last))};
}

}  // namespace prodrome::ui
