#include "core/pipeline/CachedClipDataset.h"

#include "core/Error.h"

#include <cstring>

namespace prodrome::core {

int forecastLabel(database::ClipLabel label) { return label == database::ClipLabel::Normal ? 0 : 1; }

CachedClipDataset::CachedClipDataset(std::vector<Ref> clips) : clips_(std::move(clips)) {
  for (const auto& r : clips_) {
    if (!r.cache) throw Error("clip dataset: no cache");
    if (r.index < 0 || r.index >= r.cache->count())
      throw Error("clip dataset: index " + std::to_string(r.index) + " outside the cache of " +
                  std::to_string(r.cache->count()) + " clips");
    if (r.cache->frames() != clips_.front().cache->frames() || r.cache->size() != clips_.front().cache->size())
      throw Error("clip dataset: caches of different clip shapes cannot be mixed");
  }
}

CachedClipDataset::CachedClipDataset(const std::shared_ptr<const ClipCache>& cache,
                                     const std::vector<std::int64_t>& indices)
    : CachedClipDataset([&] {
        std::vector<Ref> refs;
        for (auto i : indices) refs.push_back({cache, i});
        return refs;
      }()) {}

const CachedClipInfo& CachedClipDataset::info(std::int64_t index) const {
  const auto& r = clips_.at(static_cast<std::size_t>(index));
  return r.cache->info(r.index);
}

ml::ClipSample CachedClipDataset::get(std::int64_t index) const {
  const auto& r = clips_.at(static_cast<std::size_t>(index));
  const auto& cache = *r.cache;
  const std::int64_t i = r.index;
  const auto& c = cache.info(i);
  const int t = cache.frames();
  const int s = cache.size();
  // A copy, not a view: the sample outlives nothing of ours, and the
  // batcher's augmentation may write into it.
  auto frames = torch::empty({t, s, s, 3}, torch::kUInt8);
  std::memcpy(frames.data_ptr<std::uint8_t>(), cache.pixels(i), cache.clipBytes());
  ml::ClipSample sample;
  sample.frames = frames;
  sample.label = forecastLabel(c.label);
  sample.subject = c.subjectId;
  sample.species = c.species == database::Species::Human ? ml::Species::Human : ml::Species::Rodent;
  return sample;
}

int CachedClipDataset::label(std::int64_t index) const { return forecastLabel(info(index).label); }

std::vector<std::int64_t> selectClips(const ClipCache& cache, const std::function<bool(const CachedClipInfo&)>& keep) {
  std::vector<std::int64_t> out;
  for (std::int64_t i = 0; i < cache.count(); ++i)
    if (keep(cache.info(i))) out.push_back(i);
  return out;
}

}  // namespace prodrome::core
