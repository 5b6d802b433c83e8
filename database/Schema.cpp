#include "database/Schema.h"

#include "database/DatabaseError.h"
#include "database/Statement.h"
#include "database/Transaction.h"

#include <sqlite3.h>

#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>

namespace prodrome::database {

namespace {

using Reason = ProjectOpenError::Reason;

[[noreturn]] void refuse(Reason reason, const std::filesystem::path& file, const std::string& cause, int code,
                         int foundVersion = 0, int supportedVersion = 0) {
  throw ProjectOpenError(reason, "cannot open project '" + file.string() + "': " + cause, code, code, foundVersion,
                         supportedVersion);
}

std::string hex32(std::int32_t value) {
  char text[16];
  std::snprintf(text, sizeof text, "0x%08X", static_cast<unsigned>(value));
  return text;
}

struct FileState {
  bool fresh = false;  // an empty SQLite database: no schema, no ids
  int userVersion = 0;
};

// The checks that need only a read: identity and version. Run on the
// read-only connection first, and again on the writing one, because another
// process may have changed the file between the two.
FileState checkIdentity(Database& database, const std::filesystem::path& file, int newest) {
  const std::int32_t applicationId = database.applicationId();
  FileState state;
  state.userVersion = database.userVersion();
  Statement objects(database, "SELECT count(*) FROM sqlite_schema");
  objects.step();
  const std::int64_t objectCount = objects.getInt64(0);
  state.fresh = applicationId == 0 && state.userVersion == 0 && objectCount == 0;

  if (!state.fresh && applicationId != kApplicationId)
    refuse(Reason::NotProdrome, file,
           "it is an SQLite database of another program (application_id " + hex32(applicationId) +
               "), not a Prodrome project",
           SQLITE_NOTADB);
  // Prodrome writes versions from 1 up; a negative one is no state of ours
  // to upgrade from (a tool wrote it, or the header is damaged).
  if (state.userVersion < 0)
    refuse(Reason::Corrupt, file,
           "its schema version is " + std::to_string(state.userVersion) +
               ", which no Prodrome writes: the file was changed by another tool or is damaged",
           SQLITE_CORRUPT);
  if (state.userVersion > newest)
    refuse(Reason::TooNew, file,
           "file is from schema version " + std::to_string(state.userVersion) + ", this Prodrome knows up to " +
               std::to_string(newest) + "; open it with a newer Prodrome",
           SQLITE_CANTOPEN, state.userVersion, newest);
  return state;
}

void checkHeader(const std::filesystem::path& file) {
  // The first 16 bytes of every SQLite 3 database, terminator included.
  static constexpr char kMagic[16] = "SQLite format 3";
  std::array<char, 100> header{};  // the SQLite file header is 100 bytes
  std::ifstream in(file, std::ios::binary);
  if (!in) refuse(Reason::NotFound, file, "the file cannot be read", SQLITE_CANTOPEN);
  in.read(header.data(), header.size());
  if (in.gcount() < static_cast<std::streamsize>(header.size()) ||
      std::memcmp(header.data(), kMagic, sizeof kMagic) != 0)
    refuse(Reason::NotSqlite, file, "it is not an SQLite database (no SQLite header)", SQLITE_NOTADB);
}

bool isDamage(int code) { return code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_FORMAT; }

// Everything that can be decided without writing a byte, done through a
// connection that cannot write. Without a -wal file next to it the file is
// complete on its own and no other connection has it open in WAL mode, so an
// immutable connection reads it without creating -wal/-shm files either.
void inspectWithoutWriting(const std::filesystem::path& file, int newest) {
  checkHeader(file);
  std::filesystem::path wal = file;
  wal += "-wal";
  try {
    Database database =
        std::filesystem::exists(wal) ? Database(file, Database::OpenMode::ReadOnly) : Database::openImmutable(file);
    checkIdentity(database, file, newest);

    Statement check(database, "PRAGMA quick_check");
    std::string problems;
    int shown = 0;
    while (check.step()) {
      const std::string line = check.getText(0);
      if (line == "ok") continue;
      // A damaged file can list thousands of problems; three say enough.
      if (++shown <= 3) problems += (problems.empty() ? "" : "; ") + line;
    }
    if (shown > 0) refuse(Reason::Corrupt, file, "the file is damaged (quick_check: " + problems + ")", SQLITE_CORRUPT);
  } catch (const ProjectOpenError&) {
    throw;
  } catch (const DatabaseError& error) {
    if (isDamage(error.code()))
      refuse(Reason::Corrupt, file, std::string("the file is damaged (") + error.what() + ")", error.code());
    throw;
  }
}

std::string pragmaText(Database& database, const char* sql) {
  Statement statement(database, sql);
  return statement.step() ? statement.getText(0) : std::string();
}

void configureConnection(Database& database) {
  const std::string mode = pragmaText(database, "PRAGMA journal_mode=WAL");
  if (mode != "wal")
    throw DatabaseError("cannot switch project to WAL mode", database.path().string(),
                        "journal_mode stays '" + mode + "' (is the file on a network drive?)", SQLITE_CANTOPEN,
                        SQLITE_CANTOPEN);
  database.execute("PRAGMA synchronous=FULL");
  // 32 MiB of page cache: bulk prediction inserts touch tens of MiB, and a
  // small cache spills dirty pages into the WAL mid-transaction.
  database.execute("PRAGMA cache_size=-32768");
}

void runSteps(Database& database, const std::filesystem::path& file, std::span<const MigrationStep> steps,
              const OpenReport& report) {
  database.execute("PRAGMA foreign_keys=OFF");  // see MigrationStep
  for (const MigrationStep& step : steps) {
    Transaction transaction(database, Transaction::Mode::Immediate);
    const int current = database.userVersion();
    if (current >= step.version) continue;  // already there (possibly done by another process meanwhile)
    try {
      step.apply(database);
      Statement broken(database, "PRAGMA foreign_key_check");
      if (broken.step())
        throw std::runtime_error("it leaves rows in '" + broken.getText(0) + "' that refer to missing rows in '" +
                                 broken.getText(2) + "'");
      // PRAGMAs take no bound parameters; both numbers are this
      // program's constants, not outside input.
      database.execute("PRAGMA application_id=" + std::to_string(kApplicationId) +
                       "; PRAGMA user_version=" + std::to_string(step.version));
      transaction.commit();
    } catch (const std::exception& error) {
      // The transaction's destructor rolls the step back.
      std::string message = "cannot upgrade project '" + file.string() + "' to schema version " +
                            std::to_string(step.version) + " (" + step.name + "): " + error.what() +
                            "; the file stays at version " + std::to_string(current);
      if (report.backup) message += ", backup at '" + report.backup->string() + "'";
      const auto* databaseError = dynamic_cast<const DatabaseError*>(&error);
      const int code = databaseError ? databaseError->code() : SQLITE_ERROR;
      throw ProjectOpenError(Reason::UpgradeFailed, message, code, databaseError ? databaseError->extendedCode() : code,
                             current, steps.back().version);
    }
  }
  database.execute("PRAGMA foreign_keys=ON");
  Statement enabled(database, "PRAGMA foreign_keys");
  if (!enabled.step() || enabled.getInt64(0) != 1)
    throw DatabaseError("cannot enable foreign keys for project", file.string(), "this SQLite was built without them",
                        SQLITE_MISUSE, SQLITE_MISUSE);
}

// Why this process cannot write the project: its folder (WAL mode keeps
// -wal and -shm files beside it) or the file itself; nullopt when it can.
std::optional<std::string> whyNotWritable(const std::filesystem::path& file) {
  const auto folder = std::filesystem::absolute(file).parent_path();
  if (::access(folder.c_str(), W_OK) != 0)
    return "its folder '" + folder.string() + "' cannot be written (" + std::strerror(errno) + ")";
  if (::access(file.c_str(), W_OK) != 0)
    return std::string("the file cannot be written (") + std::strerror(errno) + ")";
  return std::nullopt;
}

// A project on read-only media (an archive, a share mounted read-only, a
// folder of another user's) opens for reading without the -wal and -shm
// files WAL mode would make: SQLite's immutable connection. Anything that
// writes then fails naming the cause (sqliteCause). Changes still in a -wal
// file would not be read that way, so such a file is refused instead, as is
// one that needs a schema upgrade it cannot be given.
Database openReadOnly(const std::filesystem::path& file, const std::string& why, int newest) {
  std::filesystem::path wal = file;
  wal += "-wal";
  std::error_code error;
  if (std::filesystem::exists(wal, error) && std::filesystem::file_size(wal, error) > 0)
    refuse(Reason::ReadOnly, file,
           "it cannot be written here (" + why + ") and its -wal file holds changes not yet merged into it: open it " +
               "once where it can be written",
           SQLITE_READONLY);
  Database database = Database::openImmutable(file);
  const FileState state = checkIdentity(database, file, newest);
  if (state.userVersion < newest)
    refuse(Reason::ReadOnly, file,
           "it is at schema version " + std::to_string(state.userVersion) + " and needs an upgrade to version " +
               std::to_string(newest) + ", but it cannot be written here (" + why +
               "): copy it where it can be written first",
           SQLITE_READONLY);
  return database;
}

}  // namespace

std::filesystem::path upgradeBackupPath(const std::filesystem::path& file, int fromVersion) {
  const std::string base = file.string() + ".v" + std::to_string(fromVersion);
  std::filesystem::path candidate = base + ".bak";
  for (int n = 2; std::filesystem::exists(candidate); ++n) candidate = base + "." + std::to_string(n) + ".bak";
  return candidate;
}

Database openProject(const std::filesystem::path& file, const OpenOptions& options, OpenReport* report) {
  return openProject(file, options, report, builtinMigrationSteps());
}

Database openProject(const std::filesystem::path& file, const OpenOptions& options, OpenReport* report,
                     std::span<const MigrationStep> steps) {
  for (std::size_t i = 0; i < steps.size(); ++i)
    if (steps[i].version <= (i == 0 ? 0 : steps[i - 1].version))
      throw std::invalid_argument("migration steps must have increasing positive versions");
  const int newest = steps.empty() ? 0 : steps.back().version;

  std::error_code error;
  const bool exists = std::filesystem::exists(file, error);
  if (!exists) {
    if (!options.createIfMissing) refuse(Reason::NotFound, file, "no such file", SQLITE_CANTOPEN);
  } else {
    if (!std::filesystem::is_regular_file(file, error))
      refuse(Reason::NotSqlite, file, "it is not a regular file", SQLITE_CANTOPEN);
    if (std::filesystem::file_size(file, error) > 0)
      inspectWithoutWriting(file, newest);
    else if (!options.createIfMissing)
      // An empty file is where a project is made (a save dialog may create
      // it first), but only when asked: a project emptied by a failed copy
      // must not be opened as a new, empty one by a command that reads.
      refuse(Reason::NotFound, file, "the file is empty (0 bytes): it holds no project", SQLITE_CANTOPEN);
  }

  if (exists && std::filesystem::file_size(file, error) > 0)
    if (const auto why = whyNotWritable(file)) {
      Database database = openReadOnly(file, *why, newest);
      if (report) *report = OpenReport{newest, newest, std::nullopt};
      return database;
    }
  Database database(file, exists ? Database::OpenMode::ReadWrite : Database::OpenMode::ReadWriteCreate,
                    options.busyTimeout);
  const FileState state = checkIdentity(database, file, newest);

  OpenReport result;
  result.fromVersion = state.userVersion;
  if (!state.fresh && state.userVersion < newest) {
    result.backup = upgradeBackupPath(file, state.userVersion);
    database.backupTo(*result.backup);
  }
  configureConnection(database);
  runSteps(database, file, steps, result);
  result.toVersion = database.userVersion();
  if (report) *report = result;
  return database;
}

}  // namespace prodrome::database
