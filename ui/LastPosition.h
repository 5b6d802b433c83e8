#pragma once
// Where a person left a project (issue 16 §7): the recording and frame, kept
// in the user's settings per project file (not in the project, which several
// reviewers may share), so that reopening the project returns there.

#include <QString>

#include <optional>

namespace prodrome::ui {

struct LastPosition {
  qint64 recordingId = 0;
  qint64 frame = 0;
};

void rememberLastPosition(const QString& projectFile, const LastPosition& position);
std::optional<LastPosition> lastPosition(const QString& projectFile);
// A new project at a path that held another one starts at its beginning.
void forgetLastPosition(const QString& projectFile);

}  // namespace prodrome::ui
