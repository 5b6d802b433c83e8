#pragma once
// Rename and delete a clip set from the project tree, through
// core::ClipSetService as `prodrome clips rename|delete` do: ask, change,
// report a refusal (a taken name) in a message box naming the set.

#include <QtGlobal>

class QWidget;

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

// true when the set was renamed.
bool renameClipSetWithDialog(QWidget* parent, database::Database& db, qint64 clipSetId);
// true when the set was deleted (after the user confirmed, told how many
// clips go and which runs used it).
bool deleteClipSetWithDialog(QWidget* parent, database::Database& db, qint64 clipSetId);

}  // namespace prodrome::ui
