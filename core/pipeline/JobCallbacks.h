#pragma once
// What a pipeline job reports to its caller (CLI line, GUI dock, demo) and
// how it is stopped.

#include "core/Progress.h"
#include "ml/TrainingReports.h"

#include <atomic>

namespace prodrome::core {

struct JobCallbacks {
  StageProgress stage;                        // phases: "decode clips", "pre-train", "fine-tune", "forecast"
  ml::ProgressCallback training;              // every optimisation step, with numbers for charts
  ml::EpochCallback epoch;                    // every fine-tuning epoch, after its validation
  const std::atomic<bool>* cancel = nullptr;  // checked between steps and clips
};

}  // namespace prodrome::core
