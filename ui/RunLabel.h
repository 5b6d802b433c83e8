#pragma once
// What a stored run is called wherever the GUI names it (the project tree,
// the run view's title): one rule, so a k-shot evaluation is never
// "fine-tuning" in one place and "k-shot evaluation" in another.

#include "database/RunStore.h"

#include <QString>

namespace prodrome::ui {

// "pre-training", "k-shot evaluation", "fine-tuning" or "forecast",
// translated. A fine-tuning run whose config holds "fewshot" is a k-shot
// evaluation (core::FewShotConfig is stored under that key).
QString runKindLabel(const database::Run& run);

}  // namespace prodrome::ui
