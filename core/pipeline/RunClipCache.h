#pragma once
// The clip cache a training job (pre-training, fine-tuning, few-shot) reads:
// in the project's cache folder, decoding with the job's progress and
// cancel, and saying in the run's log how its clips were read when some
// recording was not read frame by frame at the cache's rate
// (ClipCache::gridLine). One place, so the three jobs cannot drift apart.

#include "core/pipeline/ClipCache.h"
#include "core/pipeline/JobCallbacks.h"

#include <cstdint>
#include <memory>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

class RunRecord;

std::shared_ptr<const ClipCache> openRunClipCache(database::Database& db, std::int64_t clipSetId,
                                                  const ClipShape& shape, const JobCallbacks& callbacks,
                                                  RunRecord& run);

}  // namespace prodrome::core
