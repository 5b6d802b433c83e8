#pragma once
// What the video benchmarks share: the generated 720p bench file (made once
// with the ffmpeg program, kept in $PRODROME_BENCH_DIR, default
// ~/.cache/prodrome-bench) and the statistics they print.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <numeric>
#include <string>
#include <vector>

namespace prodrome::bench {

using Clock = std::chrono::steady_clock;

inline double msSince(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

inline double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0.0 : (v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]));
}
inline double mean(const std::vector<double>& v) {
  return v.empty() ? 0 : std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}
inline double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0.0 : v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

inline int runCommand(const std::string& cmd) {
  const int rc = std::system(cmd.c_str());
  if (rc != 0) std::fprintf(stderr, "command failed (%d): %s\n", rc, cmd.c_str());
  return rc;
}

inline std::filesystem::path benchDir() {
  if (const char* d = std::getenv("PRODROME_BENCH_DIR"); d && *d) return d;
  const char* home = std::getenv("HOME");
  return std::filesystem::path(home ? home : "/tmp") / ".cache" / "prodrome-bench";
}

// `seconds` of 1280x720 30 fps H.264, GOP 250, 3 B-frames: camera-like
// content (a moving test pattern under temporal sensor noise at a clinic
// camera's 4 Mb/s), so that P and B frames carry real residuals (a clean
// test pattern decodes several times faster than monitoring footage).
// Generated once; exits the program when ffmpeg fails.
inline std::filesystem::path ensureBenchFile(int seconds) {
  const auto wanted = benchDir() / ("bench_" + std::to_string(seconds) + "s_720p_gop250.mp4");
  if (std::filesystem::exists(wanted)) return wanted;
  std::filesystem::create_directories(wanted.parent_path());
  const std::filesystem::path tmp = wanted.string() + ".part.mp4";
  std::printf("generating %s (%d s of 1280x720 30 fps H.264, GOP 250, 3 B-frames; once)...\n", wanted.c_str(),
              seconds);
  std::fflush(stdout);
  const std::string cmd = "ffmpeg -v error -y -f lavfi -i testsrc2=size=1280x720:rate=30 -t " +
                          std::to_string(seconds) +
                          " -vf noise=alls=4:allf=t -c:v libx264 -preset superfast -crf 23 -maxrate 4M -bufsize 8M"
                          " -g 250 -keyint_min 250 -sc_threshold 0 -bf 3 -pix_fmt yuv420p '" +
                          tmp.string() + "'";
  if (runCommand(cmd) != 0) std::exit(1);
  std::filesystem::rename(tmp, wanted);
  return wanted;
}

}  // namespace prodrome::bench
