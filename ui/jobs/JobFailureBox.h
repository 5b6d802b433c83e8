#pragma once
// How a failed job of the queue tells the user: "<title> failed." with the
// job's error below, in a window-modal box that does not block the event
// loop (other jobs, playback and the dock go on). Imports, exports and
// training all show their failures through this one function.

class QWidget;

namespace prodrome::ui {

struct JobInfo;

void showJobFailure(QWidget* parent, const JobInfo& job);

}  // namespace prodrome::ui
