#pragma once
// Scoring the windows of one video file with a fine-tuned classifier: the
// part of a forecast (Forecasting.h) that runs the model.
//
// The video is decoded once, front to back: each frame that some window
// samples is converted to the model's S×S input once and kept only until
// the last window that needs it has been scored.

#include "core/forecast/AlarmMetrics.h"
#include "core/forecast/FrameGrid.h"
#include "core/pipeline/EncodedWindows.h"
#include "core/pipeline/JobCallbacks.h"
#include "ml/VideoMAE.h"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace prodrome::core {

struct WindowScan {
  std::int64_t windowFrames = 0;
  std::int64_t strideFrames = 0;
  int frames = 16;       // T
  int size = 112;        // S
  int sampleStride = 0;  // ClipReader::sampleIndices: 0 uniform over the window
  int batchSize = 16;
  // The recording frames the model reads: every frame, or the model's rate's
  // grid on a faster recording (core/forecast/FrameGrid.h). Window and
  // stride frames are the recording's either way; samples, statistics and
  // brief jerks count grid frames.
  FrameGrid grid;
};

// Probabilities for every window end of one video file. Progress stage
// "forecast"; throws Cancelled, VideoError. For a recording_norm model,
// `headInputs` (when given) receives what its head read: [windows,
// headInputDim], standardised over the recording, on the CPU (no rows for a
// video shorter than one window). For a
// motion_stats model, `jerks` (when given) receives each window's brief
// jerks (core/pipeline/BriefJerks.h), and a model with a jerk_weight
// combines them with its head's probability (withJerks). Last, a model's
// calibration (calibration_slope and _offset, ProbabilityCalibration.h) maps
// each to the chance of an onset within the horizon, the scale its
// decision_threshold is on. A recording_norm model's windows found in
// `known` (features this model's encoder gave for the same frames, sampled as
// `scan` samples them, on the same grid: EncodedWindows.h) are not encoded
// again.
std::vector<ForecastPoint> scoreVideo(ml::VideoMAEClassifier& model, const std::filesystem::path& video,
                                      const WindowScan& scan, const torch::Device& device,
                                      const JobCallbacks& callbacks = {}, torch::Tensor* headInputs = nullptr,
                                      std::vector<int>* jerks = nullptr,
                                      const EncodedWindows::OfRecording* known = nullptr);

// A recording_norm model's head's probabilities from what it read
// (scoreVideo's `headInputs`): the numbers scoreVideo gives, before a
// jerk_weight combines them with the windows' jerks.
torch::Tensor headProbabilities(ml::VideoMAEClassifier& model, const torch::Tensor& headInputs,
                                const torch::Device& device);

}  // namespace prodrome::core
