#include "database/Database.h"
#include "database/migrations/MigrationStep.h"

namespace prodrome::database {

// Schema v8: beside each window's probability, that of the motion-statistics
// forecaster the run judged on the same window (issue 12), so that a
// reviewer sees frame by frame where the deep model and the simple detector
// part, not only their pooled figures. NULL where the run had none (every
// run before v8, and models without one). ADD COLUMN checks the constraint
// against the rows already there, which all hold NULL.
void applyStep0008BaselineCurve(Database& database) {
  database.execute(R"sql(
ALTER TABLE predictions ADD COLUMN motion_baseline_probability REAL
    CHECK (motion_baseline_probability IS NULL OR
           (motion_baseline_probability >= 0 AND motion_baseline_probability <= 1));
)sql");
}

}  // namespace prodrome::database
