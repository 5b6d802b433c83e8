#include "TempProject.h"

#include "database/DatabaseError.h"
#include "database/Statement.h"

#include <sqlite3.h>

#include <limits>

namespace prodrome::database::test {
namespace {

class StatementTest : public TempProject {
 protected:
  void SetUp() override {
    TempProject::SetUp();
    database_.emplace(file_, Database::OpenMode::ReadWriteCreate);
    database_->execute(
        "CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n INTEGER NOT NULL DEFAULT 0 "
        "CHECK (n >= 0))");
  }
  void TearDown() override {
    database_.reset();
    TempProject::TearDown();
  }
  Database& db() { return *database_; }
  static int openStatements(Database& database) {
    int count = 0;
    for (sqlite3_stmt* s = sqlite3_next_stmt(database.handle(), nullptr); s;
         s = sqlite3_next_stmt(database.handle(), s))
      ++count;
    return count;
  }

  std::optional<Database> database_;
};

TEST_F(StatementTest, RoundTripsEveryType) {
  const std::int64_t big = std::numeric_limits<std::int64_t>::min();
  const std::string text("a\0b\xC3\xA9", 5);  // embedded NUL survives
  const std::vector<std::byte> blob{std::byte{0}, std::byte{255}, std::byte{7}};
  Statement insert(db(), "INSERT INTO t (i, r, s, b) VALUES (?, ?, ?, ?)");
  insert.bindAll(big, 0.125, text, blob).execute();
  insert.bindAll(nullptr, std::optional<double>(), std::optional<std::string>(), std::vector<std::byte>{}).execute();

  Statement query(db(), "SELECT i, r, s, b FROM t ORDER BY rowid");
  ASSERT_TRUE(query.step());
  EXPECT_EQ(query.getInt64(0), big);
  EXPECT_EQ(query.getDouble(1), 0.125);
  EXPECT_EQ(query.getText(2), text);
  EXPECT_EQ(query.getBlob(3), blob);
  ASSERT_TRUE(query.step());
  EXPECT_TRUE(query.isNull(0));
  EXPECT_EQ(query.getOptionalInt64(0), std::nullopt);
  EXPECT_EQ(query.getOptionalDouble(1), std::nullopt);
  EXPECT_EQ(query.getOptionalText(2), std::nullopt);
  EXPECT_FALSE(query.isNull(3)) << "an empty blob is not NULL";
  EXPECT_TRUE(query.getBlob(3).empty());
  EXPECT_FALSE(query.step());
}

TEST_F(StatementTest, BindsByName) {
  Statement insert(db(), "INSERT INTO t (i, s) VALUES (:i, :s)");
  insert.bind(":s", "named").bind(":i", 42).execute();
  Statement query(db(), "SELECT i, s FROM t");
  ASSERT_TRUE(query.step());
  EXPECT_EQ(query.getInt64(0), 42);
  EXPECT_EQ(query.getText(1), "named");

  try {
    insert.bind(":missing", 1);
    FAIL() << "unknown parameter accepted";
  } catch (const DatabaseError& error) {
    EXPECT_EQ(error.code(), SQLITE_RANGE);
    EXPECT_NE(std::string(error.what()).find(":missing"), std::string::npos);
  }
}

TEST_F(StatementTest, PrepareErrorNamesStatementFileAndCause) {
  try {
    Statement bad(db(), "SELECT nope FROM t");
    FAIL() << "bad SQL prepared";
  } catch (const DatabaseError& error) {
    const std::string message = error.what();
    EXPECT_EQ(error.code(), SQLITE_ERROR);
    EXPECT_NE(message.find("SELECT nope FROM t"), std::string::npos) << message;
    EXPECT_NE(message.find(file_.string()), std::string::npos) << message;
    EXPECT_NE(message.find("no such column"), std::string::npos) << message;
  }
  EXPECT_THROW(Statement(db(), "SELECT 1; SELECT 2"), DatabaseError) << "second statement silently dropped";
  EXPECT_THROW(Statement(db(), "   "), DatabaseError);
}

TEST_F(StatementTest, StepErrorCarriesExtendedCodeAndStatementStaysUsable) {
  Statement insert(db(), "INSERT INTO t (n) VALUES (?)");
  insert.bindAll(-1);
  try {
    insert.step();
    FAIL() << "CHECK constraint not enforced";
  } catch (const DatabaseError& error) {
    EXPECT_EQ(error.code(), SQLITE_CONSTRAINT);
    EXPECT_EQ(error.extendedCode(), SQLITE_CONSTRAINT_CHECK);
  }
  insert.bindAll(3).execute();  // reset after the failure: usable again
  Statement count(db(), "SELECT count(*) FROM t");
  count.step();
  EXPECT_EQ(count.getInt64(0), 1);
}

TEST_F(StatementTest, NullWhereValueExpectedThrows) {
  db().execute("INSERT INTO t (i) VALUES (NULL)");
  Statement query(db(), "SELECT i FROM t");
  ASSERT_TRUE(query.step());
  EXPECT_THROW(query.getInt64(0), DatabaseError);
  EXPECT_THROW(query.getText(0), DatabaseError);
  EXPECT_THROW(query.getInt64(5), DatabaseError) << "column out of range";
}

TEST_F(StatementTest, DestructorFinalisesAndMoveTransfersOwnership) {
  EXPECT_EQ(openStatements(db()), 0);
  {
    Statement a(db(), "SELECT 1");
    EXPECT_EQ(openStatements(db()), 1);
    Statement b(std::move(a));
    EXPECT_EQ(a.handle(), nullptr);
    EXPECT_EQ(openStatements(db()), 1);
    ASSERT_TRUE(b.step());
    EXPECT_EQ(b.getInt64(0), 1);
    Statement c(db(), "SELECT 2");
    c = std::move(b);  // finalises c's own statement
    EXPECT_EQ(openStatements(db()), 1);
  }
  EXPECT_EQ(openStatements(db()), 0);
}

TEST_F(StatementTest, CacheReusesStatementsAndLoansReset) {
  db().execute("INSERT INTO t (i) VALUES (1), (2), (3)");
  sqlite3_stmt* first = nullptr;
  {
    auto query = db().cached("SELECT i FROM t ORDER BY i");
    first = query->handle();
    ASSERT_TRUE(query->step());  // stop mid-way: the loan must reset it
    EXPECT_TRUE(sqlite3_stmt_busy(first));
  }
  EXPECT_FALSE(sqlite3_stmt_busy(first)) << "a finished loan left its statement running";
  {
    auto again = db().cached("SELECT i FROM t ORDER BY i");
    EXPECT_EQ(again->handle(), first);
    ASSERT_TRUE(again->step());
    EXPECT_EQ(again->getInt64(0), 1) << "cached statement did not start over";
    // A nested use of the same SQL gets its own statement.
    auto nested = db().cached("SELECT i FROM t ORDER BY i");
    EXPECT_NE(nested->handle(), first);
    ASSERT_TRUE(nested->step());
    EXPECT_EQ(nested->getInt64(0), 1);
    ASSERT_TRUE(again->step());
    EXPECT_EQ(again->getInt64(0), 2) << "nested use disturbed the outer one";
  }
  EXPECT_EQ(openStatements(db()), 1);
  db().clearStatementCache();
  EXPECT_EQ(openStatements(db()), 0);
}

TEST_F(StatementTest, OpeningMissingFileReadWriteFails) {
  try {
    Database missing(directory_ / "absent.db", Database::OpenMode::ReadWrite);
    FAIL() << "opened a file that does not exist";
  } catch (const DatabaseError& error) {
    EXPECT_EQ(error.code(), SQLITE_CANTOPEN);
    EXPECT_NE(std::string(error.what()).find("absent.db"), std::string::npos);
  }
  EXPECT_FALSE(exists(directory_ / "absent.db"));
}

}  // namespace
}  // namespace prodrome::database::test
