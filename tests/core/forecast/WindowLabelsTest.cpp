#include "core/forecast/WindowLabels.h"

#include <gtest/gtest.h>

using namespace prodrome::core;

namespace {
std::vector<ForecastPoint> endsEverySecond(int seconds) {
  std::vector<ForecastPoint> p;
  for (int e = 5; e <= seconds; ++e) p.push_back({e, 0.5});  // fps 1: frames are seconds
  return p;
}
}  // namespace

// One seizure at 100–130 s, 1 fps, L = 5, H = 5, gap 20, post-ictal 30.
TEST(WindowLabels, FollowTheClipBuildersDefinitions) {
  WindowLabelOptions o;
  o.windowSeconds = 5;
  o.horizonSeconds = 5;
  o.gapSeconds = 20;
  o.postIctalSeconds = 30;
  const auto points = endsEverySecond(200);
  const auto l = windowLabels(points, {{100, 130}}, 1.0, o);
  auto at = [&](int end) { return l[static_cast<std::size_t>(end - 5)]; };
  for (int e = 95; e <= 100; ++e) EXPECT_EQ(at(e), 1) << e;  // onset within 5 s after the end
  EXPECT_EQ(at(94), -1);   // approaching, beyond the horizon
  EXPECT_EQ(at(81), -1);   // window [76, 81) comes within 19 s of the onset
  EXPECT_EQ(at(80), 0);    // [75, 80) keeps the 20-s gap
  EXPECT_EQ(at(120), -1);  // inside the seizure
  EXPECT_EQ(at(164), -1);  // [159, 164) starts inside the 30-s post-ictal period
  EXPECT_EQ(at(165), 0);   // [160, 165): after it, and 30 s from the offset
}

TEST(WindowLabels, APreictalWindowReachingIntoAnEarlierSeizureIsLeftOut) {
  WindowLabelOptions o;
  o.gapSeconds = 10;
  o.postIctalSeconds = 30;
  // Seizure 1 at 20–40 s, seizure 2 at 65 s: a window ending at 62 (57–62)
  // lies in seizure 1's post-ictal period (until 70).
  const auto l = windowLabels(endsEverySecond(100), {{20, 40}, {65, 80}}, 1.0, o);
  EXPECT_EQ(l[static_cast<std::size_t>(62 - 5)], -1);
}
