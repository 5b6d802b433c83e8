// Frame exactness of VideoSource on the decoder-torture fixtures: every
// frame carries its number in its pixels, so each check is "did we get the
// frame we asked for", not "did we get something".

#include "tests/core/VideoTestUtil.h"

#include <random>

using namespace prodrome;
using namespace prodrome::test;
using Access = core::VideoSource::Access;

namespace {

class FixtureTest : public ::testing::TestWithParam<FixtureSpec> {
 protected:
  void SetUp() override { path_ = fixturePath(GetParam()); }
  std::filesystem::path path_;
};

std::string paramName(const ::testing::TestParamInfo<FixtureSpec>& info) { return testNameOf(info.param.fileName); }

}  // namespace

TEST_P(FixtureTest, ProbeReportsStreamFacts) {
  core::VideoSource src(path_);
  const auto& spec = GetParam();
  const auto& info = src.info();
  EXPECT_EQ(info.width, spec.writer.width);
  EXPECT_EQ(info.height, spec.writer.height);
  EXPECT_EQ(info.frameCount, spec.frameCount);
  EXPECT_GE(info.keyframeCount, 1);
  EXPECT_FALSE(info.codec.empty());
  EXPECT_FALSE(info.pixelFormat.empty());
  EXPECT_GT(info.frameRate.value(), 0.0);
  EXPECT_EQ(info.variableFrameRate, spec.fileName.find("vfr") != std::string::npos) << info.path;
  // Duration from the timestamps the writer gave, within one frame.
  const double tb = av_q2d(spec.writer.timeBase);
  const auto ptsOf = [&](int i) { return spec.pts ? spec.pts(i) : i; };
  const double expected = (ptsOf(spec.frameCount - 1) - ptsOf(0)) * tb;
  EXPECT_NEAR(src.index().secondsOf(src.frameCount() - 1), expected, 0.002);
}

TEST_P(FixtureTest, SequentialReadReturnsEveryFrameInOrder) {
  core::VideoSource src(path_);
  const auto& spec = GetParam();
  const double tb = av_q2d(spec.writer.timeBase);
  const auto ptsOf = [&](int i) { return spec.pts ? spec.pts(i) : i; };
  int64_t k = 0;
  while (auto f = src.next()) {
    ASSERT_EQ(f->number, k);
    ASSERT_EQ(numberIn(*f), k) << "sequential frame " << k;
    ASSERT_NEAR(src.index().secondsOf(k), (ptsOf(static_cast<int>(k)) - ptsOf(0)) * tb, 0.002) << "frame " << k;
    ++k;
  }
  EXPECT_EQ(k, spec.frameCount);
  // Sequential reading must not seek per frame.
  EXPECT_LE(src.stats().seeks, 2);
}

TEST_P(FixtureTest, RandomSeeksReturnExactFrames) {
  core::VideoSource src(path_);
  std::mt19937_64 rng(20261124);
  std::uniform_int_distribution<int64_t> pick(0, src.frameCount() - 1);
  for (int i = 0; i < 500; ++i) {
    const int64_t k = pick(rng);
    // Alternate the access modes so both decode paths are held to the same bar.
    const Access mode = (i % 3 == 0) ? Access::kStep : (i % 3 == 1 ? Access::kJump : Access::kAuto);
    const core::Frame f = src.frame(k, mode);
    ASSERT_EQ(f.number, k);
    ASSERT_EQ(numberIn(f), k) << "seek #" << i << " to frame " << k;
  }
}

TEST_P(FixtureTest, BackwardStepsReturnExactFrames) {
  core::VideoSource src(path_);
  const int64_t n = src.frameCount();
  // Start past a GOP boundary so that stepping back crosses at least one.
  int64_t k = std::min<int64_t>(n - 1, 330);
  src.frame(k, Access::kJump);
  for (int i = 0; i < 200 && k > 0; ++i) {
    --k;
    const core::Frame f = src.frame(k);
    ASSERT_EQ(numberIn(f), k) << "step back #" << i;
  }
  // Then forward again over the same span, all from the cache or the decoder.
  for (int i = 0; i < 50 && k + 1 < n; ++i) {
    ++k;
    ASSERT_EQ(numberIn(src.frame(k)), k) << "step forward #" << i;
  }
}

TEST_P(FixtureTest, TinyCacheStillReturnsExactFrames) {
  core::VideoSourceOptions opts;
  opts.cacheBytes = 0;
  core::VideoSource src(path_, opts);
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<int64_t> pick(0, src.frameCount() - 1);
  for (int i = 0; i < 60; ++i) {
    const int64_t k = pick(rng);
    ASSERT_EQ(numberIn(src.frame(k)), k);
    if (k > 0) {
      ASSERT_EQ(numberIn(src.frame(k - 1)), k - 1);
    }
  }
}

TEST_P(FixtureTest, IndexCacheIsReusedAndEqual) {
  const auto cacheDir = scratchDirectory("index-cache") / testNameOf(GetParam().fileName);
  std::filesystem::remove_all(cacheDir);
  core::VideoSourceOptions opts;
  opts.indexCacheDir = cacheDir;
  core::VideoSource first(path_, opts);
  EXPECT_FALSE(first.stats().indexFromCache);
  core::VideoSource second(path_, opts);
  EXPECT_TRUE(second.stats().indexFromCache);
  EXPECT_EQ(first.index().serialize(), second.index().serialize());
  EXPECT_EQ(numberIn(second.frame(second.frameCount() / 2)), second.frameCount() / 2);
  std::filesystem::remove_all(cacheDir);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FixtureTest, ::testing::ValuesIn(standardFixtures()), paramName);

TEST(VideoSource, StepBackwardDecodesEachGopOnce) {
  const auto specs = standardFixtures();
  const auto path = fixturePath(specs[0]);  // GOP 300
  core::VideoSource src(path);
  src.frame(599, Access::kJump);
  const auto before = src.stats();
  for (int64_t k = 598; k >= 300; --k) ASSERT_EQ(numberIn(src.frame(k)), k);
  const auto after = src.stats();
  // One seek for the whole GOP, not one per step.
  EXPECT_LE(after.seeks - before.seeks, 1);
  EXPECT_GE(after.cacheHits - before.cacheHits, 290);
}

TEST(VideoSource, ASequentialReadKeepsNoPicture) {
  // A forecast reads a whole recording through next(): the pictures it has
  // passed are not kept (a step would have cached them), and the source still
  // steps back exactly, decoding again.
  const auto path = fixturePath(standardFixtures()[0]);
  core::VideoSource src(path);
  int64_t n = 0;
  while (auto f = src.next()) ASSERT_EQ(f->number, n++);
  const auto before = src.stats();
  ASSERT_EQ(numberIn(src.frame(n - 2, Access::kStep)), n - 2);
  EXPECT_EQ(src.stats().cacheHits, before.cacheHits);
  EXPECT_GT(src.stats().framesDecoded, before.framesDecoded);
  // That step cached its run: the frame before is a hit.
  ASSERT_EQ(numberIn(src.frame(n - 3, Access::kStep)), n - 3);
  EXPECT_EQ(src.stats().cacheHits, before.cacheHits + 1);
}

TEST(VideoSource, JumpSkipsNonReferenceFrames) {
  const auto path = fixturePath(standardFixtures()[0]);
  core::VideoSource jump(path);
  jump.frame(290, Access::kJump);
  core::VideoSource step(path);
  step.frame(290, Access::kStep);
  // Same frame, fewer pictures decoded on the way.
  EXPECT_LT(jump.stats().framesDecoded, step.stats().framesDecoded);
}

TEST(VideoSource, OutOfRangeFramesThrow) {
  core::VideoSource src(fixturePath(standardFixtures()[3]));
  EXPECT_THROW(src.frame(-1), std::out_of_range);
  EXPECT_THROW(src.frame(src.frameCount()), std::out_of_range);
  try {
    src.frame(src.frameCount() + 5);
  } catch (const std::out_of_range& e) {
    EXPECT_NE(std::string(e.what()).find("mjpeg_fullrange.avi"), std::string::npos) << e.what();
  }
}

TEST(VideoSource, TransportStreamKeepsItsFirstPts) {
  const auto specs = standardFixtures();
  core::VideoSource src(fixturePath(specs[1]));
  // 100 s into the stream: frame 0 is the first picture, whatever its pts.
  EXPECT_GT(src.index()[0].pts * av_q2d(src.index().timeBase()), 90.0);
  EXPECT_EQ(numberIn(src.frame(0)), 0);
}

TEST(VideoSource, MovedSourceKeepsWorking) {
  core::VideoSource a(fixturePath(standardFixtures()[0]));
  a.frame(10);
  core::VideoSource b = std::move(a);
  EXPECT_EQ(numberIn(b.frame(11)), 11);
}

TEST(VideoSource, KeyframeBeforeShowsOnePictureAndFrameContinuesFromIt) {
  core::VideoSource src(fixturePath(standardFixtures()[0]));  // keyframes 0, 300, 600
  const core::Frame key = src.keyframeBefore(450);
  EXPECT_EQ(key.number, 300);
  EXPECT_EQ(numberIn(key), 300);
  const auto afterKey = src.stats();
  EXPECT_EQ(afterKey.seeks, 1);
  EXPECT_EQ(numberIn(src.frame(450)), 450);
  EXPECT_EQ(src.stats().seeks, 1) << "frame() after keyframeBefore() must not seek again";
  EXPECT_EQ(numberIn(src.keyframeBefore(299)), 0);
}

TEST(VideoSource, KeyframeBeforeOnEveryFixture) {
  for (const auto& spec : standardFixtures()) {
    core::VideoSource src(fixturePath(spec));
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<int64_t> pick(0, src.frameCount() - 1);
    for (int i = 0; i < 20; ++i) {
      const int64_t k = pick(rng);
      const core::Frame key = src.keyframeBefore(k);
      ASSERT_LE(key.number, k) << spec.fileName;
      ASSERT_EQ(numberIn(key), key.number) << spec.fileName << " keyframe before " << k;
      ASSERT_EQ(numberIn(src.frame(k)), k) << spec.fileName;
    }
  }
}
