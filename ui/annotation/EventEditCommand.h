#pragma once
// One undoable edit of one event: `before` empty means the edit added it,
// `after` empty means it removed it, both set means it changed it. redo() and
// undo() are database edits (one committed transaction each) made through
// the controller; the edit itself was already made when the command is
// pushed, so the push's own redo() does nothing. An event keeps its id
// through every undo and redo (a removed one comes back as the same row).

#include "database/EventStore.h"

#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace prodrome::ui {

class AnnotationController;

class EventEditCommand : public QUndoCommand {
 public:
  // Consecutive edits with the same merge key on the same event become one
  // undo step (holding a nudge key, typing notes); kNoMerge never merges.
  enum MergeKey { kNoMerge = -1, kNudgeOnset = 0x5044'0001, kNudgeOffset, kNotes };

  // With a parent, the command is one part of the parent's undo step.
  EventEditCommand(AnnotationController* controller, qint64 eventId, std::optional<database::Event> before,
                   std::optional<database::Event> after, const QString& text, int mergeKey = kNoMerge,
                   QUndoCommand* parent = nullptr);

  void redo() override;
  void undo() override;
  int id() const override { return mergeKey_; }
  bool mergeWith(const QUndoCommand* other) override;

  qint64 recordingId() const { return recordingId_; }
  qint64 eventId() const { return eventId_; }

 private:
  QPointer<AnnotationController> controller_;
  qint64 eventId_;
  qint64 recordingId_;
  std::optional<database::Event> before_;
  std::optional<database::Event> after_;
  int mergeKey_;
  bool applied_ = true;  // the controller made the first edit
};

}  // namespace prodrome::ui
