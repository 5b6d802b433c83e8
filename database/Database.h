#pragma once

#include "database/CachedStatement.h"
#include "database/Statement.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace prodrome::database {

// Owns one SQLite connection. This is the plain connection: it applies no
// project policy (WAL, foreign keys, schema); openProject() in Schema.h does
// that. Not thread-safe: one Database per thread; SQLite's own locking
// coordinates several connections and processes on one file.
class Database {
 public:
  enum class OpenMode {
    ReadOnly,         // never writes the file
    ReadWrite,        // the file must exist
    ReadWriteCreate,  // created when missing
  };

  static constexpr std::chrono::milliseconds kDefaultBusyTimeout{5000};

  Database(const std::filesystem::path& file, OpenMode mode,
           std::chrono::milliseconds busyTimeout = kDefaultBusyTimeout);

  // Opens a read-only connection that takes no locks and creates no -wal or
  // -shm file (SQLite's immutable=1). Only safe when no other connection
  // writes the file; used to inspect a file before deciding to touch it.
  static Database openImmutable(const std::filesystem::path& file);

  ~Database();
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs SQL text that carries no values (DDL, PRAGMAs, BEGIN/COMMIT); may
  // hold several statements. Anything with a value goes through Statement.
  void execute(std::string_view sql);

  // A prepared statement from the per-connection cache, keyed by its SQL.
  CachedStatement cached(std::string_view sql);
  void clearStatementCache() noexcept;

  std::int64_t lastInsertRowId() const;
  int changes() const;
  bool inTransaction() const;

  int userVersion();
  std::int32_t applicationId();

  // Copies the whole database into `target` (overwritten) with the SQLite
  // online backup API, as one consistent snapshot. The copy is written under
  // a temporary name and renamed, so a crash never leaves a partial backup
  // under the final name.
  void backupTo(const std::filesystem::path& target);

  // True when SQLite will refuse every write (a read-only or immutable connection).
  bool readOnly() const noexcept;

  sqlite3* handle() const noexcept { return connection_; }
  const std::filesystem::path& path() const noexcept { return path_; }
  // False for SQLite's in-memory and temporary databases, which have no
  // folder of their own to keep files beside.
  bool hasFile() const noexcept { return !path_.empty() && path_ != ":memory:"; }

 private:
  Database(const std::string& uri, int flags, const std::filesystem::path& displayPath,
           std::chrono::milliseconds busyTimeout);
  void close() noexcept;

  struct CacheEntry {
    std::unique_ptr<Statement> statement;
    bool inUse = false;
  };

  sqlite3* connection_ = nullptr;
  std::filesystem::path path_;
  // Node-based: loans hold pointers into entries, which rehashing keeps.
  std::unordered_map<std::string, CacheEntry> cache_;
};

// Throws DatabaseError for a failed SQLite call on `connection` (rc not OK).
[[noreturn]] void throwSqliteError(sqlite3* connection, int rc, const std::string& operation);

// SQLite's message for the failed call on `connection` (rc: its result),
// saying so when the disk that holds the file is full: "disk I/O error (0
// bytes free on the disk that holds it)", not "disk I/O error" alone. Every
// DatabaseError from a SQLite call takes its cause here.
std::string sqliteCause(sqlite3* connection, int rc);

}  // namespace prodrome::database
