#pragma once
// A ClipCache seen as the ml/ layer's ClipDataset: a chosen subset of the
// cached clips (a split, an episode's support or query), with labels as the
// forecaster learns them (pre-ictal 1, normal 0; ictal 1, for pre-training
// mixes where labels are unused).

#include "core/pipeline/ClipCache.h"
#include "ml/ClipDataset.h"

#include <functional>
#include <memory>
#include <vector>

namespace prodrome::core {

class CachedClipDataset : public ml::ClipDataset {
 public:
  struct Ref {
    std::shared_ptr<const ClipCache> cache;
    std::int64_t index = 0;
  };
  // Clips drawn from one or several caches (several clip sets in one mix).
  explicit CachedClipDataset(std::vector<Ref> clips);
  // `indices` into one cache; every one must be in range.
  CachedClipDataset(const std::shared_ptr<const ClipCache>& cache, const std::vector<std::int64_t>& indices);

  std::int64_t size() const override { return static_cast<std::int64_t>(clips_.size()); }
  ml::ClipSample get(std::int64_t index) const override;
  int label(std::int64_t index) const override;

  const CachedClipInfo& info(std::int64_t index) const;

 private:
  std::vector<Ref> clips_;
};

// The cache indices whose info satisfies `keep`, in cache order.
std::vector<std::int64_t> selectClips(const ClipCache& cache, const std::function<bool(const CachedClipInfo&)>& keep);

int forecastLabel(database::ClipLabel label);

}  // namespace prodrome::core
