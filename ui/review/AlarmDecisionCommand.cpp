#include "ui/review/AlarmDecisionCommand.h"

#include <QtGlobal>

#include <exception>

namespace prodrome::ui {

AlarmDecisionCommand::AlarmDecisionCommand(database::Database& db, database::AlarmReview after,
                                           std::optional<database::AlarmReview> before, const QString& text,
                                           QUndoCommand* parent)
    : QUndoCommand(text, parent), db_(db), after_(std::move(after)), before_(std::move(before)) {}

void AlarmDecisionCommand::write(database::Database& db, const database::AlarmReview& key,
                                 const std::optional<database::AlarmReview>& state) {
  database::AlarmReviewStore store(db);
  if (state)
    store.record(*state);
  else
    store.remove(key.runId, key.recordingId, key.frame);
}

void AlarmDecisionCommand::replay(const std::optional<database::AlarmReview>& state) {
  try {
    write(db_, after_, state);
  } catch (const std::exception& e) {
    // Qt's undo stack cannot carry an exception; the stack drops the command
    // and the database keeps what it had.
    qWarning("alarm decision on frame %lld not replayed: %s", static_cast<long long>(after_.frame), e.what());
    setObsolete(true);
  }
}

void AlarmDecisionCommand::redo() {
  if (applied_) {
    applied_ = false;
    return;
  }
  replay(after_);
}

void AlarmDecisionCommand::undo() { replay(before_); }

}  // namespace prodrome::ui
