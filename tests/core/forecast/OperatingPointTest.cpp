#include "core/forecast/OperatingPoint.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>
#include <limits>
#include <random>
#include <stdexcept>

using namespace prodrome::core;

TEST(OperatingPoint, YoudenPicksTheBestSplitMidwayBetweenScores) {
  // Positives 0.9, 0.8, 0.4; negatives 0.7, 0.3, 0.2, 0.1.
  // t in (0.7, 0.8]: sens 2/3, spec 1 -> J 0.667; t in (0.3, 0.4]: sens 1, spec 3/4 -> J 0.75 (best).
  const std::vector<double> s = {0.9, 0.8, 0.4, 0.7, 0.3, 0.2, 0.1};
  const std::vector<int> y = {1, 1, 1, 0, 0, 0, 0};
  EXPECT_DOUBLE_EQ(youdenThreshold(s, y), 0.35);
  EXPECT_THROW(youdenThreshold({0.1, 0.2}, {1, 1}), std::invalid_argument);
}

TEST(OperatingPoint, FalseAlarmRateTakesTheLowestThresholdWithinTheTarget) {
  // 1 fps, 3600 frames (one hour), no seizures: every alarm is false; the
  // refractory time is the horizon (5 s), far shorter than the peaks' spacing.
  CurveForSelection c;
  c.fps = 1;
  c.frameCount = 3600;
  for (int e = 5; e <= 3600; ++e) c.points.push_back({e, 0.1});
  // Peaks: 0.9 at 100, 0.8 at 200 and 300, 0.6 at 400, 500, 600.
  for (auto [frame, p] : std::vector<std::pair<int, double>>{{100, .9}, {200, .8}, {300, .8}, {400, .6}, {500, .6}, {600, .6}})
    c.points[static_cast<std::size_t>(frame - 5)].probability = p;
  AlarmOptions a;
  a.postIctalSeconds = 0;
  const auto three = thresholdForFalseAlarmRate({c}, a, 3.0);
  EXPECT_DOUBLE_EQ(three.threshold, 0.8);  // 3 alarms/h; 0.6 would give 6
  EXPECT_NEAR(three.falseAlarmsPerHour, 3.0, 1e-9);
  const auto one = thresholdForFalseAlarmRate({c}, a, 1.0);
  EXPECT_DOUBLE_EQ(one.threshold, 0.9);
  const auto none = thresholdForFalseAlarmRate({c}, a, 0.0);
  EXPECT_GT(none.threshold, 0.9);  // above every probability: no alarms
  EXPECT_DOUBLE_EQ(none.falseAlarmsPerHour, 0.0);
}

namespace {

// J of "score >= t" on the data, as an exact fraction's numerator tp·N − fp·P.
long long youdenNumerator(const std::vector<double>& s, const std::vector<int>& y, double t) {
  long long tp = 0, fp = 0, p = 0, n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    (y[i] ? p : n) += 1;
    if (s[i] >= t) (y[i] ? tp : fp) += 1;
  }
  return tp * n - fp * p;
}

// The specification run literally: every distinct probability in increasing
// order through evaluateAlarms, the first whose pooled rate qualifies.
OperatingPointChoice bruteForce(const std::vector<CurveForSelection>& curves, const AlarmOptions& alarms,
                                double maxPerHour) {
  std::vector<double> candidates;
  for (const auto& c : curves)
    for (const auto& p : c.points) candidates.push_back(p.probability);
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  candidates.push_back(std::nextafter(candidates.back(), 2.0));
  for (double t : candidates) {
    AlarmOptions a = alarms;
    a.threshold = t;
    int falseAlarms = 0, seizures = 0, forecast = 0;
    double hours = 0;
    for (const auto& c : curves) {
      const auto m = evaluateAlarms(c.points, c.seizures, c.fps, c.frameCount, a);
      falseAlarms += m.falseAlarms;
      hours += m.interictalHours;
      seizures += static_cast<int>(m.seizures.size());
      forecast += m.forecastSeizures;
    }
    if (falseAlarms / hours <= maxPerHour) {
      OperatingPointChoice o;
      o.threshold = t;
      o.falseAlarmsPerHour = falseAlarms / hours;
      o.sensitivity = seizures ? static_cast<double>(forecast) / seizures : std::nan("");
      return o;
    }
  }
  ADD_FAILURE() << "the no-alarm threshold must qualify";
  return {};
}

// A noisy curve at 10 fps, one window end per second, with bumps before the
// seizures so that true alarms, false alarms and ictal alarms all occur.
CurveForSelection randomCurve(std::mt19937& rng, int seconds, int seizureCount, bool coarse) {
  CurveForSelection c;
  c.fps = 10;
  c.frameCount = static_cast<std::int64_t>(seconds) * 10;
  std::uniform_int_distribution<int> onset(60, seconds - 60);
  for (int s = 0; s < seizureCount; ++s) {
    const std::int64_t o = static_cast<std::int64_t>(onset(rng)) * 10;
    c.seizures.push_back({o, o + 200});
  }
  std::uniform_real_distribution<double> noise(0, 1);
  for (int e = 1; e <= seconds; ++e) {
    double p = noise(rng) * 0.8;
    for (const auto& s : c.seizures)
      if (e * 10 >= s.onsetFrame - 80 && e * 10 <= s.onsetFrame) p = std::min(1.0, p + 0.4);
    if (coarse) p = std::round(p * 20) / 20;  // many ties: consecutive runs share minima
    c.points.push_back({static_cast<std::int64_t>(e) * 10, p});
  }
  return c;
}

}  // namespace

TEST(OperatingPoint, RuleNamesRoundTrip) {
  for (auto rule : {ThresholdRule::Youden, ThresholdRule::FalseAlarmRate})
    EXPECT_EQ(thresholdRuleFromString(toString(rule)), rule);
  EXPECT_EQ(toString(ThresholdRule::FalseAlarmRate), "false-alarm-rate");
  try {
    thresholdRuleFromString("roc");
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("'roc'"), std::string::npos) << e.what();
  }
}

TEST(OperatingPoint, TheBetterOfTwoIsTheMoreSensitiveThenTheQuieter) {
  const auto at = [](double sensitivity, double rate) {
    OperatingPointChoice c;
    c.sensitivity = sensitivity;
    c.falseAlarmsPerHour = rate;
    return c;
  };
  EXPECT_TRUE(betterOperatingPoint(at(0.8, 29), at(0.6, 10)));
  EXPECT_FALSE(betterOperatingPoint(at(0.6, 10), at(0.8, 29)));
  EXPECT_TRUE(betterOperatingPoint(at(0.6, 10), at(0.6, 20)));
  EXPECT_FALSE(betterOperatingPoint(at(0.6, 20), at(0.6, 20)));  // a tie: neither
  // No seizures to forecast counts as none forecast.
  const double none = std::numeric_limits<double>::quiet_NaN();
  EXPECT_TRUE(betterOperatingPoint(at(0.0, 30), at(none, 0)));
  EXPECT_TRUE(betterOperatingPoint(at(none, 0), at(none, 5)));
}

TEST(OperatingPoint, TheBestOperatingPointIsTheBestOfEachWindowsInARow) {
  std::mt19937 rng(11);
  const std::vector<CurveForSelection> curves{randomCurve(rng, 900, 3, true), randomCurve(rng, 900, 2, true)};
  AlarmOptions a;
  a.postIctalSeconds = 30;
  a.consecutive = 7;  // replaced by each count tried
  for (const double budget : {0.0, 20.0, 60.0}) {
    int consecutive = 0;
    const auto best = bestOperatingPoint(curves, a, 3, budget, consecutive);
    ASSERT_GE(consecutive, 1);
    ASSERT_LE(consecutive, 3);
    auto at = a;
    at.consecutive = consecutive;
    const auto same = thresholdForFalseAlarmRate(curves, at, budget);
    EXPECT_EQ(best.threshold, same.threshold) << budget;
    for (int k = 1; k <= 3; ++k) {
      at.consecutive = k;
      const auto other = thresholdForFalseAlarmRate(curves, at, budget);
      EXPECT_FALSE(betterOperatingPoint(other, best)) << budget << " " << k;
      // A tie keeps the fewest windows in a row.
      if (k < consecutive) {
        EXPECT_TRUE(betterOperatingPoint(best, other)) << budget << " " << k;
      }
    }
  }
  int consecutive = 0;
  EXPECT_THROW(bestOperatingPoint(curves, a, 0, 20, consecutive), std::invalid_argument);
}

TEST(OperatingPoint, YoudenTiesGoToTheHigherThreshold) {
  // Descending: 0.9(+) J = 1/2 at t = 0.85; 0.8(−) J = 0; 0.6(+) J = 1/2 again
  // at t = 0.45: the tie keeps 0.85.
  EXPECT_DOUBLE_EQ(youdenThreshold({0.9, 0.8, 0.6, 0.3}, {1, 0, 1, 0}), 0.85);
  // Tied scores enter together: 0.7 holds one of each (J = 1/2 − 1/2 = 0);
  // 0.5(+) makes J = 1 − 1/2 = 1/2 with t midway to 0.2.
  EXPECT_DOUBLE_EQ(youdenThreshold({0.7, 0.7, 0.5, 0.2}, {1, 0, 1, 0}), 0.35);
  // Perfect separation: between the lowest positive and the highest negative.
  EXPECT_DOUBLE_EQ(youdenThreshold({0.1, 0.2, 0.6, 0.9}, {0, 0, 1, 1}), 0.4);
}

TEST(OperatingPoint, YoudenWithoutSignalPredictsNothing) {
  // Scores ranked the wrong way: every split has J <= 0, so the threshold goes
  // above the highest score.
  const double t = youdenThreshold({0.9, 0.8, 0.2, 0.1}, {0, 0, 1, 1});
  EXPECT_GT(t, 0.9);
  EXPECT_LT(t, 0.9 + 1e-12);
  EXPECT_THROW(youdenThreshold({0.1, 0.2}, {0, 1, 1}), std::invalid_argument);
  EXPECT_THROW(youdenThreshold({0.1, 0.2}, {0, 2}), std::invalid_argument);
  EXPECT_THROW(youdenThreshold({0.1, std::nan("")}, {0, 1}), std::invalid_argument);
}

TEST(OperatingPoint, YoudenIsTheBestSplitOnRandomScores) {
  std::mt19937 rng(5);
  std::uniform_int_distribution<int> level(0, 30);  // coarse: many ties
  for (int trial = 0; trial < 50; ++trial) {
    std::vector<double> s;
    std::vector<int> y;
    for (int i = 0; i < 40; ++i) {
      y.push_back(i % 3 == 0);
      // Dyadic values, exact in binary: no two distinct scores a rounding apart,
      // where the midpoint would have to fall on one of them.
      s.push_back(level(rng) / 32.0 + (y.back() ? 0.125 : 0));
    }
    const double t = youdenThreshold(s, y);
    const long long chosen = youdenNumerator(s, y, t);
    std::vector<double> distinct = s;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    // The choice splits like "score >= lowest score above t".
    const auto above = std::lower_bound(distinct.begin(), distinct.end(), t);
    const double chosenSplit = above == distinct.end() ? INFINITY : *above;
    for (double d : distinct) {
      // Every split is "score >= d" for a distinct d: none beats the choice, and
      // an equal one splits lower (ties go up).
      EXPECT_LE(youdenNumerator(s, y, d), chosen);
      if (youdenNumerator(s, y, d) == chosen) {
        EXPECT_LE(d, chosenSplit);
      }
    }
    // Never on a score: midway between two.
    EXPECT_EQ(std::count(s.begin(), s.end(), t), 0);
  }
}

TEST(OperatingPoint, FalseAlarmRateCountsOnlyFalseAlarmsAndPoolsCurves) {
  // Two half-hour recordings at 1 fps, window ends every second, baseline 0.1.
  // H = 5 s, refractory 5 s, post-ictal 60 s.
  //  A: seizure 1000–1100; 0.7 at 997 (3 s before: true), 0.95 at 1050 (ictal),
  //     0.95 at 1130 (post-ictal), 0.5 at 300 and 500 (false).
  //  B: no seizure; 0.95 at 200 (false), 0.5 at 400, 600, 800 (false).
  // Inter-ictal hours: A 1800 − 100 − 60 = 1640 s, B 1800 s: 3440 s in all.
  const auto make = [](std::int64_t frames, std::vector<std::pair<std::int64_t, double>> peaks,
                       std::vector<SeizureInterval> seizures) {
    CurveForSelection c;
    c.fps = 1;
    c.frameCount = frames;
    c.seizures = std::move(seizures);
    for (std::int64_t e = 1; e <= frames; ++e) c.points.push_back({e, 0.1});
    for (auto [f, p] : peaks) c.points[static_cast<std::size_t>(f - 1)].probability = p;
    return c;
  };
  const auto a = make(1800, {{997, 0.7}, {1050, 0.95}, {1130, 0.95}, {300, 0.5}, {500, 0.5}}, {{1000, 1100}});
  const auto b = make(1800, {{200, 0.95}, {400, 0.5}, {600, 0.5}, {800, 0.5}}, {});
  const double hours = 3440.0 / 3600.0;
  // By hand, false alarms at each candidate: 0.1 → one per 5 s everywhere
  // (hundreds); 0.5 → 2 + 4 = 6; 0.7 → 1 (B's 200); 0.95 → 1; above → 0.
  AlarmOptions alarms;
  const auto at = [&](double maxPerHour) { return thresholdForFalseAlarmRate({a, b}, alarms, maxPerHour); };
  auto six = at(6.01 / hours);  // a little over 6, clear of rounding
  EXPECT_DOUBLE_EQ(six.threshold, 0.5);
  EXPECT_DOUBLE_EQ(six.sensitivity, 1.0);  // 997 is inside [1000 − 5, 1000]
  EXPECT_NEAR(six.falseAlarmsPerHour, 6 / hours, 1e-12);
  auto five = at(5.9 / hours);  // 6 is too many: 0.7 gives 1 and keeps the seizure
  EXPECT_DOUBLE_EQ(five.threshold, 0.7);
  EXPECT_DOUBLE_EQ(five.sensitivity, 1.0);
  EXPECT_NEAR(five.falseAlarmsPerHour, 1 / hours, 1e-12);
  // The ictal and post-ictal alarms at 0.95 are not false: 0.95 still has B's
  // one false alarm, so a target below it leaves only "no alarms".
  auto none = at(0.5 / hours);
  EXPECT_GT(none.threshold, 0.95);
  EXPECT_DOUBLE_EQ(none.falseAlarmsPerHour, 0.0);
  EXPECT_DOUBLE_EQ(none.sensitivity, 0.0);
  // Alone, B's one false alarm in 0.5 h is 2 per hour (0.5 gives 8).
  const auto onlyB = thresholdForFalseAlarmRate({b}, alarms, 2.0);
  EXPECT_DOUBLE_EQ(onlyB.threshold, 0.95);  // 0.7 is not among B's probabilities
  EXPECT_TRUE(std::isnan(onlyB.sensitivity));
  EXPECT_DOUBLE_EQ(onlyB.falseAlarmsPerHour, 2.0);
}

TEST(OperatingPoint, FalseAlarmRateEqualsTheLiteralSearch) {
  // Random curves with consecutive windows and refractory times of several
  // lengths, where the rate need not fall monotonically with the threshold.
  std::mt19937 rng(17);
  for (int trial = 0; trial < 40; ++trial) {
    const bool coarse = trial % 2 == 0;
    std::vector<CurveForSelection> curves{randomCurve(rng, 600, 2, coarse), randomCurve(rng, 400, 1, coarse),
                                          randomCurve(rng, 300, 0, coarse)};
    AlarmOptions alarms;
    alarms.consecutive = 1 + trial % 3;
    alarms.refractorySeconds = (trial / 3) % 4 == 0 ? -1 : 3.0 * ((trial / 3) % 4);
    alarms.postIctalSeconds = 30;
    for (double target : {0.0, 5.0, 30.0, 120.0, 400.0}) {
      const auto fast = thresholdForFalseAlarmRate(curves, alarms, target);
      const auto slow = bruteForce(curves, alarms, target);
      ASSERT_EQ(fast.threshold, slow.threshold) << "trial " << trial << " target " << target;
      EXPECT_EQ(fast.falseAlarmsPerHour, slow.falseAlarmsPerHour);
      EXPECT_TRUE(fast.sensitivity == slow.sensitivity ||
                  (std::isnan(fast.sensitivity) && std::isnan(slow.sensitivity)));
      EXPECT_LE(fast.falseAlarmsPerHour, target);
    }
  }
}

TEST(OperatingPoint, FalseAlarmRateIsFastOnLongCurves) {
  // Three recordings of 10^4 windows each with (almost) all-distinct
  // probabilities: 3·10^4 candidates. Trying each through evaluateAlarms would
  // take minutes.
  std::mt19937 rng(23);
  std::vector<CurveForSelection> curves;
  for (int i = 0; i < 3; ++i) curves.push_back(randomCurve(rng, 10000, 5, false));
  AlarmOptions alarms;
  alarms.consecutive = 2;
  const auto start = std::chrono::steady_clock::now();
  const auto choice = thresholdForFalseAlarmRate(curves, alarms, 30.0);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LE(choice.falseAlarmsPerHour, 30.0);
  EXPECT_GT(choice.falseAlarmsPerHour, 20.0);  // lowest qualifying: close to the target
  EXPECT_LT(seconds, 0.5);
  std::cout << "3 × 10^4 windows: " << seconds * 1000 << " ms\n";
}

TEST(OperatingPoint, FalseAlarmRateRejectsWhatItCannotMeasure) {
  CurveForSelection c;
  c.fps = 1;
  c.frameCount = 100;
  c.points = {{10, 0.2}, {20, 0.8}};
  EXPECT_THROW(thresholdForFalseAlarmRate({c}, {}, -1.0), std::invalid_argument);
  EXPECT_THROW(thresholdForFalseAlarmRate({c}, {}, std::nan("")), std::invalid_argument);
  EXPECT_THROW(thresholdForFalseAlarmRate({}, {}, 1.0), std::invalid_argument);
  auto unordered = c;
  unordered.points = {{20, 0.2}, {10, 0.8}};
  EXPECT_THROW(thresholdForFalseAlarmRate({unordered}, {}, 1.0), std::invalid_argument);
  auto allIctal = c;
  allIctal.seizures = {{0, 100}};
  EXPECT_THROW(thresholdForFalseAlarmRate({allIctal}, {}, 1.0), std::invalid_argument);
}
