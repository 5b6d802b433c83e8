#pragma once

#include <string>

namespace prodrome::database {

class Database;

// Scope guard for a transaction: rolls back unless commit() was called, and
// never throws from its destructor. Immediate mode (the default) takes the
// write lock at BEGIN, so a writer either waits for the busy timeout up front
// or fails before doing any work, instead of failing with SQLITE_BUSY at its
// first write after having read stale data.
//
// Opened while a transaction is already active on the connection, it becomes
// a SAVEPOINT: stores that commit each edit on their own still compose into
// one all-or-nothing outer transaction (an import, for example).
class Transaction {
 public:
  enum class Mode { Deferred, Immediate, Exclusive };

  explicit Transaction(Database& database, Mode mode = Mode::Immediate);
  ~Transaction();

  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Transaction(Transaction&&) = delete;
  Transaction& operator=(Transaction&&) = delete;

  // Makes the changes durable (for the outermost transaction). If it
  // throws, the transaction is still open and the destructor rolls it back.
  void commit();
  void rollback();

  bool isSavepoint() const noexcept { return !savepoint_.empty(); }

 private:
  Database& database_;
  std::string savepoint_;
  bool active_ = true;
};

}  // namespace prodrome::database
