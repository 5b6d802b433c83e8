#pragma once
// Building models from project models or weights files, whatever layout they
// were saved in (ours, HF pre-training, HF classification, encoder alone).

#include "ml/VideoMAEConfig.h"
#include "ml/VideoMAE.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

// The weights file of a project model; throws core::Error when the model or
// its file is missing.
std::filesystem::path projectModelWeights(database::Database& db, std::int64_t modelId);

// Loads a whole pre-training model when the file has one (our layout or HF
// pre-training), else only its encoder (classifier or encoder files); returns
// a line for the run's log, with a note when the file's encoder was trained
// at another frame rate than the model's config().frame_rate (the rate this
// run reads its clips at; 0: unknown, no note). Throws std::runtime_error naming the tensors that
// do not fit.
std::string initialisePreTraining(ml::VideoMAEForPreTraining& model, const std::filesystem::path& weights);

// A classifier whose encoder comes from `weights` (any layout; a decoder or
// head in the file is ignored); the head stays freshly initialised. The log
// line notes another frame rate as initialisePreTraining's does.
std::string initialiseClassifierEncoder(ml::VideoMAEClassifier& model, const std::filesystem::path& weights);

// A whole classifier (encoder + head) saved by fine-tuning; its stored
// config decides input size and frame count (else `base`).
ml::VideoMAEClassifier loadClassifier(const std::filesystem::path& weights, const ml::VideoMAEConfig& base);

}  // namespace prodrome::core
