#include "core/pipeline/RunClipCache.h"

#include "core/runs/RunRecord.h"
#include "database/Database.h"

namespace prodrome::core {

std::shared_ptr<const ClipCache> openRunClipCache(database::Database& db, std::int64_t clipSetId,
                                                  const ClipShape& shape, const JobCallbacks& callbacks,
                                                  RunRecord& run) {
  auto cache =
      ClipCache::ensure(db, clipSetId, shape, ClipCache::directoryFor(db.path()), callbacks.stage, callbacks.cancel);
  if (const auto line = cache->gridLine(); !line.empty()) run.log(line);
  return cache;
}

}  // namespace prodrome::core
