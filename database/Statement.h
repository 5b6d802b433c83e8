#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace prodrome::database {

class Database;

// One prepared statement: prepared in the constructor, finalised in the
// destructor. Values reach SQL only through bind(), never through string
// building. Parameter indices are 1-based and column indices 0-based, as in
// SQLite. Not thread-safe; use it on the thread that owns its Database.
class Statement {
 public:
  Statement(Database& database, std::string_view sql);
  Statement(sqlite3* connection, std::string_view sql);
  ~Statement();

  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // --- binding -------------------------------------------------------
  Statement& bindInt64(int index, std::int64_t value);
  Statement& bindDouble(int index, double value);
  Statement& bindText(int index, std::string_view value);
  Statement& bindBlob(int index, std::span<const std::byte> value);
  Statement& bindNull(int index);

  template <std::integral T>
  Statement& bind(int index, T value) {
    return bindInt64(index, static_cast<std::int64_t>(value));
  }
  template <std::floating_point T>
  Statement& bind(int index, T value) {
    return bindDouble(index, static_cast<double>(value));
  }
  Statement& bind(int index, std::string_view value) { return bindText(index, value); }
  Statement& bind(int index, const char* value) { return bindText(index, value); }
  Statement& bind(int index, const std::string& value) { return bindText(index, value); }
  Statement& bind(int index, std::span<const std::byte> value) { return bindBlob(index, value); }
  Statement& bind(int index, const std::vector<std::byte>& value) { return bindBlob(index, value); }
  Statement& bind(int index, std::nullptr_t) { return bindNull(index); }
  template <class T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bindNull(index);
  }

  // Named parameters (":onset", "?1", "@x", "$y"); an unknown name throws.
  template <class T>
  Statement& bind(std::string_view name, T&& value) {
    return bind(parameterIndex(name), std::forward<T>(value));
  }
  int parameterIndex(std::string_view name) const;

  // Binds the arguments to parameters 1..N in order.
  template <class... Args>
  Statement& bindAll(Args&&... args) {
    int index = 0;
    (bind(++index, std::forward<Args>(args)), ...);
    return *this;
  }

  // --- execution -----------------------------------------------------
  // Advances to the next row: true when a row is available, false when the
  // statement is done. Throws DatabaseError on failure (after resetting the
  // statement so that it can be used again).
  bool step();
  // Runs a statement that returns no rows of interest, then resets it
  // (bindings are kept, so a bulk loop rebinds only what changes).
  void execute();
  // Resets the statement and clears its bindings.
  void reset();
  // reset() for destructors and cleanup paths: never throws.
  void resetNoThrow() noexcept;

  // --- columns of the current row -----------------------------------
  int columnCount() const;
  bool isNull(int column) const;
  // The non-optional getters throw on NULL: a NULL where the mapper expects
  // a value is a schema/mapper mismatch that must not read back as 0.
  std::int64_t getInt64(int column) const;
  double getDouble(int column) const;
  std::string getText(int column) const;
  std::vector<std::byte> getBlob(int column) const;
  std::optional<std::int64_t> getOptionalInt64(int column) const;
  std::optional<double> getOptionalDouble(int column) const;
  std::optional<std::string> getOptionalText(int column) const;

  std::string sql() const;
  sqlite3_stmt* handle() const noexcept { return statement_; }

 private:
  [[noreturn]] void fail(int rc, const std::string& operation) const;
  void checkBind(int rc, int index) const;
  void requireNotNull(int column) const;

  sqlite3_stmt* statement_ = nullptr;
};

}  // namespace prodrome::database
