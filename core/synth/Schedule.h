#pragma once
// The timing half of the generative model: when seizures, their pre-ictal
// phases, post-ictal stillness and decoy episodes happen in one recording,
// and where each myoclonic twitch falls. Species-agnostic and pure; the
// scenes (RodentScene, HumanScene) turn it into motion.
//
// Generative model (seconds; U = uniform, D = difficulty in [0, 1]):
//   seizure duration   rodent 6 + 4·stage + U(0, 8), Racine stage drawn from
//                      {1: .1, 2: .15, 3: .2, 4: .25, 5: .3};
//                      human U(20, 55), "tonic-clonic" (70 %) or
//                      "focal clonic" (arm and face jerks, no tonic phase)
//   post-ictal         stillness, rodent U(15, 30), human U(30, 60), cut
//                      short (to at least 10 s) where the next pre-ictal
//                      phase begins sooner
//   pre-ictal phase    U(8, 20) before each onset: behavioural arrest of
//                      strength s, plus twitches (below)
//   cue strength s     U(0.4, 1) · (1.15 − 0.85·D), capped at 1 (D = 0: clear,
//                      D = 1: faint)
//   decoys             the same arrest-and-twitch episode (same length and
//                      strength laws) in normal time, n = stochastic rounding
//                      of rate · normal minutes with rate = 0.15 + 0.85·D per
//                      minute, at least one per recording with half a free
//                      minute; never within 10 s before a pre-ictal phase,
//                      inside a seizure or its stillness (+5 s), nor within
//                      10 s of another decoy
//   twitches           inhomogeneous Poisson process over an episode of
//                      progress p in [0, 1]: rate 0.2 + 1.8·p² per second
//                      (rising towards onset), amplitude s · U(0.6, 1.2),
//                      random direction and body part
//   arrest             ramps in over 1.5 s to s (1: frozen), ramps out at the
//                      end of a decoy; movement speed is multiplied by 1 − arrest
// Layout: the first onset is at least 25 s in, the last offset at least 5 s
// before the end, and each onset at least `kPreferredQuietSeconds` (80 s:
// ClipSetParams' default 60-s post-ictal period plus the longest pre-ictal
// reach) after the previous offset when the recording is long enough, else
// as much as fits but never less than 10 s of stillness plus the pre-ictal
// phase plus 5 s. Recordings too short for that
// are refused with the length they would need. Remaining time is spread
// over the gaps at random.

#include "core/synth/SynthRandom.h"
#include "database/SubjectStore.h"

#include <cstdint>
#include <string>
#include <vector>

namespace prodrome::core::synth {

using database::Species;

// What D does besides cue strength and decoy rate (Camera reads these).
struct DifficultyModel {
  double difficulty = 0.5;
  double cueScale() const { return 1.15 - 0.85 * difficulty; }
  double decoysPerMinute() const { return 0.15 + 0.85 * difficulty; }
  double noiseSigma() const { return 1.5 + 3.5 * difficulty; }     // sensor noise, 8-bit levels
  double shakePixels() const { return 0.15 + 0.45 * difficulty; }  // camera shake amplitude
};

struct Twitch {
  std::int64_t frame = 0;
  float amplitude = 0;  // 0..~1.2, already scaled by the episode's strength
  float direction = 0;  // radians
  int part = 0;         // which body part jerks (scene-defined, 0..3)
};

// A pre-ictal phase (decoy = false) or its look-alike in normal time.
struct CueEpisode {
  std::int64_t start = 0, end = 0;  // [start, end) frames
  float strength = 0;               // s in [0, 1]
  bool decoy = false;
  std::vector<Twitch> twitches;  // by frame
};

struct PlannedSeizure {
  std::int64_t onset = 0, offset = 0;  // [onset, offset) frames: the ground truth
  std::int64_t stillnessEnd = 0;       // end of post-ictal stillness
  int stage = 0;                       // rodent: Racine stage 1..5; human: 1 focal clonic, 2 tonic-clonic
  std::string type;                    // "Racine 4", "tonic-clonic", ...
  int cueIndex = -1;                   // its pre-ictal episode in Schedule::cues
};

struct Schedule {
  double fps = 15;
  std::int64_t frameCount = 0;
  std::vector<PlannedSeizure> seizures;  // by onset
  std::vector<CueEpisode> cues;          // by start, pre-ictal phases and decoys
  double minQuietSeconds = 0;            // shortest offset-to-next-onset span (0 with < 2 seizures)
};

constexpr double kPreferredQuietSeconds = 80;

// The cue laws above that a reader of the schedule may need (the ideal
// observer of DecoyOracle.h reasons with them); Schedule.cpp draws with these.
constexpr double kPreictalMinSeconds = 8;  // pre-ictal phase and decoy length: U(min, max)
constexpr double kPreictalMaxSeconds = 20;
constexpr double kCueRampSeconds = 1.5;  // the arrest ramps in (and out, at a decoy's end) over this
constexpr double kTwitchMaxRate = 2.0;   // per second, at progress 1
// Twitches per second at progress p in [0, 1] of a cue episode.
// IdealObserver.cpp integrates it in closed form as a + b·p²: a change of its
// shape must change that integral too (IdealObserverTest checks the two agree).
inline double twitchRate(double progress) { return 0.2 + 1.8 * progress * progress; }

// Throws core::Error when the recording cannot hold the seizures.
Schedule makeSchedule(Species species, double seconds, double fps, int seizures, const DifficultyModel& difficulty,
                      SynthRandom random);

enum class Phase { Normal, Preictal, Decoy, Ictal, Postictal };

// Where a frame stands in the schedule.
struct Moment {
  Phase phase = Phase::Normal;
  double progress = 0;                      // 0..1 through the phase
  double phaseSeconds = 0;                  // since the phase started
  float arrest = 0;                         // 0..1, fraction of ordinary movement suppressed
  const PlannedSeizure* seizure = nullptr;  // Ictal and Postictal
  // The latest twitch of the frame's cue episode, and its age in frames
  // (a scene draws a decaying jerk); age < 0 when none is active.
  Twitch twitch;
  double twitchAge = -1;
};

// Sequential reader of a schedule (frames in increasing order are O(1)
// each; any order works).
class ScheduleCursor {
 public:
  explicit ScheduleCursor(const Schedule& schedule) : schedule_(schedule) {}
  Moment at(std::int64_t frame);

 private:
  const Schedule& schedule_;
};

}  // namespace prodrome::core::synth
