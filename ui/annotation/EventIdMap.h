#pragma once
// Undo of a deletion inserts the row again, and the store gives it a new id.
// Commands further up or down the stack still name the old one, so each
// command keeps the event's *logical* id (the first id it ever had) and
// resolves it here to the row that stands for it now. Every id ever issued
// for an event maps back to its logical id, so a command made after a redo
// (naming the newest id) resolves as well as one made before it.

#include <QHash>
#include <QtGlobal>

namespace prodrome::ui {

class EventIdMap {
 public:
  qint64 logical(qint64 id) const { return toLogical_.value(id, id); }
  qint64 current(qint64 logicalId) const { return toCurrent_.value(logicalId, logicalId); }
  void rebind(qint64 logicalId, qint64 newId) {
    toCurrent_.insert(logicalId, newId);
    toLogical_.insert(newId, logicalId);
  }

 private:
  QHash<qint64, qint64> toLogical_;
  QHash<qint64, qint64> toCurrent_;
};

}  // namespace prodrome::ui
