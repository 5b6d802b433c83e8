#pragma once
// The operating point a forecaster was stored with (chosen on validation
// subjects when it was fine-tuned: ml::VideoMAEConfig::decision_threshold and
// decision_consecutive), read from the weights file's header alone, so a
// dialog can show what a forecast that defers to the model will use.

#include "core/forecast/OperatingPoint.h"

#include <filesystem>
#include <optional>

namespace prodrome::core {

struct ModelOperatingPoint {
  double threshold = 0.5;
  int consecutive = 1;
  // false: the file stores no architecture (an imported Hugging Face model),
  // and the loader's defaults above are what the forecast uses.
  bool stored = true;
  // A threshold just above 1: no threshold met the false-alarm budget, and
  // the model raises no alarm at its own operating point.
  bool neverAlarms() const { return core::neverAlarms(threshold); }
};

// None when the file is missing or unreadable (the forecast's own load then
// says what is wrong).
std::optional<ModelOperatingPoint> modelOperatingPointOf(const std::filesystem::path& weights);

}  // namespace prodrome::core
