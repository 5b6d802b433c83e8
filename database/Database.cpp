#include "database/Database.h"

#include "database/DatabaseError.h"

#include <sqlite3.h>
#include <sys/statvfs.h>

#include <cstdint>
#include <filesystem>
#include <system_error>
#include <utility>

namespace prodrome::database {

namespace {

// RFC 3986 unreserved characters and '/' pass; everything else is escaped so
// that '?', '#' and '%' in a path are not read as URI syntax by SQLite.
std::string fileUri(const std::filesystem::path& file) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string uri = "file:";
  for (const unsigned char c : std::filesystem::absolute(file).string()) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      uri += static_cast<char>(c);
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 0xf];
    }
  }
  return uri;
}

int flagsFor(Database::OpenMode mode) {
  switch (mode) {
    case Database::OpenMode::ReadOnly:
      return SQLITE_OPEN_READONLY;
    case Database::OpenMode::ReadWrite:
      return SQLITE_OPEN_READWRITE;
    case Database::OpenMode::ReadWriteCreate:
      return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  }
  return SQLITE_OPEN_READONLY;
}

}  // namespace

std::string sqliteCause(sqlite3* connection, int rc) {
  if (!connection) return sqlite3_errstr(rc);
  std::string cause = sqlite3_errmsg(connection);
  const int primary = sqlite3_extended_errcode(connection) & 0xff;
  if (primary == SQLITE_READONLY && sqlite3_db_readonly(connection, "main") == 1)
    return cause + " (the project was opened read-only: it or its folder cannot be written here)";
  if (primary != SQLITE_IOERR && primary != SQLITE_FULL) return cause;
  // A full disk reaches us as "database or disk is full" or, from some of
  // SQLite's writes (its WAL index, a sync), as "disk I/O error"; the free
  // space of the file's own disk tells the user which. (sqlite3_system_errno
  // would name the cause, but SQLite reads errno only after other calls may
  // have changed it: a stale reason would mislead more than none.)
  const char* file = sqlite3_db_filename(connection, "main");
  if (!file || !*file) return cause;
  struct statvfs disk {};
  if (::statvfs(std::filesystem::path(file).parent_path().c_str(), &disk) != 0) return cause;
  const std::uint64_t free = static_cast<std::uint64_t>(disk.f_bavail) * disk.f_frsize;
  // Less than this holds no transaction of a project's size.
  constexpr std::uint64_t kNearlyFull = 1 << 20;
  if (free < kNearlyFull) cause += " (" + std::to_string(free) + " bytes free on the disk that holds it)";
  return cause;
}

void throwSqliteError(sqlite3* connection, int rc, const std::string& operation) {
  const char* file = connection ? sqlite3_db_filename(connection, "main") : nullptr;
  const int extended = connection ? sqlite3_extended_errcode(connection) : rc;
  throw DatabaseError(operation, file ? file : "", sqliteCause(connection, rc), rc & 0xff, extended);
}

Database::Database(const std::filesystem::path& file, OpenMode mode, std::chrono::milliseconds busyTimeout)
    : Database(file.string(), flagsFor(mode), file, busyTimeout) {}

bool Database::readOnly() const noexcept { return connection_ && sqlite3_db_readonly(connection_, "main") == 1; }

Database Database::openImmutable(const std::filesystem::path& file) {
  return Database(fileUri(file) + "?mode=ro&immutable=1", SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, file,
                  std::chrono::milliseconds(0));
}

Database::Database(const std::string& name, int flags, const std::filesystem::path& displayPath,
                   std::chrono::milliseconds busyTimeout)
    : path_(displayPath) {
  // Extended result codes: callers can tell SQLITE_IOERR_FSYNC from
  // SQLITE_IOERR_SHORT_READ without guessing.
  const int rc = sqlite3_open_v2(name.c_str(), &connection_, flags | SQLITE_OPEN_EXRESCODE, nullptr);
  if (rc != SQLITE_OK) {
    const std::string cause = sqliteCause(connection_, rc);
    const int extended = connection_ ? sqlite3_extended_errcode(connection_) : rc;
    close();
    throw DatabaseError("cannot open database", displayPath.string(), cause, rc & 0xff, extended);
  }
  sqlite3_extended_result_codes(connection_, 1);
  sqlite3_busy_timeout(connection_, static_cast<int>(busyTimeout.count()));
}

Database::~Database() { close(); }

Database::Database(Database&& other) noexcept
    : connection_(std::exchange(other.connection_, nullptr)),
      path_(std::move(other.path_)),
      cache_(std::move(other.cache_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    close();
    connection_ = std::exchange(other.connection_, nullptr);
    path_ = std::move(other.path_);
    cache_ = std::move(other.cache_);
  }
  return *this;
}

void Database::close() noexcept {
  cache_.clear();  // finalises the cached statements before the connection
  // close_v2 defers the close if a Statement outlives us, instead of
  // leaking the connection with SQLITE_BUSY.
  sqlite3_close_v2(connection_);
  connection_ = nullptr;
}

void Database::execute(std::string_view sql) {
  const std::string text(sql);
  char* message = nullptr;
  const int rc = sqlite3_exec(connection_, text.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    sqlite3_free(message);  // the connection's own message, which sqliteCause reads with the OS's reason
    const std::string cause = sqliteCause(connection_, rc);
    std::string head = text.substr(0, 80);
    for (char& c : head)
      if (c == '\n') c = ' ';
    throw DatabaseError("cannot execute '" + head + "' in", path_.string(), cause, rc & 0xff,
                        sqlite3_extended_errcode(connection_));
  }
}

CachedStatement Database::cached(std::string_view sql) {
  auto [it, inserted] = cache_.try_emplace(std::string(sql));
  CacheEntry& entry = it->second;
  if (inserted) {
    try {
      entry.statement = std::make_unique<Statement>(connection_, sql);
    } catch (...) {
      cache_.erase(it);
      throw;
    }
  }
  if (entry.inUse) return CachedStatement(std::make_unique<Statement>(connection_, sql));
  entry.statement->resetNoThrow();
  return CachedStatement(*entry.statement, entry.inUse);
}

void Database::clearStatementCache() noexcept {
  // Statements on loan stay alive until their loans end.
  for (auto it = cache_.begin(); it != cache_.end();) it = it->second.inUse ? std::next(it) : cache_.erase(it);
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(connection_); }

int Database::changes() const { return sqlite3_changes(connection_); }

bool Database::inTransaction() const { return sqlite3_get_autocommit(connection_) == 0; }

int Database::userVersion() {
  Statement statement(connection_, "PRAGMA user_version");
  statement.step();
  return static_cast<int>(statement.getInt64(0));
}

std::int32_t Database::applicationId() {
  Statement statement(connection_, "PRAGMA application_id");
  statement.step();
  return static_cast<std::int32_t>(statement.getInt64(0));
}

void Database::backupTo(const std::filesystem::path& target) {
  std::filesystem::path partial = target;
  partial += ".partial";
  std::error_code ignored;
  std::filesystem::remove(partial, ignored);
  {
    Database destination(partial, OpenMode::ReadWriteCreate);
    sqlite3_backup* backup = sqlite3_backup_init(destination.handle(), "main", connection_, "main");
    if (!backup)
      throwSqliteError(destination.handle(), sqlite3_errcode(destination.handle()),
                       "cannot start backup of '" + path_.string() + "' to");
    // -1: all pages in one step, i.e. one read snapshot of the source.
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
      DatabaseError error("cannot back up '" + path_.string() + "' to", target.string(), sqlite3_errstr(rc), rc & 0xff,
                          rc);
      destination.close();
      std::filesystem::remove(partial, ignored);
      throw error;
    }
    // The backup carries the source's WAL flag; return it to a
    // single-file rollback journal so the copy is self-contained.
    destination.execute("PRAGMA journal_mode=DELETE");
  }
  std::error_code error;
  std::filesystem::rename(partial, target, error);
  if (error)
    throw DatabaseError("cannot move the backup into place at", target.string(), error.message(), SQLITE_IOERR,
                        SQLITE_IOERR);
}

}  // namespace prodrome::database
