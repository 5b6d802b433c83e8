#pragma once
// The parts of a training checkpoint that PreTrainer and FineTuner share:
// optimiser state, LibTorch's CPU generator state, and reading the state
// file's fields. Every file is written atomically (SafeTensors.h); a trainer
// writes its state file last, so its presence marks a complete checkpoint.
//
// The optimiser state is a safetensors file like every other file we read:
// torch::save's archive is a pickle, and a checkpoint folder is as untrusted
// as a weights file (it travels with a project). Only Adam and AdamW, the
// two optimisers the trainers build, can be stored.

#include "ml/SafeTensors.h"

#include <torch/optim/optimizer.h>
#include <torch/ordered_dict.h>
#include <torch/types.h>

#include <filesystem>
#include <string>

namespace prodrome::ml {

// Starts rewriting the checkpoint in `dir`: removes its state file first, so
// that a crash while the other files are replaced leaves no state file beside
// a mix of old and new ones (a resume then starts over rather than from an
// inconsistent checkpoint).
void beginCheckpoint(const std::filesystem::path& dir, const std::filesystem::path& stateFile);

// The optimiser's file name inside a checkpoint folder; kLegacyOptimizerFile
// is the pickle that Prodrome wrote before, which is refused with advice.
inline constexpr const char* kOptimizerFile = "optimizer.safetensors";
inline constexpr const char* kLegacyOptimizerFile = "optimizer.pt";

// Writes each parameter's moments and step under the parameter's name in
// `parameters` (the model's named_parameters(), which must hold every
// parameter the optimiser updates) and each group's hyper-parameters.
void saveOptimizer(const std::filesystem::path& path, const torch::optim::Optimizer& optimizer,
                   const torch::OrderedDict<std::string, torch::Tensor>& parameters);
// Restores what saveOptimizer wrote into an optimiser built the same way
// (same kind, groups and parameters); throws std::runtime_error naming the
// file and what differs, and leaves `optimizer` unchanged when it throws.
void loadOptimizer(const std::filesystem::path& path, torch::optim::Optimizer& optimizer,
                   const torch::OrderedDict<std::string, torch::Tensor>& parameters);

// The default CPU generator's state (drop-path draws and any other torch RNG use).
torch::Tensor cpuRngState();
void setCpuRngState(const torch::Tensor& state);

// Metadata field `key` of a checkpoint's state file; throws std::runtime_error
// naming the checkpoint when it is absent.
const std::string& checkpointField(const SafeTensorsFile& state, const std::string& key);

}  // namespace prodrome::ml
