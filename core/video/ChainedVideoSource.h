#pragma once
// Frame-exact access across the files of a monitoring period (issue 14 §1):
// a night cut into files by the recorder, read as one video.
//
// A position is a file and a frame in it, so that every frame keeps the
// frame-exact meaning it has in its own file (VideoSource). Stepping ±1 crosses
// a boundary; a time on the chain's clock falls in a file or in a gap.
//
// Speed: files open lazily (opening a night of 24 indexed files costs one
// file's open, not 24). When a read comes within 10 s of a file's end, the
// next file is opened and its first frame decoded on a worker thread, so that
// stepping or playing across the boundary finds it ready; within 10 s of a
// file's start, the previous file likewise (its last frame), for stepping
// back. A seek elsewhere starts no worker. At most three files are open at
// once, each with a third of the decoded-picture budget.
//
// Threading: like VideoSource, one ChainedVideoSource per thread. The worker
// only builds a separate VideoSource and hands it over.
//
// The chain's layout (each file's start on the period's clock, its frame
// count and rate) comes from the caller (core/periods/PeriodLayout with the
// project's recordings): core/video knows files, not projects.

#include "core/video/VideoSource.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace prodrome::core {

struct ChainedFile {
  std::filesystem::path path;
  double startSeconds = 0;  // on the chain's clock (0 = the first file's start)
  std::int64_t frameCount = 0;
  double fps = 0;  // nominal: places a time within the file
};

struct ChainPosition {
  std::size_t file = 0;
  std::int64_t frame = 0;
  bool operator==(const ChainPosition& o) const { return file == o.file && frame == o.frame; }
};

// The arithmetic of positions on a chain, with no file opened, for whoever
// lays a night out (the GUI's period navigation, ChainedVideoSource itself):
// one rule for where a step or a time lands.
//
// The position `delta` frames on, across boundaries (a gap between files is
// skipped: the next frame is the next file's first); nullopt past either end.
std::optional<ChainPosition> chainStep(const std::vector<ChainedFile>& files, ChainPosition p, std::int64_t delta);
// The frame shown at `seconds` on the chain's clock: the frame of the file
// that covers it (where files overlap, the earlier file, as the period's
// forecast reads them), nullopt in a gap or outside the chain.
std::optional<ChainPosition> chainAt(const std::vector<ChainedFile>& files, double seconds);
double chainSecondsOf(const std::vector<ChainedFile>& files, ChainPosition p);

class ChainedVideoSource {
 public:
  // Throws Error when the chain is empty or a file has no frames or rate
  // (nothing is opened yet; a file that cannot be opened throws VideoError
  // naming it when it is first read).
  explicit ChainedVideoSource(std::vector<ChainedFile> files, VideoSourceOptions options = {});
  ~ChainedVideoSource();
  ChainedVideoSource(const ChainedVideoSource&) = delete;
  ChainedVideoSource& operator=(const ChainedVideoSource&) = delete;

  const std::vector<ChainedFile>& files() const { return files_; }

  // Exact frame `p.frame` of file `p.file`; prepares a neighbour near a
  // boundary.
  // Throws std::out_of_range for a position outside the chain.
  Frame frame(ChainPosition p, VideoSource::Access access = VideoSource::Access::kAuto);

  // The file's own reader, opened now or taken from the worker that
  // prepared it (its first or last frame then already decoded), for callers
  // that read one file at a time (the GUI's FrameDecoder); reading through
  // frame() is what prepares the neighbours. Valid until a frame() of a
  // file more than one away. Throws VideoError naming a file that cannot be
  // opened.
  VideoSource& fileSource(std::size_t file) { return source(file); }

  // chainStep, chainAt and chainSecondsOf on this chain's files.
  std::optional<ChainPosition> step(ChainPosition p, std::int64_t delta) const { return chainStep(files_, p, delta); }
  std::optional<ChainPosition> at(double seconds) const { return chainAt(files_, seconds); }
  double secondsOf(ChainPosition p) const { return chainSecondsOf(files_, p); }

  // The files open now (for tests and the benchmark: what is held).
  std::vector<std::size_t> openFiles() const;
  // Whether file `file` is open or prepared and ready without waiting.
  bool isReady(std::size_t file) const;

 private:
  VideoSource& source(std::size_t file);
  void prepare(std::size_t file, bool fromEnd);
  void keepOnly(std::size_t current);

  std::vector<ChainedFile> files_;
  VideoSourceOptions options_;
  std::map<std::size_t, std::unique_ptr<VideoSource>> open_;
  std::map<std::size_t, std::future<std::unique_ptr<VideoSource>>> preparing_;
  std::vector<std::future<void>> retiring_;  // readers being closed on a worker
  // Set at destruction: a worker still indexing gives up (Cancelled).
  std::unique_ptr<std::atomic<bool>> closing_;
};

}  // namespace prodrome::core
