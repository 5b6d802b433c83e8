// The encoder's output is a function of the pictures alone. swscale's SIMD
// RGB input readers load up to 16 bytes past a row's end; when VideoWriter
// handed them the caller's tightly packed picture, whatever lay after it on
// the heap leaked into the encoded file, so two synthetic projects made from
// the same seed differed in one video depending on the heap's layout (and
// stage 1 then gave different losses). These tests pin that down: garbage
// after the picture changes nothing, and a picture in a buffer of exactly
// its size is never read past (it ends at an inaccessible page). And x264's
// AVX-512 kernels, whose output did depend on the memory layout (two
// processes differing only in their environment's size encoded one synthetic
// video differently), stay off.

#include "core/video/VideoWriter.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

extern "C" {
#include <libavutil/cpu.h>
#include <libavutil/log.h>
}

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

using namespace prodrome;

namespace {

constexpr int kWidth = 64, kHeight = 48, kFrames = 12;

// A picture with structure in every row up to the last pixel, the region
// the over-read touched: a gradient with a square moving along the bottom.
void paint(std::uint8_t* rgb, int frame) {
  for (int y = 0; y < kHeight; ++y) {
    for (int x = 0; x < kWidth; ++x) {
      std::uint8_t* p = rgb + (static_cast<std::size_t>(y) * kWidth + x) * 3;
      const bool square = y >= kHeight - 10 && x >= 4 * frame % kWidth && x < 4 * frame % kWidth + 10;
      p[0] = square ? 250 : static_cast<std::uint8_t>(3 * x + y);
      p[1] = square ? 20 : static_cast<std::uint8_t>(2 * y + frame);
      p[2] = static_cast<std::uint8_t>(x ^ y);
    }
  }
}

core::VideoWriterOptions options() {
  core::VideoWriterOptions o;
  o.width = kWidth;
  o.height = kHeight;
  o.gopSize = 6;
  o.maxBFrames = 2;
  o.threads = 1;
  o.codecOptions = {{"preset", "veryfast"}, {"crf", "26"}};
  return o;
}

// Encodes kFrames pictures, each at the start of a buffer of `slack` bytes
// more than the picture, the slack filled with `fill`.
std::string encode(const std::filesystem::path& path, std::size_t slack, std::uint8_t fill) {
  const std::size_t bytes = static_cast<std::size_t>(kWidth) * kHeight * 3;
  {
    core::VideoWriter writer(path, options());
    for (int i = 0; i < kFrames; ++i) {
      // A fresh allocation per frame, as a renderer's buffer could be.
      auto buffer = std::make_unique<std::uint8_t[]>(bytes + slack);
      paint(buffer.get(), i);
      std::fill(buffer.get() + bytes, buffer.get() + bytes + slack, fill);
      writer.writeRgb(buffer.get(), kWidth * 3, i);
    }
    writer.finish();
  }
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST(VideoWriter, WhatFollowsThePictureInMemoryDoesNotReachTheFile) {
  const auto dir = test::scratchDirectory("video-writer");
  const auto zeros = encode(dir / "zeros.mp4", 64, 0x00);
  const auto ones = encode(dir / "ones.mp4", 64, 0xff);
  ASSERT_FALSE(zeros.empty());
  EXPECT_TRUE(zeros == ones) << "the encoded video depends on bytes after the picture";
}

TEST(VideoWriter, APictureEndingAtAnInaccessiblePageIsEncoded) {
  // swscale's readers are assembly that AddressSanitizer does not see, so the
  // picture ends where a PROT_NONE page begins: a read past it crashes.
  const std::size_t bytes = static_cast<std::size_t>(kWidth) * kHeight * 3;
  const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  const std::size_t usable = (bytes + page - 1) / page * page;
  void* map = ::mmap(nullptr, usable + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(map, MAP_FAILED);
  auto* base = static_cast<std::uint8_t*>(map);
  ASSERT_EQ(::mprotect(base + usable, page, PROT_NONE), 0);
  std::uint8_t* picture = base + usable - bytes;

  const auto dir = test::scratchDirectory("video-writer");
  {
    core::VideoWriter writer(dir / "guarded.mp4", options());
    for (int i = 0; i < kFrames; ++i) {
      paint(picture, i);
      writer.writeRgb(picture, kWidth * 3, i);
    }
    writer.finish();
  }
  ::munmap(map, usable + page);
  std::ifstream in(dir / "guarded.mp4", std::ios::binary);
  const std::string guarded{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  EXPECT_TRUE(guarded == encode(dir / "padded.mp4", 64, 0x5a));
}

namespace {
std::mutex logMutex;
std::string* logSink = nullptr;
void captureLog(void*, int level, const char* format, va_list args) {
  if (level > AV_LOG_INFO) return;
  char line[1024];
  std::vsnprintf(line, sizeof line, format, args);
  std::lock_guard lock(logMutex);
  if (logSink) logSink->append(std::string(line));
}
}  // namespace

TEST(VideoWriter, X264RunsWithoutItsAvx512KernelsWhoseOutputDependsOnMemoryLayout) {
  if (!(av_get_cpu_flags() & AV_CPU_FLAG_AVX512)) GTEST_SKIP() << "this CPU has no AVX-512: x264 never uses it";
  std::string log;
  {
    std::lock_guard lock(logMutex);
    logSink = &log;
  }
  const int level = av_log_get_level();
  av_log_set_level(AV_LOG_INFO);
  av_log_set_callback(captureLog);
  const auto dir = test::scratchDirectory("video-writer");
  encode(dir / "capped.mp4", 0, 0);
  auto chosen = options();
  chosen.codecOptions["x264-params"] = "asm=auto";  // the caller's own choice stands
  { core::VideoWriter writer(dir / "chosen.mp4", chosen); }
  av_log_set_callback(av_log_default_callback);
  av_log_set_level(level);
  {
    std::lock_guard lock(logMutex);
    logSink = nullptr;
  }
  const auto first = log.find("using cpu capabilities:");
  ASSERT_NE(first, std::string::npos) << log;
  const auto second = log.find("using cpu capabilities:", first + 1);
  ASSERT_NE(second, std::string::npos) << log;
  const std::string capped = log.substr(first, log.find('\n', first) - first);
  const std::string asked = log.substr(second, log.find('\n', second) - second);
  EXPECT_NE(capped.find("AVX2"), std::string::npos) << capped;
  EXPECT_EQ(capped.find("AVX512"), std::string::npos) << capped;
  EXPECT_NE(asked.find("AVX512"), std::string::npos) << asked;
}
