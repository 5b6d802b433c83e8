#pragma once
// The forecast run the review suites open: stored the way core::runForecast
// stores one (a "forecast" run whose config is {"forecast":
// ForecastConfig::toJson()}, predictions per window end), with a curve made
// by hand so that every alarm's outcome is known (ReviewTest.cpp says which).

#include "core/runs/ForecastMetrics.h"
#include "database/Database.h"
#include "database/RunStore.h"

#include <QtGlobal>

#include <string>
#include <vector>

namespace prodrome::test {

// A run config naming `recordings`, window 5 s, stride 1 s, horizon 2 s.
std::string forecastConfig(const std::vector<qint64>& recordings, double threshold);
// Window ends 150, 180, ..., 660 of the 660-frame fixture; p = 0.1 except
// 210: 0.80, 360: 0.90, 390: 0.85, 510: 0.95, 600: 0.70.
qint64 addForecastRun(database::Database& db, qint64 recordingId, database::RunStatus status);
// Gives the run a motion baseline as core::runForecast stores one: `metrics`
// (whose motionBaseline holds its operating point) and, beside every window,
// its curve 1 - p: low just before the seizure, high where the model is low.
void addMirroredMotionBaseline(database::Database& db, qint64 run, const core::ForecastMetrics& metrics);

}  // namespace prodrome::test
