#pragma once
// Frame-difference statistics of a whole window at the full frame rate: what
// a motion_stats head reads beside the encoder's tokens and the few-shot
// motion baseline reads alone (issue 12). The encoder sees 16 frames, about
// a second at stride 1; a twitch lasts 2-3 frames and the pre-ictal arrest
// shows over seconds, so the statistics read every frame of the 5-s window
// (on the demo's held-out patients, motion statistics alone: window ROC-AUC
// 0.87 over the last 16 frames, 0.90 over the whole window).
//
// Energy of frame k: synth::MotionMeter on the centre square scaled to the
// model's input size (the picture the encoder sees), frame k against frame
// k − 1; 0 for frame 0. The clip cache and the forecast both compute a
// recording's energies with FrameEnergies and a window's statistics with
// windowMotion, so a cached clip and the forecast window with the same frames
// give the same numbers.

#include "core/forecast/FrameGrid.h"
#include "core/synth/MotionMeter.h"
#include "core/video/Frame.h"
#include "core/video/FrameConverter.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <vector>

namespace prodrome::core {

class FrameEnergies {
 public:
  explicit FrameEnergies(int size);
  // The next frame of the recording (frames in order from 0, none skipped:
  // throws std::logic_error naming the frame otherwise).
  void push(const Frame& frame) { push(frame, frame.number); }
  // The same, numbered `number` rather than the decoder's count: the frames
  // of a frame grid (core/forecast/FrameGrid.h) are numbered on the grid.
  void push(const Frame& frame, std::int64_t number);
  // The same, for a frame already converted to size × size RGB24.
  void pushSquare(std::int64_t number, const std::uint8_t* rgb, bool keyframe = false);
  // values()[k]: the energy of frame k.
  const std::vector<double>& values() const { return energies_; }
  // keyframes()[k] != 0: the decoder marked frame k a keyframe (its energy
  // may hold the codec's pulse rather than movement: core/pipeline/BriefJerks.h).
  const std::vector<std::uint8_t>& keyframes() const { return keyframes_; }
  // Whether the decoder marked `frame` a keyframe.
  static bool isKeyframe(const Frame& frame);
  int size() const { return size_; }

 private:
  int size_;
  FrameConverter converter_;
  synth::MotionMeter meter_;
  std::vector<std::uint8_t> square_;
  std::vector<double> energies_;
  std::vector<std::uint8_t> keyframes_;
};

// Every frame of `video` on `grid` (every frame by default), read forward
// once, value k the energy of grid frame k against grid frame k − 1;
// `keyframes` (when given) receives FrameEnergies::keyframes(). Throws
// VideoError naming the file, Cancelled.
std::vector<double> recordingEnergies(const std::filesystem::path& video, int size,
                                      const std::atomic<bool>* cancel = nullptr,
                                      std::vector<std::uint8_t>* keyframes = nullptr, const FrameGrid& grid = {});

// The part of a window each time scale of the statistics reads: scale s is
// the window's last kMotionScaleFractions[s] (at least two frames), so a 5-s
// window gives 5, 2 and 1 s. Fractions, not seconds: a model trained on 5-s
// windows at 15 fps reads the same parts of a 5-s window at 30 fps.
inline constexpr double kMotionScaleFractions[] = {1.0, 0.4, 0.2};

// The motion statistics (synth::motionFeatures) of the frames begin + 1 ..
// end − 1 against their predecessors (the window [begin, end) and nothing
// before it), then of each further scale's last part of it; with lags, the
// same again for each earlier window of the same length, lag k ending k
// window lengths before `end`. A window too near the recording's start to
// have a lag k reads the recording's first window of that length instead:
// the nearest history there is, and the same in a clip and in a forecast.
// Writes (1 + lags) × scales × ml::kMotionStatistics floats, lag-major
// (zeros for a part of one frame). Throws std::out_of_range when the window
// is outside `energies`, scales is not 1 .. ml::kMaxMotionScales or lags not
// 0 .. ml::kMaxMotionLags.
void windowMotion(const std::vector<double>& energies, std::int64_t begin, std::int64_t end, float* out, int scales = 1,
                  int lags = 0);

}  // namespace prodrome::core
