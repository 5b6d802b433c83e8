#pragma once
// One undoable decision on one alarm (issue 16): `after` is the decision the
// reviewer made, `before` what was on record for the same alarm (empty: no
// decision). Accepting an alarm that creates a seizure is one undo step with
// the event's own command: both are children of one parent command, so undo
// and redo never leave a decision on an alarm whose seizure is gone.
//
// The first application is made by the caller (so that a refusal reaches the
// reviewer there), so the push's own redo() does nothing; later redo() and
// undo() are one committed AlarmReviewStore transaction each. A replay the
// store refuses marks the command obsolete and leaves the database as it is.

#include "database/AlarmReviewStore.h"

#include <QUndoCommand>

#include <optional>

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

class AlarmDecisionCommand : public QUndoCommand {
 public:
  AlarmDecisionCommand(database::Database& db, database::AlarmReview after, std::optional<database::AlarmReview> before,
                       const QString& text, QUndoCommand* parent = nullptr);

  // Writes `state` for the alarm `key` names (run, recording, frame): the
  // decision, or none. Throws what the store throws.
  static void write(database::Database& db, const database::AlarmReview& key,
                    const std::optional<database::AlarmReview>& state);

  void redo() override;
  void undo() override;

 private:
  void replay(const std::optional<database::AlarmReview>& state);

  database::Database& db_;
  database::AlarmReview after_;
  std::optional<database::AlarmReview> before_;
  bool applied_ = true;  // the caller made the first write
};

}  // namespace prodrome::ui
