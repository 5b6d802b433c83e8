#pragma once

// Hand-made timelines for the clip tests. Expected frames in the tests are
// written out by hand from design.md §5, never recomputed with the builder's
// own formulas.

#include "core/clips/ClipSetBuilder.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace prodrome::core::test {

using Frames = std::pair<std::int64_t, std::int64_t>;  // [start, end)

inline TimelineEvent seizure(std::int64_t id, std::int64_t onset, std::optional<std::int64_t> offset) {
  return TimelineEvent{id, onset, offset, EventKind::Seizure};
}

inline RecordingTimeline recording(std::int64_t id, std::int64_t frames, std::vector<TimelineEvent> events = {},
                                   Species species = Species::Rodent, FrameRate fps = {30, 1},
                                   std::int64_t subject = 0) {
  const std::int64_t subjectId = subject ? subject : id;
  return RecordingTimeline{id, subjectId, species, fps, frames, std::move(events), "S" + std::to_string(subjectId), {}};
}

// One label only, every duration at its default unless changed afterwards.
inline ClipSetParams only(ClipLabel label) {
  ClipSetParams params;
  params.buildPreictal = label == ClipLabel::Preictal;
  params.buildNormal = label == ClipLabel::Normal;
  params.buildIctal = label == ClipLabel::Ictal;
  return params;
}

inline std::vector<Frames> framesOf(const ClipSetBuild& build, ClipLabel label,
                                    std::optional<std::int64_t> source = std::nullopt) {
  std::vector<Frames> frames;
  for (const ClipWindow& window : build.windows)
    if (window.label == label && (!source || window.sourceEventId == source))
      frames.emplace_back(window.startFrame, window.endFrame);
  std::sort(frames.begin(), frames.end());
  return frames;
}

inline bool contains(const std::vector<Frames>& frames, Frames window) {
  return std::find(frames.begin(), frames.end(), window) != frames.end();
}

inline ClipSetBuild buildOne(const ClipSetParams& params, const RecordingTimeline& timeline) {
  return ClipSetBuilder(params).build(std::vector<RecordingTimeline>{timeline});
}

}  // namespace prodrome::core::test
