#include "database/Transaction.h"

#include "database/Database.h"

#include <atomic>
#include <string>

namespace prodrome::database {

namespace {

std::string nextSavepointName() {
  static std::atomic<unsigned long long> counter{0};
  return "prodrome_savepoint_" + std::to_string(++counter);
}

}  // namespace

Transaction::Transaction(Database& database, Mode mode) : database_(database) {
  if (database_.inTransaction()) {
    savepoint_ = nextSavepointName();
    database_.execute("SAVEPOINT " + savepoint_);
    return;
  }
  switch (mode) {
    case Mode::Deferred:
      database_.execute("BEGIN DEFERRED");
      break;
    case Mode::Immediate:
      database_.execute("BEGIN IMMEDIATE");
      break;
    case Mode::Exclusive:
      database_.execute("BEGIN EXCLUSIVE");
      break;
  }
}

Transaction::~Transaction() {
  if (!active_) return;
  try {
    rollback();
  } catch (...) {
    // A failed rollback leaves nothing to do here: SQLite rolls back
    // an open transaction itself when the connection closes, and the
    // error that brought us here is the one worth reporting.
  }
}

void Transaction::commit() {
  if (!active_) return;
  database_.execute(savepoint_.empty() ? "COMMIT" : "RELEASE " + savepoint_);
  active_ = false;
}

void Transaction::rollback() {
  if (!active_) return;
  active_ = false;
  if (savepoint_.empty()) {
    // Some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM) make SQLite
    // roll back on its own; a second ROLLBACK would only fail.
    if (database_.inTransaction()) database_.execute("ROLLBACK");
  } else if (database_.inTransaction()) {
    database_.execute("ROLLBACK TO " + savepoint_ + "; RELEASE " + savepoint_);
  }
}

}  // namespace prodrome::database
