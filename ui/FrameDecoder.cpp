#include "ui/FrameDecoder.h"

#include "core/video/FrameConverter.h"
#include "core/video/VideoSource.h"
#include "ui/FrameImage.h"

#include <QMetaObject>
#include <QTransform>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace prodrome::ui {

namespace {

// A seek this close to the last frame shown is served exactly at once: the
// decoder continues or the cache has it, so a preview would only flicker.
constexpr std::int64_t kNearWindow = 16;
// Frames decoded and converted ahead, in the direction of the last steps,
// while the worker is idle: the next step is then only a paint.
constexpr int kAhead = 3;
// Budget of the backward prefetch store (one long GOP of 1080p fits).
constexpr size_t kPrefetchBytes = size_t{768} << 20;

size_t pictureBytes(const core::Frame& f) {
  size_t bytes = 0;
  if (!f.picture) return 0;
  for (int i = 0; i < AV_NUM_DATA_POINTERS && f.picture->buf[i]; ++i) bytes += f.picture->buf[i]->size;
  return bytes;
}

}  // namespace

double VideoMeta::secondsOf(std::int64_t k) const {
  if (index && !index->empty()) return index->secondsOf(std::clamp<std::int64_t>(k, 0, index->size() - 1));
  return fps > 0 ? static_cast<double>(k) / fps : 0.0;
}

std::int64_t VideoMeta::frameAtSeconds(double seconds) const {
  if (!index || index->empty()) return fps > 0 ? static_cast<std::int64_t>(std::floor(seconds * fps + 1e-9)) : 0;
  const AVRational tb = index->timeBase();
  const std::int64_t first = (*index)[0].pts;
  const auto ticks = static_cast<std::int64_t>(std::llround(seconds * tb.den / std::max(1, tb.num)));
  return index->frameAtOrBefore(first + ticks);
}

// ------------------------------------------------------------ prefetch

// Frames of the GOP before the one being stepped through, decoded by the
// prefetch thread with a VideoSource of its own. Frames are immutable, so the
// main worker may hand them out while the prefetcher keeps decoding.
class PrefetchStore {
 public:
  std::optional<core::Frame> find(std::int64_t k) {
    std::lock_guard lock(mutex_);
    auto it = frames_.find(k);
    if (it == frames_.end()) return std::nullopt;
    return it->second;
  }
  // false when over budget (the prefetcher stops there).
  bool put(const core::Frame& f) {
    std::lock_guard lock(mutex_);
    if (bytes_ > kPrefetchBytes) return false;
    bytes_ += pictureBytes(f);
    frames_.emplace(f.number, f);
    return true;
  }
  // Keeps [lo, hi) and drops everything else.
  void keepOnly(std::int64_t lo, std::int64_t hi) {
    std::lock_guard lock(mutex_);
    for (auto it = frames_.begin(); it != frames_.end();) {
      if (it->first < lo || it->first >= hi) {
        bytes_ -= pictureBytes(it->second);
        it = frames_.erase(it);
      } else {
        ++it;
      }
    }
  }
  void clear() { keepOnly(0, 0); }

 private:
  std::mutex mutex_;
  std::map<std::int64_t, core::Frame> frames_;
  size_t bytes_ = 0;
};

class Prefetcher {
 public:
  explicit Prefetcher(PrefetchStore& store) : store_(store), thread_([this] { run(); }) {}
  ~Prefetcher() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }

  void setFile(const std::string& path) {
    std::lock_guard lock(mutex_);
    path_ = path;
    range_.reset();
    ++serial_;
    cv_.notify_all();
  }
  // Decode [lo, hi) unless that is already the range.
  void prefetch(std::int64_t lo, std::int64_t hi) {
    std::lock_guard lock(mutex_);
    if (done_ == std::pair{lo, hi} || range_ == std::pair{lo, hi}) return;
    range_ = std::pair{lo, hi};
    ++serial_;
    cv_.notify_all();
  }

 private:
  void run() {
    std::unique_ptr<core::VideoSource> source;
    std::string openPath;
    for (;;) {
      std::unique_lock lock(mutex_);
      cv_.wait(lock, [&] { return stop_ || range_.has_value() || (path_ != openPath); });
      if (stop_) return;
      const std::string path = path_;
      const auto range = range_;
      const std::uint64_t serial = serial_;
      range_.reset();
      lock.unlock();
      if (path != openPath) {
        source.reset();
        store_.clear();
        openPath = path;
      }
      if (!range || openPath.empty()) continue;
      // Opened at the first backward step, not with the file: an open beside
      // the main worker's would slow every file change (a seek into another
      // file of a period) for a prefetch most views never need.
      if (!source) {
        try {
          source = std::make_unique<core::VideoSource>(openPath);
        } catch (const std::exception&) {
          continue;  // the main worker reports errors
        }
      }
      const auto [lo, hi] = *range;
      // The range being stepped through stays; the one before it is new.
      store_.keepOnly(lo, hi + (hi - lo) * 2);
      bool complete = true;
      for (std::int64_t k = lo; k < hi; ++k) {
        {
          std::lock_guard check(mutex_);
          if (stop_ || serial_ != serial) {
            complete = false;
            break;
          }
        }
        try {
          if (store_.find(k)) continue;
          if (!store_.put(source->frame(k, core::VideoSource::Access::kStep))) {
            complete = false;
            break;
          }
        } catch (const std::exception&) {
          complete = false;
          break;
        }
      }
      source->clearCache();  // the store holds what is needed
      if (complete) {
        std::lock_guard done(mutex_);
        done_ = *range;
      }
    }
  }

  PrefetchStore& store_;
  std::mutex mutex_;
  std::condition_variable cv_;
  // ---- guarded by mutex_
  bool stop_ = false;
  std::string path_;
  std::optional<std::pair<std::int64_t, std::int64_t>> range_;
  std::optional<std::pair<std::int64_t, std::int64_t>> done_;
  std::uint64_t serial_ = 0;
  // ----
  std::thread thread_;
};

// ------------------------------------------------------------ worker

struct FrameDecoder::Worker {
  struct Request {
    std::int64_t k = 0;
    Kind kind = Kind::kSeek;
  };

  explicit Worker(FrameDecoder* owner) : owner(owner), prefetcher(store), thread([this] { run(); }) {}
  ~Worker() {
    {
      std::lock_guard lock(mutex);
      stop = true;
    }
    cv.notify_all();
    thread.join();
  }

  void run();
  void serve(const Request& r, std::uint64_t gen);
  // One frame of speculative work; false when there is nothing left to do.
  bool workAhead();
  bool newerWaiting() {
    std::lock_guard lock(mutex);
    return pending.has_value() || openPath.has_value() || closeRequested;
  }
  void post(std::uint64_t gen, std::function<void()> emitter) {
    QMetaObject::invokeMethod(
        owner,
        [this, gen, emitter = std::move(emitter)] {
          if (gen == generation.load()) emitter();
        },
        Qt::QueuedConnection);
  }
  QImage toImage(const core::Frame& f) {
    QImage img = toQImage(f, converter);
    if (rotation % 360 != 0) img = img.transformed(QTransform().rotate(rotation));
    return img;
  }

  FrameDecoder* owner;
  std::atomic<std::uint64_t> generation{0};  // bumped by open()/close() on the GUI thread

  std::mutex mutex;
  std::condition_variable cv;
  // ---- guarded by mutex
  bool stop = false;
  bool closeRequested = false;
  std::optional<QString> openPath;
  std::optional<std::vector<core::ChainedFile>> newChain;  // applied at the next open
  std::optional<Request> pending;
  bool decoding = false;
  // ---- worker thread only
  // The open file: a reader of its own, or one of the chain's (which then
  // prepares its neighbours as frames are read through decode()).
  std::unique_ptr<core::VideoSource> owned;
  std::unique_ptr<core::ChainedVideoSource> chain;
  std::size_t chainFile = 0;
  core::VideoSource* source = nullptr;
  core::Frame decode(std::int64_t k, core::VideoSource::Access access) {
    return chain ? chain->frame({chainFile, k}, access) : source->frame(k, access);
  }
  // The neighbour's frame next to the boundary, converted while the worker
  // was idle at the file's end (or start): the step across is then an open
  // of a prepared reader and a paint (converting 720p takes ~20 ms).
  struct Across {
    std::size_t file = 0;
    std::int64_t frame = 0;
    QImage image;
  };
  std::optional<Across> across;
  bool convertAcross();
  core::FrameConverter converter;
  int rotation = 0;
  std::int64_t last = -1;
  int direction = 0;                     // of the last step: +1, -1, 0 after a seek
  std::map<std::int64_t, QImage> ahead;  // converted frames next to `last`
  PrefetchStore store;
  Prefetcher prefetcher;
  // ----
  std::thread thread;
};

void FrameDecoder::Worker::run() {
  for (;;) {
    std::unique_lock lock(mutex);
    while (!(stop || closeRequested || openPath || pending)) {
      lock.unlock();
      const bool more = workAhead();
      lock.lock();
      if (!more) cv.wait(lock, [&] { return stop || closeRequested || openPath || pending; });
    }
    if (stop) return;
    const std::uint64_t gen = generation.load();
    if (closeRequested || openPath) {
      closeRequested = false;
      const std::optional<QString> path = std::exchange(openPath, std::nullopt);
      const auto chainFiles = std::exchange(newChain, std::nullopt);
      lock.unlock();
      source = nullptr;
      owned.reset();
      if (chainFiles) {
        chain.reset();
        across.reset();
        try {
          if (!chainFiles->empty()) chain = std::make_unique<core::ChainedVideoSource>(*chainFiles);
        } catch (const std::exception&) {
          chain.reset();  // a file without a known length: each file opens on its own
        }
      }
      last = -1;
      direction = 0;
      ahead.clear();
      prefetcher.setFile({});
      if (!path) continue;
      try {
        const std::filesystem::path file = path->toStdString();
        const auto& files = chain ? chain->files() : std::vector<core::ChainedFile>{};
        const auto in = std::find_if(files.begin(), files.end(), [&](const auto& f) { return f.path == file; });
        if (in != files.end()) {
          chainFile = static_cast<std::size_t>(in - files.begin());
          source = &chain->fileSource(chainFile);
        } else {
          chain.reset();  // a file outside the period: the chain is no longer wanted
          across.reset();
          owned = std::make_unique<core::VideoSource>(file);
          source = owned.get();
        }
        converter = core::FrameConverter(path->toStdString());
        rotation = source->info().rotation;
        VideoMeta meta;
        meta.path = *path;
        meta.frameCount = source->frameCount();
        meta.fps = source->info().frameRate.value();
        meta.width = source->info().width;
        meta.height = source->info().height;
        if (rotation == 90 || rotation == 270) std::swap(meta.width, meta.height);
        meta.hasAudio = source->info().hasAudio;
        meta.index = std::make_shared<const core::FrameIndex>(source->index());
        prefetcher.setFile(path->toStdString());
        post(gen, [o = owner, meta] { Q_EMIT o->opened(meta); });
      } catch (const std::exception& e) {
        source = nullptr;
        owned.reset();
        post(gen, [o = owner, p = *path, m = QString::fromUtf8(e.what())] { Q_EMIT o->openFailed(p, m); });
      }
      continue;
    }
    const Request r = *std::exchange(pending, std::nullopt);
    decoding = true;
    lock.unlock();
    serve(r, gen);
    lock.lock();
    decoding = false;
  }
}

void FrameDecoder::Worker::serve(const Request& r, std::uint64_t gen) {
  if (!source || source->frameCount() == 0) return;
  const std::int64_t k = std::clamp<std::int64_t>(r.k, 0, source->frameCount() - 1);
  const auto emitFrame = [&](const core::Frame& f, bool exact) {
    post(gen, [o = owner, k, n = f.number, img = toImage(f), exact] { Q_EMIT o->frameReady(k, n, img, exact); });
  };
  try {
    if (across && chain && across->file == chainFile && across->frame == k) {
      post(gen, [o = owner, k, img = std::exchange(across, std::nullopt)->image] { Q_EMIT o->frameReady(k, k, img, true); });
    } else if (auto it = ahead.find(k); it != ahead.end()) {
      post(gen, [o = owner, k, img = it->second] { Q_EMIT o->frameReady(k, k, img, true); });
    } else if (auto hit = store.find(k)) {
      emitFrame(*hit, true);
    } else {
      const core::FrameIndex& index = source->index();
      if (r.kind == Kind::kSeek && (last < 0 || std::llabs(k - last) > kNearWindow)) {
        const std::int64_t keyframe = index.keyframes()[index.keyframeSlotFor(k)];
        if (keyframe != k) {
          const core::Frame preview = source->keyframeBefore(k);
          emitFrame(preview, preview.number == k);
          if (newerWaiting()) {  // latest wins: the exact frame is no longer wanted
            last = preview.number;
            return;
          }
        }
      }
      const auto access = r.kind == Kind::kSeek ? core::VideoSource::Access::kAuto : core::VideoSource::Access::kStep;
      emitFrame(decode(k, access), true);
    }
    // Stepping backwards: decode the GOP before this one ahead of time.
    if (r.kind != Kind::kSeek && last >= 0 && k < last) {
      const core::FrameIndex& index = source->index();
      const size_t slot = index.keyframeSlotFor(k);
      if (slot > 0) prefetcher.prefetch(index.keyframes()[slot - 1], index.keyframes()[slot]);
    }
    direction = (r.kind == Kind::kSeek || last < 0 || k == last) ? 0 : (k > last ? 1 : -1);
    last = k;
    // Keep only the converted frames still ahead of the new position.
    for (auto it = ahead.begin(); it != ahead.end();) {
      const std::int64_t d = (it->first - k) * direction;
      it = (direction == 0 || d <= 0 || d > kAhead) ? ahead.erase(it) : std::next(it);
    }
  } catch (const std::exception& e) {
    post(gen, [o = owner, k, m = QString::fromUtf8(e.what())] { Q_EMIT o->decodeFailed(k, m); });
  }
}

bool FrameDecoder::Worker::convertAcross() {
  if (!chain || !source || last < 0) return false;
  const bool forward = direction > 0 && last == source->frameCount() - 1;
  const bool backward = direction < 0 && last == 0;
  if (!forward && !backward) return false;
  const auto next = chain->step({chainFile, last}, direction);
  if (!next || next->file == chainFile || (across && across->file == next->file)) return false;
  // Only a neighbour the chain has ready: waiting here would hold up the
  // next request.
  if (!chain->isReady(next->file)) return false;
  try {
    across = Across{next->file, next->frame,
                    toImage(chain->fileSource(next->file).frame(next->frame, core::VideoSource::Access::kStep))};
  } catch (const std::exception&) {
    return false;  // the open will report it
  }
  return true;
}

bool FrameDecoder::Worker::workAhead() {
  if (convertAcross()) return true;
  if (!source || direction == 0 || last < 0) return false;
  for (int i = 1; i <= kAhead; ++i) {
    const std::int64_t k = last + i * direction;
    if (k < 0 || k >= source->frameCount()) return false;
    if (ahead.count(k)) continue;
    try {
      // Backwards, a frame outside the step cache would cost a whole GOP:
      // leave that to the prefetcher and take only what it already has.
      if (auto hit = store.find(k)) {
        ahead.emplace(k, toImage(*hit));
      } else if (direction > 0) {
        ahead.emplace(k, toImage(decode(k, core::VideoSource::Access::kStep)));
      } else {
        const core::FrameIndex& index = source->index();
        if (index.keyframes()[index.keyframeSlotFor(k)] != index.keyframes()[index.keyframeSlotFor(last)]) return false;
        ahead.emplace(k, toImage(source->frame(k, core::VideoSource::Access::kStep)));
      }
    } catch (const std::exception&) {
      return false;  // the request itself will report it
    }
    return true;
  }
  return false;
}

// ------------------------------------------------------------ public

FrameDecoder::FrameDecoder(QObject* parent) : QObject(parent), w_(std::make_unique<Worker>(this)) {
  qRegisterMetaType<VideoMeta>();
}

FrameDecoder::~FrameDecoder() = default;

void FrameDecoder::open(const QString& path) {
  std::lock_guard lock(w_->mutex);
  ++w_->generation;
  w_->pending.reset();
  w_->openPath = path;
  w_->cv.notify_all();
}

void FrameDecoder::close() {
  std::lock_guard lock(w_->mutex);
  ++w_->generation;
  w_->pending.reset();
  w_->openPath.reset();
  w_->closeRequested = true;
  w_->cv.notify_all();
}

void FrameDecoder::setChain(std::vector<core::ChainedFile> files) {
  const auto same = [](const core::ChainedFile& a, const core::ChainedFile& b) {
    return a.path == b.path && a.startSeconds == b.startSeconds && a.frameCount == b.frameCount && a.fps == b.fps;
  };
  if (std::equal(files.begin(), files.end(), chain_.begin(), chain_.end(), same)) return;
  chain_ = files;
  std::lock_guard lock(w_->mutex);
  w_->newChain = std::move(files);
}

void FrameDecoder::request(std::int64_t k, Kind kind) {
  std::lock_guard lock(w_->mutex);
  w_->pending = Worker::Request{k, kind};
  w_->cv.notify_all();
}

bool FrameDecoder::busy() const {
  std::lock_guard lock(w_->mutex);
  return w_->pending.has_value() || w_->decoding || w_->openPath.has_value();
}

}  // namespace prodrome::ui
