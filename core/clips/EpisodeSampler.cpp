#include "core/clips/EpisodeSampler.h"

#include "core/Error.h"
#include "core/clips/SeededRandom.h"

#include <algorithm>
#include <set>
#include <string>

namespace prodrome::core {

namespace {

std::string labelName(ClipLabel label) { return label == ClipLabel::Preictal ? "pre-ictal" : "normal"; }

std::vector<std::size_t> draw(const std::vector<std::size_t>& from, std::size_t count, SeededRandom& random) {
  std::vector<std::size_t> picked;
  picked.reserve(count);
  for (std::size_t k : random.sampleSorted(from.size(), count)) picked.push_back(from[k]);
  return picked;
}

}  // namespace

Episode sampleEpisode(std::span<const ClipWindow> pool, const EpisodeOptions& options) {
  if (options.shots < 1)
    throw Error("cannot draw an episode: shots must be at least 1, not " + std::to_string(options.shots));
  if (options.queryPerClass < 0) throw Error("cannot draw an episode: negative query size");
  const auto shots = static_cast<std::size_t>(options.shots);
  const ClipLabel classes[] = {ClipLabel::Preictal, ClipLabel::Normal};

  std::vector<std::size_t> byClass[2];
  for (std::size_t i = 0; i < pool.size(); ++i) {
    if (pool[i].label == ClipLabel::Preictal) byClass[0].push_back(i);
    if (pool[i].label == ClipLabel::Normal) byClass[1].push_back(i);
  }

  Episode episode;
  episode.shots = options.shots;
  episode.seed = options.seed;
  SeededRandom random(static_cast<std::uint64_t>(options.seed));
  for (int c = 0; c < 2; ++c) {
    if (byClass[c].size() < shots)
      throw Error("cannot draw a " + std::to_string(shots) + "-shot episode: the pool has " +
                  std::to_string(byClass[c].size()) + " " + labelName(classes[c]) + " clips");
    const auto picked = draw(byClass[c], shots, random);
    episode.support.insert(episode.support.end(), picked.begin(), picked.end());
  }

  std::set<std::size_t> inSupport(episode.support.begin(), episode.support.end());
  std::set<std::int64_t> supportRecordings;
  for (std::size_t i : episode.support) supportRecordings.insert(pool[i].recordingId);
  auto eligible = [&](std::size_t i) {
    if (inSupport.count(i)) return false;
    const ClipWindow& clip = pool[i];
    if (options.disjointRecordings && supportRecordings.count(clip.recordingId)) return false;
    for (std::size_t s : episode.support) {
      const ClipWindow& support = pool[s];
      if (support.recordingId != clip.recordingId) continue;
      // The same frames under another index are the same clip.
      if (support.startFrame == clip.startFrame && support.endFrame == clip.endFrame) return false;
      if (options.excludeOverlapping && support.startFrame < clip.endFrame && clip.startFrame < support.endFrame)
        return false;
    }
    return true;
  };

  for (int c = 0; c < 2; ++c) {
    std::vector<std::size_t> candidates;
    std::copy_if(byClass[c].begin(), byClass[c].end(), std::back_inserter(candidates), eligible);
    if (options.queryPerClass > 0) {
      const auto wanted = static_cast<std::size_t>(options.queryPerClass);
      if (candidates.size() < wanted)
        throw Error("cannot draw a query of " + std::to_string(wanted) + " " + labelName(classes[c]) + " clips: only " +
                    std::to_string(candidates.size()) + " remain apart from the support");
      candidates = draw(candidates, wanted, random);
    }
    episode.query.insert(episode.query.end(), candidates.begin(), candidates.end());
  }
  std::sort(episode.query.begin(), episode.query.end());
  return episode;
}

}  // namespace prodrome::core
