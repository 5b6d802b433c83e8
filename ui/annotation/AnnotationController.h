#pragma once
// The annotation model behind the keys, the timeline and the event list.
//
// Every edit is one committed database transaction (EventStore) wrapped in a
// QUndoCommand, so undo and redo are database edits too and an acknowledged
// edit survives a crash. The undo stack is shared across recordings: each
// command remembers its recording, and undoing an edit of a recording that
// is not the current one edits that recording (eventsChanged names it).
// Refusals by the store (overlapping seizures, offset before onset) change
// nothing and arrive as editRejected with the store's reason.
//
// GUI thread only, like the Database it is given.

#include "database/EventStore.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QUndoCommand;
class QUndoStack;

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

class AnnotationController : public QObject {
  Q_OBJECT

 public:
  AnnotationController(database::Database& db, QUndoStack* stack, QObject* parent = nullptr);
  ~AnnotationController() override;

  void setRecording(qint64 recordingId);  // clears the selection
  qint64 recording() const { return recording_; }
  double fps() const { return fps_; }  // of the current recording (0 when unknown)
  // The person making the edits (issue 16): written into new events and, by
  // the review, into decisions. Empty until set; never taken from the login.
  void setAnnotator(const QString& annotator) { annotator_ = annotator.trimmed(); }
  QString annotator() const { return annotator_; }
  // Asked once, before the first edit that records a name, while none is set
  // (the GUI asks the person; without a request, nobody is asked).
  void setAnnotatorRequest(std::function<QString()> request) { annotatorRequest_ = std::move(request); }
  // The annotator, after asking (once) when none is set.
  QString ensureAnnotator();
  QUndoStack* undoStack() const { return stack_; }

  std::vector<database::Event> events() const;  // of the current recording, by onset
  std::optional<database::Event> event(qint64 eventId) const;

  // A new open seizure at `frame`, selected. Empty when refused. With
  // `parent`, its undo command becomes a child of `parent` (one undo step
  // with the parent's other parts; the caller pushes the parent) instead of
  // being pushed.
  std::optional<qint64> markOnset(qint64 frame, QUndoCommand* parent = nullptr);
  // Sets the offset (exclusive: the first frame after the seizure) of the
  // selected seizure when it starts before `frame`, else of the latest open
  // seizure starting before `frame`.
  bool markOffset(qint64 frame);
  // A seizure that runs on across a monitoring period's boundaries (issue
  // 14): the open seizure `openId`, in an earlier file, is closed at its
  // file's end `openFileEnd` (exclusive), and each of `pieces` (the files
  // after it, the last one up to the offset) becomes a seizure of the same
  // type and annotator in its own file. Events are stored per file, so a
  // seizure across a boundary is pieces that touch there; the period's
  // readers join them. One undo step; all or nothing.
  struct Piece {
    qint64 recordingId = 0;
    qint64 onsetFrame = 0;
    qint64 offsetFrame = 0;  // exclusive
  };
  bool closeAcrossFiles(qint64 openId, qint64 openFileEnd, const std::vector<Piece>& pieces);
  // Moves an onset or (exclusive) offset to `frame`; moving the offset of an
  // open seizure closes it.
  bool moveEdge(qint64 eventId, bool onsetEdge, qint64 frame);
  // Held nudges of one edge merge into one undo step.
  bool nudgeSelected(int deltaFrames, bool onsetEdge);
  bool removeEvent(qint64 eventId);
  bool removeSelected();
  bool setSeizureType(qint64 eventId, const QString& type);
  bool setNotes(qint64 eventId, const QString& notes);  // consecutive notes edits merge into one undo step
  bool setKind(qint64 eventId, database::EventKind kind);

  void select(std::optional<qint64> eventId);
  std::optional<qint64> selected() const { return selected_; }

  // For EventEditCommand: moves event `eventId` from state `from` to
  // state `to` (either may be empty: absent). Emits editRejected and returns
  // false when the store refuses.
  bool replay(qint64 eventId, const std::optional<database::Event>& from, const std::optional<database::Event>& to);

 Q_SIGNALS:
  void eventsChanged(qint64 recordingId);
  // -1 when nothing is selected (a plain qint64 travels through queued
  // connections and QSignalSpy without registration).
  void selectionChanged(qint64 eventId);
  void editRejected(const QString& message);

 private:
  // Runs `edit` (one store call), pushes the command on success; the
  // command's first redo() is then a no-op.
  // Returns the id of the row after the edit, empty when refused.
  std::optional<qint64> commit(std::optional<database::Event> before, std::optional<database::Event> after,
                               const QString& text, int mergeKey, QUndoCommand* parent = nullptr);
  bool update(const database::Event& before, database::Event after, const QString& text, int mergeKey);
  bool moveEdgeImpl(qint64 eventId, bool onsetEdge, qint64 frame, int mergeKey);
  bool reject(const QString& message);
  // Every deletion, first or replayed: remembers what named the event so
  // that the undo can link it again.
  void removeKeepingLinks(database::EventStore& store, qint64 id);

  database::Database& db_;
  QUndoStack* stack_;
  // The links each removed event had, for the undo that restores it.
  QHash<qint64, database::EventLinks> removedLinks_;
  qint64 recording_ = 0;
  qint64 frameCount_ = 0;  // of the current recording; edges may not pass it
  double fps_ = 0.0;
  std::optional<qint64> selected_;
  QString annotator_;
  std::function<QString()> annotatorRequest_;
  bool annotatorAsked_ = false;
};

}  // namespace prodrome::ui
