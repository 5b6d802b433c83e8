#include "core/clips/SeizureUnion.h"

#include <algorithm>
#include <tuple>

namespace prodrome::core {

std::vector<SeizureMark> unionOfSeizures(std::vector<SeizureMark> marks) {
  std::sort(marks.begin(), marks.end(),
            [](const SeizureMark& a, const SeizureMark& b) { return std::tie(a.onset, a.id) < std::tie(b.onset, b.id); });
  std::vector<SeizureMark> out;
  std::int64_t end = 0;  // the frame after the last one the current merged seizure occupies
  for (const SeizureMark& mark : marks) {
    const std::int64_t markEnd = mark.offset.value_or(mark.onset + 1);
    if (!out.empty() && mark.onset < end) {
      SeizureMark& merged = out.back();
      if (mark.offset) merged.offset = std::max(merged.offset.value_or(*mark.offset), *mark.offset);
      end = std::max(end, markEnd);
      continue;
    }
    out.push_back(mark);
    end = markEnd;
  }
  return out;
}

}  // namespace prodrome::core
