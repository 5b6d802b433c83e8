// core/pipeline/BriefJerks: which bursts count as brief jerks, when a window
// knows of them, and how they are weighed beside a head's probability.

#include "core/pipeline/BriefJerks.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace prodrome::core {
namespace {

// 60 frames of stillness (energy 0.001), with `burst` written from frame 20.
std::vector<double> stillWith(const std::vector<double>& burst, std::size_t at = 20, std::size_t n = 60) {
  std::vector<double> e(n, 0.001);
  for (std::size_t i = 0; i < burst.size(); ++i) e[at + i] = burst[i];
  return e;
}

TEST(BriefJerks, ABurstFromStillnessIsOneJerkKnownFourFramesLaterAt15Fps) {
  // A jerk and its return: two frames of movement.
  const auto jerks = briefJerks(stillWith({1.0, 0.9}), {}, 15);
  ASSERT_EQ(jerks.size(), 1u);
  EXPECT_EQ(jerks[0], 24);  // frame 20 is a jerk once frame 24 (0.27 s on) is in
  EXPECT_EQ(jerkDelayFrames(15), 4);
  // One frame alone counts too, and so does the larger frame of a pair.
  EXPECT_EQ(briefJerks(stillWith({0.5}), {}, 15), std::vector<std::int64_t>{24});
  EXPECT_EQ(briefJerks(stillWith({0.6, 1.2}), {}, 15), std::vector<std::int64_t>{25});
}

TEST(BriefJerks, SustainedMovementWeakMovementAndKeyframePulsesAreNone) {
  // A peak inside a movement that goes on: its surround is busy.
  std::vector<double> busy(60, 0.001);
  for (std::size_t k = 10; k < 40; ++k) busy[k] = 0.8;
  busy[20] = 1.0;
  EXPECT_TRUE(briefJerks(busy, {}, 15).empty());
  // A movement that starts and decays slowly: 0.2 s on it still moves.
  EXPECT_TRUE(briefJerks(stillWith({1.0, 0.9, 0.8, 0.7, 0.6, 0.5}), {}, 15).empty());
  // Below the least energy of a jerk.
  EXPECT_TRUE(briefJerks(stillWith({0.25, 0.2}), {}, 15).empty());
  // A measure in other units brings its own least value.
  EXPECT_EQ(briefJerks(stillWith({0.25, 0.2}), {}, 15, 0.2), std::vector<std::int64_t>{24});
  EXPECT_TRUE(briefJerks(stillWith({1.0, 0.9}), {}, 15, 1.0).empty());
  // The same burst on a keyframe: the codec's pulse, not movement.
  std::vector<std::uint8_t> keyframes(60, 0);
  keyframes[20] = 1;
  EXPECT_TRUE(briefJerks(stillWith({0.5}), keyframes, 15).empty());
  // A keyframe elsewhere changes nothing.
  keyframes[20] = 0;
  keyframes[30] = 1;
  EXPECT_EQ(briefJerks(stillWith({0.5}), keyframes, 15).size(), 1u);
}

TEST(BriefJerks, TheSurroundIsInSecondsNotFrames) {
  // Two movements three frames apart. At 15 fps that is 0.2 s, where each
  // reads the other as its surround: neither is brief. At 30 fps they are
  // 0.1 s apart and the surround is 6 and 8 frames away, quiet: two jerks.
  const auto e = stillWith({1.0, 0.1, 0.1, 0.6});
  EXPECT_TRUE(briefJerks(e, {}, 15).empty());
  EXPECT_EQ(briefJerks(e, {}, 30), (std::vector<std::int64_t>{28, 31}));
  EXPECT_EQ(jerkDelayFrames(30), 8);  // 28 and 31 are frames 20 and 23 known 8 frames on
  EXPECT_THROW(jerkDelayFrames(0), std::invalid_argument);
  EXPECT_THROW(briefJerks(e, {}, 0), std::invalid_argument);
  // Too near either end to read its surround: none, and no read past the end.
  EXPECT_TRUE(briefJerks(stillWith({1.0}, 2, 10), {}, 15).empty());
  EXPECT_TRUE(briefJerks(stillWith({1.0}, 7, 10), {}, 15).empty());
}

TEST(BriefJerks, AWindowCountsTheJerksKnownInsideIt) {
  const std::vector<std::int64_t> jerks{24, 50, 51};
  EXPECT_EQ(jerksInWindow(jerks, 0, 24), 0);  // frame 24 is not in [0, 24)
  EXPECT_EQ(jerksInWindow(jerks, 0, 25), 1);
  EXPECT_EQ(jerksInWindow(jerks, 25, 52), 2);
  EXPECT_EQ(jerksInWindow(jerks, 52, 100), 0);
  EXPECT_EQ(jerksInWindow(jerks, 30, 30), 0);
}

TEST(BriefJerks, EachJerkLeavesTheWeightsShareOfTheDoubt) {
  EXPECT_DOUBLE_EQ(withJerks(0.2, 0, 0.5), 0.2);
  EXPECT_DOUBLE_EQ(withJerks(0.2, 3, 0.0), 0.2);
  EXPECT_DOUBLE_EQ(withJerks(0.2, 1, 0.5), 0.6);
  EXPECT_DOUBLE_EQ(withJerks(0.2, 2, 0.5), 0.8);
  // More jerks or a likelier head: never less likely.
  EXPECT_LT(withJerks(0.2, 1, 0.25), withJerks(0.2, 2, 0.25));
  EXPECT_LT(withJerks(0.2, 1, 0.25), withJerks(0.3, 1, 0.25));
  EXPECT_LT(withJerks(0.99, 20, 0.75), 1.0 + 1e-12);
  EXPECT_THROW(withJerks(0.2, 1, 1.0), std::invalid_argument);
  EXPECT_THROW(withJerks(0.2, 1, -0.1), std::invalid_argument);
  EXPECT_THROW(withJerks(0.2, -1, 0.5), std::invalid_argument);

  std::vector<double> p{0.1, 0.2, 0.3};
  weighJerks(p, {0, 1, 2}, 0.5);
  EXPECT_DOUBLE_EQ(p[0], 0.1);
  EXPECT_DOUBLE_EQ(p[1], 0.6);
  EXPECT_DOUBLE_EQ(p[2], 1 - 0.7 * 0.25);
  EXPECT_THROW(weighJerks(p, {0, 1}, 0.5), std::invalid_argument);
}

}  // namespace
}  // namespace prodrome::core
