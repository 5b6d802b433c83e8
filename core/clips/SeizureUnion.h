#pragma once
// One set of seizures from several raters' marks. The store lets a second
// annotator mark a seizure over the first one's (issue 14); whatever needs one
// answer to "where are the seizures" (clip windows, forecast metrics, the
// review) merges the marks that overlap into one seizure: the earliest onset,
// the latest offset, under the earliest mark's id. Taking the earliest onset
// keeps pre-ictal windows clear of any frame a rater called ictal; the latest
// offset keeps normal windows clear of them too. With one rater nothing
// overlaps (the store refuses it) and nothing changes.

#include <cstdint>
#include <optional>
#include <vector>

namespace prodrome::core {

struct SeizureMark {
  std::int64_t id = 0;
  std::int64_t onset = 0;
  std::optional<std::int64_t> offset;  // empty: open, occupying its onset frame only
};

// The merged seizures by onset (then id). Marks overlap as the store defines
// it: half-open [onset, offset), an open mark [onset, onset + 1). A merged
// seizure is open only when every mark in it is.
std::vector<SeizureMark> unionOfSeizures(std::vector<SeizureMark> marks);

}  // namespace prodrome::core
