#include "core/forecast/AlarmMetrics.h"

#include <gtest/gtest.h>

#include <cmath>

namespace prodrome::core {
namespace {

// 10 fps, one window end per second (every 10 frames), 1 h = 36000 frames.
constexpr double kFps = 10;

std::vector<ForecastPoint> curve(std::int64_t frames, const std::vector<std::pair<std::int64_t, double>>& highs) {
  std::vector<ForecastPoint> points;
  for (std::int64_t e = 10; e <= frames; e += 10) {
    double p = 0.1;
    for (const auto& [frame, prob] : highs)
      if (frame == e) p = prob;
    points.push_back({e, p});
  }
  return points;
}

TEST(AlarmMetrics, ForecastSeizureWithWarningTime) {
  // Onset at frame 1000 (100 s); an alarm at 970 (3 s before) is inside H = 5 s.
  const auto points = curve(36000, {{970, 0.9}, {980, 0.8}});
  AlarmOptions options;
  options.threshold = 0.5;
  const auto m = evaluateAlarms(points, {{1000, 1200}}, kFps, 36000, options);
  ASSERT_EQ(m.alarms.size(), 1u);  // 980 falls in the refractory time of 970
  EXPECT_EQ(m.alarms[0].frame, 970);
  EXPECT_EQ(m.alarms[0].outcome, AlarmOutcome::True);
  EXPECT_EQ(m.forecastSeizures, 1);
  EXPECT_DOUBLE_EQ(m.sensitivity, 1.0);
  EXPECT_DOUBLE_EQ(m.meanWarningSeconds, 3.0);
  EXPECT_EQ(m.falseAlarms, 0);
  EXPECT_DOUBLE_EQ(m.falseAlarmsPerHour, 0.0);
}

TEST(AlarmMetrics, AlarmBeforeHorizonIsFalseAndSeizureMissed) {
  // 6 s before the onset: outside [o − 5 s, o].
  const auto points = curve(36000, {{940, 0.9}});
  const auto m = evaluateAlarms(points, {{1000, 1200}}, kFps, 36000, {});
  ASSERT_EQ(m.alarms.size(), 1u);
  EXPECT_EQ(m.alarms[0].outcome, AlarmOutcome::False);
  EXPECT_EQ(m.forecastSeizures, 0);
  EXPECT_DOUBLE_EQ(m.sensitivity, 0.0);
  EXPECT_TRUE(std::isnan(m.meanWarningSeconds));
  // Inter-ictal time: 3600 s minus the seizure (20 s) and 60 s post-ictal.
  EXPECT_NEAR(m.interictalHours, (3600.0 - 80.0) / 3600.0, 1e-12);
  EXPECT_NEAR(m.falseAlarmsPerHour, 1.0 / ((3600.0 - 80.0) / 3600.0), 1e-9);
}

TEST(AlarmMetrics, AlarmsDuringSeizureAndPostIctalAreNotFalse) {
  const auto points = curve(36000, {{1100, 0.9}, {1500, 0.9}, {1900, 0.9}});
  const auto m = evaluateAlarms(points, {{1000, 1200}}, kFps, 36000, {});
  ASSERT_EQ(m.alarms.size(), 3u);
  EXPECT_EQ(m.alarms[0].outcome, AlarmOutcome::DuringSeizure);  // ictal
  EXPECT_EQ(m.alarms[1].outcome, AlarmOutcome::DuringSeizure);  // 30 s after the offset
  EXPECT_EQ(m.alarms[2].outcome, AlarmOutcome::False);          // 70 s after the offset
  EXPECT_EQ(m.falseAlarms, 1);
  EXPECT_EQ(m.trueAlarms, 0);
}

// A missed seizure whose first alarm came while it lasted is late, by the
// time from its onset to that alarm; a forecast one, one with no alarm in it,
// and one without an offset are not.
TEST(AlarmMetrics, AMissedSeizuresFirstAlarmInsideItIsLate) {
  // Seizures at 100–120 s (an alarm at 101.0 s, then at 112 s), 300–320 s
  // (forecast at 297 s, an alarm at 305 s too), 500–520 s (no alarm inside;
  // one at 530 s, post-ictal) and an open one at 700 s (an alarm at 710 s).
  const auto points = curve(36000, {{1010, 0.9}, {1120, 0.9}, {2970, 0.9}, {3050, 0.9}, {5300, 0.9}, {7100, 0.9}});
  const auto m =
      evaluateAlarms(points, {{1000, 1200}, {3000, 3200}, {5000, 5200}, {7000, std::nullopt}}, kFps, 36000, {});
  ASSERT_EQ(m.seizures.size(), 4u);
  EXPECT_FALSE(m.seizures[0].forecast);
  EXPECT_DOUBLE_EQ(m.seizures[0].lateSeconds, 1.0);  // the first alarm inside, not the second
  EXPECT_TRUE(m.seizures[1].forecast);
  EXPECT_TRUE(std::isnan(m.seizures[1].lateSeconds));
  EXPECT_FALSE(m.seizures[2].forecast);
  EXPECT_TRUE(std::isnan(m.seizures[2].lateSeconds));  // an alarm after the offset is no late forecast
  EXPECT_FALSE(m.seizures[3].forecast);
  EXPECT_TRUE(std::isnan(m.seizures[3].lateSeconds));  // no offset: it lasts until its onset only
}

TEST(AlarmMetrics, ConsecutiveWindowsRequired) {
  const auto single = curve(36000, {{5000, 0.9}});
  AlarmOptions two;
  two.consecutive = 2;
  EXPECT_TRUE(evaluateAlarms(single, {}, kFps, 36000, two).alarms.empty());
  const auto pair = curve(36000, {{5000, 0.9}, {5010, 0.7}});
  const auto m = evaluateAlarms(pair, {}, kFps, 36000, two);
  ASSERT_EQ(m.alarms.size(), 1u);
  EXPECT_EQ(m.alarms[0].frame, 5010);  // fires on the second window
  EXPECT_TRUE(std::isnan(m.sensitivity));
  EXPECT_DOUBLE_EQ(m.falseAlarmsPerHour, 1.0);
}

TEST(AlarmMetrics, RefractoryTimeThenNewAlarm) {
  // Alarms at 1000, 1040 (inside 5 s), 1060 (6 s later): two alarms.
  const auto points = curve(36000, {{1000, 0.9}, {1040, 0.9}, {1060, 0.9}});
  const auto m = evaluateAlarms(points, {}, kFps, 36000, {});
  ASSERT_EQ(m.alarms.size(), 2u);
  EXPECT_EQ(m.alarms[1].frame, 1060);
}

TEST(AlarmMetrics, ThresholdIsInclusiveAndEarliestAlarmGivesWarning) {
  AlarmOptions options;
  options.refractorySeconds = 1;
  const auto points = curve(36000, {{960, 0.5}, {990, 0.9}});
  const auto m = evaluateAlarms(points, {{1000, 1100}, {20000, std::nullopt}}, kFps, 36000, options);
  ASSERT_EQ(m.alarms.size(), 2u);
  EXPECT_EQ(m.forecastSeizures, 1);
  EXPECT_DOUBLE_EQ(m.seizures[0].warningSeconds, 4.0);
  EXPECT_DOUBLE_EQ(m.sensitivity, 0.5);
  // The open seizure excludes nothing; the closed one 10 s + 60 s.
  EXPECT_NEAR(m.interictalHours, (3600.0 - 70.0) / 3600.0, 1e-12);
}

TEST(AlarmMetrics, RejectsUnorderedPointsAndBadFps) {
  EXPECT_THROW(evaluateAlarms({{20, 0.1}, {10, 0.2}}, {}, kFps, 100, {}), std::invalid_argument);
  EXPECT_THROW(evaluateAlarms({}, {}, 0, 100, {}), std::invalid_argument);
}

// Pooled over recordings: false alarms over all inter-ictal hours, so a short
// recording's rate weighs by its length (the mean of 10/h over 1 h and 60/h
// over 0.1 h would say 35/h; pooled it is 16/1.1 h).
TEST(EventTotals, PoolAlarmsOverTheHoursOfEveryRecording) {
  EventMetrics longOne;
  longOne.seizures.resize(2);
  longOne.forecastSeizures = 1;
  longOne.falseAlarms = 10;
  longOne.interictalHours = 1.0;
  EventMetrics shortOne;
  shortOne.seizures.resize(1);
  shortOne.forecastSeizures = 1;
  shortOne.falseAlarms = 6;
  shortOne.interictalHours = 0.1;
  EventTotals totals;
  EXPECT_TRUE(std::isnan(totals.sensitivity()));
  EXPECT_TRUE(std::isnan(totals.falseAlarmsPerHour()));
  totals.add(longOne);
  totals.add(shortOne);
  EXPECT_EQ(totals.seizures, 3);
  EXPECT_EQ(totals.forecast, 2);
  EXPECT_EQ(totals.falseAlarms, 16);
  EXPECT_DOUBLE_EQ(totals.sensitivity(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(totals.falseAlarmsPerHour(), 16 / 1.1);
}

// The intervals are the pooled counts' (2 of 3 seizures; 16 alarms in 1.1 h),
// so they bracket the pooled figures; with no seizures or hours they are NaN.
TEST(EventTotals, IntervalsBracketThePooledFigures) {
  EventTotals totals;
  EXPECT_TRUE(std::isnan(totals.sensitivityInterval().low));
  EXPECT_TRUE(std::isnan(totals.falseAlarmsPerHourInterval().high));
  totals.seizures = 6;
  totals.forecast = 5;
  totals.falseAlarms = 11;
  totals.interictalHours = 0.242;
  const auto s = totals.sensitivityInterval();
  EXPECT_NEAR(s.low, 0.35876, 5e-5);  // Clopper-Pearson, 5 of 6
  EXPECT_NEAR(s.high, 0.99579, 5e-5);
  const auto r = totals.falseAlarmsPerHourInterval();
  EXPECT_LT(r.low, totals.falseAlarmsPerHour());
  EXPECT_GT(r.high, totals.falseAlarmsPerHour());
  EXPECT_NEAR(r.low * 0.242, 5.49137, 5e-4);  // Garwood, 11 events
  EXPECT_NEAR(r.high * 0.242, 19.6817, 5e-4);
}

}  // namespace
}  // namespace prodrome::core
