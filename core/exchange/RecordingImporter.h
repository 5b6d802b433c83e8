#pragma once
// Adds a video file to a project as a recording of a subject: probes it
// (frame rate, frame count, size, content fingerprint) and stores the row,
// creating the subject when its code is new. `recording add` and the
// RodEpil importer share it.

#include "core/exchange/ImportError.h"
#include "database/SubjectStore.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace prodrome::core {

struct AddedRecording {
  std::int64_t recordingId = 0;
  std::int64_t subjectId = 0;
  bool subjectCreated = false;
  std::int64_t frameCount = 0;
  double fps = 0;
  // A variable-rate file's frames stray from its own clock when counted at
  // `fps` (FrameIndex::clockDrift): a time in seconds (an imported event, an
  // export, the clock) lands this far from its picture at `driftFrame`.
  double driftSeconds = 0;
  std::int64_t driftFrame = 0;
  // Worth telling whoever adds it: by more than a frame, the rounding any
  // conversion has, and more than 0.1 s, finer than the times in seconds
  // that EEG reports and BORIS give. A jittering phone video stays under it;
  // a recorder that dropped a stretch does not.
  bool drifts() const { return fps > 0 && driftSeconds > std::max(1.0 / fps, 0.1); }
};

// Throws VideoError for a file that cannot be probed, Error when the subject
// exists with another species or the video has no frames, DatabaseError for
// a failed write (a ValidationError when `periodId` names no period or one of
// another subject). Stores the absolute path, and the container's
// creation_time as the wall-clock start. The recording gets a monitoring
// period of its own, or is appended to `periodId`'s. One transaction (or
// savepoint).
AddedRecording addRecording(database::Database& database, const std::filesystem::path& file,
                            const std::string& subjectCode, database::Species species,
                            std::optional<std::int64_t> periodId = std::nullopt);

}  // namespace prodrome::core
