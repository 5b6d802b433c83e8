#pragma once

#include <stdexcept>
#include <string>

namespace prodrome::database {

// The one exception type of this layer. It carries SQLite's primary result
// code and the extended code so that callers can tell a busy database from a
// constraint violation without parsing text; what() names the operation, the
// file and the cause.
class DatabaseError : public std::runtime_error {
 public:
  DatabaseError(const std::string& message, int code, int extendedCode);

  // Builds "<operation> '<file>': <cause>" (file omitted when empty).
  DatabaseError(const std::string& operation, const std::string& file, const std::string& cause, int code,
                int extendedCode);

  int code() const noexcept { return code_; }
  int extendedCode() const noexcept { return extendedCode_; }

 private:
  int code_;
  int extendedCode_;
};

// A value the stores refuse before SQLite sees it (onset after offset,
// overlapping seizures, a recording that does not exist). Code is
// SQLITE_CONSTRAINT so that generic handlers still treat it as a rejection.
class ValidationError : public DatabaseError {
 public:
  explicit ValidationError(const std::string& message);
};

// A project file that cannot be opened for a reason the user must act on.
// The file has not been modified when this is thrown.
class ProjectOpenError : public DatabaseError {
 public:
  enum class Reason { NotFound, NotSqlite, NotProdrome, TooNew, Corrupt, UpgradeFailed, ReadOnly };

  ProjectOpenError(Reason reason, const std::string& message, int code, int extendedCode, int foundVersion = 0,
                   int supportedVersion = 0);

  Reason reason() const noexcept { return reason_; }
  // Meaningful for Reason::TooNew (and UpgradeFailed): the file's
  // user_version and the newest version this build knows.
  int foundVersion() const noexcept { return foundVersion_; }
  int supportedVersion() const noexcept { return supportedVersion_; }

 private:
  Reason reason_;
  int foundVersion_;
  int supportedVersion_;
};

}  // namespace prodrome::database
