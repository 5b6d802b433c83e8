#pragma once
// A second measure of brief movement, for bench_cue_perception (issue 12).
//
// The product's brief jerks (core/pipeline/BriefJerks.h) are read from the
// frame energy, one number a frame averaged over the whole picture: a jerk
// of a hand moves a few blocks of it, and a weak one drowns among the rest.
// This measure looks where the picture changed and changed back:
// - the picture is the model's input square (as FrameEnergies reads it) in
//   4×4-pixel blocks of mean luma;
// - a block's transient at frame k is the change into frame k that has gone
//   again `r` frames later: min(|x(k) − x(k−1)|, |x(k) − x(k+r)|), less a
//   floor of kTransientFloor levels (a lasting change, such as a turn or a
//   caregiver walking in, has not gone; sensor noise rarely passes both);
// - r is 0.13 s (2 frames at 15 fps, never fewer than 2): a jerk and its
//   return;
// - the frame's value is the mean of its kTransientTopBlocks largest block
//   transients, so a small jerk counts as much as a large one.
// Jerks are then found by the product's peak-and-surround rule on this
// series with its own least value, kLocalJerkMinimum (briefJerks'
// minimumEnergy).
//
// The three constants were set on the rendered recordings of seed 100 (30
// patients × 8 min): twitch recall against false jerks per minute of
// ordinary time. The bench prints both detectors' recall at every seed.

#include <cstdint>
#include <vector>

namespace prodrome::bench {

inline constexpr int kTransientTopBlocks = 16;
inline constexpr float kTransientFloor = 1.0f;    // 8-bit luma levels of a block mean
inline constexpr double kLocalJerkMinimum = 3.0;  // in the series' units (levels)

// The 4×4-pixel block means of luma of a size × size RGB24 picture
// (size / 4 blocks a side, row-major).
std::vector<float> blockLuma(const std::uint8_t* rgb, int size);

// The series above for a recording's block pictures (one per frame, all of
// one size); 0 where a frame has no predecessor or its return frame is past
// the end. Throws std::invalid_argument when fps is not positive or the
// pictures differ in size.
std::vector<double> localTransients(const std::vector<std::vector<float>>& blocks, double fps);

}  // namespace prodrome::bench
