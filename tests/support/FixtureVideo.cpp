#include "tests/support/FixtureVideo.h"

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include <unistd.h>

namespace prodrome::test {

namespace {
constexpr int kGrid = 4;  // 4×4 cells = 16 bits

core::VideoWriterOptions h264(int w, int h, int gop, int bframes, std::map<std::string, std::string> extra = {}) {
  core::VideoWriterOptions o;
  o.encoder = "libx264";
  o.width = w;
  o.height = h;
  o.gopSize = gop;
  o.maxBFrames = bframes;
  o.threads = 1;  // deterministic output, and the tests run suites in parallel
  o.codecOptions = {{"preset", "veryfast"}, {"crf", "18"}};
  std::string params = "scenecut=0:keyint=" + std::to_string(gop) + ":min-keyint=" + std::to_string(gop);
  if (extra.count("x264-params")) params += ":" + extra["x264-params"];
  o.codecOptions["x264-params"] = params;
  for (auto& [k, v] : extra) {
    if (k != "x264-params") o.codecOptions[k] = v;
  }
  return o;
}
}  // namespace

void drawFrameNumber(uint8_t* rgb, int width, int height, int stride, int number) {
  for (int y = 0; y < height; ++y) {
    const int row = std::min(kGrid - 1, y * kGrid / height);
    uint8_t* line = rgb + static_cast<ptrdiff_t>(y) * stride;
    for (int x = 0; x < width; ++x) {
      const int col = std::min(kGrid - 1, x * kGrid / width);
      const int bit = row * kGrid + col;
      const bool on = (number >> bit) & 1;
      // Off cells carry a faint gradient so that the encoder sees texture
      // and motion, not flat blocks.
      const uint8_t v = on ? 235 : static_cast<uint8_t>(20 + ((x + y + number) & 15));
      line[x * 3 + 0] = v;
      line[x * 3 + 1] = v;
      line[x * 3 + 2] = v;
    }
  }
}

int readFrameNumber(const uint8_t* rgb, int width, int height, int stride) {
  int number = 0;
  for (int row = 0; row < kGrid; ++row) {
    for (int col = 0; col < kGrid; ++col) {
      // Average the middle half of the cell, away from ringing at its edges.
      const int x0 = col * width / kGrid, x1 = (col + 1) * width / kGrid;
      const int y0 = row * height / kGrid, y1 = (row + 1) * height / kGrid;
      const int cx0 = x0 + (x1 - x0) / 4, cx1 = x1 - (x1 - x0) / 4;
      const int cy0 = y0 + (y1 - y0) / 4, cy1 = y1 - (y1 - y0) / 4;
      long sum = 0, n = 0;
      for (int y = cy0; y < cy1; ++y) {
        for (int x = cx0; x < cx1; ++x) {
          const uint8_t* p = rgb + static_cast<ptrdiff_t>(y) * stride + x * 3;
          sum += p[0] + p[1] + p[2];
          n += 3;
        }
      }
      const long mean = n ? sum / n : 0;
      if (mean > 90 && mean < 170) return -1;
      if (mean >= 170) number |= 1 << (row * kGrid + col);
    }
  }
  return number;
}

std::filesystem::path makeFixture(const std::filesystem::path& dir, const FixtureSpec& spec) {
  const auto path = dir / spec.fileName;
  if (std::filesystem::exists(path)) return path;
  std::filesystem::create_directories(dir);
  core::VideoWriter writer(path, spec.writer);
  const int w = spec.writer.width, h = spec.writer.height;
  std::vector<uint8_t> rgb(static_cast<size_t>(w) * h * 3);
  for (int i = 0; i < spec.frameCount; ++i) {
    drawFrameNumber(rgb.data(), w, h, w * 3, i);
    writer.writeRgb(rgb.data(), w * 3, spec.pts ? spec.pts(i) : i);
  }
  writer.finish();
  return path;
}

std::vector<FixtureSpec> standardFixtures() {
  std::vector<FixtureSpec> all;
  {
    FixtureSpec s;
    s.fileName = "h264_bframes_gop300.mp4";
    s.description = "H.264 High, 3 B-frames with pyramid, closed GOP of 300";
    s.writer = h264(128, 96, 300, 3);
    s.frameCount = 660;
    all.push_back(s);
  }
  {
    FixtureSpec s;
    s.fileName = "h264_open_gop_offset.ts";
    s.description = "H.264 open GOP of 48 with 3 B-frames in MPEG-TS, first pts at 100 s";
    s.writer = h264(128, 96, 48, 3, {{"x264-params", "open-gop=1"}});
    s.writer.timeBase = {1, 25};
    s.writer.frameRate = {25, 1};
    s.frameCount = 400;
    s.pts = [](int i) { return int64_t{2500} + i; };
    all.push_back(s);
  }
  {
    FixtureSpec s;
    s.fileName = "h264_444_odd.mkv";
    s.description = "H.264 High 4:4:4 at an odd size (129x97), 2 B-frames, GOP 120";
    s.writer = h264(129, 97, 120, 2);
    s.writer.pixelFormat = AV_PIX_FMT_YUV444P;
    s.frameCount = 300;
    all.push_back(s);
  }
  {
    FixtureSpec s;
    s.fileName = "mjpeg_fullrange.avi";
    s.description = "MJPEG, full-range yuvj420p, in AVI";
    s.writer.encoder = "mjpeg";
    s.writer.pixelFormat = AV_PIX_FMT_YUVJ420P;
    s.writer.width = 160;
    s.writer.height = 120;
    s.writer.gopSize = 1;
    s.writer.maxBFrames = 0;
    s.writer.quality = 3;
    s.writer.threads = 1;
    s.frameCount = 200;
    all.push_back(s);
  }
  {
    FixtureSpec s;
    s.fileName = "mpeg4_bframes.avi";
    s.description = "MPEG-4 Part 2 with 2 B-frames, GOP 100, in AVI";
    s.writer.encoder = "mpeg4";
    s.writer.width = 128;
    s.writer.height = 96;
    s.writer.gopSize = 100;
    s.writer.maxBFrames = 2;
    s.writer.quality = 3;
    s.writer.threads = 1;
    s.frameCount = 350;
    all.push_back(s);
  }
  {
    FixtureSpec s;
    s.fileName = "h264_vfr.mp4";
    s.description = "H.264 with variable frame rate (20-67 ms intervals), 2 B-frames, GOP 90";
    s.writer = h264(128, 96, 90, 2);
    s.writer.timeBase = {1, 90000};
    s.writer.frameRate = {30, 1};
    s.frameCount = 360;
    s.pts = [](int i) {
      static const int64_t steps[] = {3000, 3600, 1800, 6000, 3000, 2400};
      int64_t t = 0;
      for (int j = 0; j < i; ++j) t += steps[j % 6];
      return t;
    };
    all.push_back(s);
  }
  return all;
}

FixtureSpec droppedStretchFixture() {
  FixtureSpec s = standardFixtures()[0];
  s.fileName = "h264_dropped_5s.mp4";
  s.description = "H.264 at 30 fps with 5 s of frames missing after frame 149";
  s.frameCount = 300;
  s.pts = [](int i) { return int64_t{i < 150 ? i : i + 150}; };
  return s;
}

namespace {

// The scratch directories this process made, removed when it exits: a quick
// demo alone leaves about 1 GB, and /tmp outlives every CI run.
// PRODROME_KEEP_TEST_TMP=1 keeps them for a look after a failure.
class ScratchDirectories {
 public:
  ~ScratchDirectories() {
    const char* keep = std::getenv("PRODROME_KEEP_TEST_TMP");
    if (keep && *keep && std::string(keep) != "0") return;
    std::error_code ignored;  // a directory still in use elsewhere is left, not fatal at exit
    for (const auto& dir : made_) std::filesystem::remove_all(dir, ignored);
  }
  // True the first time `dir` is made in this process.
  bool first(const std::filesystem::path& dir) {
    std::lock_guard lock(mutex_);
    return made_.insert(dir).second;
  }

 private:
  std::mutex mutex_;
  std::set<std::filesystem::path> made_;
};

}  // namespace

std::filesystem::path scratchDirectory(const std::string& suite) {
  const char* base = std::getenv("PRODROME_TEST_TMP");
  std::filesystem::path root = base && *base ? std::filesystem::path(base) : std::filesystem::temp_directory_path();
  auto dir = root / ("prodrome-" + suite + "-" + std::to_string(::getpid()));
  // A pid is reused across CI stages (release suites, then the sanitizer build) while /tmp persists, so a
  // directory left by an earlier process with the same pid must not leak its projects into this one.
  static ScratchDirectories directories;
  if (directories.first(dir)) std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace prodrome::test
