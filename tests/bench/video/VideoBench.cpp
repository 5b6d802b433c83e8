// Video engine benchmark (issue 2, design.md §8).
//
// On a 1 h 1280x720 30 fps H.264 file with GOP 250 and B-frames (generated
// once with the ffmpeg program and kept in $PRODROME_BENCH_DIR, default
// ~/.cache/prodrome-bench), prints:
//   1. exact random access: median ms per frame, against
//      `ffmpeg -ss T -i FILE -frames:v 1 -f null -` (accurate seek) per frame;
//   2. step back vs step forward: median (and mean, p95) ms of each;
//   3. clip extraction (16 frames of a 10 s window, short side to 224, centre
//      crop): clips/s against ffmpeg decoding and scaling the same windows
//      to rawvideo.
// Usage: bench_video [--file F] [--frames N] [--ffmpeg-samples N] [--threads N]

#include "core/video/ClipReader.h"
#include "tests/bench/video/BenchVideoFile.h"
#include "core/video/VideoSource.h"

extern "C" {
#include <libavutil/log.h>
}

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using prodrome::core::ClipReader;
using prodrome::core::VideoSource;

using prodrome::bench::benchDir;
using prodrome::bench::Clock;
using prodrome::bench::ensureBenchFile;
using prodrome::bench::mean;
using prodrome::bench::median;
using prodrome::bench::msSince;
using prodrome::bench::percentile;

int main(int argc, char** argv) {
  av_log_set_level(AV_LOG_QUIET);
  fs::path file;
  int frames = 200;
  int ffmpegSamples = 30;
  int seconds = 3600;
  int threads = 0;  // decoder threads, 0: VideoSource's default
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--file")
      file = argv[i + 1];
    else if (a == "--frames")
      frames = std::atoi(argv[i + 1]);
    else if (a == "--ffmpeg-samples")
      ffmpegSamples = std::atoi(argv[i + 1]);
    else if (a == "--seconds")
      seconds = std::atoi(argv[i + 1]);
  }
  if (file.empty()) file = ensureBenchFile(seconds);

  // Index: first open builds it, second reads the cache.
  const fs::path cacheDir = benchDir() / "index-cache";
  fs::remove_all(cacheDir);
  prodrome::core::VideoSourceOptions opts;
  opts.indexCacheDir = cacheDir;
  opts.decoderThreads = threads;
  auto t0 = Clock::now();
  { VideoSource first(file, opts); }
  const double firstOpen = msSince(t0);
  t0 = Clock::now();
  VideoSource src(file, opts);
  const double secondOpen = msSince(t0);
  const auto& info = src.info();
  std::printf("file: %s\n  %dx%d %s %s, %lld frames, %lld keyframes, %.1f s\n", file.c_str(), info.width, info.height,
              info.codec.c_str(), info.pixelFormat.c_str(), static_cast<long long>(info.frameCount),
              static_cast<long long>(info.keyframeCount), info.durationSeconds);
  std::printf("open: first (index scan) %.0f ms, second (cached index) %.1f ms\n\n", firstOpen, secondOpen);

  std::mt19937_64 rng(2026);
  std::uniform_int_distribution<int64_t> pick(0, src.frameCount() - 1);
  std::vector<int64_t> targets(static_cast<size_t>(frames));
  for (auto& k : targets) k = pick(rng);

  // 1. Random access.
  std::vector<double> ours;
  for (int64_t k : targets) {
    src.clearCache();
    t0 = Clock::now();
    src.frame(k, VideoSource::Access::kJump);
    ours.push_back(msSince(t0));
  }
  std::vector<double> ref;
  for (int i = 0; i < std::min(ffmpegSamples, frames); ++i) {
    const double t = src.index().secondsOf(targets[static_cast<size_t>(i)]);
    char cmd[1024];
    std::snprintf(cmd, sizeof cmd, "ffmpeg -v error -threads 0 -ss %.6f -i '%s' -frames:v 1 -f null - ", t,
                  file.c_str());
    t0 = Clock::now();
    prodrome::bench::runCommand(cmd);
    ref.push_back(msSince(t0));
  }
  // What a scrubbing view shows first: the keyframe at or before the target.
  std::vector<double> keys;
  for (int64_t k : targets) {
    src.clearCache();
    t0 = Clock::now();
    src.keyframeBefore(k);
    keys.push_back(msSince(t0));
  }
  const double oursMed = median(ours), refMed = median(ref);
  std::printf("1. exact random access (%d frames; ffmpeg on the first %zu)\n", frames, ref.size());
  std::printf("   prodrome  median %7.1f ms/frame (mean %.1f, p95 %.1f)\n", oursMed, mean(ours),
              percentile(ours, 0.95));
  std::printf("   ffmpeg -ss median %7.1f ms/frame\n", refMed);
  std::printf("   ratio %.2fx faster (design.md target >= 2.5x)\n", refMed / oursMed);
  std::printf("   nearest keyframe first: median %.1f ms (p95 %.1f; design.md GUI target <= 50 ms)\n\n", median(keys),
              percentile(keys, 0.95));

  // 2. Stepping: 300 steps forward, then 300 back over the same span, from
  // a random start (one GOP boundary crossed at least once each way).
  std::vector<double> fwd, back;
  int64_t k = std::uniform_int_distribution<int64_t>(1000, src.frameCount() - 1000)(rng);
  src.clearCache();
  src.frame(k, VideoSource::Access::kJump);
  for (int i = 0; i < 300; ++i) {
    t0 = Clock::now();
    src.frame(++k);
    fwd.push_back(msSince(t0));
  }
  src.clearCache();  // stepping back must not profit from the forward pass
  src.frame(k, VideoSource::Access::kJump);
  for (int i = 0; i < 300; ++i) {
    t0 = Clock::now();
    src.frame(--k);
    back.push_back(msSince(t0));
  }
  std::printf("2. stepping (300 steps each way)\n");
  std::printf("   forward  median %6.2f ms, mean %6.2f ms, p95 %6.2f ms, max %6.1f ms\n", median(fwd), mean(fwd),
              percentile(fwd, 0.95), percentile(fwd, 1.0));
  std::printf("   backward median %6.2f ms, mean %6.2f ms, p95 %6.2f ms, max %6.1f ms\n", median(back), mean(back),
              percentile(back, 0.95), percentile(back, 1.0));
  std::printf("   ratio back/forward: median %.2fx, mean %.2fx (target <= 2x)\n\n",
              median(back) / std::max(1e-3, median(fwd)), mean(back) / std::max(1e-3, mean(fwd)));

  // 3. Clip extraction: 16 frames of 10 s windows, 224x224.
  const int clips = 20;
  const int64_t window = static_cast<int64_t>(10 * info.frameRate.value());
  std::vector<int64_t> starts(clips);
  for (auto& s : starts) s = std::uniform_int_distribution<int64_t>(0, src.frameCount() - window - 1)(rng);
  ClipReader reader(src);
  std::vector<uint8_t> buf(16 * 224 * 224 * 3);
  src.clearCache();
  t0 = Clock::now();
  for (int64_t s : starts) reader.read(s, s + window, 16, 224, buf.data());
  const double oursClips = clips / (msSince(t0) / 1000.0);
  t0 = Clock::now();
  for (int64_t s : starts) {
    char cmd[1024];
    std::snprintf(cmd, sizeof cmd,
                  "ffmpeg -v error -threads 0 -ss %.6f -i '%s' -t 10 -vf "
                  "\"scale=-2:224:flags=bilinear,crop=224:224\" -pix_fmt rgb24 -f rawvideo - > /dev/null",
                  src.index().secondsOf(s), file.c_str());
    prodrome::bench::runCommand(cmd);
  }
  const double refClips = clips / (msSince(t0) / 1000.0);
  std::printf("3. clip extraction (%d windows of 10 s, 16 frames at 224x224)\n", clips);
  std::printf("   prodrome %.2f clips/s, ffmpeg (decode + scale the window to rawvideo) %.2f clips/s\n", oursClips,
              refClips);
  std::printf("   ratio %.2fx (target >= 1.0x)\n", oursClips / refClips);
  return 0;
}
