#pragma once
// Robust standardisation within groups: each row minus its group's median,
// over its group's median absolute deviation (×1.4826, the standard
// deviation of a normal sample), feature by feature. Used with recordings as
// groups (VideoMAEConfig::recording_norm): what is left is how a window
// differs from the rest of its own recording, not how one subject or camera
// differs from another. Labels are never read, so the evaluation subjects'
// own unlabelled windows may set their statistics.

#include <torch/torch.h>

#include <cstdint>
#include <vector>

namespace prodrome::ml {

// x [N, D] float; group[i] names row i's group. Medians interpolate (two
// rows: their mean). A group of one row becomes zeros; a feature constant
// within a group becomes zero there (its deviation is floored at
// kMinGroupStd rather than divided by zero). Throws std::invalid_argument
// naming the row and feature of a NaN or infinite entry.
torch::Tensor standardiseWithinGroups(const torch::Tensor& x, const std::vector<std::int64_t>& group);

inline constexpr double kMinGroupStd = 1e-6;
inline constexpr double kMadToSd = 1.4826;

}  // namespace prodrome::ml
