#include "database/Statement.h"

#include "database/Database.h"
#include "database/DatabaseError.h"

#include <sqlite3.h>

#include <limits>
#include <utility>

namespace prodrome::database {

namespace {

std::string fileOf(sqlite3* connection) {
  const char* name = connection ? sqlite3_db_filename(connection, "main") : nullptr;
  return name ? name : "";
}

// Long statements make unreadable messages; the head names it well enough.
std::string abbreviate(std::string_view sql) {
  constexpr std::size_t kMaxShown = 80;
  std::string text(sql.substr(0, kMaxShown));
  for (char& c : text)
    if (c == '\n' || c == '\t') c = ' ';
  if (sql.size() > kMaxShown) text += "...";
  return text;
}

}  // namespace

Statement::Statement(Database& database, std::string_view sql) : Statement(database.handle(), sql) {}

Statement::Statement(sqlite3* connection, std::string_view sql) {
  if (sql.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    throw DatabaseError("cannot prepare statement", fileOf(connection), "statement too long", SQLITE_TOOBIG,
                        SQLITE_TOOBIG);
  const char* tail = nullptr;
  const int rc = sqlite3_prepare_v3(connection, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                    &statement_, &tail);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(statement_);
    statement_ = nullptr;
    throw DatabaseError("cannot prepare '" + abbreviate(sql) + "' in", fileOf(connection), sqliteCause(connection, rc),
                        rc & 0xff, sqlite3_extended_errcode(connection));
  }
  if (statement_ == nullptr)
    throw DatabaseError("cannot prepare '" + abbreviate(sql) + "' in", fileOf(connection),
                        "the text holds no SQL statement", SQLITE_MISUSE, SQLITE_MISUSE);
  // One statement per object: trailing SQL would silently never run.
  for (; tail && *tail; ++tail) {
    if (*tail != ' ' && *tail != '\n' && *tail != '\t' && *tail != '\r' && *tail != ';') {
      sqlite3_finalize(statement_);
      statement_ = nullptr;
      throw DatabaseError("cannot prepare '" + abbreviate(sql) + "' in", fileOf(connection),
                          "more than one statement in the text", SQLITE_MISUSE, SQLITE_MISUSE);
    }
  }
}

Statement::~Statement() {
  sqlite3_finalize(statement_);  // accepts null
}

Statement::Statement(Statement&& other) noexcept : statement_(std::exchange(other.statement_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(statement_);
    statement_ = std::exchange(other.statement_, nullptr);
  }
  return *this;
}

void Statement::fail(int rc, const std::string& operation) const {
  sqlite3* connection = sqlite3_db_handle(statement_);
  throw DatabaseError(operation + " '" + abbreviate(sql()) + "' in", fileOf(connection), sqliteCause(connection, rc),
                      rc & 0xff, sqlite3_extended_errcode(connection));
}

void Statement::checkBind(int rc, int index) const {
  if (rc != SQLITE_OK) fail(rc, "cannot bind parameter " + std::to_string(index) + " of");
}

Statement& Statement::bindInt64(int index, std::int64_t value) {
  checkBind(sqlite3_bind_int64(statement_, index, value), index);
  return *this;
}

Statement& Statement::bindDouble(int index, double value) {
  checkBind(sqlite3_bind_double(statement_, index, value), index);
  return *this;
}

Statement& Statement::bindText(int index, std::string_view value) {
  // SQLITE_TRANSIENT: the view may die before the statement runs.
  checkBind(sqlite3_bind_text64(statement_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8), index);
  return *this;
}

Statement& Statement::bindBlob(int index, std::span<const std::byte> value) {
  // A null pointer would bind NULL, not an empty blob.
  static const std::byte kEmpty{};
  const void* data = value.empty() ? static_cast<const void*>(&kEmpty) : value.data();
  checkBind(sqlite3_bind_blob64(statement_, index, data, value.size(), SQLITE_TRANSIENT), index);
  return *this;
}

Statement& Statement::bindNull(int index) {
  checkBind(sqlite3_bind_null(statement_, index), index);
  return *this;
}

int Statement::parameterIndex(std::string_view name) const {
  const std::string key(name);
  const int index = sqlite3_bind_parameter_index(statement_, key.c_str());
  if (index == 0) {
    sqlite3* connection = sqlite3_db_handle(statement_);
    throw DatabaseError("cannot bind parameter '" + key + "' of '" + abbreviate(sql()) + "' in", fileOf(connection),
                        "no such parameter", SQLITE_RANGE, SQLITE_RANGE);
  }
  return index;
}

bool Statement::step() {
  const int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  // Capture the message before sqlite3_reset, which may replace the
  // connection's error state; reset so a cached statement stays usable.
  sqlite3* connection = sqlite3_db_handle(statement_);
  DatabaseError error("cannot execute '" + abbreviate(sql()) + "' in", fileOf(connection), sqliteCause(connection, rc),
                      rc & 0xff, sqlite3_extended_errcode(connection));
  sqlite3_reset(statement_);
  throw error;
}

void Statement::execute() {
  step();
  sqlite3_reset(statement_);
}

void Statement::reset() {
  sqlite3_reset(statement_);  // returns the last step's error, already reported by step()
  sqlite3_clear_bindings(statement_);
}

void Statement::resetNoThrow() noexcept {
  if (statement_) {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
  }
}

int Statement::columnCount() const { return sqlite3_column_count(statement_); }

bool Statement::isNull(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

void Statement::requireNotNull(int column) const {
  if (column < 0 || column >= sqlite3_data_count(statement_))
    fail(SQLITE_RANGE, "no column " + std::to_string(column) + " in the current row of");
  if (isNull(column)) {
    const char* name = sqlite3_column_name(statement_, column);
    sqlite3* connection = sqlite3_db_handle(statement_);
    throw DatabaseError(
        "unexpected NULL in column '" + std::string(name ? name : "?") + "' of '" + abbreviate(sql()) + "' in",
        fileOf(connection), "the value is missing", SQLITE_MISMATCH, SQLITE_MISMATCH);
  }
}

std::int64_t Statement::getInt64(int column) const {
  requireNotNull(column);
  return sqlite3_column_int64(statement_, column);
}

double Statement::getDouble(int column) const {
  requireNotNull(column);
  return sqlite3_column_double(statement_, column);
}

std::string Statement::getText(int column) const {
  requireNotNull(column);
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
  const int size = sqlite3_column_bytes(statement_, column);  // after _text, as SQLite requires
  return text ? std::string(text, static_cast<std::size_t>(size)) : std::string();
}

std::vector<std::byte> Statement::getBlob(int column) const {
  requireNotNull(column);
  const auto* data = static_cast<const std::byte*>(sqlite3_column_blob(statement_, column));
  const int size = sqlite3_column_bytes(statement_, column);
  return data ? std::vector<std::byte>(data, data + size) : std::vector<std::byte>();
}

std::optional<std::int64_t> Statement::getOptionalInt64(int column) const {
  if (isNull(column)) return std::nullopt;
  return getInt64(column);
}

std::optional<double> Statement::getOptionalDouble(int column) const {
  if (isNull(column)) return std::nullopt;
  return getDouble(column);
}

std::optional<std::string> Statement::getOptionalText(int column) const {
  if (isNull(column)) return std::nullopt;
  return getText(column);
}

std::string Statement::sql() const {
  const char* text = statement_ ? sqlite3_sql(statement_) : nullptr;
  return text ? text : "";
}

}  // namespace prodrome::database
