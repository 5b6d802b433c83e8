#include "TempProject.h"

#include "database/DatabaseError.h"
#include "database/Transaction.h"

#include <sqlite3.h>

#include <stdexcept>

namespace prodrome::database::test {
namespace {

class TransactionTest : public TempProject {
 protected:
  void SetUp() override {
    TempProject::SetUp();
    database_.emplace(openProject(file_));
    recordingId_ = addRecording(*database_);
  }
  void TearDown() override {
    database_.reset();
    TempProject::TearDown();
  }
  std::int64_t countEvents() {
    Statement count(*database_, "SELECT count(*) FROM events");
    count.step();
    return count.getInt64(0);
  }
  Event seizure(std::int64_t onset, std::int64_t offset) {
    Event event;
    event.recordingId = recordingId_;
    event.onsetFrame = onset;
    event.offsetFrame = offset;
    return event;
  }

  std::optional<Database> database_;
  std::int64_t recordingId_ = 0;
};

TEST_F(TransactionTest, CommitPersistsAndDestructorRollsBack) {
  {
    Transaction transaction(*database_);
    EventStore(*database_).add(seizure(0, 10));
    transaction.commit();
  }
  EXPECT_EQ(countEvents(), 1);
  {
    Transaction transaction(*database_);
    EventStore(*database_).add(seizure(20, 30));
    EXPECT_EQ(countEvents(), 2);
  }  // no commit
  EXPECT_EQ(countEvents(), 1);
  EXPECT_FALSE(database_->inTransaction());
}

TEST_F(TransactionTest, ExceptionRollsBackEverything) {
  auto importTwo = [&] {
    Transaction transaction(*database_);
    EventStore events(*database_);
    events.add(seizure(0, 10));
    events.add(seizure(5, 15));  // overlaps: throws
    transaction.commit();
  };
  EXPECT_THROW(importTwo(), ValidationError);
  EXPECT_EQ(countEvents(), 0) << "the first event of a failed import survived";
  EXPECT_FALSE(database_->inTransaction());
}

TEST_F(TransactionTest, NestedTransactionIsASavepoint) {
  Transaction outer(*database_);
  EXPECT_FALSE(outer.isSavepoint());
  EventStore(*database_).add(seizure(0, 10));
  {
    Transaction inner(*database_);
    EXPECT_TRUE(inner.isSavepoint());
    EventStore(*database_).add(seizure(20, 30));
  }  // inner rolled back alone
  EXPECT_EQ(countEvents(), 1);
  {
    Transaction inner(*database_);
    EventStore(*database_).add(seizure(40, 50));
    inner.commit();
  }
  EXPECT_EQ(countEvents(), 2);
  outer.rollback();
  EXPECT_EQ(countEvents(), 0) << "outer rollback must undo released savepoints";
}

TEST_F(TransactionTest, ImmediateTakesTheWriteLockAtBegin) {
  Database other(file_, Database::OpenMode::ReadWrite, std::chrono::milliseconds(0));
  Transaction writer(*database_);
  try {
    Transaction competing(other, Transaction::Mode::Immediate);
    FAIL() << "two writers at once";
  } catch (const DatabaseError& error) {
    EXPECT_EQ(error.code(), SQLITE_BUSY);
  }
  // A deferred transaction may still read.
  Transaction reader(other, Transaction::Mode::Deferred);
  Statement count(other, "SELECT count(*) FROM events");
  EXPECT_TRUE(count.step());
}

TEST_F(TransactionTest, DestructorDoesNotThrowWhenSqliteAlreadyRolledBack) {
  {
    Transaction transaction(*database_);
    EventStore(*database_).add(seizure(0, 10));
    database_->execute("ROLLBACK");  // as SQLite does itself after SQLITE_FULL
  }                                  // must not throw or terminate
  EXPECT_EQ(countEvents(), 0);
  EXPECT_FALSE(database_->inTransaction());
}

}  // namespace
}  // namespace prodrome::database::test
