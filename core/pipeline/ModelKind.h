#pragma once
// Whether a project model is a forecaster: a classifier with its head (what
// fine-tuning keeps, or an imported HF classification model) as opposed to a
// pre-training encoder (encoder and decoder, or an encoder alone). Only a
// forecaster can run a forecast; a pre-training model failed there with a
// list of missing tensors (issue 16). Told from the tensor names in the
// weights file's header, without reading the weights: the stored
// architecture is the same JSON for both kinds.

#include <filesystem>
#include <string>
#include <vector>

namespace prodrome::core {

enum class ModelKind {
  Forecaster,  // a classification head: "head.weight" (ours) or "classifier.weight" (HF)
  Encoder,     // no head: a pre-training model or an encoder alone
  Unreadable,  // the file is missing or is not a safetensors file
};

ModelKind modelKindOf(const std::filesystem::path& weights);
// The same from a header's tensor names, sorted (ml::SafeTensorsHeader::names).
ModelKind modelKindOfTensors(const std::vector<std::string>& sortedNames);

}  // namespace prodrome::core
