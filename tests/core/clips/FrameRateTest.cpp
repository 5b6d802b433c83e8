#include "core/Error.h"
#include "core/clips/FrameRate.h"

#include <gtest/gtest.h>

#include <limits>

namespace prodrome::core::test {
namespace {

TEST(FrameRate, RecognisesNtscRatesStoredAsDoubles) {
  const FrameRate ntsc = FrameRate::fromDouble(29.97);
  EXPECT_EQ(ntsc.num, 30000);
  EXPECT_EQ(ntsc.den, 1001);
  const FrameRate exact = FrameRate::fromDouble(30000.0 / 1001.0);
  EXPECT_EQ(exact.num, 30000);
  EXPECT_EQ(exact.den, 1001);
  const FrameRate film = FrameRate::fromDouble(23.976);
  EXPECT_EQ(film.num, 24000);
  EXPECT_EQ(film.den, 1001);
  const FrameRate ntsc60 = FrameRate::fromDouble(59.94);
  EXPECT_EQ(ntsc60.num, 60000);
  EXPECT_EQ(ntsc60.den, 1001);
}

TEST(FrameRate, IntegralAndOtherRates) {
  const FrameRate pal = FrameRate::fromDouble(25.0);
  EXPECT_EQ(pal.num, 25);
  EXPECT_EQ(pal.den, 1);
  const FrameRate half = FrameRate::fromDouble(12.5);
  EXPECT_EQ(half.num, 25);
  EXPECT_EQ(half.den, 2);
  EXPECT_THROW(FrameRate::fromDouble(0), Error);
  EXPECT_THROW(FrameRate::fromDouble(-30), Error);
  EXPECT_THROW(FrameRate::fromDouble(std::numeric_limits<double>::quiet_NaN()), Error);
}

TEST(FrameRate, FramesForRoundsToNearestHalvesUp) {
  const FrameRate ntsc{30000, 1001};
  EXPECT_EQ(ntsc.framesFor(10), 300);      // 299.70
  EXPECT_EQ(ntsc.framesFor(3), 90);        // 89.91
  EXPECT_EQ(ntsc.framesFor(60), 1798);     // 1798.20
  EXPECT_EQ(ntsc.framesFor(1800), 53946);  // 53946.05
  const FrameRate pal{25, 1};
  EXPECT_EQ(pal.framesFor(0.5), 13);  // 12.5, a half: up
  EXPECT_EQ(pal.framesFor(0.1), 3);   // 2.5
  EXPECT_EQ(pal.framesFor(0.06), 2);  // 1.5
  EXPECT_EQ(pal.framesFor(0.019), 0);
  EXPECT_EQ((FrameRate{30, 1}.framesFor(1.0 / 30.0)), 1);
}

}  // namespace
}  // namespace prodrome::core::test
