#include "ui/annotation/TimelineBinding.h"

#include "ui/annotation/AnnotationController.h"

namespace prodrome::ui {

std::vector<TimelineEvent> toTimelineEvents(const std::vector<database::Event>& events) {
  std::vector<TimelineEvent> result;
  result.reserve(events.size());
  for (const database::Event& e : events)
    result.push_back({e.id, e.onsetFrame, e.offsetFrame, QString::fromUtf8(database::toString(e.kind)),
                      QString::fromStdString(e.seizureType), QString::fromStdString(e.annotator)});
  return result;
}

void bindTimeline(AnnotationController& controller, TimelineWidget& timeline) {
  AnnotationController* c = &controller;
  TimelineWidget* t = &timeline;
  QObject::connect(c, &AnnotationController::eventsChanged, t, [c, t](qint64 recordingId) {
    if (recordingId == c->recording()) t->setEvents(toTimelineEvents(c->events()));
  });
  QObject::connect(c, &AnnotationController::selectionChanged, t,
                   [t](qint64 id) { t->setSelectedEvent(id >= 0 ? std::optional<qint64>(id) : std::nullopt); });
  QObject::connect(t, &TimelineWidget::eventSelected, c, [c](qint64 id) { c->select(id); });
  QObject::connect(t, &TimelineWidget::eventEdgeMoved, c,
                   [c](qint64 id, bool onsetEdge, qint64 frame) { c->moveEdge(id, onsetEdge, frame); });
  t->setEvents(toTimelineEvents(c->events()));
  t->setSelectedEvent(c->selected());
}

}  // namespace prodrome::ui
