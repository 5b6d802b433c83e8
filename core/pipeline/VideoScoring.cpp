#include "core/pipeline/VideoScoring.h"

#include "core/Error.h"
#include "core/forecast/ProbabilityCalibration.h"
#include "core/pipeline/BriefJerks.h"
#include "core/pipeline/ModelOperatingPoint.h"
#include "core/pipeline/WindowMotion.h"
#include "core/video/ClipReader.h"
#include "core/video/FrameConverter.h"
#include "core/video/VideoSource.h"
#include "ml/ClipBatcher.h"
#include "ml/GroupStandardise.h"
#include "ml/Precision.h"
#include "ml/PrecisionCasts.h"
#include "ml/VideoMAEConfig.h"

#include <cstring>
#include <optional>
#include <unordered_map>

namespace prodrome::core {

namespace {

// Stops the forecast when some window's row (features or probability; row i
// is window points[offset + i]) is NaN or infinite, naming the video and the
// first such window: a NaN probability never crosses a threshold, so the
// forecast would otherwise go on, raise no alarm over those windows and look
// like a quiet recording.
// Weights are checked when loaded (ml/WeightPlan.cpp); this catches a model
// whose arithmetic overflows on these frames.
void requireFinite(const torch::Tensor& rows, const std::vector<ForecastPoint>& points, std::size_t offset,
                   const std::filesystem::path& video, const char* what) {
  if (rows.numel() == 0) return;
  const auto bad = torch::isfinite(rows.reshape({rows.size(0), -1})).all(1).logical_not().nonzero().squeeze(-1);
  if (bad.numel() == 0) return;
  const auto first = bad[0].item<std::int64_t>();
  throw Error("forecast of '" + video.string() + "': the model's " + what + " are NaN or infinite at " +
              std::to_string(bad.numel()) + " of " + std::to_string(rows.size(0)) +
              " windows (the first ending at frame " +
              std::to_string(points.at(offset + static_cast<std::size_t>(first)).windowEndFrame) +
              "): its weights are unusable on this video");
}

}  // namespace

torch::Tensor headProbabilities(ml::VideoMAEClassifier& model, const torch::Tensor& headInputs,
                                const torch::Device& device) {
  torch::NoGradGuard noGrad;
  // scoreVideo's precision, so the numbers are the same as its own.
  ml::PrecisionGuard precision(ml::resolvePrecision(ml::kDefaultPrecision, device));
  // The sigmoid in double: in float it is exactly 1 beyond a logit of about
  // 17, and the windows an operating point must rank against each other
  // (the most pre-ictal-looking ones) would tie there.
  return torch::sigmoid(model->headLogits(headInputs.to(device)).squeeze(-1).to(torch::kCPU, torch::kDouble))
      .contiguous();
}

std::vector<ForecastPoint> scoreVideo(ml::VideoMAEClassifier& model, const std::filesystem::path& video,
                                      const WindowScan& scan, const torch::Device& device,
                                      const JobCallbacks& callbacks, torch::Tensor* headInputs, std::vector<int>* jerks,
                                      const EncodedWindows::OfRecording* known) {
  if (scan.windowFrames < 1 || scan.strideFrames < 1) throw Error("forecast window and stride must be positive");
  if (known && !model->config().recording_norm)
    throw std::logic_error("known window features serve a recording_norm model's head only");
  VideoSource source(video);
  const std::int64_t n = source.frameCount();
  std::vector<ForecastPoint> points;
  if (n < scan.windowFrames) {
    // No window: an empty table of the head's width, so that what reads the
    // head inputs (selection, the motion baseline) reads none.
    if (headInputs && model->config().recording_norm)
      *headInputs = torch::empty({0, model->config().headInputDim()}, torch::kFloat);
    if (jerks) jerks->clear();
    return points;
  }

  // Window ends (recording frames), the grid frames [gridBegin, gridEnd) of
  // each window and the grid frames each samples. On every frame's grid
  // (the usual case) grid frames are recording frames.
  const FrameGrid& grid = scan.grid;
  std::vector<std::int64_t> ends, gridBegin, gridEnd;
  for (std::int64_t e = scan.windowFrames; e <= n; e += scan.strideFrames) {
    ends.push_back(e);
    const auto span = grid.spanOf(e - scan.windowFrames, e);
    gridBegin.push_back(span.first);
    gridEnd.push_back(span.end);
  }
  std::vector<std::vector<std::int64_t>> samples(ends.size());
  std::unordered_map<std::int64_t, std::size_t> lastUse;  // grid frame -> last window index that samples it
  for (std::size_t w = 0; w < ends.size(); ++w) {
    samples[w] = ClipReader::sampleIndices(gridBegin[w], gridEnd[w], scan.frames, scan.sampleStride);
    for (auto g : samples[w]) lastUse[g] = w;
  }

  const std::size_t frameBytes = static_cast<std::size_t>(scan.size) * scan.size * 3;
  std::unordered_map<std::int64_t, std::vector<std::uint8_t>> kept;
  FrameConverter converter(video.string());
  ml::BatchOptions prep;
  prep.crop_size = scan.size;
  model->eval();
  torch::NoGradGuard noGrad;
  // bf16 matrix products where the hardware has them (ml/Precision.h): the
  // same choice the trainers make, 1.7-3.9x faster forward passes on CPU.
  ml::PrecisionGuard precision(ml::resolvePrecision(ml::kDefaultPrecision, device));

  // A recording_norm model's head reads each window's features against the
  // whole recording's: they are kept and scored once every window is in
  // (192-576 floats a window: a night at one window a second is ~100 MB).
  const bool recordingNorm = model->config().recording_norm;
  // A motion_stats head also reads each window's frame-difference statistics
  // over all its frames, from every frame's energy (core/pipeline/WindowMotion.h).
  const bool motionStats = model->config().motion_stats;
  std::optional<FrameEnergies> energies;
  if (motionStats) energies.emplace(scan.size);
  std::vector<torch::Tensor> features;
  std::vector<std::size_t> pending;  // windows ready to score
  // The pending windows whose features `known` lacks, as one batch.
  auto batchOf = [&](const std::vector<std::size_t>& windows) {
    std::vector<torch::Tensor> clips;
    for (auto w : windows) {
      auto frames = torch::empty({scan.frames, scan.size, scan.size, 3}, torch::kUInt8);
      auto* dst = frames.data_ptr<std::uint8_t>();
      for (int i = 0; i < scan.frames; ++i)
        std::memcpy(dst + i * frameBytes, kept.at(samples[w][i]).data(), frameBytes);
      clips.push_back(ml::prepareClip(frames, prep, 0));
    }
    return torch::stack(clips).to(device);
  };
  const auto knownFeatures = [&](std::size_t w) -> const torch::Tensor* {
    if (!known) return nullptr;
    const auto it = known->find({ends[w] - scan.windowFrames, ends[w]});
    return it == known->end() ? nullptr : &it->second;
  };
  auto scoreBatch = [&] {
    if (pending.empty()) return;
    if (recordingNorm) {
      auto pooled =
          torch::empty({static_cast<std::int64_t>(pending.size()), model->config().pooledDim()}, torch::kFloat);
      std::vector<std::size_t> unknown;
      std::vector<std::int64_t> unknownRows;
      for (std::size_t i = 0; i < pending.size(); ++i) {
        if (const auto* f = knownFeatures(pending[i])) {
          pooled[static_cast<std::int64_t>(i)].copy_(*f);
        } else {
          unknown.push_back(pending[i]);
          unknownRows.push_back(static_cast<std::int64_t>(i));
        }
      }
      if (!unknown.empty())
        pooled.index_copy_(0, torch::tensor(unknownRows, torch::kLong),
                           model->features(batchOf(unknown)).to(torch::kCPU, torch::kFloat));
      if (motionStats) {
        const auto width = model->config().motionFeatureCount();
        auto motion = torch::empty({static_cast<std::int64_t>(pending.size()), width}, torch::kFloat);
        for (std::size_t i = 0; i < pending.size(); ++i)
          windowMotion(energies->values(), gridBegin[pending[i]], gridEnd[pending[i]],
                       motion.data_ptr<float>() + i * width, static_cast<int>(model->config().motion_scales),
                       static_cast<int>(model->config().motion_lags));
        pooled = torch::cat({pooled, motion}, 1);
      }
      features.push_back(std::move(pooled));
      for (auto w : pending) points.push_back({ends[w], 0.0});  // scored below
    } else {
      const auto probabilities =
          torch::sigmoid(model->forward(batchOf(pending)).squeeze(-1).to(torch::kCPU, torch::kDouble)).contiguous();
      const double* p = probabilities.data_ptr<double>();
      const auto first = points.size();
      for (std::size_t i = 0; i < pending.size(); ++i) points.push_back({ends[pending[i]], p[i]});
      requireFinite(probabilities, points, first, video, "probabilities");
    }
    for (auto w : pending)
      for (auto k : samples[w])
        if (lastUse.at(k) == w) kept.erase(k);
    pending.clear();
  };

  std::size_t nextWindow = 0;
  FrameGridWalk walk(grid);
  while (nextWindow < ends.size()) {
    throwIfCancelled(callbacks.cancel);
    auto frame = source.next();
    if (!frame) break;
    // Frames off the grid are decoded (the stream needs it) and nothing else.
    const auto onGrid = walk.gridFrameOf(frame->number);
    if (!onGrid) continue;
    const std::int64_t g = *onGrid;
    if (lastUse.count(g)) {
      auto& buffer = kept[g];
      buffer.resize(frameBytes);
      converter.toSquareRgb24(*frame, scan.size, buffer.data());
      if (energies) energies->pushSquare(g, buffer.data(), FrameEnergies::isKeyframe(*frame));
    } else if (energies) {
      energies->push(*frame, g);
    }
    // Window w is complete once its last sample (< its end) has been read,
    // and with motion statistics its last frame.
    while (nextWindow < ends.size() && (motionStats ? gridEnd[nextWindow] - 1 : samples[nextWindow].back()) <= g) {
      pending.push_back(nextWindow++);
      if (static_cast<int>(pending.size()) >= scan.batchSize) {
        scoreBatch();
        if (callbacks.stage) {
          char line[96];
          std::snprintf(line, sizeof line, "%zu/%zu windows", points.size(), ends.size());
          callbacks.stage("forecast", static_cast<double>(points.size()) / ends.size(), line);
        }
      }
    }
  }
  scoreBatch();
  if (points.size() != ends.size())
    throw VideoError(video.string(), "decoding stopped after " + std::to_string(points.size()) + " of " +
                                         std::to_string(ends.size()) + " windows");
  if (recordingNorm && !features.empty()) {
    // One copy of the recording's features at a time: the batches, joined,
    // then standardised (a day at one window a second is ~200 MB each).
    auto all = torch::cat(features);
    features.clear();
    requireFinite(all, points, 0, video, "features");
    const auto standardised = ml::standardiseWithinGroups(all, std::vector<std::int64_t>(points.size(), 0));
    all.reset();
    if (headInputs) *headInputs = standardised;
    const auto probabilities = headProbabilities(model, standardised, device);
    const double* p = probabilities.data_ptr<double>();
    for (std::size_t i = 0; i < points.size(); ++i) points[i].probability = p[i];
  }
  if (motionStats && (jerks || model->config().jerk_weight > 0)) {
    const double fps = source.info().frameRate.value() / grid.step();  // the grid's
    if (!(fps > 0)) throw VideoError(video.string(), "has no frame rate to time brief jerks by");
    const auto known = briefJerks(energies->values(), energies->keyframes(), fps);
    std::vector<int> counts(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) counts[i] = jerksInWindow(known, gridBegin[i], gridEnd[i]);
    if (const double weight = model->config().jerk_weight; weight > 0)
      for (std::size_t i = 0; i < points.size(); ++i)
        points[i].probability = withJerks(points[i].probability, counts[i], weight);
    if (jerks) *jerks = std::move(counts);
  }
  const auto calibration = calibrationOf(model->config());
  if (!calibration.isIdentity())
    for (auto& point : points) point.probability = calibration.apply(point.probability);
  if (callbacks.stage) callbacks.stage("forecast", 1.0, std::to_string(points.size()) + " windows");
  return points;
}

}  // namespace prodrome::core
