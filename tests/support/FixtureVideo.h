#pragma once
// Test videos made at test time with libavcodec encoders. Every frame carries
// its own number in its pixels (a 4×4 grid of black/white cells, 16 bits,
// robust to lossy compression), so a test reads back which frame it got.

#include "core/video/VideoWriter.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace prodrome::test {

void drawFrameNumber(uint8_t* rgb, int width, int height, int stride, int number);
// -1 when a cell is too grey to tell (not one of our frames).
int readFrameNumber(const uint8_t* rgb, int width, int height, int stride);

struct FixtureSpec {
  std::string fileName;  // its extension picks the container
  core::VideoWriterOptions writer;
  int frameCount = 0;
  // pts of frame i in writer.timeBase units; default i.
  std::function<int64_t(int)> pts;
  std::string description;
};

// Writes the fixture into `dir` unless a file of that name exists already.
std::filesystem::path makeFixture(const std::filesystem::path& dir, const FixtureSpec& spec);

// The decoder-torture set of the video engine tests: H.264 with B-frames and
// a 300-frame GOP, H.264 open GOP in MPEG-TS with a first pts far from 0,
// H.264 4:4:4 at an odd size, MJPEG (full range) in AVI, MPEG-4 Part 2 with
// B-frames in AVI, variable frame rate H.264 in MP4.
std::vector<FixtureSpec> standardFixtures();

// A recorder that dropped a stretch: 300 frames at 30 fps, 5 s missing after
// frame 149 (pts 0-149, then 300-449). Its mean rate is 20 fps, and frame
// 150, at 10 s in the file, counts as 7.5 s at that rate.
FixtureSpec droppedStretchFixture();

// A per-process scratch directory under PRODROME_TEST_TMP (default: the
// system's temp directory), emptied on first use and removed when the
// process exits unless PRODROME_KEEP_TEST_TMP is set (and not 0).
std::filesystem::path scratchDirectory(const std::string& suite);

}  // namespace prodrome::test
