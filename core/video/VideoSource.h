#pragma once
// Frame-exact access to the video stream of one file.
//
// frame(k) returns the k-th picture in presentation order, whatever the GOP
// structure (B-frames, open GOPs, 250+ frame GOPs), frame rate (variable too)
// or codec. It seeks to the last keyframe at or before k, decodes forward
// and matches decoder output to the frame index by timestamp, never by
// floating-point time.
//
// Speed: a jump skips decoding non-reference frames that come before the
// target; a step (a request near the previous one) decodes every frame from
// the keyframe and keeps the whole run in a memory-bounded cache, so stepping
// backwards costs what stepping forwards does. Sequential reads continue the
// running decoder without seeking.
//
// Threading: a VideoSource is not thread-safe; use one per thread (each owns
// its demuxer and decoder, which runs its own FFmpeg worker threads). The
// Frames it returns are immutable and may be read from any thread.

#include "core/Error.h"
#include "core/video/Frame.h"
#include "core/video/FrameIndex.h"
#include "core/video/VideoInfo.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

namespace prodrome::core {

struct VideoSourceOptions {
  int decoderThreads = 0;                 // 0: one per core
  size_t cacheBytes = size_t{768} << 20;  // decoded-picture cache budget
  bool useIndexCache = true;              // read/write the on-disk frame index
  std::filesystem::path indexCacheDir;    // empty: FrameIndexCache's default
  // Called while a new file is indexed, with the fraction of bytes scanned.
  std::function<void(double)> indexProgress;
  // Set to true from another thread to abandon indexing (throws Cancelled).
  const std::atomic<bool>* cancel = nullptr;
};

class VideoSource {
 public:
  enum class Access {
    kAuto,  // kStep when k is within a short distance of the last request, else kJump
    kJump,  // fastest single frame: skip non-reference frames before k
    kStep,  // decode and cache everything from the keyframe (for stepping, playback)
    // Decode forward and cache nothing: for reading a file through once (a
    // forecast, a recording's motion energies). Stepping cached every picture
    // such a read decoded, up to cacheBytes (768 MB) it never read again,
    // and their buffers, freed in another thread than the decoder's that
    // allocated them, kept the heap growing: 1.4 GB for an hour's forecast.
    kStream,
  };

  struct Stats {
    int64_t seeks = 0;
    int64_t packetsSent = 0;
    int64_t framesDecoded = 0;
    int64_t cacheHits = 0;
    int64_t corruptPackets = 0;
    bool indexFromCache = false;
  };

  // Opens, probes and indexes `path`. Throws VideoError naming the file and
  // the cause (missing, not a regular file, empty, no video stream, no
  // decoder, unreadable), or Cancelled.
  explicit VideoSource(const std::filesystem::path& path, VideoSourceOptions options = {});
  ~VideoSource();
  VideoSource(VideoSource&&) noexcept;
  VideoSource& operator=(VideoSource&&) noexcept;
  VideoSource(const VideoSource&) = delete;
  VideoSource& operator=(const VideoSource&) = delete;

  const VideoInfo& info() const;
  const FrameIndex& index() const;
  const std::string& fingerprint() const;
  int64_t frameCount() const;

  // Exact frame k (0 <= k < frameCount()). Throws std::out_of_range for a bad
  // k and VideoError when the data for frame k cannot be decoded.
  Frame frame(int64_t k, Access access = Access::kAuto);

  // The last clean keyframe at or before k, decoded alone: one picture, what
  // a scrubbing view shows at once while frame(k) is decoded (the decoder is
  // left positioned there, so a frame(k) that follows does not seek again).
  Frame keyframeBefore(int64_t k);

  // The frame after the last one returned (frame 0 first), read as kStream;
  // nullopt at the end.
  std::optional<Frame> next();

  // Drops every cached picture (e.g. before handing the source to a batch job).
  void clearCache();
  Stats stats() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace prodrome::core
