#pragma once
// The parts of a training checkpoint that PreTrainer and FineTuner share:
// optimiser state, LibTorch's CPU generator state, and reading the state
// file's fields. Every file is written atomically (SafeTensors.h); a trainer
// writes its state file last, so its presence marks a complete checkpoint.

#include "ml/SafeTensors.h"

#include <torch/optim/optimizer.h>
#include <torch/types.h>

#include <filesystem>
#include <string>

namespace prodrome::ml {

// Starts rewriting the checkpoint in `dir`: removes its state file first, so
// that a crash while the other files are replaced leaves no state file beside
// a mix of old and new ones (a resume then starts over rather than from an
// inconsistent checkpoint).
void beginCheckpoint(const std::filesystem::path& dir, const std::filesystem::path& stateFile);

void saveOptimizer(const std::filesystem::path& path, const torch::optim::Optimizer& optimizer);
void loadOptimizer(const std::filesystem::path& path, torch::optim::Optimizer& optimizer);

// The default CPU generator's state (drop-path draws and any other torch RNG use).
torch::Tensor cpuRngState();
void setCpuRngState(const torch::Tensor& state);

// Metadata field `key` of a checkpoint's state file; throws std::runtime_error
// naming the checkpoint when it is absent.
const std::string& checkpointField(const SafeTensorsFile& state, const std::string& key);

}  // namespace prodrome::ml
