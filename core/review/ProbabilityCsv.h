#pragma once
// A forecast run's probabilities as CSV, for analysis elsewhere:
// recording,window_end_frame,window_end_seconds,probability,
// motion_baseline_probability for every recording of the run, in recording
// then window order. The last column is the motion-statistics forecaster's
// probability for the same window, empty where the run stored none. Written
// atomically (the file appears under its name only when complete); throws
// naming it.

#include "core/runs/ForecastRunInfo.h"

#include <cstdint>
#include <filesystem>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

// Returns the number of rows written (windows).
std::int64_t writeProbabilitiesCsv(database::Database& db, const ForecastRunInfo& run,
                                   const std::filesystem::path& path);

}  // namespace prodrome::core
