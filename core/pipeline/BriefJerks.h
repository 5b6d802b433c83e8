#pragma once
// Brief jerks: a burst of movement from stillness that is over within a few
// frames, as a myoclonic jerk is. A forecaster's head reads its window's
// motion as a few statistics, where one jerk is a spike among many frames;
// counted as events, jerks are the cue a twitch-seeing observer forecasts
// from (issue 12: on 30 fresh recordings at each of seeds 100 and 101 the
// count alone, fitted on nothing, forecast 26 and 25 of 60 held-out seizures
// at 25 and 21 false alarms per hour, the fitted statistics 21 and 18 at 34
// and 33, bench_cue_perception). A model with ml::VideoMAEConfig::jerk_weight > 0 combines
// its head's probability with its window's jerks (withJerks below), the
// weight chosen on validation curves with the operating point
// (core/pipeline/OperatingPointSelection.h).
//
// Read from the frame energies of core/pipeline/WindowMotion.h. A jerk is a
// frame whose energy
// - exceeds kJerkMinimumEnergy,
// - is a local peak (at least its predecessor's, more than its successor's),
// - exceeds kJerkOverSurround times the largest energy 0.2 s and about
//   0.27 s before and after it (sustained movement and a movement's slow
//   decay stay out; a jerk and its return, two or three frames, fit inside),
// - and is not a keyframe: a codec's I-frame can carry a one-frame energy
//   pulse of its own (the synthetic videos' 2-s GOP does, about 0.18 against
//   0.001 between frames).
// A jerk is known once the frames after it that the rule reads are in: its
// frame plus the far offset. A window [begin, end) counts the jerks known at
// frames begin .. end − 1, so a forecast never reads a frame past its window.
//
// The thresholds are in the energy's units (synth::MotionMeter on the
// model's input square) and were set on synthetic human videos at 15 fps;
// the offsets scale with the frame rate. On other recordings the weight
// chosen on validation curves decides whether jerks count at all (0: not).

#include <cstdint>
#include <vector>

namespace prodrome::core {

inline constexpr double kJerkMinimumEnergy = 0.3;
inline constexpr double kJerkOverSurround = 2.0;

// The frames at which each jerk of `energies` is known, increasing.
// `keyframes[k]` != 0 marks frame k as a keyframe (shorter: the rest are
// not). `minimumEnergy` is the first condition's floor: another measure of
// movement than synth::MotionMeter's (a bench's) has its own units. Throws
// std::invalid_argument when fps is not positive.
std::vector<std::int64_t> briefJerks(const std::vector<double>& energies, const std::vector<std::uint8_t>& keyframes,
                                     double fps, double minimumEnergy = kJerkMinimumEnergy);

// How many frames after its peak a jerk is known at `fps`: its far
// surround (4 at 15 fps). briefJerks' frames less this are the peaks.
// Throws std::invalid_argument when fps is not positive.
std::int64_t jerkDelayFrames(double fps);

// How many of `jerks` (briefJerks' frames) a window [begin, end) holds.
int jerksInWindow(const std::vector<std::int64_t>& jerks, std::int64_t begin, std::int64_t end);

// The probability of an onset within the horizon, with a window's jerks
// taken as independent evidence beside the head's (a noisy-OR): each jerk
// leaves (1 − weight) of the remaining doubt, 1 − (1 − p)(1 − weight)^jerks.
// Monotone in p and in jerks; weight 0 or no jerk leaves p as it is.
// Throws std::invalid_argument when weight is outside [0, 1) or jerks < 0.
double withJerks(double probability, int jerks, double weight);

// withJerks on every window: probabilities[i] with jerks[i]. Throws
// std::invalid_argument when the sizes differ (and as withJerks).
void weighJerks(std::vector<double>& probabilities, const std::vector<int>& jerks, double weight);

}  // namespace prodrome::core
