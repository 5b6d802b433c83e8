#pragma once

#include "core/clips/ClipWindow.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace prodrome::core {

struct EpisodeOptions {
  int shots = 2;          // k: k pre-ictal and k normal support clips
  int queryPerClass = 0;  // pre-ictal and normal query clips each; 0: all that remain eligible
  // Support and query never share a clip. These widen "share":
  bool excludeOverlapping = true;   // a query clip may not overlap a support clip's frames
  bool disjointRecordings = false;  // nor come from a recording that has a support clip
  std::int64_t seed = 0;
};

// A k-shot episode over a pool of clips, as indices into that pool.
struct Episode {
  std::vector<std::size_t> support;  // k pre-ictal, then k normal, each group in pool order
  std::vector<std::size_t> query;    // in pool order
  int shots = 0;
  std::int64_t seed = 0;  // recorded with the episode: the same pool and seed give it again
};

// Draws a k-shot episode (design.md §5, paper: independent 2-, 3- and 4-shot
// draws with non-overlapping support and query sets). Ictal clips in the pool
// are ignored. Deterministic for a seed. Throws core::Error when the pool has
// too few pre-ictal or normal clips for the support, or too few eligible ones
// for queryPerClass, saying how many there are.
Episode sampleEpisode(std::span<const ClipWindow> pool, const EpisodeOptions& options);

}  // namespace prodrome::core
