#pragma once
// What the generator's decoys cost: alarms of an oracle that sees every cue
// episode (pre-ictal phase or decoy) but cannot tell the two apart, since a
// decoy is a pre-ictal phase with the same length, strength and twitch laws
// that no seizure follows (Schedule.h). Scored with the product's event
// metrics, beside the forecaster's figure in the demo's report and over many
// recordings in bench_alarm_floor.
//
// Not a floor under what a forecaster can reach, though it reads like one: a
// decoy's arrest lets go in its last 1.5 s, and an observer that waits for
// that moment before alarming pays for fewer decoys (IdealObserver.h,
// ObserverSight::TwitchesAndRelease).

#include "core/forecast/AlarmMetrics.h"
#include "core/synth/Schedule.h"

#include <vector>

namespace prodrome::core::synth {

enum class OracleKnowledge {
  // Knows when every episode ends: one alarm 2.5 s before, inside a 5-s
  // horizon. Forecasts every seizure; each decoy costs one false alarm.
  EpisodeEnd,
  // Knows when every episode starts, not when it ends (a video model sees an
  // episode begin; pre-ictal phases last U(8, 20) s): alarms 8 and 13 s in
  // while the episode lasts, which forecasts the seizures whose phase lasts
  // at most 18 s (about 83 %).
  EpisodeStart,
};

// The oracle's alarms over one recording, as window ends with probability 1
// (threshold them at any level in (0, 1]).
std::vector<ForecastPoint> oracleAlarms(const Schedule& schedule, OracleKnowledge knowledge);

// Those alarms scored against the schedule's seizures.
EventMetrics scoreOracle(const Schedule& schedule, OracleKnowledge knowledge, const AlarmOptions& options);

}  // namespace prodrome::core::synth
