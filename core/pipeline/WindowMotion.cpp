#include "core/pipeline/WindowMotion.h"

#include "core/Progress.h"
#include "core/video/VideoSource.h"
#include "ml/VideoMAEConfig.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <stdexcept>
#include <string>
#include <tuple>

namespace prodrome::core {

static_assert(std::tuple_size_v<synth::MotionFeatures> == ml::kMotionStatistics,
              "a motion_stats head reads exactly the statistics core/synth/MotionBaseline computes");
static_assert(std::size(kMotionScaleFractions) == ml::kMaxMotionScales, "one fraction per time scale");

FrameEnergies::FrameEnergies(int size) : size_(size), square_(static_cast<std::size_t>(size) * size * 3) {
  if (size <= 0) throw std::invalid_argument("frame energies need a positive size");
}

bool FrameEnergies::isKeyframe(const Frame& frame) {
  return frame.picture && (frame.picture->key_frame || frame.picture->pict_type == AV_PICTURE_TYPE_I);
}

void FrameEnergies::push(const Frame& frame, std::int64_t number) {
  converter_.toSquareRgb24(frame, size_, square_.data());
  pushSquare(number, square_.data(), isKeyframe(frame));
}

void FrameEnergies::pushSquare(std::int64_t number, const std::uint8_t* rgb, bool keyframe) {
  if (number != static_cast<std::int64_t>(energies_.size()))
    throw std::logic_error("frame energies: expected frame " + std::to_string(energies_.size()) + ", got frame " +
                           std::to_string(number));
  energies_.push_back(meter_.push(rgb, size_, size_));
  keyframes_.push_back(keyframe ? 1 : 0);
}

std::vector<double> recordingEnergies(const std::filesystem::path& video, int size, const std::atomic<bool>* cancel,
                                      std::vector<std::uint8_t>* keyframes, const FrameGrid& grid) {
  VideoSource source(video);
  FrameEnergies energies(size);
  FrameGridWalk walk(grid);
  while (auto frame = source.next()) {
    if ((frame->number & 255) == 0) throwIfCancelled(cancel);
    if (const auto g = walk.gridFrameOf(frame->number)) energies.push(*frame, *g);
  }
  if (keyframes) *keyframes = energies.keyframes();
  return energies.values();
}

void windowMotion(const std::vector<double>& energies, std::int64_t begin, std::int64_t end, float* out, int scales,
                  int lags) {
  if (begin < 0 || end <= begin || end > static_cast<std::int64_t>(energies.size()))
    throw std::out_of_range("window motion: frames [" + std::to_string(begin) + ", " + std::to_string(end) +
                            ") outside the " + std::to_string(energies.size()) + " frames measured");
  if (scales < 1 || scales > ml::kMaxMotionScales)
    throw std::out_of_range("window motion: " + std::to_string(scales) + " time scales (1 to " +
                            std::to_string(ml::kMaxMotionScales) + ")");
  if (lags < 0 || lags > ml::kMaxMotionLags)
    throw std::out_of_range("window motion: " + std::to_string(lags) + " earlier windows (0 to " +
                            std::to_string(ml::kMaxMotionLags) + ")");
  const std::int64_t length = end - begin;
  for (int lag = 0; lag <= lags; ++lag) {
    const std::int64_t lagBegin = std::max<std::int64_t>(0, begin - lag * length), lagEnd = lagBegin + length;
    for (int s = 0; s < scales; ++s) {
      const auto frames = std::max<std::int64_t>(
          std::min<std::int64_t>(2, length),
          static_cast<std::int64_t>(std::llround(static_cast<double>(length) * kMotionScaleFractions[s])));
      const std::int64_t first = lagEnd - frames;
      const std::span<const double> inside(energies.data() + first + 1, static_cast<std::size_t>(frames - 1));
      const auto f = synth::motionFeatures(inside);
      float* dst = out + (lag * scales + s) * ml::kMotionStatistics;
      for (std::size_t j = 0; j < f.size(); ++j) dst[j] = static_cast<float>(f[j]);
    }
  }
}

}  // namespace prodrome::core
