#pragma once
// What the review needs from a forecast run's row: its window, stride,
// recordings and starting alarm options, read from the config JSON that
// core::runForecast stores as {"forecast": ForecastConfig::toJson(), ...}.
// Parsed here, with Qt Core alone, so that the review (the GUI's and
// `prodrome review`) does not link the LibTorch side (core/pipeline) just to
// read a few numbers.

#include "core/forecast/AlarmMetrics.h"
#include "core/runs/ForecastMetrics.h"
#include "database/RunStore.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace prodrome::core {

struct ForecastRunInfo {
  qint64 runId = 0;
  database::RunStatus status = database::RunStatus::Pending;
  qint64 model = 0;
  QString modelName;  // the model's name when the project still has it (set by the review), for what people read
  std::vector<qint64> recordings;
  double windowSeconds = 5;  // L
  double strideSeconds = 1;  // s
  QString device;
  AlarmOptions alarms;  // the run's own; the review starts from them
  QString started, ended;
  QJsonObject config;   // the whole stored config, for the report's summary
  ForecastMetrics metrics;  // as stored when the run finished (empty before)

  bool finished() const { return status == database::RunStatus::Succeeded; }
  // The model as people read it: its name, else its id.
  QString modelLabel() const { return modelName.isEmpty() ? QString::number(model) : modelName; }
  // L in frames at `fps`, rounded as runForecast rounds it (windowFramesAt).
  qint64 windowFrames(double fps) const;
};

// Empty, with `error` set, when the run is not a forecast run or its config
// cannot be read. A missing key keeps ForecastConfig's default, as older
// runs may lack newer keys.
std::optional<ForecastRunInfo> parseForecastRun(const database::Run& run, QString* error = nullptr);

}  // namespace prodrome::core
