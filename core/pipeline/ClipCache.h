#pragma once
// Decoded, resized clips of one clip set, kept on disk so that training
// epochs, few-shot episodes and experiment cells never decode video again
// (design.md §6). One file per (clip set, T, S, stride, frame rate):
//
//   <cache dir>/set-<id>-T<T>-S<S>[-k<stride>][-r<rate>].pdclips
//     "PDCLIPS1", u32 version, u32 T, u32 S, u32 sampling stride (0: uniform),
//     [version 2: f64 frame rate,] u64 count,
//     count × {i64 clip id, recording id, subject id, start, end, i32 label, i32 species},
//     count × T·S·S·3 bytes (uint8 RGB, the layout ClipReader writes)
//
// and, once a head or the baseline asks for them, "<file>.motion": the same
// header, a line naming the layout, then count × kMotionPerClip float32 (each
// clip's motion statistics over every frame of its window and over its last
// parts, every time scale, then the same for each earlier window of its
// length, core/pipeline/WindowMotion.h).
// They need every frame of each recording decoded, which pre-training never
// pays for.
//
// The file is published atomically and memory-mapped read-only, so several
// datasets and threads can read it at once. It is rebuilt when the clip set's
// rows no longer match its entries (same ids, recordings and frames).
//
// Clips are read at the training frame rate (ClipShape::rate): a recording
// faster than it is read on its frame grid (core/forecast/FrameGrid.h), the
// pixels and the motion statistics alike, as a forecast reads it. Only then
// does the file carry the rate (version 2, "-r<rate>"): a set whose
// recordings are all at the rate reads every frame and is the same file.

#include "core/Progress.h"
#include "core/forecast/FrameGrid.h"
#include "database/ClipStore.h"
#include "database/SubjectStore.h"
#include "ml/VideoMAEConfig.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

// How each clip becomes model input (ClipReader::sampleIndices): T frames of
// S×S, spread evenly (stride 0) or every stride-th frame up to the clip's end,
// counting frames at `rate` frames per second (trainingFrameRate): a
// recording faster than it is read on its frame grid; 0 reads every frame.
struct ClipShape {
  int frames = 16;
  int size = 112;
  int stride = 0;
  double rate = 0;
  friend bool operator==(const ClipShape&, const ClipShape&) = default;
};

struct CachedClipInfo {
  std::int64_t clipId = 0;
  std::int64_t recordingId = 0;
  std::int64_t subjectId = 0;
  std::int64_t startFrame = 0;
  std::int64_t endFrame = 0;
  database::ClipLabel label = database::ClipLabel::Normal;
  database::Species species = database::Species::Human;
  std::string split;  // from the database when the cache was opened (not stored in the file)
};

// The frame rate a model is trained at: the median of the rates of the
// recordings `clips` come from, each counted once (the lower of the middle
// two for an even count); 0 when none has one.
// Clips of faster recordings are read on its frame grid, and a fine-tuned
// model stores it (ml::VideoMAEConfig::frame_rate) for the forecast.
double trainingFrameRate(database::Database& db, const std::vector<CachedClipInfo>& clips);

class ClipCache {
 public:
  ~ClipCache();
  ClipCache(const ClipCache&) = delete;
  ClipCache& operator=(const ClipCache&) = delete;

  // The cache folder beside a project file: "<dir>/<stem>.cache/clips".
  static std::filesystem::path directoryFor(const std::filesystem::path& projectFile);

  // The clip set's rows as the cache lists them (splits and species
  // included), without decoding: what a caller picks its clips by before it
  // knows their frame rate. Throws core::Error for an unknown or empty clip
  // set, or a clip naming a missing recording or subject.
  static std::vector<CachedClipInfo> entries(database::Database& db, std::int64_t clipSetId);

  // Opens the cache of `clipSetId` in `shape` (T frames of S×S, its stride,
  // at its frame rate), decoding what is missing first (progress stage
  // "decode clips"). Throws core::Error for an unknown or empty clip set or
  // a clip holding no frame of its recording's grid, VideoError naming the
  // recording that fails to decode, IoError when the file cannot be written,
  // Cancelled.
  static std::shared_ptr<const ClipCache> ensure(database::Database& db, std::int64_t clipSetId,
                                                 const ClipShape& shape, const std::filesystem::path& directory,
                                                 const StageProgress& progress = {},
                                                 const std::atomic<bool>* cancel = nullptr);
  // Uniform sampling (stride 0).
  static std::shared_ptr<const ClipCache> ensure(database::Database& db, std::int64_t clipSetId, int frames, int size,
                                                 const std::filesystem::path& directory,
                                                 const StageProgress& progress = {},
                                                 const std::atomic<bool>* cancel = nullptr) {
    return ensure(db, clipSetId, ClipShape{frames, size, 0}, directory, progress, cancel);
  }

  std::int64_t count() const { return static_cast<std::int64_t>(infos_.size()); }
  int frames() const { return frames_; }
  int size() const { return size_; }
  int stride() const { return stride_; }
  double rate() const { return rate_; }
  ClipShape shape() const { return {frames_, size_, stride_, rate_}; }
  // The frames of `recordingId` its clips were read on (every frame unless
  // the recording is faster than rate()).
  const FrameGrid& gridOf(std::int64_t recordingId) const { return grids_.at(recordingId); }
  std::size_t clipBytes() const { return static_cast<std::size_t>(frames_) * size_ * size_ * 3; }
  const CachedClipInfo& info(std::int64_t i) const { return infos_.at(static_cast<std::size_t>(i)); }
  const std::vector<CachedClipInfo>& infos() const { return infos_; }
  const std::uint8_t* pixels(std::int64_t i) const;  // clipBytes() bytes
  // Computes the motion statistics (progress stage "motion statistics") or
  // reads them from the sidecar. Thread-safe. Throws VideoError, IoError,
  // Cancelled.
  void ensureMotion(const StageProgress& progress = {}, const std::atomic<bool>* cancel = nullptr) const;
  // kMotionPerClip floats: ml::kMotionStatistics per time scale, the whole
  // window first, every scale of the clip's window then of each earlier
  // window (windowMotion's layout); std::logic_error before ensureMotion().
  const float* motion(std::int64_t i) const;
  static constexpr std::int64_t kMotionScalesPerWindow = ml::kMotionStatistics * ml::kMaxMotionScales;
  static constexpr std::int64_t kMotionPerClip = kMotionScalesPerWindow * (1 + ml::kMaxMotionLags);
  const std::filesystem::path& file() const { return file_; }
  // A line for a run's log: the rate the clips were read at, how many
  // recordings were read on its grid and how many slower ones frame by frame
  // (their clips span more time); empty when every recording is at the rate.
  std::string gridLine() const;
  bool reused() const { return reused_; }  // true when nothing had to be decoded

 private:
  ClipCache() = default;

  std::filesystem::path file_;
  int frames_ = 0;
  int size_ = 0;
  int stride_ = 0;
  double rate_ = 0;
  std::vector<CachedClipInfo> infos_;
  std::map<std::int64_t, FrameGrid> grids_;
  std::map<std::int64_t, double> recordingFps_;
  const std::uint8_t* data_ = nullptr;  // start of the pixel section inside the mapping
  std::string header_;                  // of the pixel file; also opens the motion sidecar
  std::map<std::int64_t, std::string> recordingPaths_;
  mutable std::mutex motionMutex_;
  mutable std::vector<float> motion_;  // empty until ensureMotion()
  void* mapping_ = nullptr;
  std::size_t mappingBytes_ = 0;
  bool reused_ = false;
};

}  // namespace prodrome::core
