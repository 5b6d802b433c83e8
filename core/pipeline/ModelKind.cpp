#include "core/pipeline/ModelKind.h"

#include "ml/SafeTensors.h"

#include <algorithm>

namespace prodrome::core {

ModelKind modelKindOf(const std::filesystem::path& weights) {
  // The header's tensor names only (ml/SafeTensors.h); the loader checks the
  // rest when the model is used.
  try {
    return modelKindOfTensors(ml::readSafeTensorNames(weights));
  } catch (const ml::SafeTensorsError&) {
    return ModelKind::Unreadable;
  }
}

ModelKind modelKindOfTensors(const std::vector<std::string>& sortedNames) {
  const auto has = [&](const char* name) { return std::binary_search(sortedNames.begin(), sortedNames.end(), name); };
  return has("head.weight") || has("classifier.weight") ? ModelKind::Forecaster : ModelKind::Encoder;
}

}  // namespace prodrome::core
