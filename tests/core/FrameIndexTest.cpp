#include "core/video/FrameIndex.h"

#include <gtest/gtest.h>

using prodrome::core::FrameIndex;
using prodrome::core::FrameIndexEntry;

namespace {

// 10 frames at 1/30 s with keyframes at 0 and 6, pts starting at 1000.
FrameIndex sample() {
  std::vector<FrameIndexEntry> frames;
  for (int i = 0; i < 10; ++i) {
    FrameIndexEntry e;
    e.pts = 1000 + i * 1001;
    e.dts = e.pts - 2002;
    e.pos = 4096 + i * 100;
    e.decodeOrder = i;
    e.duration = 1001;
    e.keyframe = (i == 0 || i == 6);
    frames.push_back(e);
  }
  return FrameIndex(frames, AVRational{1, 30000}, 0, FrameIndex::Matching::kPts);
}

}  // namespace

TEST(FrameIndex, LooksUpFramesByPts) {
  const auto idx = sample();
  EXPECT_EQ(idx.frameForPts(1000), 0);
  EXPECT_EQ(idx.frameForPts(1000 + 9 * 1001), 9);
  EXPECT_EQ(idx.frameForPts(1001), -1);
  EXPECT_EQ(idx.frameAtOrBefore(0), 0);
  EXPECT_EQ(idx.frameAtOrBefore(1000 + 3 * 1001 + 500), 3);
  EXPECT_EQ(idx.frameAtOrBefore(INT64_MAX), 9);
}

TEST(FrameIndex, KeyframeSlotIsLastKeyframeAtOrBefore) {
  const auto idx = sample();
  ASSERT_EQ(idx.keyframes(), (std::vector<int64_t>{0, 6}));
  EXPECT_EQ(idx.keyframeSlotFor(0), 0u);
  EXPECT_EQ(idx.keyframeSlotFor(5), 0u);
  EXPECT_EQ(idx.keyframeSlotFor(6), 1u);
  EXPECT_EQ(idx.keyframeSlotFor(9), 1u);
}

TEST(FrameIndex, FrameZeroIsAlwaysAStart) {
  std::vector<FrameIndexEntry> frames(3);
  for (int i = 0; i < 3; ++i) frames[i].pts = i;
  frames[2].keyframe = true;
  FrameIndex idx(frames, AVRational{1, 25}, 0, FrameIndex::Matching::kPts);
  EXPECT_EQ(idx.keyframes(), (std::vector<int64_t>{0, 2}));
}

TEST(FrameIndex, TimesAndRates) {
  const auto idx = sample();
  EXPECT_DOUBLE_EQ(idx.secondsOf(0), 0.0);
  EXPECT_NEAR(idx.secondsOf(3), 3 * 1001 / 30000.0, 1e-12);
  EXPECT_NEAR(idx.durationSeconds(), 10 * 1001 / 30000.0, 1e-12);
  const AVRational r = idx.estimatedFrameRate();
  EXPECT_EQ(r.num, 30000);
  EXPECT_EQ(r.den, 1001);
  EXPECT_FALSE(idx.variableFrameRate());
}

TEST(FrameIndex, DetectsVariableFrameRate) {
  std::vector<FrameIndexEntry> frames(6);
  const int64_t pts[] = {0, 33, 66, 140, 173, 300};
  for (int i = 0; i < 6; ++i) frames[i].pts = pts[i];
  FrameIndex idx(frames, AVRational{1, 1000}, 0, FrameIndex::Matching::kPts);
  EXPECT_TRUE(idx.variableFrameRate());
  EXPECT_EQ(av_q2d(idx.estimatedFrameRate()), 1000.0 / 33);
}

TEST(FrameIndex, SerializationRoundTrips) {
  const auto idx = sample();
  const auto copy = FrameIndex::deserialize(idx.serialize());
  EXPECT_EQ(copy.serialize(), idx.serialize());
  EXPECT_EQ(copy.size(), 10);
  EXPECT_EQ(copy[7].pos, idx[7].pos);
  EXPECT_EQ(copy.keyframes(), idx.keyframes());
  EXPECT_EQ(copy.timeBase().den, 30000);
}

TEST(FrameIndex, DamagedCacheFilesAreRejected) {
  const std::string good = sample().serialize();
  EXPECT_THROW(FrameIndex::deserialize(""), std::runtime_error);
  EXPECT_THROW(FrameIndex::deserialize("not an index at all, just text"), std::runtime_error);
  EXPECT_THROW(FrameIndex::deserialize(good.substr(0, good.size() - 7)), std::runtime_error);
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x5a;
  EXPECT_THROW(FrameIndex::deserialize(flipped), std::runtime_error);
  std::string otherVersion = good;
  otherVersion[8] = 99;
  EXPECT_THROW(FrameIndex::deserialize(otherVersion), std::runtime_error);
}
