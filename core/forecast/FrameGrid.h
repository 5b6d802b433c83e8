#pragma once
// The frames of a recording a model reads, when the recording runs faster
// than the video the model was fine-tuned on.
//
// Why: a model's samples (ClipReader::sampleIndices' stride) and its motion
// statistics (consecutive frames' differences) count frames, not seconds. A
// forecaster fine-tuned on 15-fps video that reads a 120-fps camera frame by
// frame sees its 16 samples span 0.13 s instead of 1.07 s and differences
// an eighth as large: not the input its operating point was chosen on. So a
// faster recording is read on a grid at the model's rate: grid frame g is
// the recording frame nearest g / modelFps seconds, and the encoder, the
// statistics and the brief jerks see only grid frames, as if the camera had
// run at the model's rate. Window ends stay recording frames, so the
// timeline, labels and alarms are the recording's own.
//
// A slower recording cannot be read at the model's rate (its missing frames
// cannot be made up): it is read frame by frame, and the forecast says so.
// Rates within kFrameRateTolerance of the model's are read frame by frame.
//
// Training reads the same way: the clips of a fine-tuning or few-shot run
// are read at the median rate of its clips' recordings (ClipCache,
// trainingFrameRate), and the operating point's curves on that rate's grid,
// which the model stores as the rate it was fine-tuned at.

#include <cstdint>
#include <optional>

namespace prodrome::core {

// A recording's frame rate this far (relative) from the model's counts as
// another rate: cameras drift a little (29.97 against 30), not by a tenth.
inline constexpr double kFrameRateTolerance = 0.1;

enum class FrameRateMatch {
  Same,    // within the tolerance, or the model's rate is unknown (0): every frame
  Faster,  // the recording is faster: read on the model's grid
  Slower,  // the recording is slower: every frame, spanning longer times
};
FrameRateMatch frameRateMatch(double recordingFps, double modelFps);

class FrameGrid {
 public:
  // Every frame (step 1).
  FrameGrid() = default;
  // Recording frames per grid frame; throws std::invalid_argument below 1.
  explicit FrameGrid(double step);
  // The grid a recording at `recordingFps` is read on by a model fine-tuned
  // at `modelFps` (frameRateMatch): step recordingFps / modelFps when Faster, 1 otherwise.
  static FrameGrid forRates(double recordingFps, double modelFps);

  double step() const { return step_; }
  bool everyFrame() const { return step_ == 1; }
  // The recording frame grid frame g is read from: round(g · step).
  std::int64_t frameOf(std::int64_t g) const;
  // The first grid frame whose recording frame is at or after `frame` (≥ 0),
  // so a window [begin, end) of recording frames holds grid frames
  // [firstAtOrAfter(begin), firstAtOrAfter(end)).
  std::int64_t firstAtOrAfter(std::int64_t frame) const;
  // The grid frames [first, end) of a window [begin, end) of recording frames.
  struct Span {
    std::int64_t first = 0;
    std::int64_t end = 0;
  };
  Span spanOf(std::int64_t begin, std::int64_t end) const { return {firstAtOrAfter(begin), firstAtOrAfter(end)}; }

 private:
  double step_ = 1;
};

// A recording's frames in decoding order (numbered from 0, none skipped)
// against a grid: the grid frame each one is, or none for a frame off the
// grid (decoded for the stream's sake only).
class FrameGridWalk {
 public:
  explicit FrameGridWalk(FrameGrid grid) : grid_(grid) {}
  std::optional<std::int64_t> gridFrameOf(std::int64_t frame) {
    if (frame < grid_.frameOf(next_)) return std::nullopt;
    return next_++;
  }

 private:
  FrameGrid grid_;
  std::int64_t next_ = 0;  // the grid frame the next frame on the grid will be
};

}  // namespace prodrome::core
