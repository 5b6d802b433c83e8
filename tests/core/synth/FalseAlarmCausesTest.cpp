// Where false alarms fell on a hand-made schedule: a decoy's alarms are the
// look-alike's price, an alarm in the window after it is too, an alarm long
// before an onset is early in a pre-ictal phase, and the rest is ordinary
// time. Real alarms from evaluateAlarms, so the outcomes are the product's.

#include "core/synth/FalseAlarmCauses.h"

#include "HandMadeSchedule.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace prodrome::core;
using namespace prodrome::core::synth;

namespace {

// 10 fps; a 12-s pre-ictal phase before the onset at 200 s; a 15-s decoy from 400 s.
Schedule decoyAfter12() { return handmade::preictalAndDecoy(12, 15); }

EventMetrics alarmsAt(const Schedule& s, std::vector<std::int64_t> windowEnds) {
  std::vector<ForecastPoint> points;
  for (const auto e : windowEnds) points.push_back({e, 1.0});
  return evaluateAlarms(points, {{2000, 2300}}, s.fps, s.frameCount, handmade::demoAlarmOptions());
}

}  // namespace

TEST(FalseAlarmCauses, EachFalseAlarmFallsWhereTheScheduleSays) {
  const Schedule s = decoyAfter12();
  // 100 s: ordinary time. 1900: 10 s before the onset, early in the phase.
  // 1980: 2 s before it (true). 2100: during the seizure (neither).
  // 4050: in the decoy. 4160: 1 s after its end. 4300: 15 s after it.
  const auto m = alarmsAt(s, {1000, 1900, 1980, 2100, 4050, 4160, 4300});
  ASSERT_EQ(m.trueAlarms, 1);
  ASSERT_EQ(m.falseAlarms, 5);
  const auto c = falseAlarmCauses(s, m.alarms, 5, 5);
  EXPECT_EQ(c.insideLookAlike, 1);
  EXPECT_EQ(c.afterLookAlike, 1);
  EXPECT_EQ(c.earlyInPreictal, 1);
  EXPECT_EQ(c.elsewhere, 2);
  EXPECT_EQ(c.total(), m.falseAlarms);
}

TEST(FalseAlarmCauses, TheEdgesFollowTheLastFrameEachWindowRead) {
  const Schedule s = decoyAfter12();
  // The window ending at 4000 read frame 3999, just before the decoy; the
  // one ending at 4051 read frame 4050, inside it. The one ending at 4200
  // read frame 4199, 49 frames after the decoy's end (4150): a 5-s window
  // still holds the decoy; the one ending at 4251 no longer does. A window
  // ending at 1950 opens the horizon (true); one ending at 1949 read frame
  // 1948, early in the phase.
  const auto m = alarmsAt(s, {1949, 4000, 4051, 4200, 4251});
  ASSERT_EQ(m.falseAlarms, 5);
  auto c = falseAlarmCauses(s, m.alarms, 5, 5);
  EXPECT_EQ(c.earlyInPreictal, 1);
  EXPECT_EQ(c.insideLookAlike, 1);
  EXPECT_EQ(c.afterLookAlike, 1);
  EXPECT_EQ(c.elsewhere, 2);
  // A 2-s window no longer holds the decoy 4.9 s after its end.
  c = falseAlarmCauses(s, m.alarms, 2, 5);
  EXPECT_EQ(c.afterLookAlike, 0);
  EXPECT_EQ(c.elsewhere, 3);
}

TEST(FalseAlarmCauses, TotalsAddAndNonsenseIsRefused) {
  FalseAlarmCauses a{1, 2, 3, 4}, b{10, 20, 30, 40};
  a.add(b);
  EXPECT_EQ(a.insideLookAlike, 11);
  EXPECT_EQ(a.afterLookAlike, 22);
  EXPECT_EQ(a.earlyInPreictal, 33);
  EXPECT_EQ(a.elsewhere, 44);
  EXPECT_EQ(a.total(), 110);
  EXPECT_THROW(falseAlarmCauses(decoyAfter12(), {}, 0, 5), std::invalid_argument);
  EXPECT_THROW(falseAlarmCauses(decoyAfter12(), {}, 5, -1), std::invalid_argument);
}
