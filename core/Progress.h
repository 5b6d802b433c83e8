#pragma once
// How long work reports progress and learns it should stop: one shape for
// the CLI's progress line, the GUI's jobs (imports and indexing as well as
// training) and the demo, and one way to stop (core::Cancelled).

#include "core/Error.h"

#include <atomic>
#include <functional>
#include <string>

namespace prodrome::core {

// stage: short name of the phase ("decode clips", "pre-train"); fraction in
// [0, 1] of that phase; detail: a human line ("step 40/300 loss 0.81").
using StageProgress = std::function<void(const std::string& stage, double fraction, const std::string& detail)>;

inline void throwIfCancelled(const std::atomic<bool>* cancel) {
  if (cancel && cancel->load(std::memory_order_relaxed)) throw Cancelled();
}

}  // namespace prodrome::core
