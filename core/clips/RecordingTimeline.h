#pragma once

#include "core/clips/FrameRate.h"
#include "database/EventStore.h"
#include "database/SubjectStore.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace prodrome::core {

using database::EventKind;
using database::Species;

// An annotated interval [onsetFrame, offsetFrame); offset empty while the
// seizure is open (onset marked, offset not yet).
struct TimelineEvent {
  std::int64_t id = 0;
  std::int64_t onsetFrame = 0;
  std::optional<std::int64_t> offsetFrame;
  EventKind kind = EventKind::Seizure;
};

// A seizure of another file of the recording's monitoring period, placed on
// this file's frames by the wall clock (issue 14): before frame 0 for an
// earlier file, past the last frame for a later one. It shapes this file's
// windows as one of its own would (normal windows keep their distance, its
// post-ictal time stays out of pre-ictal windows, an ictal part that runs
// into this file gives ictal windows), and pre-ictal windows here may end
// before its onset only when `continuous`: no gap of more than one frame lies
// between this file and its onset (a gap is unobserved time, and a window
// across it would promise a horizon nobody watched).
struct NeighbourSeizure {
  std::int64_t id = 0;  // the event, in its own file
  std::int64_t onsetFrame = 0;
  std::optional<std::int64_t> offsetFrame;
  bool continuous = false;
};

// What the clip builder knows of a recording: plain values, no database.
struct RecordingTimeline {
  std::int64_t id = 0;
  std::int64_t subjectId = 0;
  Species species = Species::Human;
  FrameRate fps;
  std::int64_t frameCount = 0;
  std::vector<TimelineEvent> events;  // any order
  std::string subjectCode;            // for ClipSetParams::subjects
  std::vector<NeighbourSeizure> neighbourSeizures;  // any order; none for a file alone in its period
};

}  // namespace prodrome::core
