// The ideal observer (issue 12's yardstick of what the video allows): a
// posterior over the episode's length and kind from its twitches.

#include "core/synth/IdealObserver.h"

#include "HandMadeSchedule.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace prodrome::core;
using namespace prodrome::core::synth;

namespace {

// A 16-s pre-ictal phase before the onset at 200 s and a 16-s decoy at 400 s,
// with the same twitches.
Schedule twins(const std::vector<double>& twitchSeconds) {
  Schedule s = handmade::preictalAndDecoy(16, 16);
  for (CueEpisode& c : s.cues) {
    for (double t : twitchSeconds) {
      Twitch tw;
      tw.frame = c.start + static_cast<std::int64_t>(t * s.fps);
      c.twitches.push_back(tw);
    }
  }
  return s;
}

double at(const std::vector<ForecastPoint>& points, std::int64_t frame) {
  for (const ForecastPoint& p : points)
    if (p.windowEndFrame == frame) return p.probability;
  ADD_FAILURE() << "no point at frame " << frame;
  return -1;
}

}  // namespace

TEST(IdealObserver, ScoresEveryFrameOfEveryEpisodeAndNothingElse) {
  const auto points = idealObserverCurve(twins({}), 5, 0.5, ObserverSight::TwitchesAndRelease);
  ASSERT_EQ(points.size(), 320u);  // 160 window ends per episode
  EXPECT_EQ(points.front().windowEndFrame, 1841);
  EXPECT_EQ(points[159].windowEndFrame, 2000);
  for (size_t i = 1; i < points.size(); ++i) EXPECT_LT(points[i - 1].windowEndFrame, points[i].windowEndFrame);
  for (const ForecastPoint& p : points) {
    EXPECT_GE(p.probability, 0.0);
    EXPECT_LE(p.probability, 1.0);
  }
}

TEST(IdealObserver, ADecoyLooksLikeAPreictalPhaseUntilItsArrestLetsGo) {
  const Schedule s = twins({3, 7, 10, 12, 13, 14, 14.5, 15});
  const auto points = idealObserverCurve(s, 5, 0.5, ObserverSight::TwitchesAndRelease);
  for (std::int64_t k = 1; k <= 160; ++k) {
    const double pre = at(points, 1840 + k), decoy = at(points, 4000 + k);
    if (k <= 160 - 15)  // the decoy's last 1.5 s show its arrest ramping out
      EXPECT_DOUBLE_EQ(pre, decoy) << k;
    else
      EXPECT_EQ(decoy, 0.0) << k;
  }
}

TEST(IdealObserver, WithoutSeeingTheReleaseADecoyIsAPreictalPhaseToItsEnd) {
  const Schedule s = twins({3, 7, 10, 12, 13, 14, 14.5, 15});
  const auto points = idealObserverCurve(s, 5, 0.5, ObserverSight::Twitches);
  const auto seeing = idealObserverCurve(s, 5, 0.5, ObserverSight::TwitchesAndRelease);
  for (std::int64_t k = 1; k <= 160; ++k) EXPECT_DOUBLE_EQ(at(points, 1840 + k), at(points, 4000 + k)) << k;
  // Near the end, an observer who would see a decoy let go and sees nothing
  // is surer that this one is a pre-ictal phase.
  EXPECT_GT(at(seeing, 1840 + 155), at(points, 1840 + 155));
}

TEST(IdealObserver, TwitchesComingFasterBringTheOnsetCloser) {
  // 12 s in: with no twitch yet the episode is likely young (long); a burst
  // in the last 2 s says its end is near.
  const double quiet = at(idealObserverCurve(twins({}), 5, 0.5, ObserverSight::TwitchesAndRelease), 1840 + 120);
  const double burst =
      at(idealObserverCurve(twins({10, 10.5, 11, 11.3, 11.7}), 5, 0.5, ObserverSight::TwitchesAndRelease), 1840 + 120);
  EXPECT_GT(burst, quiet + 0.2);
  // Early in an episode at most 8 s are over, so no length the law allows
  // (at least 8 s) ends within 5 s of the 2nd second.
  EXPECT_EQ(at(idealObserverCurve(twins({}), 5, 0.5, ObserverSight::TwitchesAndRelease), 1840 + 20), 0.0);
}

TEST(IdealObserver, TheLengthLawAloneForcesTheOnsetNearTheEnd) {
  // 19.9 s in, an episode of at most 20 s must end within the horizon: a
  // pre-ictal phase for sure (a decoy would be ramping out).
  Schedule s = twins({});
  s.cues.resize(1);
  s.cues[0].start = 1800;  // 20 s long
  const auto points = idealObserverCurve(s, 5, 0.3, ObserverSight::TwitchesAndRelease);
  EXPECT_NEAR(at(points, 1999), 1.0, 1e-9);
}

TEST(IdealObserver, ItsClosedFormIntegralIsTheGeneratorsRateLaw) {
  // The trapezoid rule on twitchRate over the first 7 s of a 12-s episode.
  const double length = 12, elapsed = 7;
  const int steps = 100000;
  double sum = 0;
  for (int i = 0; i <= steps; ++i) {
    const double u = elapsed * i / steps;
    sum += (i == 0 || i == steps ? 0.5 : 1.0) * twitchRate(u / length);
  }
  EXPECT_NEAR(expectedTwitches(elapsed, length), sum * elapsed / steps, 1e-6);
}

TEST(IdealObserver, RefusesAMeaninglessHorizonOrShare) {
  EXPECT_THROW(idealObserverCurve(twins({}), 0, 0.5, ObserverSight::Twitches), std::invalid_argument);
  EXPECT_THROW(idealObserverCurve(twins({}), 5, 0, ObserverSight::Twitches), std::invalid_argument);
  EXPECT_THROW(idealObserverCurve(twins({}), 5, 1, ObserverSight::Twitches), std::invalid_argument);
}

TEST(IdealObserver, SeeingTwitchesAloneItLearnsOfAnEpisodeAtItsFirstTwitch) {
  const Schedule s = twins({3, 7, 10, 12, 13, 14, 14.5, 15});
  const auto points = idealObserverCurve(s, 5, 0.5, ObserverSight::TwitchesAlone);
  ASSERT_FALSE(points.empty());
  for (size_t i = 1; i < points.size(); ++i) EXPECT_LT(points[i - 1].windowEndFrame, points[i].windowEndFrame);
  for (const ForecastPoint& p : points) {
    EXPECT_GE(p.probability, 0.0);
    EXPECT_LE(p.probability, 1.0);
    // Nothing before an episode's first twitch (3 s in) says it has begun.
    const bool firstEpisode = p.windowEndFrame > 1840 + 30 && p.windowEndFrame <= 1840 + 30 + 200;
    const bool secondEpisode = p.windowEndFrame > 4000 + 30 && p.windowEndFrame <= 4000 + 30 + 200;
    EXPECT_TRUE(firstEpisode || secondEpisode) << p.windowEndFrame;
  }
  EXPECT_EQ(points.front().windowEndFrame, 1840 + 31);
  // Without twitches there is nothing to see at all.
  EXPECT_TRUE(idealObserverCurve(twins({}), 5, 0.5, ObserverSight::TwitchesAlone).empty());
}

TEST(IdealObserver, SeeingTwitchesAloneADecoyAndAPreictalPhaseAreTheSame) {
  const Schedule s = twins({3, 7, 10, 12, 13, 14, 14.5, 15});
  const auto points = idealObserverCurve(s, 5, 0.5, ObserverSight::TwitchesAlone);
  int compared = 0;
  for (std::int64_t k = 31; k <= 160; ++k) {
    EXPECT_DOUBLE_EQ(at(points, 1840 + k), at(points, 4000 + k)) << k;
    ++compared;
  }
  EXPECT_EQ(compared, 130);
}

TEST(IdealObserver, SeeingTwitchesAloneFasterTwitchesStillBringTheOnsetCloser) {
  // 12 s after the first twitch at 2 s: twitches now coming fast say the
  // episode is near its end; none since the first, that it is young or a
  // decoy that has ended.
  const double sparse = at(idealObserverCurve(twins({2}), 5, 0.5, ObserverSight::TwitchesAlone), 1840 + 120);
  const double burst =
      at(idealObserverCurve(twins({2, 10, 10.5, 11, 11.3, 11.7}), 5, 0.5, ObserverSight::TwitchesAlone), 1840 + 120);
  EXPECT_GT(burst, sparse + 0.2);
}

TEST(IdealObserver, SeeingTwitchesAloneATwitchNoEpisodeAllowsBeginsTheNext) {
  // One twitch, then 25 s later another: no episode lasts past 20 s after
  // its first twitch, so the second begins a new one; in between, once no
  // pre-ictal phase can still be running, the observer gives no point.
  Schedule s = handmade::preictalAndDecoy(16, 16);
  s.cues.resize(1);
  s.cues[0].start = 1000;
  s.cues[0].end = 1160;
  s.cues[0].twitches = {Twitch{1010}, Twitch{1260}};
  const auto points = idealObserverCurve(s, 5, 0.5, ObserverSight::TwitchesAlone);
  ASSERT_FALSE(points.empty());
  EXPECT_EQ(points.front().windowEndFrame, 1011);
  bool gap = false, second = false;
  for (size_t i = 1; i < points.size(); ++i) {
    if (points[i].windowEndFrame != points[i - 1].windowEndFrame + 1) {
      gap = true;
      EXPECT_LE(points[i - 1].windowEndFrame, 1010 + 200);
      EXPECT_EQ(points[i].windowEndFrame, 1261);
      second = true;
    }
  }
  EXPECT_TRUE(gap);
  EXPECT_TRUE(second);
}

TEST(IdealObserver, RunLikeTheForecasterItsThresholdComesFromTheSelection) {
  // A decoy that twitches like the pre-ictal phase costs false alarms for the
  // seizure forecast (one each time the refractory time lapses while the
  // observer still expects an onset): within 30 per hour over these
  // 10 minutes, both; with no false alarm allowed, neither.
  const Schedule s = twins({3, 7, 10, 12, 13, 14, 14.5, 15});
  const AlarmOptions alarms = handmade::demoAlarmOptions();
  const IdealObserverForecast within = idealObserverForecast({&s}, {&s}, alarms, 30, ObserverSight::Twitches);
  EXPECT_EQ(within.heldOut.seizures, 1);
  EXPECT_EQ(within.heldOut.forecast, 1);
  EXPECT_GE(within.heldOut.falseAlarms, 1);
  EXPECT_LE(within.heldOut.falseAlarmsPerHour(), 30);
  EXPECT_GT(within.meanWarningSeconds, 0);
  const IdealObserverForecast strict = idealObserverForecast({&s}, {&s}, alarms, 0, ObserverSight::Twitches);
  EXPECT_EQ(strict.heldOut.forecast, 0);
  EXPECT_EQ(strict.heldOut.falseAlarms, 0);
  // From curves made beforehand, the same choice and the same alarms.
  const std::vector<CurveForSelection> curves = {
      idealObserverRecording(s, 5, preictalShare({&s}), ObserverSight::Twitches)};
  const IdealObserverForecast fromCurves = idealObserverForecast(curves, curves, alarms, 30);
  EXPECT_EQ(fromCurves.operatingPoint.threshold, within.operatingPoint.threshold);
  EXPECT_EQ(fromCurves.heldOut.forecast, within.heldOut.forecast);
  EXPECT_EQ(fromCurves.heldOut.falseAlarms, within.heldOut.falseAlarms);
}
