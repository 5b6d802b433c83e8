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

// What the clip builder knows of a recording: plain values, no database.
struct RecordingTimeline {
  std::int64_t id = 0;
  std::int64_t subjectId = 0;
  Species species = Species::Human;
  FrameRate fps;
  std::int64_t frameCount = 0;
  std::vector<TimelineEvent> events;  // any order
  std::string subjectCode;            // for ClipSetParams::subjects
};

}  // namespace prodrome::core
