#pragma once
// The seizures of a monitoring period's files, placed on the frames of the
// period's other files by the wall clock (issue 14), for the clip builder: a
// seizure at frame 3 of file 2 has its pre-ictal time at the end of file 1
// when the two are contiguous, and a seizure late in file 1 keeps its
// post-ictal time out of file 2's windows.

#include "core/clips/RecordingTimeline.h"
#include "core/periods/PeriodLayout.h"

#include <vector>

namespace prodrome::core {

// Fills RecordingTimeline::neighbourSeizures of every timeline whose
// recording is in one of `periods` with the seizures of the period's other
// files. A later file's seizure is `continuous` when every file from this one
// to it follows the previous within one frame (PlacedFile::
// contiguousWithPrevious). Timelines of recordings not in `periods` (or not
// loaded) are left as they are.
void addNeighbourSeizures(std::vector<RecordingTimeline>& timelines, const std::vector<PeriodLayout>& periods);

}  // namespace prodrome::core
