#include "database/Database.h"
#include "database/migrations/MigrationStep.h"

namespace prodrome::database {

// Schema v2: free-text notes per event, typed by the annotator in the event
// side panel (issue 6). ADD COLUMN with a constant default rewrites no rows,
// so the upgrade of a file with many events is instant and keeps every row.
void applyStep0002EventNotes(Database& database) {
  database.execute("ALTER TABLE events ADD COLUMN notes TEXT NOT NULL DEFAULT ''");
}

}  // namespace prodrome::database
