#pragma once
// The operating point a forecaster was stored with (chosen on validation
// subjects when it was fine-tuned: ml::VideoMAEConfig::decision_threshold and
// decision_consecutive, for windows of its window_seconds and onsets within
// its horizon_seconds) and the map its probabilities are calibrated by, read
// from the weights file's header alone, so a dialog can show what a forecast
// that defers to the model will use.

#include "core/forecast/OperatingPoint.h"
#include "core/forecast/ProbabilityCalibration.h"
#include "core/pipeline/ModelKind.h"
#include "core/runs/ForecastConfig.h"

#include <filesystem>
#include <optional>

namespace prodrome::ml {
struct VideoMAEConfig;
}

namespace prodrome::core {

// The map to calibrated probabilities a model stores (identity: none).
ProbabilityCalibration calibrationOf(const ml::VideoMAEConfig& config);

struct ModelOperatingPoint {
  double threshold = 0.5;
  int consecutive = 1;
  // false: the file stores no architecture (an imported Hugging Face model),
  // and the loader's defaults above are what the forecast uses.
  bool stored = true;
  // Its probabilities are calibrated (ml::VideoMAEConfig::calibration_slope,
  // _offset): the chance of an onset within the horizon, which a threshold
  // typed by hand is then read as.
  bool calibrated = false;
  // The window length and horizon it was fine-tuned for, in seconds
  // (ml::VideoMAEConfig::window_seconds, horizon_seconds); 0: not stored.
  double windowSeconds = 0;
  double horizonSeconds = 0;
  // The post-ictal time its operating point was judged with
  // (ml::VideoMAEConfig::post_ictal_seconds); -1: not stored.
  double postIctalSeconds = -1;
  // The frame rate it was fine-tuned at (ml::VideoMAEConfig::frame_rate: a
  // faster recording is read at it, core/forecast/FrameGrid.h); 0: not stored.
  double frameRate = 0;
  // A threshold just above 1: no threshold met the false-alarm budget, and
  // the model raises no alarm at its own operating point.
  bool neverAlarms() const { return core::neverAlarms(threshold); }
};

// Whether a weights file is a forecaster (ModelKind.h) and its operating
// point, from one read of its header (a list of models reads each file once).
// Unreadable: kind Unreadable and no operating point (the forecast's own load
// then says what is wrong).
struct ForecasterHeader {
  ModelKind kind = ModelKind::Unreadable;
  std::optional<ModelOperatingPoint> operatingPoint;
};
ForecasterHeader readForecasterHeader(const std::filesystem::path& weights);

// `config` with the window length, horizon and post-ictal time the model
// stores, where it defers to the model for them (ForecastConfig::modelWindow,
// modelHorizon, modelPostIctal): what a forecast applies, and stores with its run.
ForecastConfig withTrainedFor(ForecastConfig config, const ModelOperatingPoint& point);

}  // namespace prodrome::core
