#include "ui/LinkedVideoChecks.h"

#include "core/exchange/RecordingRelinker.h"

namespace prodrome::ui {

QString LinkedVideoChecks::problemOf(const database::Recording& recording) {
  const QString path = QString::fromStdString(recording.path);
  std::error_code error;
  if (!std::filesystem::is_regular_file(recording.path, error)) {
    answers_.erase(recording.id);
    return tr("Video missing: %1").arg(path);
  }
  const auto size = std::filesystem::file_size(recording.path, error);
  const auto modified = std::filesystem::last_write_time(recording.path, error);
  if (const auto it = answers_.find(recording.id); it != answers_.end() && !error) {
    const Answer& a = it->second;
    if (a.path == recording.path && a.fingerprint == recording.fingerprint && a.size == size && a.modified == modified)
      return a.problem;
  }
  ++filesRead_;
  const auto state = core::linkStateOf(recording);
  if (state == core::LinkState::Missing) return tr("Video missing: %1").arg(path);  // gone since the check above
  const QString problem = state == core::LinkState::Replaced
                              ? tr("Not the video that was added (replaced, re-encoded or cut): %1").arg(path)
                              : QString();
  if (!error) answers_[recording.id] = {recording.path, recording.fingerprint, size, modified, problem};
  return problem;
}

}  // namespace prodrome::ui
