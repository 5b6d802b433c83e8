// bench_alarm_floor [--recordings N] [--minutes M] [--seizures K] [--seed S] [--demo]
//
// The false-alarm rate that the synthetic generator itself forces on any
// forecaster, against issue 12's target (>= 80 % of seizures forecast with
// <= 30 false alarms per interictal hour).
//
// The generator's decoys are pre-ictal phases that no seizure follows: the
// same arrest-and-twitch episode with the same length and strength laws
// (core/synth/Schedule.h). Up to the last 1.5 s of a decoy (where the arrest
// ramps out) nothing in the video tells the two apart, so whatever a detector
// does at a pre-ictal phase it does, with the same probability, at a decoy.
//
// The bound is computed for an oracle far stronger than any video model: it
// knows the start and end of every cue episode, decoy or pre-ictal, and
// raises exactly one alarm per episode, 2.5 s before the episode ends (inside
// the 5-s horizon of a pre-ictal phase). It forecasts every seizure; its
// false alarms are the decoys it cannot tell from pre-ictal phases. Dropping
// a random 20 % of episodes (it cannot choose which kind to drop) gives 80 %
// sensitivity at 0.8 times that rate.
//
// A second oracle knows when every episode starts, not when it ends (a video
// model sees an episode begin; its end is the unpredictable part, as pre-ictal
// phases last U(8, 20) s). It alarms 8 and 13 s into each episode while it
// lasts, which forecasts every seizure whose phase lasts at most 18 s (10 of
// 12 s of the length law: about 83 %).
//
// Alarms are scored by the product's own event metrics
// (core/forecast/AlarmMetrics) with the demo's settings: horizon 5 s,
// refractory 5 s, 60 s after each offset excluded.
//
// --demo: the same oracle on the demo's three held-out patient recordings
// (human seed 8, subjects 7..9 of 9, 8 minutes, 2 seizures, difficulty 0.5).

#include "core/forecast/AlarmMetrics.h"
#include "core/synth/Schedule.h"
#include "core/synth/SynthProject.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace prodrome::core;
using namespace prodrome::core::synth;

namespace {

constexpr double kTargetPerHour = 30;

struct Floor {
  long long seizures = 0, forecast = 0, falseAlarms = 0, decoys = 0;
  double interictalHours = 0;
};

enum class Oracle { KnowsEnd, KnowsStart };

void addRecording(Floor& f, const Schedule& s, Oracle oracle) {
  std::vector<ForecastPoint> points;
  const auto frames = [&](double seconds) { return static_cast<std::int64_t>(seconds * s.fps); };
  for (const CueEpisode& c : s.cues) {
    if (oracle == Oracle::KnowsEnd) {
      points.push_back({std::max<std::int64_t>(1, c.end - frames(2.5)), 1.0});
    } else {
      for (double t : {8.0, 13.0})
        if (c.start + frames(t) <= c.end) points.push_back({c.start + frames(t), 1.0});
    }
    if (c.decoy) ++f.decoys;
  }
  std::sort(points.begin(), points.end(),
            [](const ForecastPoint& a, const ForecastPoint& b) { return a.windowEndFrame < b.windowEndFrame; });
  std::vector<SeizureInterval> seizures;
  for (const PlannedSeizure& p : s.seizures) seizures.push_back({p.onset, p.offset});
  AlarmOptions options;
  options.horizonSeconds = 5;
  options.postIctalSeconds = 60;
  const EventMetrics m = evaluateAlarms(points, seizures, s.fps, s.frameCount, options);
  f.seizures += static_cast<long long>(m.seizures.size());
  f.forecast += m.forecastSeizures;
  f.falseAlarms += m.falseAlarms;
  f.interictalHours += m.interictalHours;
}

Schedule scheduleOf(const SynthOptions& o, int index) {
  return makeSchedule(Species::Human, o.minutes * 60.0, o.fps, o.seizures, DifficultyModel{o.difficulty},
                      SynthRandom(synthSubjectSeed(o, index)).fork(1));
}

// fa_h_at_80: the knows-end oracle thinned to 80 % sensitivity; the
// knows-start oracle is already near it (its own sensitivity is printed).
void print(const char* what, double difficulty, Oracle oracle, const Floor& f) {
  const double perHour = f.falseAlarms / f.interictalHours;
  const double at80 = oracle == Oracle::KnowsEnd ? 0.8 * perHour : perHour;
  std::printf("%-24s %-11s %6.1f %8lld %11.3f %7lld %8.2f %8.1f %10.1f %6.2f\n", what,
              oracle == Oracle::KnowsEnd ? "knows end" : "knows start", difficulty, f.seizures,
              static_cast<double>(f.forecast) / static_cast<double>(f.seizures), f.decoys, f.interictalHours, perHour,
              at80, at80 / kTargetPerHour);
}

void header() {
  std::printf("%-24s %-11s %6s %8s %11s %7s %8s %8s %10s %6s\n", "recordings", "oracle", "diff", "seizures",
              "sensitivity", "decoys", "inter_h", "fa_h", "fa_h_at_80", "ratio");
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
      "False alarms per interictal hour of two oracles that cannot tell a decoy from a pre-ictal phase: 'knows end'\n"
      "alarms 2.5 s before each cue episode ends, 'knows start' 8 and 13 s after each starts (horizon 5 s,\n"
      "refractory 5 s, 60 s post-ictal excluded).\n"
      "fa_h_at_80 = the rate at about 80 %% sensitivity; ratio = fa_h_at_80 / %.0f (issue 12's target; above 1: out of\n"
      "reach for that oracle, and so for any forecaster that knows less)\n",
      kTargetPerHour);
  header();
  const std::string name = "human " + std::to_string(static_cast<int>(o.minutes)) + " min x" + std::to_string(recordings);
  for (Oracle oracle : {Oracle::KnowsEnd, Oracle::KnowsStart}) {
    for (double d : {0.3, 0.5, 0.8}) {
      o.difficulty = d;
      Floor f;
      for (int i = 0; i < recordings; ++i) addRecording(f, scheduleOf(o, i), oracle);
      print(name.c_str(), d, oracle, f);
    }
  }
  if (demo) {
    SynthOptions d;  // the demo's patients: core/pipeline/Demo.cpp (seed 7 + 1, 9 subjects, last 3 held out)
    d.species = "human";
    d.minutes = 8;
    d.seizures = 2;
    d.seed = 8;
    d.difficulty = 0.5;
    for (Oracle oracle : {Oracle::KnowsEnd, Oracle::KnowsStart}) {
      Floor f;
      for (int i = 6; i < 9; ++i) addRecording(f, scheduleOf(d, i), oracle);
      print("demo held-out patients", d.difficulty, oracle, f);
    }
  }
  return 0;
}
