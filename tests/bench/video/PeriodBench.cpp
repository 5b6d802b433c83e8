// A night of many files (issue 14 §1 targets): 24 one-hour 720p files read as
// one period with core::ChainedVideoSource. Prints, each beside its reference
// measured in the same run:
//   1. opening the night (indexed) and showing its first frame, ≤ 1 s,
//      against opening one file and showing its first frame;
//   2. a seek anywhere on the night (a random time → its file and frame,
//      exact), against the same number of seeks within one file (design.md
//      §8's seek target holds when the ratio is about 1);
//   3. stepping across each boundary while playing at the file's rate, with
//      the next file prepared ahead: median ≤ 20 ms; against the same step
//      when the next file was not prepared (opened on demand).
// The 24 files are links to one generated file (encoding 24 h of 720p takes
// hours here); they share its frame index and the page cache, so the figures
// are those of indexed files on a warm disk, which is what "once indexed"
// means. Usage: bench_period [--files N] [--seconds S] [--seeks N]

#include "core/video/ChainedVideoSource.h"
#include "tests/bench/video/BenchVideoFile.h"

extern "C" {
#include <libavutil/log.h>
}

#include <random>
#include <thread>

namespace fs = std::filesystem;
using namespace prodrome;
using bench::Clock;
using bench::median;
using bench::msSince;
using bench::percentile;

int main(int argc, char** argv) {
  av_log_set_level(AV_LOG_QUIET);
  int files = 24, seconds = 3600, seeks = 100;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--files") files = std::atoi(argv[i + 1]);
    if (a == "--seconds") seconds = std::atoi(argv[i + 1]);
    if (a == "--seeks") seeks = std::atoi(argv[i + 1]);
  }
  const fs::path file = bench::ensureBenchFile(seconds);
  core::VideoSourceOptions options;
  options.indexCacheDir = bench::benchDir() / "index-cache";
  // Index once (the night's files are one file's links and share it).
  std::int64_t frameCount = 0;
  double fps = 0;
  {
    core::VideoSource probe(file, options);
    frameCount = probe.frameCount();
    fps = probe.info().frameRate.value();
  }
  const fs::path dir = bench::benchDir() / ("period_" + std::to_string(files) + "x" + std::to_string(seconds));
  fs::create_directories(dir);
  std::vector<core::ChainedFile> chain;
  for (int i = 0; i < files; ++i) {
    const fs::path link = dir / ("part_" + std::to_string(i + 1) + ".mp4");
    if (!fs::exists(link)) fs::create_symlink(file, link);
    // Contiguous, as a recorder that cuts every hour writes them.
    chain.push_back({link, i * static_cast<double>(frameCount) / fps, frameCount, fps});
  }
  std::printf("night: %d files of %lld frames at %.2f fps (%.1f h)\n\n", files, static_cast<long long>(frameCount),
              fps, files * frameCount / fps / 3600.0);

  // 1. Open and show the first frame.
  std::vector<double> nightOpen, oneOpen;
  for (int r = 0; r < 5; ++r) {
    auto t0 = Clock::now();
    {
      core::ChainedVideoSource night(chain, options);
      night.frame({0, 0});
      nightOpen.push_back(msSince(t0));
    }
    t0 = Clock::now();
    {
      core::VideoSource one(file, options);
      one.frame(0);
      oneOpen.push_back(msSince(t0));
    }
  }
  std::printf("1. open the night and show its first frame: median %.1f ms (target <= 1000 ms)\n", median(nightOpen));
  std::printf("   one file opened and its first frame:     median %.1f ms (ratio %.2f)\n\n", median(oneOpen),
              median(nightOpen) / median(oneOpen));

  // 2. Seeks anywhere on the night against seeks within one file.
  core::ChainedVideoSource night(chain, options);
  std::mt19937_64 rng(2026);
  std::uniform_real_distribution<double> anywhere(0, chain.back().startSeconds + frameCount / fps);
  std::vector<double> nightSeek, oneSeek;
  for (int i = 0; i < seeks; ++i) {
    const auto p = night.at(anywhere(rng));
    if (!p) continue;
    const auto t0 = Clock::now();
    night.frame(*p, core::VideoSource::Access::kJump);
    nightSeek.push_back(msSince(t0));
  }
  {
    core::VideoSource one(file, options);
    std::uniform_int_distribution<std::int64_t> frame(0, frameCount - 1);
    for (int i = 0; i < seeks; ++i) {
      one.clearCache();
      const auto t0 = Clock::now();
      one.frame(frame(rng), core::VideoSource::Access::kJump);
      oneSeek.push_back(msSince(t0));
    }
  }
  std::printf("2. seek anywhere on the night: median %.1f ms, p95 %.1f ms\n", median(nightSeek),
              percentile(nightSeek, 0.95));
  std::printf("   seek within one file:        median %.1f ms, p95 %.1f ms (ratio of medians %.2f)\n\n",
              median(oneSeek), percentile(oneSeek, 0.95), median(nightSeek) / median(oneSeek));

  // 3. Playing into each boundary at the file's rate (the second before it),
  // then the step across: prepared ahead, and opened on demand.
  std::vector<double> prepared, onDemand;
  const auto frameTime = std::chrono::duration<double>(1.0 / fps);
  for (int i = 0; i + 1 < files; ++i) {
    core::ChainedVideoSource playing(chain, options);
    const std::int64_t lead = static_cast<std::int64_t>(fps);
    for (std::int64_t k = frameCount - lead; k < frameCount; ++k) {
      const auto due = Clock::now() + std::chrono::duration_cast<Clock::duration>(frameTime);
      playing.frame({static_cast<std::size_t>(i), k}, core::VideoSource::Access::kStep);
      std::this_thread::sleep_until(due);
    }
    auto t0 = Clock::now();
    playing.frame({static_cast<std::size_t>(i + 1), 0}, core::VideoSource::Access::kStep);
    prepared.push_back(msSince(t0));

    // Reference: the next file opened on demand (a chain that has read
    // nothing yet, so no worker has prepared it).
    core::ChainedVideoSource fresh(chain, options);
    t0 = Clock::now();
    fresh.frame({static_cast<std::size_t>(i + 1), 0}, core::VideoSource::Access::kStep);
    onDemand.push_back(msSince(t0));
  }
  std::printf("3. step across a boundary while playing, next file prepared: median %.2f ms, max %.2f ms "
              "(target median <= 20 ms)\n",
              median(prepared), percentile(prepared, 1.0));
  std::printf("   the same step with the next file opened on demand:        median %.2f ms (ratio %.3f)\n",
              median(onDemand), median(prepared) / median(onDemand));
  return 0;
}
