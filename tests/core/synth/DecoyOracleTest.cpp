// The decoy oracle (what issue 12's decoys cost; not a floor, IdealObserver.h):
// it cannot tell a decoy from a pre-ictal phase, so each decoy costs what a
// pre-ictal phase earns.
// (That a recording's schedule is the one synthSchedule() draws is checked
// in SynthProjectTest.)

#include "core/synth/DecoyOracle.h"

#include "HandMadeSchedule.h"

#include <gtest/gtest.h>

using namespace prodrome::core;
using namespace prodrome::core::synth;

namespace {

// A 10-s pre-ictal phase before the onset at 200 s, a 15-s decoy at 400 s.
Schedule decoyAfter15() { return handmade::preictalAndDecoy(10, 15); }

}  // namespace

TEST(DecoyOracle, KnowingEveryEndForecastsEachSeizureAndPaysOneFalseAlarmPerDecoy) {
  const auto alarms = oracleAlarms(decoyAfter15(), OracleKnowledge::EpisodeEnd);
  ASSERT_EQ(alarms.size(), 2u);
  EXPECT_EQ(alarms[0].windowEndFrame, 1975);  // 2.5 s before the onset
  EXPECT_EQ(alarms[1].windowEndFrame, 4125);
  const auto m = scoreOracle(decoyAfter15(), OracleKnowledge::EpisodeEnd, handmade::demoAlarmOptions());
  EXPECT_EQ(m.forecastSeizures, 1);
  EXPECT_EQ(m.trueAlarms, 1);
  EXPECT_EQ(m.falseAlarms, 1);
  // 600 s less the seizure and 60 s after it.
  EXPECT_NEAR(m.interictalHours, (600.0 - 30 - 60) / 3600, 1e-12);
}

TEST(DecoyOracle, KnowingOnlyStartsAlarmsEightAndThirteenSecondsInWhileTheEpisodeLasts) {
  const auto alarms = oracleAlarms(decoyAfter15(), OracleKnowledge::EpisodeStart);
  ASSERT_EQ(alarms.size(), 3u);
  EXPECT_EQ(alarms[0].windowEndFrame, 1980);  // 8 s into the 10-s phase: 2 s before the onset
  EXPECT_EQ(alarms[1].windowEndFrame, 4080);  // the 15-s decoy: 8 and 13 s in
  EXPECT_EQ(alarms[2].windowEndFrame, 4130);
  const auto m = scoreOracle(decoyAfter15(), OracleKnowledge::EpisodeStart, handmade::demoAlarmOptions());
  EXPECT_EQ(m.forecastSeizures, 1);
  EXPECT_EQ(m.falseAlarms, 2);
}
