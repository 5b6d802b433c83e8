#pragma once

#include "database/ClipStore.h"

#include <cstdint>
#include <optional>
#include <string>

namespace prodrome::core {

using database::ClipLabel;

// One window the builder chose: frames [startFrame, endFrame) of a recording.
struct ClipWindow {
  std::int64_t recordingId = 0;
  std::int64_t subjectId = 0;
  std::int64_t startFrame = 0;
  std::int64_t endFrame = 0;
  ClipLabel label = ClipLabel::Normal;
  std::optional<std::int64_t> sourceEventId;  // the seizure, for pre-ictal and ictal windows
  std::string split;                          // set by applySplit(); empty until then

  friend bool operator==(const ClipWindow&, const ClipWindow&) = default;
};

}  // namespace prodrome::core
