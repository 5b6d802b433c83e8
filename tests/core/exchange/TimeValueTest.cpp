#include "core/exchange/TimeValue.h"

#include <gtest/gtest.h>

using namespace prodrome::core;

namespace {

std::int64_t frameOf(const char* text, FrameRate rate = {30, 1}) {
  std::string error;
  const auto f = parseTimeToFrame(text, rate, &error);
  EXPECT_TRUE(f.has_value()) << text << ": " << error;
  return f.value_or(-1);
}

bool rejected(const char* text) {
  std::string error;
  const bool bad = !parseTimeToFrame(text, FrameRate{30, 1}, &error).has_value();
  EXPECT_TRUE(!bad || !error.empty());
  return bad;
}

}  // namespace

TEST(TimeValue, DigitsAreFrameNumbers) {
  EXPECT_EQ(frameOf("0"), 0);
  EXPECT_EQ(frameOf(" 1234 "), 1234);
}

TEST(TimeValue, DecimalsAndSuffixAreSeconds) {
  EXPECT_EQ(frameOf("12.5"), 375);
  EXPECT_EQ(frameOf("12.5s"), 375);
  EXPECT_EQ(frameOf("12s"), 360);
  EXPECT_EQ(frameOf("0.05"), 2);  // 1.5 frames: a half rounds up
  EXPECT_EQ(frameOf("10", FrameRate{30000, 1001}), 10);
  EXPECT_EQ(frameOf("10.0", FrameRate{30000, 1001}), 300);  // 299.7
}

TEST(TimeValue, ClockTimes) {
  EXPECT_EQ(frameOf("00:00:01.000"), 30);
  EXPECT_EQ(frameOf("01:02:03.5"), (3600 + 120 + 3) * 30 + 15);
  EXPECT_EQ(frameOf("02:03"), 123 * 30);
}

// A time no recording reaches is refused as such, not turned into a frame
// number that wraps around to a negative one.
TEST(TimeValue, ATimeBeyondAnyRecordingIsRefused) {
  for (const char* huge : {"99999999999999999999s", "1000000001.0", "1000000000.5s", "300000:00:00"}) {
    std::string error;
    EXPECT_FALSE(parseTimeToFrame(huge, FrameRate{30, 1}, &error).has_value()) << huge;
    EXPECT_NE(error.find("is beyond any recording"), std::string::npos) << huge << ": " << error;
  }
  EXPECT_EQ(frameOf("1000000000s", FrameRate{1, 1}), 1000000000);
}

TEST(TimeValue, GarbageIsRejected) {
  for (const char* bad : {"", "abc", "-5", "1e3", "12.5.1", "1:2:3:4", "00:61:00", "1.5:00", "s", "12ss"})
    EXPECT_TRUE(rejected(bad)) << bad;
}
