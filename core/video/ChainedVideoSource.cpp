#include "core/video/ChainedVideoSource.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <string>

namespace prodrome::core {

namespace {

// The previous, current and next file share the budget of one VideoSource.
constexpr std::size_t kOpenAtOnce = 3;
// A neighbour is prepared when a read comes this close to the boundary: early
// enough to open, index and decode while the frames before it play, late
// enough that a seek anywhere does not set a worker decoding beside it.
constexpr double kLeadSeconds = 10.0;

}  // namespace

ChainedVideoSource::ChainedVideoSource(std::vector<ChainedFile> files, VideoSourceOptions options)
    : files_(std::move(files)), options_(std::move(options)), closing_(std::make_unique<std::atomic<bool>>(false)) {
  if (files_.empty()) throw Error("a chain of videos needs at least one file");
  for (const auto& f : files_) {
    if (f.frameCount <= 0 || !(f.fps > 0))
      throw Error("cannot chain video '" + f.path.string() + "': its frame count and rate are not known (index it first)");
  }
  options_.cacheBytes = std::max<std::size_t>(options_.cacheBytes / kOpenAtOnce, std::size_t{32} << 20);
}

ChainedVideoSource::~ChainedVideoSource() {
  closing_->store(true);
  for (auto& retired : retiring_) retired.wait();
  for (auto& [file, pending] : preparing_) {
    if (pending.valid()) pending.wait();  // a worker indexing gives up at once (Cancelled)
  }
}

VideoSource& ChainedVideoSource::source(std::size_t file) {
  if (const auto it = open_.find(file); it != open_.end()) return *it->second;
  std::unique_ptr<VideoSource> opened;
  if (const auto pending = preparing_.find(file); pending != preparing_.end()) {
    auto future = std::move(pending->second);
    preparing_.erase(pending);
    opened = future.get();  // rethrows the worker's VideoError naming the file
  } else {
    opened = std::make_unique<VideoSource>(files_[file].path, options_);
  }
  return *open_.emplace(file, std::move(opened)).first->second;
}

void ChainedVideoSource::prepare(std::size_t file, bool fromEnd) {
  if (file >= files_.size() || open_.count(file) || preparing_.count(file)) return;
  const std::int64_t first = fromEnd ? files_[file].frameCount - 1 : 0;
  VideoSourceOptions options = options_;
  options.indexProgress = nullptr;  // the caller's callback is not for another thread
  options.cancel = closing_.get();
  const std::filesystem::path path = files_[file].path;
  preparing_.emplace(file, std::async(std::launch::async, [path, options, first] {
                       auto prepared = std::make_unique<VideoSource>(path, options);
                       // The frame next to the boundary decoded and cached: a
                       // step across it is a cache hit.
                       prepared->frame(first, VideoSource::Access::kStep);
                       return prepared;
                     }));
}

void ChainedVideoSource::keepOnly(std::size_t current) {
  const auto near = [current](std::size_t f) { return f + 1 >= current && f <= current + 1; };
  // Closing a reader frees its decoder and cached pictures, about 30 ms for
  // 720p: on a worker, not in the step that crossed the boundary.
  retiring_.erase(std::remove_if(retiring_.begin(), retiring_.end(),
                                 [](const std::future<void>& f) {
                                   return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
                                 }),
                  retiring_.end());
  for (auto it = open_.begin(); it != open_.end();) {
    if (near(it->first)) {
      ++it;
      continue;
    }
    retiring_.push_back(std::async(std::launch::async, [gone = std::move(it->second)]() mutable { gone.reset(); }));
    it = open_.erase(it);
  }
  // A file prepared for a position the user has jumped away from is dropped
  // once its worker is done (its future would block here otherwise).
  for (auto it = preparing_.begin(); it != preparing_.end();) {
    const bool done = it->second.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    it = (!near(it->first) && done) ? preparing_.erase(it) : std::next(it);
  }
}

Frame ChainedVideoSource::frame(ChainPosition p, VideoSource::Access access) {
  if (p.file >= files_.size() || p.frame < 0 || p.frame >= files_[p.file].frameCount)
    throw std::out_of_range("frame " + std::to_string(p.frame) + " of file " + std::to_string(p.file + 1) +
                            " is outside the chain");
  Frame f = source(p.file).frame(p.frame, access);
  keepOnly(p.file);
  const ChainedFile& here = files_[p.file];
  const auto lead = static_cast<std::int64_t>(std::ceil(kLeadSeconds * here.fps));
  if (p.frame >= here.frameCount - lead) prepare(p.file + 1, false);
  if (p.frame < lead && p.file > 0) prepare(p.file - 1, true);
  return f;
}

std::optional<ChainPosition> chainStep(const std::vector<ChainedFile>& files, ChainPosition p, std::int64_t delta) {
  if (p.file >= files.size()) return std::nullopt;
  std::int64_t frame = p.frame + delta;
  std::size_t file = p.file;
  while (frame >= files[file].frameCount) {
    frame -= files[file].frameCount;
    if (++file == files.size()) return std::nullopt;
  }
  while (frame < 0) {
    if (file == 0) return std::nullopt;
    --file;
    frame += files[file].frameCount;
  }
  return ChainPosition{file, frame};
}

std::optional<ChainPosition> chainAt(const std::vector<ChainedFile>& files, double seconds) {
  for (std::size_t i = 0; i < files.size(); ++i) {
    const ChainedFile& f = files[i];
    const double into = seconds - f.startSeconds;
    if (into < 0 || into >= static_cast<double>(f.frameCount) / f.fps) continue;
    // A hair of tolerance so that a frame's own start time maps to it.
    const auto frame = static_cast<std::int64_t>(std::floor(into * f.fps + 1e-6));
    return ChainPosition{i, std::min(frame, f.frameCount - 1)};
  }
  return std::nullopt;
}

double chainSecondsOf(const std::vector<ChainedFile>& files, ChainPosition p) {
  const ChainedFile& f = files.at(p.file);
  return f.startSeconds + static_cast<double>(p.frame) / f.fps;
}

std::vector<std::size_t> ChainedVideoSource::openFiles() const {
  std::vector<std::size_t> out;
  for (const auto& [file, source] : open_) out.push_back(file);
  return out;
}

bool ChainedVideoSource::isReady(std::size_t file) const {
  if (open_.count(file)) return true;
  const auto it = preparing_.find(file);
  return it != preparing_.end() && it->second.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

}  // namespace prodrome::core
