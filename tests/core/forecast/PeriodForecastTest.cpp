// One forecast over a monitoring period (issue 14): the files' curves on the
// period's clock, a seizure early in file 2 forecast from the end of file 1,
// a seizure cut at the boundary counted once, gaps out of the hours.

#include "core/forecast/PeriodForecast.h"

#include <gtest/gtest.h>

namespace prodrome::core {
namespace {

// Two files of 100 s at 10 fps; the second directly after the first, or
// dated `secondStart` seconds after the first's start.
PeriodLayout twoFiles(std::optional<double> secondStart = std::nullopt) {
  std::vector<PeriodFileFacts> facts(2);
  facts[0] = {1, 10.0, 1000, std::string("2026-03-01T22:00:00Z"), database::StartSource::User};
  facts[1] = {2, 10.0, 1000, std::nullopt, database::StartSource::Previous};
  if (secondStart) {
    const auto t = QDateTime::fromString("2026-03-01T22:00:00Z", Qt::ISODate).addMSecs(
        static_cast<qint64>(*secondStart * 1000));
    facts[1].startTime = t.toString(Qt::ISODateWithMs).toStdString();
    facts[1].source = database::StartSource::User;
  }
  return layOutPeriod(facts);
}

// A window end every second (10 frames), 0.1 except the listed frames.
std::vector<ForecastPoint> curve(const std::vector<std::pair<std::int64_t, double>>& highs = {}) {
  std::vector<ForecastPoint> points;
  for (std::int64_t e = 10; e <= 1000; e += 10) {
    double p = 0.1;
    for (const auto& [frame, prob] : highs)
      if (frame == e) p = prob;
    points.push_back({e, p});
  }
  return points;
}

TEST(PeriodForecast, AnAlarmAtTheEndOfFileOneForecastsASeizureEarlyInFileTwo) {
  AlarmOptions options;
  options.threshold = 0.5;
  options.horizonSeconds = 5;
  const auto e = evaluatePeriod(twoFiles(), {{1, curve({{980, 0.9}}), {}}, {2, curve(), {{3, 40}}}}, options);
  ASSERT_EQ(e.curve.size(), 200u);  // one curve
  EXPECT_EQ(e.curve[99].milliseconds, 100000);
  EXPECT_EQ(e.curve[100].recordingId, 2);
  EXPECT_EQ(e.curve[100].milliseconds, 101000);
  ASSERT_EQ(e.events.seizures.size(), 1u);
  EXPECT_EQ(e.events.seizures[0].onsetFrame, 100300);
  ASSERT_EQ(e.events.alarms.size(), 1u);
  EXPECT_EQ(e.events.alarms[0].outcome, AlarmOutcome::True);
  EXPECT_DOUBLE_EQ(e.events.meanWarningSeconds, 2.3);
  EXPECT_TRUE(e.gaps.empty());
  EXPECT_DOUBLE_EQ(e.observedHours, 200.0 / 3600);
}

TEST(PeriodForecast, ASeizureCutAtTheBoundaryIsOneSeizure) {
  AlarmOptions options;
  options.threshold = 0.5;
  const auto e = evaluatePeriod(twoFiles(), {{1, curve(), {{500, 1000}}}, {2, curve(), {{0, 50}}}}, options);
  ASSERT_EQ(e.seizures.size(), 1u);
  EXPECT_EQ(e.seizures[0].onsetFrame, 50000);
  EXPECT_EQ(e.seizures[0].offsetFrame, 105000);
  // Only the onset at 50 s can be forecast: file 2's frame 0 is no onset.
  EXPECT_EQ(e.events.seizures.size(), 1u);
}

TEST(PeriodForecast, GapsAreUnobserved) {
  AlarmOptions options;
  options.threshold = 0.5;
  options.consecutive = 2;
  options.postIctalSeconds = 0;
  // File 2 starts at 200 s: 100 s of nothing. High at the last window of
  // file 1 and the first of file 2: not two in a row across the gap.
  const auto e = evaluatePeriod(twoFiles(200.0),
                                {{1, curve({{1000, 0.9}}), {}}, {2, curve({{10, 0.9}, {400, 0.9}, {410, 0.9}}), {}}},
                                options);
  ASSERT_EQ(e.gaps.size(), 1u);
  EXPECT_EQ(e.gaps[0].begin, 100000);
  EXPECT_EQ(e.gaps[0].end, 200000);
  EXPECT_DOUBLE_EQ(e.spanHours, 300.0 / 3600);
  EXPECT_DOUBLE_EQ(e.observedHours, 200.0 / 3600);
  ASSERT_EQ(e.events.alarms.size(), 1u);  // at 241 s only
  EXPECT_EQ(e.events.alarms[0].frame, 241000);
  EXPECT_DOUBLE_EQ(e.events.interictalHours, 200.0 / 3600);
  EXPECT_DOUBLE_EQ(e.events.falseAlarmsPerHour, 1 / (200.0 / 3600));

  // A file without a forecast is unobserved too.
  const auto one = evaluatePeriod(twoFiles(), {{1, curve(), {}}}, options);
  ASSERT_EQ(one.gaps.size(), 1u);
  EXPECT_DOUBLE_EQ(one.observedHours, 100.0 / 3600);
  EXPECT_THROW(evaluatePeriod(twoFiles(), {{7, curve(), {}}}, options), std::invalid_argument);
}

TEST(PeriodForecast, OverlappingFilesKeepTheEarlierFilesWindows) {
  AlarmOptions options;
  const auto e = evaluatePeriod(twoFiles(50.0), {{1, curve(), {}}, {2, curve(), {}}}, options);
  // File 2 covers 50..150 s; its windows up to 100 s are dropped.
  ASSERT_EQ(e.curve.size(), 150u);
  for (std::size_t i = 1; i < e.curve.size(); ++i) EXPECT_LT(e.curve[i - 1].milliseconds, e.curve[i].milliseconds);
  EXPECT_EQ(e.curve[99].recordingId, 1);
  EXPECT_EQ(e.curve[100].recordingId, 2);
  EXPECT_EQ(e.curve[100].milliseconds, 101000);
  EXPECT_TRUE(e.gaps.empty());
  EXPECT_DOUBLE_EQ(e.observedHours, 150.0 / 3600);
}

}  // namespace
}  // namespace prodrome::core
