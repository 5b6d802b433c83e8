// bench_alarm_floor [--recordings N] [--minutes M] [--seizures K] [--seed S] [--demo]
//
// The false-alarm rate that the synthetic generator itself forces on any
// forecaster, against issue 12's target (>= 80 % of seizures forecast with
// <= 30 false alarms per interictal hour).
//
// The generator's decoys are pre-ictal phases that no seizure follows: the
// same arrest-and-twitch episode with the same length and strength laws
// (core/synth/Schedule.h). Until its last 1.5 s (where the arrest ramps out)
// nothing in the video tells a decoy from a pre-ictal phase, so whatever a
// detector does at one it does, with the same probability, at the other.
// Two oracles far stronger than any video model show the cost
// (core/synth/DecoyOracle.h): 'knows end' knows when every episode ends and
// forecasts every seizure, each decoy costing one false alarm; thinned at
// random to 80 % sensitivity (it cannot choose which kind to drop) it raises
// 0.8 times that rate. 'knows start' knows when episodes begin, as a video
// model sees them begin, and forecasts about 83 % of seizures.
// Alarms are scored by the product's own event metrics with the demo's
// settings: horizon 5 s, refractory 5 s, 60 s after each offset excluded.
//
// The ideal observer (core/synth/IdealObserver.h) perceives the cues
// perfectly: every twitch as it happens and nothing else ("twitch alone":
// what a video of a patient asleep shows, bench_cue_perception), also every
// episode's start ("sees twitch"), and also a decoy's arrest letting go in
// its last 1.5 s ("+ release"). Its probability that a seizure begins within the
// horizon is thresholded at every frame (finer than the product's 1-s
// stride), the threshold chosen with hindsight on the same recordings: the
// best sensitivity within 30 false alarms per hour (with its mean warning
// time), and the fewest false alarms per hour at 80 % sensitivity.
// Thresholding a posterior is not proven the best policy under a refractory
// time, so this is a yardstick, not a bound. The "knows end" oracle is not
// a floor either: it alarms 2.5 s before every end, where the release
// observer waits for the last 1.5 s, when a decoy would already be letting go.
//
// --demo: also the demo's three held-out patient recordings (human seed 8,
// subjects 7..9 of 9, 8 minutes, 2 seizures, difficulty 0.5), and the ideal
// observers run by the demo's operating-point rule at --seed 7 .. 15.

#include "core/synth/DecoyOracle.h"
#include "core/synth/IdealObserver.h"
#include "core/synth/SynthProject.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace prodrome::core;
using namespace prodrome::core::synth;

namespace {

constexpr double kTargetPerHour = 30;

AlarmOptions demoAlarms() {
  AlarmOptions options;
  options.horizonSeconds = 5;
  options.postIctalSeconds = 60;
  return options;
}

struct Floor {
  long long seizures = 0, forecast = 0, falseAlarms = 0, decoys = 0;
  double interictalHours = 0;
};

void add(Floor& f, const Schedule& s, OracleKnowledge knowledge) {
  const EventMetrics m = scoreOracle(s, knowledge, demoAlarms());
  for (const CueEpisode& c : s.cues) f.decoys += c.decoy ? 1 : 0;
  f.seizures += static_cast<long long>(m.seizures.size());
  f.forecast += m.forecastSeizures;
  f.falseAlarms += m.falseAlarms;
  f.interictalHours += m.interictalHours;
}

void print(const std::string& what, double difficulty, OracleKnowledge knowledge, const Floor& f) {
  const bool end = knowledge == OracleKnowledge::EpisodeEnd;
  const double perHour = static_cast<double>(f.falseAlarms) / f.interictalHours;
  const double at80 = end ? 0.8 * perHour : perHour;  // 'knows start' is at about 83 % already
  std::printf("%-24s %-11s %6.1f %8lld %11.3f %7lld %8.2f %8.1f %10.1f %6.2f\n", what.c_str(),
              end ? "knows end" : "knows start", difficulty, f.seizures,
              static_cast<double>(f.forecast) / static_cast<double>(f.seizures), f.decoys, f.interictalHours, perHour,
              at80, at80 / kTargetPerHour);
}

// The ideal observer over `schedules`, its threshold swept with hindsight.
void observe(const std::string& what, double difficulty, const std::vector<Schedule>& schedules, ObserverSight sight) {
  std::vector<const Schedule*> all;
  for (const Schedule& s : schedules) all.push_back(&s);
  const double share = preictalShare(all);  // the observer knows the data's share of pre-ictal episodes
  std::vector<CurveForSelection> curves;
  std::vector<double> levels;
  for (const Schedule* s : all) {
    curves.push_back(idealObserverRecording(*s, demoAlarms().horizonSeconds, share, sight));
    for (const ForecastPoint& q : curves.back().points)
      if (q.probability > 0) levels.push_back(q.probability);
  }
  std::sort(levels.begin(), levels.end());
  levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
  const size_t tries = std::min<size_t>(levels.size(), 600);
  double at80 = -1, at80Sensitivity = 0, at80Threshold = 0;
  for (size_t i = 0; i < tries; ++i) {
    const double threshold = levels[i * levels.size() / tries];
    AlarmOptions o = demoAlarms();
    o.threshold = threshold;
    EventTotals t;
    for (const CurveForSelection& c : curves) t.add(evaluateAlarms(c.points, c.seizures, c.fps, c.frameCount, o));
    if (t.sensitivity() >= 0.8 && (at80 < 0 || t.falseAlarmsPerHour() < at80)) {
      at80 = t.falseAlarmsPerHour();
      at80Sensitivity = t.sensitivity();
      at80Threshold = threshold;
    }
  }
  // Within the target: the product's own exact search, on the same recordings.
  const IdealObserverForecast within = idealObserverForecast(curves, curves, demoAlarms(), kTargetPerHour);
  std::printf("%-24s %-11s %6.1f  within %.0f/h: sensitivity %.3f at %.1f/h, mean warning %.1f s; ", what.c_str(),
              sightName(sight), difficulty, kTargetPerHour, within.heldOut.sensitivity(),
              within.heldOut.falseAlarmsPerHour(), within.meanWarningSeconds);
  if (at80 < 0)
    std::printf("80 %% sensitivity not reached\n");
  else
    std::printf("at >= 80 %%: %.1f/h (sensitivity %.3f, threshold %.3f), ratio %.2f\n", at80, at80Sensitivity,
                at80Threshold, at80 / kTargetPerHour);
}

// The ideal observers as the demo would run them at --seed 7 .. 15: the
// threshold chosen by the forecaster's rule (at most 30 false alarms per
// hour) on the six selection patients' recordings, scored on the three
// held-out ones. Beside the forecaster's figures at the same seeds, this says
// where perfect perception of the cues would meet the target.
void demoSeeds(SynthOptions d) {
  std::printf("\nThe demo's plan, its operating-point rule (threshold on patients 1-6, scored on 7-9):\n");
  std::printf("%-6s %-12s %9s %7s %8s %8s %9s\n", "seed", "observer", "seizures", "alarms", "fa_h", "warn_s",
              "threshold");
  for (ObserverSight sight :
       {ObserverSight::TwitchesAlone, ObserverSight::Twitches, ObserverSight::TwitchesAndRelease}) {
    EventTotals pooled;
    for (std::uint64_t seed = 7; seed <= 15; ++seed) {
      d.seed = seed + 1;  // core/pipeline/Demo.cpp: the patients' seed is the demo's + 1
      std::vector<Schedule> all;
      for (int i = 0; i < 9; ++i) all.push_back(synthSchedule(d, i));
      std::vector<const Schedule*> selection, heldOut;
      for (int i = 0; i < 9; ++i) (i < 6 ? selection : heldOut).push_back(&all[static_cast<size_t>(i)]);
      const IdealObserverForecast f = idealObserverForecast(selection, heldOut, demoAlarms(), kTargetPerHour, sight);
      pooled.add(f.heldOut);
      std::printf("%-6llu %-12s %6d/%-2d %7d %8.1f %8.1f %9.3f\n", static_cast<unsigned long long>(seed),
                  sightName(sight), f.heldOut.forecast, f.heldOut.seizures, f.heldOut.falseAlarms,
                  f.heldOut.falseAlarmsPerHour(), f.meanWarningSeconds, f.operatingPoint.threshold);
    }
    std::printf("%-6s %-12s %6d/%-2d %7d %8.1f\n", "7-15", sightName(sight), pooled.forecast, pooled.seizures,
                pooled.falseAlarms, pooled.falseAlarmsPerHour());
  }
}

}  // namespace

int main(int argc, char** argv) {
  int recordings = 300;
  SynthOptions o;
  o.species = "human";
  o.minutes = 8;
  o.seizures = 2;
  o.seed = 1;
  bool demo = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : "0"; };
    if (a == "--recordings")
      recordings = std::stoi(value());
    else if (a == "--minutes")
      o.minutes = std::stod(value());
    else if (a == "--seizures")
      o.seizures = std::stoi(value());
    else if (a == "--seed")
      o.seed = std::stoull(value());
    else if (a == "--demo")
      demo = true;
    else {
      std::fprintf(stderr, "usage: bench_alarm_floor [--recordings N] [--minutes M] [--seizures K] [--seed S] [--demo]\n");
      return 2;
    }
  }
  std::printf(
      "False alarms per interictal hour of two oracles that cannot tell a decoy from a pre-ictal phase\n"
      "(core/synth/DecoyOracle.h; horizon 5 s, refractory 5 s, 60 s post-ictal excluded).\n"
      "fa_h_at_80: at about 80 %% sensitivity; ratio = fa_h_at_80 / %.0f, issue 12's target (above 1: out of reach\n"
      "for that oracle, and so for any forecaster that knows less)\n",
      kTargetPerHour);
  std::printf("%-24s %-11s %6s %8s %11s %7s %8s %8s %10s %6s\n", "recordings", "oracle", "diff", "seizures",
              "sensitivity", "decoys", "inter_h", "fa_h", "fa_h_at_80", "ratio");
  const std::string name =
      "human " + std::to_string(static_cast<int>(o.minutes)) + " min x" + std::to_string(recordings);
  for (OracleKnowledge k : {OracleKnowledge::EpisodeEnd, OracleKnowledge::EpisodeStart}) {
    for (double d : {0.3, 0.5, 0.8}) {
      o.difficulty = d;
      Floor f;
      for (int i = 0; i < recordings; ++i) add(f, synthSchedule(o, i), k);
      print(name, d, k, f);
    }
  }
  for (ObserverSight sight :
       {ObserverSight::TwitchesAlone, ObserverSight::Twitches, ObserverSight::TwitchesAndRelease}) {
    for (double d : {0.3, 0.5, 0.8}) {
      o.difficulty = d;
      std::vector<Schedule> schedules;
      for (int i = 0; i < recordings; ++i) schedules.push_back(synthSchedule(o, i));
      observe(name, d, schedules, sight);
    }
  }
  if (demo) {
    SynthOptions d = o;  // core/pipeline/Demo.cpp: patients from seed 7 + 1, 9 subjects, the last 3 held out
    d.minutes = 8;
    d.seizures = 2;
    d.seed = 8;
    d.difficulty = 0.5;
    for (OracleKnowledge k : {OracleKnowledge::EpisodeEnd, OracleKnowledge::EpisodeStart}) {
      Floor f;
      for (int i = 6; i < 9; ++i) add(f, synthSchedule(d, i), k);
      print("demo held-out patients", d.difficulty, k, f);
    }
    std::vector<Schedule> schedules;
    for (int i = 6; i < 9; ++i) schedules.push_back(synthSchedule(d, i));
    for (ObserverSight sight :
         {ObserverSight::TwitchesAlone, ObserverSight::Twitches, ObserverSight::TwitchesAndRelease})
      observe("demo held-out patients", d.difficulty, schedules, sight);
    demoSeeds(d);
  }
  return 0;
}
