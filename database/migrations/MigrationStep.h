#pragma once

#include <functional>
#include <string>
#include <vector>

namespace prodrome::database {

class Database;

// One numbered schema upgrade. openProject() runs every step whose version is
// above the file's user_version, in order, each inside its own transaction,
// and sets user_version = version in that same transaction. `apply` must not
// touch user_version itself, and runs with foreign keys off (so that a step
// may rebuild a table the SQLite way without cascading deletes); the
// upgrader checks PRAGMA foreign_key_check before committing.
struct MigrationStep {
  int version;
  std::string name;
  std::function<void(Database&)> apply;
};

// The steps of this build, ordered by version; the last one is kSchemaVersion.
const std::vector<MigrationStep>& builtinMigrationSteps();

// One function per step, one file per step (migrations/StepNNNN*.cpp).
void applyStep0001Initial(Database& database);
void applyStep0002EventNotes(Database& database);
void applyStep0003AlarmReviews(Database& database);
void applyStep0004EventIdsNeverReused(Database& database);
void applyStep0005MonitoringPeriods(Database& database);
void applyStep0006Signals(Database& database);
void applyStep0007SignalMarkers(Database& database);
void applyStep0008BaselineCurve(Database& database);

}  // namespace prodrome::database
