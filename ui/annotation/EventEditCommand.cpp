#include "ui/annotation/EventEditCommand.h"

#include "ui/annotation/AnnotationController.h"

namespace prodrome::ui {

EventEditCommand::EventEditCommand(AnnotationController* controller, qint64 eventId,
                                   std::optional<database::Event> before, std::optional<database::Event> after,
                                   const QString& text, int mergeKey, QUndoCommand* parent)
    : QUndoCommand(text, parent),
      controller_(controller),
      eventId_(eventId),
      recordingId_(after    ? after->recordingId
                   : before ? before->recordingId
                            : 0),
      before_(std::move(before)),
      after_(std::move(after)),
      mergeKey_(mergeKey) {}

void EventEditCommand::redo() {
  if (applied_) {
    applied_ = false;
    return;
  }
  // A replay that the store refuses (another edit made it impossible) leaves
  // the database as it is; the stack then drops this command.
  if (!controller_ || !controller_->replay(eventId_, before_, after_)) setObsolete(true);
}

void EventEditCommand::undo() {
  if (!controller_ || !controller_->replay(eventId_, after_, before_)) setObsolete(true);
}

bool EventEditCommand::mergeWith(const QUndoCommand* other) {
  const auto* next = dynamic_cast<const EventEditCommand*>(other);
  if (!next || next->mergeKey_ != mergeKey_ || next->eventId_ != eventId_ || !before_ || !next->after_)
    return false;
  after_ = next->after_;
  return true;
}

}  // namespace prodrome::ui
