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
// --demo: also the demo's three held-out patient recordings (human seed 8,
// subjects 7..9 of 9, 8 minutes, 2 seizures, difficulty 0.5).

#include "core/synth/DecoyOracle.h"
#include "core/synth/SynthProject.h"

#include <cstdio>
#include <string>

using namespace prodrome::core;
using namespace prodrome::core::synth;

namespace {

constexpr double kTargetPerHour = 30;

struct Floor {
  long long seizures = 0, forecast = 0, falseAlarms = 0, decoys = 0;
  double interictalHours = 0;
};

void add(Floor& f, const Schedule& s, OracleKnowledge knowledge) {
  AlarmOptions options;
  options.horizonSeconds = 5;
  options.postIctalSeconds = 60;
  const EventMetrics m = scoreOracle(s, knowledge, options);
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
  }
  return 0;
}
