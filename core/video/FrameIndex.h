#pragma once
// The frame index of one video stream: frame k is the k-th picture in
// presentation order. Built once by scanning packets (no decoding), then kept
// on disk (FrameIndexCache) so that reopening an hour-long file is instant.

extern "C" {
#include <libavutil/rational.h>
}

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace prodrome::core {

struct FrameIndexEntry {
  int64_t pts = 0;          // presentation time, stream time base (the sort key)
  int64_t dts = 0;          // decode time, or kNoTimestamp
  int64_t pos = -1;         // byte offset of the packet, -1 when unknown
  int64_t decodeOrder = 0;  // ordinal of the packet in the stream
  int64_t duration = 0;     // packet duration in time base units, 0 when unknown
  bool keyframe = false;    // the demuxer's keyframe flag
};

class FrameIndex {
 public:
  static constexpr int64_t kNoTimestamp = INT64_MIN;  // == AV_NOPTS_VALUE

  // How output frames are matched to index entries. kPts: by presentation
  // timestamp (the normal case). kOrdinal: by counting decoder output, for
  // streams without a pts on every packet (AVI with B-frames, raw streams)
  // or with duplicate pts. The decoder's timestamps are then guesses shifted
  // by its reorder delay, and the display position of a keyframe is unknown
  // (B-frames before it may follow it in decode order), so frames are
  // counted from the start of the stream: exact, but a random access decodes
  // from the start (fine for clip-length files; remux long ones to MP4/MKV).
  enum class Matching : uint8_t { kPts = 0, kOrdinal = 1 };

  FrameIndex() = default;
  FrameIndex(std::vector<FrameIndexEntry> framesInPresentationOrder, AVRational timeBase, int streamIndex,
             Matching matching);

  int64_t size() const { return static_cast<int64_t>(frames_.size()); }
  bool empty() const { return frames_.empty(); }
  const FrameIndexEntry& operator[](int64_t k) const { return frames_[static_cast<size_t>(k)]; }
  const std::vector<FrameIndexEntry>& frames() const { return frames_; }
  const std::vector<int64_t>& keyframes() const { return keyframes_; }  // frame numbers, ascending
  AVRational timeBase() const { return timeBase_; }
  int streamIndex() const { return streamIndex_; }
  Matching matching() const { return matching_; }

  // Frame number whose pts equals `pts`, or -1.
  int64_t frameForPts(int64_t pts) const;
  // Frame number whose presentation interval contains `pts` (the last frame
  // with pts <= t), clamped to [0, size-1]; -1 when empty.
  int64_t frameAtOrBefore(int64_t pts) const;
  // Position (in keyframes()) of the keyframe to start decoding from to reach
  // frame k: the last keyframe at or before k in presentation order. Frame 0's
  // entry always serves, as decoding from the stream start reaches it.
  size_t keyframeSlotFor(int64_t k) const;

  // Seconds from the first frame's pts to frame k's pts.
  double secondsOf(int64_t k) const;
  // Presentation span of the whole stream in seconds (last pts + its duration).
  double durationSeconds() const;
  // Nominal frame rate estimated from the timestamps, and whether the
  // intervals vary by more than a tick (variable frame rate).
  AVRational estimatedFrameRate() const;
  bool variableFrameRate() const;
  // How far frame numbers read at a constant `fps` stray from the file's own
  // clock: the largest |k / fps - secondsOf(k)|, and the first frame where it
  // is reached. Zero for a constant-rate stream read at its rate; seconds for
  // one whose recorder dropped a stretch of frames.
  struct ClockDrift {
    double seconds = 0;
    int64_t frame = 0;
  };
  ClockDrift clockDrift(double fps) const;

  // Binary (de)serialisation for the on-disk cache. deserialize throws
  // std::runtime_error on anything malformed.
  std::string serialize() const;
  static FrameIndex deserialize(const std::string& bytes);

 private:
  void buildKeyframeList();

  std::vector<FrameIndexEntry> frames_;
  std::vector<int64_t> keyframes_;
  AVRational timeBase_{1, 1};
  int streamIndex_ = -1;
  Matching matching_ = Matching::kPts;
};

}  // namespace prodrome::core
