#pragma once
// A deliberately simple separability yardstick for the synthetic data: how
// well can motion energy alone tell pre-ictal clips from normal ones?
//
// A clip (a window of the clip builder, design.md §5) is described by the
// four motion statistics of its frames (MotionMeter.h), with the energies
// divided by the recording's mean energy (subjects differ in contrast). A
// class-balanced logistic regression on them, fitted leave-one-subject-out,
// gives the balanced accuracy (threshold 0.5) and the ROC-AUC.

#include "core/clips/ClipWindow.h"
#include "core/synth/MotionMeter.h"
#include "core/synth/Schedule.h"

#include <cstdint>
#include <span>
#include <vector>

namespace prodrome::core::synth {

struct LabelledClip {
  int subject = 0;
  bool preictal = false;
  bool decoy = false;  // a normal clip overlapping a decoy episode
  MotionFeatures features{};
};

// The pre-ictal and normal windows the clip builder makes for `schedule`
// (5-s clips, 5-s horizon, 1-s stride, 20-s post-ictal period and 20-s
// inter-ictal gap for both species, as the demo builds them), with the
// features of `energy` (one value per frame).
std::vector<LabelledClip> labelledClips(const Schedule& schedule, Species species, std::span<const double> energy,
                                        int subject, double clipSeconds = 5);

struct BaselineResult {
  double balancedAccuracy = 0;
  double rocAuc = 0;
  std::size_t preictal = 0, normal = 0, decoyNormal = 0;
};

// Leave-one-subject-out over the subjects present in `clips` (at least two).
BaselineResult evaluateMotionBaseline(std::span<const LabelledClip> clips);

}  // namespace prodrome::core::synth
