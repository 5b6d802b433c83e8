#pragma once

#include "database/Database.h"
#include "database/migrations/MigrationStep.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>

namespace prodrome::database {

// The newest schema this build writes. tests/database/SchemaTest.cpp pins it:
// bumping it without a migration step and a migration test fails there.
inline constexpr int kSchemaVersion = 8;

// PRAGMA application_id of every Prodrome project ("PDRM" in ASCII): a SQLite
// file from another program is recognised and refused instead of being
// "upgraded" into a mess.
inline constexpr std::int32_t kApplicationId = 0x5044524D;

struct OpenOptions {
  // A missing or empty (0-byte) file becomes a new project; otherwise both are refused.
  bool createIfMissing = true;
  std::chrono::milliseconds busyTimeout = Database::kDefaultBusyTimeout;
};

// What openProject() did to the file, for the caller to tell the user.
struct OpenReport {
  int fromVersion = 0;                          // user_version found (0: new file)
  int toVersion = 0;                            // user_version now
  std::optional<std::filesystem::path> backup;  // taken before the first upgrade step
};

// Opens (or creates) a project file and brings it to the newest schema.
//
// Before anything is written the file is inspected through a connection that
// cannot write: a file that is not SQLite, is SQLite but not a Prodrome
// project, is from a newer schema, or fails PRAGMA quick_check is refused with
// ProjectOpenError and left byte-for-byte as it was. Then the connection is
// set up (WAL, synchronous=FULL, foreign keys on, busy timeout), a backup is
// taken next to the file if an existing project needs upgrading, and the
// upgrade steps run, one transaction each. A new file walks the same steps.
//
// synchronous=FULL rather than NORMAL: in WAL mode NORMAL already survives a
// killed process, but a committed transaction can be lost if the machine
// loses power before the next checkpoint; FULL syncs the WAL at every commit,
// so an acknowledged annotation survives both (design.md §1, §9). Edits are
// human-paced and bulk writes are one transaction each, so the extra fsync per
// commit costs nothing the user notices.
Database openProject(const std::filesystem::path& file, const OpenOptions& options = {}, OpenReport* report = nullptr);

// Same, with an explicit list of steps (ordered by version, the last being the
// newest). Tests use it to exercise the upgrade path beyond kSchemaVersion;
// the application always uses the overload above.
Database openProject(const std::filesystem::path& file, const OpenOptions& options, OpenReport* report,
                     std::span<const MigrationStep> steps);

// Where the pre-upgrade backup of `file` at `fromVersion` goes: next to it,
// "<name>.v<from>.bak", or "<name>.v<from>.<n>.bak" when that exists.
std::filesystem::path upgradeBackupPath(const std::filesystem::path& file, int fromVersion);

}  // namespace prodrome::database
