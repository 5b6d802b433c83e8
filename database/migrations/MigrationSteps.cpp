#include "database/migrations/MigrationStep.h"

namespace prodrome::database {

const std::vector<MigrationStep>& builtinMigrationSteps() {
  // Append only. A released step is never edited: files in the field have
  // already run it. Bump kSchemaVersion (Schema.h) with every new step.
  static const std::vector<MigrationStep> steps = {
      {1, "initial schema", applyStep0001Initial},
      {2, "event notes", applyStep0002EventNotes},
      {3, "alarm reviews", applyStep0003AlarmReviews},
      {4, "event ids never reused", applyStep0004EventIdsNeverReused},
      {5, "monitoring periods", applyStep0005MonitoringPeriods},
      {6, "signals", applyStep0006Signals},
      {7, "signal markers", applyStep0007SignalMarkers},
      {8, "motion baseline curve", applyStep0008BaselineCurve},
  };
  return steps;
}

}  // namespace prodrome::database
