#include "core/pipeline/ClipCache.h"

#include "core/Error.h"
#include "core/exchange/RecordingRelinker.h"
#include "core/io/AtomicFile.h"
#include "core/io/PositionalWrite.h"
#include "core/pipeline/WindowMotion.h"
#include "core/runs/ModelFiles.h"
#include "core/video/ClipReader.h"
#include "core/video/VideoSource.h"
#include "database/ClipSetStore.h"
#include "database/RecordingStore.h"
#include "ml/VideoMAEConfig.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <numeric>
#include <set>
#include <stdexcept>

namespace prodrome::core {

namespace {

constexpr char kMagic[8] = {'P', 'D', 'C', 'L', 'I', 'P', 'S', '1'};
// Version 2 adds the frame rate, for a file whose clips of some recording
// were read on a frame grid; every other file stays version 1.
constexpr std::uint32_t kEveryFrameVersion = 1;
constexpr std::uint32_t kGridVersion = 2;
constexpr std::size_t kEntryBytes = 5 * 8 + 2 * 4;

std::string errnoText() { return std::strerror(errno); }

struct FileDescriptor {
  int fd = -1;
  explicit FileDescriptor(int f) : fd(f) {}
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
};

template <typename T>
void put(std::string& out, T value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

template <typename T>
T take(const std::uint8_t*& p) {
  T value;
  std::memcpy(&value, p, sizeof value);
  p += sizeof value;
  return value;
}

std::string encodeHeader(const std::vector<CachedClipInfo>& infos, const ClipShape& shape, bool onGrid) {
  std::string out(kMagic, sizeof kMagic);
  put<std::uint32_t>(out, onGrid ? kGridVersion : kEveryFrameVersion);
  put<std::uint32_t>(out, static_cast<std::uint32_t>(shape.frames));
  put<std::uint32_t>(out, static_cast<std::uint32_t>(shape.size));
  put<std::uint32_t>(out, static_cast<std::uint32_t>(shape.stride));
  if (onGrid) put<double>(out, shape.rate);
  put<std::uint64_t>(out, infos.size());
  for (const auto& c : infos) {
    put<std::int64_t>(out, c.clipId);
    put<std::int64_t>(out, c.recordingId);
    put<std::int64_t>(out, c.subjectId);
    put<std::int64_t>(out, c.startFrame);
    put<std::int64_t>(out, c.endFrame);
    put<std::int32_t>(out, static_cast<std::int32_t>(c.label));
    put<std::int32_t>(out, static_cast<std::int32_t>(c.species));
  }
  return out;
}

// The clip set's rows as cache entries, with splits and species. Throws
// core::Error naming an unknown or empty set.
std::vector<CachedClipInfo> expectedEntries(database::Database& db, std::int64_t clipSetId,
                                            std::map<std::int64_t, database::Recording>& recordings) {
  database::ClipStore clips(db);
  database::RecordingStore recordingStore(db);
  database::SubjectStore subjects(db);
  std::map<std::int64_t, database::Species> speciesOf;
  std::vector<CachedClipInfo> out;
  for (const auto& clip : clips.listBySet(clipSetId)) {
    auto rec = recordings.find(clip.recordingId);
    if (rec == recordings.end()) {
      auto found = recordingStore.find(clip.recordingId);
      if (!found) throw Error("clip " + std::to_string(clip.id) + " names a missing recording");
      rec = recordings.emplace(clip.recordingId, *found).first;
    }
    const std::int64_t subjectId = rec->second.subjectId;
    if (!speciesOf.count(subjectId)) {
      auto subject = subjects.find(subjectId);
      if (!subject) throw Error("recording " + std::to_string(rec->first) + " names a missing subject");
      speciesOf[subjectId] = subject->species;
    }
    out.push_back({clip.id, clip.recordingId, subjectId, clip.startFrame, clip.endFrame, clip.label,
                   speciesOf[subjectId], clip.split});
  }
  if (out.empty()) {
    const auto set = database::ClipSetStore(db).find(clipSetId);
    throw Error(set ? "clip set '" + set->name + "' has no clips"
                    : "clip set " + std::to_string(clipSetId) + " does not exist");
  }
  return out;
}

// The recording frames clip `c` reads on `grid`: its window's grid frames,
// sampled as ClipReader samples a window.
std::vector<std::int64_t> framesOnGrid(const FrameGrid& grid, const CachedClipInfo& c, const ClipShape& shape) {
  const auto span = grid.spanOf(c.startFrame, c.endFrame);
  if (span.end <= span.first)
    throw Error("clip " + std::to_string(c.clipId) + " [" + std::to_string(c.startFrame) + ", " +
                std::to_string(c.endFrame) + ") holds no frame of its recording's grid at " +
                std::to_string(shape.rate) + " fps");
  auto frames = ClipReader::sampleIndices(span.first, span.end, shape.frames, shape.stride);
  for (auto& f : frames) f = grid.frameOf(f);
  return frames;
}

}  // namespace

std::vector<CachedClipInfo> ClipCache::entries(database::Database& db, std::int64_t clipSetId) {
  std::map<std::int64_t, database::Recording> recordings;
  return expectedEntries(db, clipSetId, recordings);
}

double trainingFrameRate(database::Database& db, const std::vector<CachedClipInfo>& clips) {
  std::set<std::int64_t> recordings;
  for (const auto& c : clips) recordings.insert(c.recordingId);
  std::vector<double> rates;
  database::RecordingStore store(db);
  for (const auto id : recordings)
    if (const auto r = store.find(id); r && r->fps > 0) rates.push_back(r->fps);
  if (rates.empty()) return 0;
  std::sort(rates.begin(), rates.end());
  // The lower median: a rate some recording has (a 15- and a 120-fps camera
  // average to 67.5, which neither is), and of the middle two the one more
  // recordings can be read at (a slower recording cannot be).
  return rates[(rates.size() - 1) / 2];
}

std::string ClipCache::gridLine() const {
  std::ptrdiff_t faster = 0, slower = 0;
  for (const auto& [id, fps] : recordingFps_) {
    const auto match = frameRateMatch(fps, rate_);
    faster += match == FrameRateMatch::Faster;
    slower += match == FrameRateMatch::Slower;
  }
  if (faster == 0 && slower == 0) return {};
  char line[256];
  std::snprintf(line, sizeof line, "clips read at %.4g fps", rate_);
  std::string out = line;
  if (faster > 0) {
    std::snprintf(line, sizeof line, ": %td faster recording(s) read on that rate's frame grid", faster);
    out += line;
  }
  if (slower > 0) {
    std::snprintf(line, sizeof line,
                  "%s %td slower recording(s) read frame by frame (frames cannot be made up: their clips span "
                  "more time)",
                  faster > 0 ? ";" : ":", slower);
    out += line;
  }
  return out;
}

ClipCache::~ClipCache() {
  if (mapping_) ::munmap(mapping_, mappingBytes_);
}

std::filesystem::path ClipCache::directoryFor(const std::filesystem::path& projectFile) {
  return cacheDirectory(projectFile) / "clips";
}

void ClipCache::ensureMotion(const StageProgress& progress, const std::atomic<bool>* cancel) const {
  std::lock_guard lock(motionMutex_);
  if (!motion_.empty()) return;
  // A sidecar beside the pixels, valid while it starts with the same header.
  const auto sidecar = std::filesystem::path(file_.string() + ".motion");
  const std::size_t bytes = sizeof(float) * kMotionPerClip * infos_.size();
  std::vector<float> values(kMotionPerClip * infos_.size());
  // An older sidecar (fewer time scales or earlier windows) differs here and
  // is measured again.
  const std::string header = header_ + "motion statistics: " + std::to_string(ml::kMaxMotionScales) + " time scales, " +
                             std::to_string(ml::kMaxMotionLags) + " earlier windows\n";
  {
    std::ifstream in(sidecar, std::ios::binary);
    std::string head(header.size(), '\0');
    if (in && in.read(head.data(), static_cast<std::streamsize>(head.size())) && head == header &&
        in.read(reinterpret_cast<char*>(values.data()), static_cast<std::streamsize>(bytes)) &&
        in.peek() == std::char_traits<char>::eof()) {
      motion_ = std::move(values);
      if (progress) progress("motion statistics", 1.0, "reused " + sidecar.filename().string());
      return;
    }
  }
  // Every frame of each recording once, for the statistics of whole clips.
  std::map<std::int64_t, std::vector<std::size_t>> byRecording;
  for (std::size_t slot = 0; slot < infos_.size(); ++slot) byRecording[infos_[slot].recordingId].push_back(slot);
  std::size_t measured = 0;
  for (const auto& [id, slots] : byRecording) {
    if (progress)
      progress("motion statistics", static_cast<double>(measured) / byRecording.size(),
               "recording " + std::to_string(id));
    const auto& path = recordingPaths_.at(id);
    const auto& grid = grids_.at(id);
    const auto energies = recordingEnergies(path, size_, cancel, nullptr, grid);
    for (auto slot : slots) {
      const auto& c = infos_[slot];
      const auto span = grid.spanOf(c.startFrame, c.endFrame);
      if (span.end > static_cast<std::int64_t>(energies.size()))
        throw VideoError(path, "video '" + path + "': clip " + std::to_string(c.clipId) + " ends at frame " +
                                   std::to_string(c.endFrame) + " but only " +
                                   std::to_string(grid.frameOf(static_cast<std::int64_t>(energies.size()))) +
                                   " frames decode");
      windowMotion(energies, span.first, span.end, values.data() + slot * kMotionPerClip,
                   static_cast<int>(ml::kMaxMotionScales), static_cast<int>(ml::kMaxMotionLags));
    }
    ++measured;
  }
  std::string out = header;
  out.append(reinterpret_cast<const char*>(values.data()), bytes);
  writeFileAtomically(sidecar, out);
  motion_ = std::move(values);
  if (progress) progress("motion statistics", 1.0, std::to_string(byRecording.size()) + " recordings");
}

const float* ClipCache::motion(std::int64_t i) const {
  if (i < 0 || i >= count()) throw Error("clip cache: index " + std::to_string(i) + " out of range");
  std::lock_guard lock(motionMutex_);
  if (motion_.empty()) throw std::logic_error("clip cache: motion statistics read before ensureMotion()");
  return motion_.data() + static_cast<std::size_t>(i) * kMotionPerClip;
}

const std::uint8_t* ClipCache::pixels(std::int64_t i) const {
  if (i < 0 || i >= count()) throw Error("clip cache: index " + std::to_string(i) + " out of range");
  return data_ + static_cast<std::size_t>(i) * clipBytes();
}

std::shared_ptr<const ClipCache> ClipCache::ensure(database::Database& db, std::int64_t clipSetId,
                                                   const ClipShape& shape, const std::filesystem::path& directory,
                                                   const StageProgress& progress, const std::atomic<bool>* cancel) {
  const int frames = shape.frames, size = shape.size;
  if (frames < 1 || frames > 256 || size < 16 || size > 1024 || shape.stride < 0 || shape.stride > 1000 ||
      !(shape.rate >= 0 && shape.rate <= 1e6))
    throw Error("clip cache: unsupported clip shape " + std::to_string(frames) + "x" + std::to_string(size) +
                " (stride " + std::to_string(shape.stride) + ", " + std::to_string(shape.rate) + " fps)");
  std::map<std::int64_t, database::Recording> recordings;
  std::vector<CachedClipInfo> infos = expectedEntries(db, clipSetId, recordings);
  // Before a cache is reused as well as before one is built: its frames were
  // decoded from the files as they were then.
  for (const auto& [id, rec] : recordings) requireLinkedVideo(rec);

  std::map<std::int64_t, FrameGrid> grids;
  bool onGrid = false;
  for (const auto& [id, rec] : recordings) {
    grids[id] = FrameGrid::forRates(rec.fps, shape.rate);
    onGrid = onGrid || !grids[id].everyFrame();
  }
  const std::string header = encodeHeader(infos, shape, onGrid);
  const std::size_t clipBytes = static_cast<std::size_t>(frames) * size * size * 3;
  const std::size_t total = header.size() + clipBytes * infos.size();
  std::filesystem::create_directories(directory);
  char rate[32] = "";
  if (onGrid) std::snprintf(rate, sizeof rate, "-r%g", shape.rate);
  const auto file =
      directory / ("set-" + std::to_string(clipSetId) + "-T" + std::to_string(frames) + "-S" + std::to_string(size) +
                   (shape.stride > 0 ? "-k" + std::to_string(shape.stride) : std::string()) + rate + ".pdclips");

  auto cache = std::shared_ptr<ClipCache>(new ClipCache());
  cache->file_ = file;
  cache->frames_ = frames;
  cache->size_ = size;
  cache->stride_ = shape.stride;
  cache->rate_ = shape.rate;
  cache->grids_ = std::move(grids);
  cache->infos_ = std::move(infos);
  cache->header_ = header;
  for (const auto& [id, rec] : recordings) {
    cache->recordingPaths_[id] = rec.path;
    cache->recordingFps_[id] = rec.fps;
  }

  auto mapIfCurrent = [&]() -> bool {
    FileDescriptor in(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
    if (in.fd < 0) return false;
    struct stat st {};
    if (::fstat(in.fd, &st) != 0 || static_cast<std::size_t>(st.st_size) != total) return false;
    void* map = ::mmap(nullptr, total, PROT_READ, MAP_SHARED, in.fd, 0);
    if (map == MAP_FAILED) return false;
    if (std::memcmp(map, header.data(), header.size()) != 0) {
      ::munmap(map, total);
      return false;
    }
    cache->mapping_ = map;
    cache->mappingBytes_ = total;
    cache->data_ = static_cast<const std::uint8_t*>(map) + header.size();
    return true;
  };
  if (mapIfCurrent()) {
    cache->reused_ = true;
    if (progress) progress("decode clips", 1.0, "reused " + file.filename().string());
    return cache;
  }

  // Decode into a temporary file, recording by recording in frame order so
  // each video is read forward once, writing every clip at its own slot.
  const auto temp = file.string() + ".tmp-" + std::to_string(::getpid());
  {
    FileDescriptor out(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (out.fd < 0) throw IoError("cannot create clip cache '" + temp + "': " + errnoText());
    auto fail = [&](const std::string& what) {
      ::unlink(temp.c_str());
      throw IoError("cannot write clip cache '" + temp + "': " + what);
    };
    if (const int err = writeFullyAt(out.fd, header.data(), header.size(), 0)) fail(std::strerror(err));

    std::vector<std::size_t> order(cache->infos_.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const auto& x = cache->infos_[a];
      const auto& y = cache->infos_[b];
      return std::tie(x.recordingId, x.startFrame) < std::tie(y.recordingId, y.startFrame);
    });
    std::vector<std::uint8_t> buffer(clipBytes);
    std::unique_ptr<VideoSource> source;
    std::unique_ptr<ClipReader> reader;  // keeps its scaler between clips of one recording
    std::int64_t openRecording = -1;
    std::size_t done = 0;
    try {
      for (std::size_t slot : order) {
        throwIfCancelled(cancel);
        const auto& c = cache->infos_[slot];
        if (c.recordingId != openRecording) {
          const auto& rec = recordings.at(c.recordingId);
          reader.reset();
          source = std::make_unique<VideoSource>(rec.path);
          reader = std::make_unique<ClipReader>(*source);
          openRecording = c.recordingId;
        }
        // On every frame's grid these are the frames ClipReader::read samples.
        reader->readFrames(framesOnGrid(cache->grids_.at(c.recordingId), c, shape), size, buffer.data());
        const off_t offset = static_cast<off_t>(header.size() + slot * clipBytes);
        if (const int err = writeFullyAt(out.fd, buffer.data(), clipBytes, offset)) fail(std::strerror(err));
        ++done;
        if (progress && (done % 8 == 0 || done == order.size()))
          progress("decode clips", static_cast<double>(done) / order.size(),
                   std::to_string(done) + "/" + std::to_string(order.size()) + " clips");
      }
    } catch (...) {
      ::unlink(temp.c_str());
      throw;
    }
    if (::fsync(out.fd) != 0) fail(errnoText());
  }
  replaceFileAtomically(temp, file);
  if (!mapIfCurrent()) throw IoError("clip cache '" + file.string() + "' could not be read back");
  return cache;
}

}  // namespace prodrome::core
