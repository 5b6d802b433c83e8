#include "ui/annotation/AnnotationController.h"

#include "database/Database.h"
#include "database/RecordingStore.h"
#include "ui/annotation/EventEditCommand.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace prodrome::ui {

using database::Event;
using database::EventKind;
using database::EventStore;

AnnotationController::AnnotationController(database::Database& db, QUndoStack* stack, QObject* parent)
    : QObject(parent), db_(db), stack_(stack) {}

QString AnnotationController::ensureAnnotator() {
  if (annotator_.isEmpty() && annotatorRequest_ && !annotatorAsked_) {
    annotatorAsked_ = true;  // once: a person who declines is not asked at every key
    setAnnotator(annotatorRequest_());
  }
  return annotator_;
}

AnnotationController::~AnnotationController() = default;

void AnnotationController::setRecording(qint64 recordingId) {
  recording_ = recordingId;
  frameCount_ = 0;
  fps_ = 0.0;
  try {
    if (const auto recording = database::RecordingStore(db_).find(recordingId)) {
      frameCount_ = recording->frameCount;
      fps_ = recording->fps;
    }
  } catch (const std::exception& e) {
    Q_EMIT editRejected(tr("Cannot read recording #%1: %2").arg(recordingId).arg(QString::fromUtf8(e.what())));
  }
  select(std::nullopt);
  Q_EMIT eventsChanged(recording_);
}

std::vector<Event> AnnotationController::events() const {
  if (recording_ == 0) return {};
  return EventStore(db_).listByRecording(recording_);
}

std::optional<Event> AnnotationController::event(qint64 eventId) const { return EventStore(db_).find(eventId); }

bool AnnotationController::reject(const QString& message) {
  Q_EMIT editRejected(message);
  return false;
}

void AnnotationController::removeKeepingLinks(EventStore& store, qint64 id) {
  removedLinks_.insert(id, store.links(id));
  store.remove(id);
}

std::optional<qint64> AnnotationController::commit(std::optional<Event> before, std::optional<Event> after,
                                                   const QString& text, int mergeKey, QUndoCommand* parent) {
  EventStore store(db_);
  qint64 id = 0;
  try {
    if (!before) {
      id = store.add(*after);
      after->id = id;
    } else if (!after) {
      id = before->id;
      removeKeepingLinks(store, id);
    } else {
      id = after->id;
      store.update(*after);
    }
  } catch (const std::exception& e) {
    reject(tr("%1 was refused: %2").arg(text, QString::fromUtf8(e.what())));
    return std::nullopt;
  }
  const qint64 recordingId = (after ? after : before)->recordingId;
  if (parent)
    new EventEditCommand(this, id, std::move(before), std::move(after), text, mergeKey, parent);
  else if (stack_)
    stack_->push(new EventEditCommand(this, id, std::move(before), std::move(after), text, mergeKey));
  Q_EMIT eventsChanged(recordingId);
  return id;
}

bool AnnotationController::replay(qint64 id, const std::optional<Event>& from, const std::optional<Event>& to) {
  EventStore store(db_);
  const qint64 recordingId = (to ? to : from)->recordingId;
  std::optional<qint64> select;
  try {
    if (!to) {
      removeKeepingLinks(store, id);
    } else if (!from) {
      // The same row again, under its own id, with the links its removal
      // cut: a decision or clip that named it names it again.
      Event row = *to;
      row.id = id;
      store.restore(row, removedLinks_.value(id));
      removedLinks_.remove(id);
      select = id;
    } else {
      Event row = *to;
      row.id = id;
      store.update(row);
      select = id;
    }
  } catch (const std::exception& e) {
    return reject(tr("Cannot undo or redo this edit: %1").arg(QString::fromUtf8(e.what())));
  }
  Q_EMIT eventsChanged(recordingId);
  // Show what changed when it is on screen; a removed selection goes away.
  if (recordingId == recording_) {
    if (select)
      this->select(select);
    else if (selected_ == id)
      this->select(std::nullopt);
  }
  return true;
}

std::optional<qint64> AnnotationController::markOnset(qint64 frame, QUndoCommand* parent) {
  if (recording_ == 0) {
    reject(tr("Open a recording before marking an onset."));
    return std::nullopt;
  }
  if (frame < 0 || (frameCount_ > 0 && frame >= frameCount_)) {
    reject(tr("Frame %1 is outside the recording.").arg(frame));
    return std::nullopt;
  }
  Event event;
  event.recordingId = recording_;
  event.onsetFrame = frame;
  event.kind = EventKind::Seizure;
  event.annotator = ensureAnnotator().toStdString();
  const auto id = commit(std::nullopt, event, tr("Mark onset"), EventEditCommand::kNoMerge, parent);
  if (id) select(*id);
  return id;
}

bool AnnotationController::markOffset(qint64 frame) {
  if (recording_ == 0) return reject(tr("Open a recording before marking an offset."));
  std::optional<Event> target;
  if (selected_)
    if (auto chosen = event(*selected_);
        chosen && chosen->recordingId == recording_ && chosen->kind == EventKind::Seizure && chosen->onsetFrame < frame)
      target = chosen;
  // Unselected, the annotator's own latest open seizure: a second rater's
  // offset key must not close the first rater's mark (issue 14).
  if (!target) {
    const std::string me = ensureAnnotator().toStdString();
    for (const Event& e : events())  // by onset: the last match is the latest
      if (e.kind == EventKind::Seizure && !e.offsetFrame && e.onsetFrame < frame && e.annotator == me) target = e;
  }
  if (!target) return reject(tr("There is no open seizure before frame %1 to close.").arg(frame));
  if (frameCount_ > 0 && frame > frameCount_) return reject(tr("Frame %1 is outside the recording.").arg(frame));
  Event after = *target;
  after.offsetFrame = frame;
  if (!update(*target, after, tr("Mark offset"), EventEditCommand::kNoMerge)) return false;
  select(target->id);
  return true;
}

bool AnnotationController::closeAcrossFiles(qint64 openId, qint64 openFileEnd, const std::vector<Piece>& pieces) {
  const auto open = event(openId);
  if (!open || open->kind != EventKind::Seizure || open->offsetFrame)
    return reject(tr("Event #%1 is not an open seizure.").arg(openId));
  const QString text = tr("Mark offset across files");
  auto parent = std::make_unique<QUndoCommand>(text);
  Event closed = *open;
  closed.offsetFrame = openFileEnd;
  if (!commit(open, closed, text, EventEditCommand::kNoMerge, parent.get())) return false;
  std::vector<std::pair<qint64, Event>> added;
  for (const Piece& piece : pieces) {
    Event e;
    e.recordingId = piece.recordingId;
    e.kind = EventKind::Seizure;
    e.onsetFrame = piece.onsetFrame;
    e.offsetFrame = piece.offsetFrame;
    e.seizureType = open->seizureType;
    e.annotator = open->annotator;
    const auto id = commit(std::nullopt, e, text, EventEditCommand::kNoMerge, parent.get());
    if (!id) {
      // All or nothing: take back what this step stored (the refusal has
      // been reported by commit).
      for (auto it = added.rbegin(); it != added.rend(); ++it) replay(it->first, it->second, std::nullopt);
      replay(openId, closed, open);
      return false;
    }
    e.id = *id;
    added.emplace_back(*id, e);
  }
  if (stack_) stack_->push(parent.release());  // the children's first redo() is a no-op
  if (!added.empty() && added.back().second.recordingId == recording_) select(added.back().first);
  return true;
}

bool AnnotationController::update(const Event& before, Event after, const QString& text, int mergeKey) {
  return commit(before, std::move(after), text, mergeKey).has_value();
}

bool AnnotationController::moveEdgeImpl(qint64 eventId, bool onsetEdge, qint64 frame, int mergeKey) {
  const auto before = event(eventId);
  if (!before) return reject(tr("Event #%1 no longer exists.").arg(eventId));
  if (frameCount_ > 0 && before->recordingId == recording_ && frame > (onsetEdge ? frameCount_ - 1 : frameCount_))
    return reject(tr("Frame %1 is outside the recording.").arg(frame));
  Event after = *before;
  if (onsetEdge)
    after.onsetFrame = frame;
  else
    after.offsetFrame = frame;
  if (after.onsetFrame == before->onsetFrame && after.offsetFrame == before->offsetFrame) return true;
  const QString text = mergeKey == EventEditCommand::kNoMerge ? (onsetEdge ? tr("Move onset") : tr("Move offset"))
                                                              : (onsetEdge ? tr("Nudge onset") : tr("Nudge offset"));
  return update(*before, after, text, mergeKey);
}

bool AnnotationController::moveEdge(qint64 eventId, bool onsetEdge, qint64 frame) {
  return moveEdgeImpl(eventId, onsetEdge, frame, EventEditCommand::kNoMerge);
}

bool AnnotationController::nudgeSelected(int deltaFrames, bool onsetEdge) {
  if (!selected_) return reject(tr("Select an event to nudge."));
  const auto current = event(*selected_);
  if (!current) return reject(tr("Event #%1 no longer exists.").arg(*selected_));
  if (!onsetEdge && !current->offsetFrame) return reject(tr("The selected seizure has no offset yet."));
  const qint64 from = onsetEdge ? current->onsetFrame : *current->offsetFrame;
  return moveEdgeImpl(*selected_, onsetEdge, from + deltaFrames,
                      onsetEdge ? EventEditCommand::kNudgeOnset : EventEditCommand::kNudgeOffset);
}

bool AnnotationController::removeEvent(qint64 eventId) {
  const auto before = event(eventId);
  if (!before) return reject(tr("Event #%1 no longer exists.").arg(eventId));
  if (!commit(before, std::nullopt, tr("Delete event"), EventEditCommand::kNoMerge)) return false;
  if (selected_ == eventId) select(std::nullopt);
  return true;
}

bool AnnotationController::removeSelected() {
  if (!selected_) return reject(tr("Select an event to delete."));
  return removeEvent(*selected_);
}

bool AnnotationController::setSeizureType(qint64 eventId, const QString& type) {
  const auto before = event(eventId);
  if (!before) return reject(tr("Event #%1 no longer exists.").arg(eventId));
  Event after = *before;
  after.seizureType = type.trimmed().toStdString();
  if (after.seizureType == before->seizureType) return true;
  return update(*before, after, tr("Set seizure type"), EventEditCommand::kNoMerge);
}

bool AnnotationController::setNotes(qint64 eventId, const QString& notes) {
  const auto before = event(eventId);
  if (!before) return reject(tr("Event #%1 no longer exists.").arg(eventId));
  Event after = *before;
  after.notes = notes.toStdString();
  if (after.notes == before->notes) return true;
  return update(*before, after, tr("Edit notes"), EventEditCommand::kNotes);
}

bool AnnotationController::setKind(qint64 eventId, EventKind kind) {
  const auto before = event(eventId);
  if (!before) return reject(tr("Event #%1 no longer exists.").arg(eventId));
  if (before->kind == kind) return true;
  Event after = *before;
  after.kind = kind;
  return update(*before, after, tr("Change event kind"), EventEditCommand::kNoMerge);
}

void AnnotationController::select(std::optional<qint64> eventId) {
  if (eventId == selected_) return;
  selected_ = eventId;
  Q_EMIT selectionChanged(eventId.value_or(-1));
}

}  // namespace prodrome::ui
