// A night of several files read as one (issue 14 §1): every frame exact in its
// own file, stepping across boundaries both ways, a time in a gap or an
// overlap, the next file prepared ahead, at most three files held, and a
// missing file named when it is read.

#include "core/video/ChainedVideoSource.h"
#include "tests/core/VideoTestUtil.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using namespace prodrome;

namespace {

// File i: 30 + 10 i frames at 25 fps, 96 + 16 i pixels wide (so a frame says
// which file it came from), H.264 with B-frames and a GOP of 12.
test::FixtureSpec chainFile(int i) {
  test::FixtureSpec s;
  s.fileName = "chain_" + std::to_string(i) + ".mp4";
  s.writer.encoder = "libx264";
  s.writer.width = 96 + 16 * i;
  s.writer.height = 64;
  s.writer.timeBase = {1, 25};
  s.writer.frameRate = {25, 1};
  s.writer.gopSize = 12;
  s.writer.maxBFrames = 2;
  s.writer.threads = 1;
  s.writer.codecOptions = {{"preset", "veryfast"}, {"crf", "18"}, {"x264-params", "scenecut=0:keyint=12:min-keyint=12"}};
  s.frameCount = 30 + 10 * i;
  return s;
}

// Four files: 0 s (30 frames = 1.2 s), contiguous 1.2 s (40 = 1.6 s), then a
// 2 s gap to 4.8 s (50 = 2 s), and one overlapping its end by 0.4 s at 6.4 s.
std::vector<core::ChainedFile> night() {
  const double starts[4] = {0.0, 1.2, 4.8, 6.4};
  std::vector<core::ChainedFile> files;
  for (int i = 0; i < 4; ++i) {
    const auto spec = chainFile(i);
    files.push_back({test::fixturePath(spec), starts[i], spec.frameCount, 25.0});
  }
  return files;
}

core::VideoSourceOptions noDiskCache() {
  core::VideoSourceOptions o;
  o.useIndexCache = false;
  return o;
}

void expectFrame(core::ChainedVideoSource& chain, core::ChainPosition p) {
  const core::Frame f = chain.frame(p);
  EXPECT_EQ(f.width(), 96 + 16 * static_cast<int>(p.file)) << "file " << p.file << " frame " << p.frame;
  EXPECT_EQ(test::numberIn(f), p.frame) << "file " << p.file;
}

}  // namespace

TEST(ChainedVideoSource, StepsAcrossEveryBoundaryBothWays) {
  core::ChainedVideoSource chain(night(), noDiskCache());
  core::ChainPosition p{0, 0};
  int frames = 1;
  expectFrame(chain, p);
  while (const auto next = chain.step(p, 1)) {
    p = *next;
    expectFrame(chain, p);
    ++frames;
    EXPECT_LE(chain.openFiles().size(), 3u);
  }
  EXPECT_EQ(frames, 30 + 40 + 50 + 60);
  EXPECT_EQ(p, (core::ChainPosition{3, 59}));
  // And back over every boundary to the first file's start.
  for (int i = 0; i < 60; ++i) p = *chain.step(p, -1);
  EXPECT_EQ(p, (core::ChainPosition{2, 49}));
  while (const auto previous = chain.step(p, -1)) {
    p = *previous;
    expectFrame(chain, p);
    --frames;
  }
  EXPECT_EQ(p, (core::ChainPosition{0, 0}));
  EXPECT_EQ(frames, 180 - (49 + 40 + 30));  // every frame before {2, 49} read once more, back to the first
  EXPECT_EQ(chain.step({1, 0}, -1), (core::ChainPosition{0, 29}));
  EXPECT_EQ(chain.step({0, 29}, 41), (core::ChainPosition{2, 0}));  // the gap holds no frame
  EXPECT_FALSE(chain.step({0, 0}, -1));
  EXPECT_FALSE(chain.step({3, 59}, 1));
}

TEST(ChainedVideoSource, TimesFallInAFileAGapOrTheEarlierOfTwo) {
  core::ChainedVideoSource chain(night(), noDiskCache());
  EXPECT_EQ(chain.at(0.0), (core::ChainPosition{0, 0}));
  EXPECT_EQ(chain.at(1.16), (core::ChainPosition{0, 29}));
  EXPECT_EQ(chain.at(1.2), (core::ChainPosition{1, 0}));  // contiguous: the next file's first frame
  EXPECT_FALSE(chain.at(3.0));                            // the gap
  EXPECT_EQ(chain.at(4.8), (core::ChainPosition{2, 0}));
  EXPECT_EQ(chain.at(6.5), (core::ChainPosition{2, 42}));  // the overlap: the earlier file
  EXPECT_EQ(chain.at(6.8), (core::ChainPosition{3, 10}));
  EXPECT_FALSE(chain.at(-0.1));
  EXPECT_FALSE(chain.at(8.8));
  EXPECT_DOUBLE_EQ(chain.secondsOf({2, 25}), 5.8);
}

TEST(ChainedVideoSource, TheNextFileIsPreparedAheadAndAJumpDropsFarFiles) {
  core::ChainedVideoSource chain(night(), noDiskCache());
  expectFrame(chain, {0, 5});
  EXPECT_EQ(chain.openFiles(), (std::vector<std::size_t>{0}));
  // The worker opens file 1 and decodes its first frame while file 0 plays.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (!chain.isReady(1) && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  EXPECT_TRUE(chain.isReady(1));
  expectFrame(chain, {1, 0});
  EXPECT_EQ(chain.openFiles(), (std::vector<std::size_t>{0, 1}));
  // A jump to the last file keeps only it (and its neighbours when open).
  expectFrame(chain, {3, 30});
  EXPECT_EQ(chain.openFiles(), (std::vector<std::size_t>{3}));
  expectFrame(chain, {2, 10});
  EXPECT_EQ(chain.openFiles(), (std::vector<std::size_t>{2, 3}));
}

// Neighbours are prepared only near a boundary (the last or first 10 s): a
// seek into the middle of a file sets no worker decoding beside it. At a
// nominal 1 fps, 10 s are 10 frames of these 30–60 frame files.
TEST(ChainedVideoSource, NeighboursArePreparedNearABoundaryOnly) {
  auto files = night();
  for (auto& f : files) f.fps = 1.0;
  core::ChainedVideoSource chain(files, noDiskCache());
  const auto waitReady = [&chain](std::size_t file) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!chain.isReady(file) && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return chain.isReady(file);
  };
  expectFrame(chain, {1, 20});  // 40 frames: 10 from either end
  EXPECT_FALSE(chain.isReady(0));
  EXPECT_FALSE(chain.isReady(2));
  expectFrame(chain, {1, 30});  // the last 10 s: the next file
  EXPECT_TRUE(waitReady(2));
  EXPECT_FALSE(chain.isReady(0));
  expectFrame(chain, {1, 9});  // the first 10 s: the previous file, from its end
  EXPECT_TRUE(waitReady(0));
  EXPECT_EQ(chain.step({1, 0}, -1), (core::ChainPosition{0, 29}));
  expectFrame(chain, {0, 29});
}

TEST(ChainedVideoSource, AMissingFileIsNamedWhenReadAndTheRestStillPlays) {
  auto files = night();
  files[1].path = files[1].path.parent_path() / "night_part2_gone.mp4";
  core::ChainedVideoSource chain(files, noDiskCache());
  expectFrame(chain, {0, 29});  // prepares the missing file ahead: no error yet
  try {
    chain.frame({1, 0});
    ADD_FAILURE() << "read a missing file";
  } catch (const core::VideoError& e) {
    EXPECT_NE(e.path().find("night_part2_gone.mp4"), std::string::npos) << e.what();
  }
  expectFrame(chain, {2, 0});
  EXPECT_THROW(chain.frame({0, 30}), std::out_of_range);
  EXPECT_THROW(chain.frame({4, 0}), std::out_of_range);
  EXPECT_THROW(core::ChainedVideoSource({}, {}), core::Error);
  EXPECT_THROW(core::ChainedVideoSource({{files[0].path, 0, 0, 25}}, {}), core::Error);
}
