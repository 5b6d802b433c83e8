#include "database/DatabaseError.h"

#include <sqlite3.h>

namespace prodrome::database {

namespace {

std::string compose(const std::string& operation, const std::string& file, const std::string& cause) {
  std::string message = operation;
  if (!file.empty()) message += " '" + file + "'";
  message += ": " + cause;
  return message;
}

}  // namespace

DatabaseError::DatabaseError(const std::string& message, int code, int extendedCode)
    : std::runtime_error(message), code_(code), extendedCode_(extendedCode) {}

DatabaseError::DatabaseError(const std::string& operation, const std::string& file, const std::string& cause, int code,
                             int extendedCode)
    : DatabaseError(compose(operation, file, cause), code, extendedCode) {}

ValidationError::ValidationError(const std::string& message)
    : DatabaseError(message, SQLITE_CONSTRAINT, SQLITE_CONSTRAINT) {}

ProjectOpenError::ProjectOpenError(Reason reason, const std::string& message, int code, int extendedCode,
                                   int foundVersion, int supportedVersion)
    : DatabaseError(message, code, extendedCode),
      reason_(reason),
      foundVersion_(foundVersion),
      supportedVersion_(supportedVersion) {}

}  // namespace prodrome::database
