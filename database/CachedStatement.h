#pragma once

#include "database/Statement.h"

#include <memory>
#include <utility>

namespace prodrome::database {

// A loan of a prepared statement from Database's cache. The statement arrives
// reset with no bindings; when the loan ends it is reset again, so that no
// half-read statement keeps a read transaction (and the WAL) pinned open.
// If the same SQL is already on loan (a nested use), the loan carries a
// private statement instead of sharing the busy one.
class CachedStatement {
 public:
  CachedStatement(Statement& cached, bool& inUse) noexcept : statement_(&cached), inUse_(&inUse) { inUse = true; }
  explicit CachedStatement(std::unique_ptr<Statement> owned) noexcept
      : statement_(owned.get()), owned_(std::move(owned)) {}
  ~CachedStatement() {
    if (statement_) statement_->resetNoThrow();
    if (inUse_) *inUse_ = false;
  }
  CachedStatement(CachedStatement&& other) noexcept
      : statement_(std::exchange(other.statement_, nullptr)),
        owned_(std::move(other.owned_)),
        inUse_(std::exchange(other.inUse_, nullptr)) {}
  CachedStatement& operator=(CachedStatement&&) = delete;
  CachedStatement(const CachedStatement&) = delete;
  CachedStatement& operator=(const CachedStatement&) = delete;

  Statement& operator*() const noexcept { return *statement_; }
  Statement* operator->() const noexcept { return statement_; }

 private:
  Statement* statement_;
  std::unique_ptr<Statement> owned_;
  bool* inUse_ = nullptr;
};

}  // namespace prodrome::database
