#pragma once
// Job configs small enough for a test to train in seconds (4 frames of
// 32 px, a few steps, on the CPU), shared by the pipeline, training, review
// and workbench suites. Header only: tests/support itself does not link
// LibTorch; the suites that include this do.

#include "core/pipeline/FineTuning.h"
#include "core/pipeline/Pretraining.h"

#include <cstdint>
#include <string>
#include <vector>

namespace prodrome::test {

// 6 steps of batch 2, a checkpoint every 2 steps.
inline core::PretrainConfig tinyPretrain(const std::string& name, std::vector<std::int64_t> clipSets) {
  core::PretrainConfig c;
  c.modelName = name;
  c.frames = 4;
  c.size = 32;
  c.clipSets = std::move(clipSets);
  c.steps = 6;
  c.batchSize = 2;
  c.warmupSteps = 1;
  c.checkpointEvery = 2;
  c.device = "cpu";
  return c;
}

// 2 epochs of batch 4.
inline core::FineTuneSettings tinyFineTuneSettings() {
  core::FineTuneSettings s;
  s.frames = 4;
  s.size = 32;
  s.epochs = 2;
  s.batchSize = 4;
  s.device = "cpu";
  return s;
}

}  // namespace prodrome::test
