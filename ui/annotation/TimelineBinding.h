#pragma once
// Wires a TimelineWidget to an AnnotationController, so that the main window
// needs one call: the timeline shows the current recording's events (and
// refreshes after every edit, undo and redo), selection is shared both ways,
// and a dropped edge becomes an undoable moveEdge. Seeking and the playhead
// stay with the caller, which owns the video.

#include "database/EventStore.h"
#include "ui/timeline/TimelineWidget.h"

#include <vector>

namespace prodrome::ui {

class AnnotationController;

std::vector<TimelineEvent> toTimelineEvents(const std::vector<database::Event>& events);

// Connections live as long as both objects; call once per pair.
void bindTimeline(AnnotationController& controller, TimelineWidget& timeline);

}  // namespace prodrome::ui
