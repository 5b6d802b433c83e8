#pragma once
// What the fine-tuning that created a model measured, found by the model id
// its metrics name: how a forecast finds the motion-statistics forecaster
// chosen beside the model (FineTuneMetrics::MotionBaseline). A model imported
// from elsewhere has no such run in the project, and none is found.

#include "core/runs/FineTuneMetrics.h"

#include <cstdint>
#include <optional>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

// The newest succeeded fine-tuning run whose metrics name `modelId`.
std::optional<FineTuneMetrics> fineTuneMetricsOfModel(database::Database& db, std::int64_t modelId);

}  // namespace prodrome::core
