#pragma once
// The questions of Model ▸ Import HF VideoMAE… and Model ▸ Export…; the work
// itself (core/pipeline/ModelTransfer) runs as a job of the queue.

#include "core/pipeline/ModelTransfer.h"

#include <optional>

class QWidget;

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

// Asks for the file, the new model's name and the numbers the weights cannot
// tell; nullopt when the user cancels.
std::optional<core::ModelImport> askModelImport(QWidget* parent, database::Database& db);
// Asks for the model and the folder to write; nullopt when cancelled or when
// the project has no model (said in a message).
std::optional<core::ModelExport> askModelExport(QWidget* parent, database::Database& db);

}  // namespace prodrome::ui
