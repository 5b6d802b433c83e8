#pragma once
// What a project model is and what its weights file stores, as `prodrome
// model show` prints it and the GUI's model window shows it: the architecture and sampling it reads clips with,
// the frame rate it was trained at, and for a forecaster what the Run
// Forecast dialog shows of it and more (the windows and horizon it was
// fine-tuned for, the labels its operating point was judged with, its head,
// calibration and operating point). The weights file is the authority: it
// is what a forecast loads.

#include "core/pipeline/ModelKind.h"
#include "database/ModelStore.h"
#include "ml/VideoMAEConfig.h"

#include <cstdint>
#include <optional>
#include <string>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

// "classifier", "pre-training" or "unreadable", as `model list` names kinds.
const char* modelKindName(ModelKind kind);

// "key: value" lines, each ending in a newline. `parent` is the model it was
// trained from, when the project still holds it; `config` the architecture
// the file stores (none: an imported file without one).
std::string modelDescription(const database::Model& model, const std::optional<database::Model>& parent, ModelKind kind,
                             const std::optional<ml::VideoMAEConfig>& config);

// The same for project model `modelId`, its weights file's header read here.
// Throws core::Error for a model the project does not hold, and the reader's
// error naming the file for weights that cannot be read: a description
// without the file's half would mislead.
std::string describeModel(database::Database& db, std::int64_t modelId);

}  // namespace prodrome::core
