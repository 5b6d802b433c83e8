#pragma once
// The engine of `prodrome model run`: runs VideoMAE weights (our layout or
// HF's, detected) on HF-style inputs stored as safetensors, so that anyone can
// compare this implementation with another one tensor for tensor.
//
// Input file: pixel_values float32 [B, T, 3, H, W] (HF's layout, ImageNet-
// normalised) and optionally bool_masked_pos uint8/bool [B, N].
// Output file: last_hidden_state (the encoder output; visible tokens only
// when a mask is given) and, where the weights have a head, logits (the
// reconstruction of the masked tokens for pre-training weights, which needs a
// mask, or the classifier logits).

#include "ml/Precision.h"

#include <filesystem>
#include <string>
#include <vector>

namespace prodrome::ml {

struct ModelRunOptions {
  // Architecture numbers a file cannot tell (head counts for HF files without
  // a config) come from this preset, overridden by config_json (our field
  // names) when given. Input size and frame count always come from the input.
  std::string preset = "vit-base";
  std::string config_json;
  std::string device = "cpu";  // "auto", "cpu", "cuda", "cuda:N"
  // Of the matrix products. float32 by default here, unlike training: this
  // runner exists to compare outputs with other implementations.
  Precision precision = Precision::Float32;
};

struct ModelRunSummary {
  std::string layout;                // the detected weights layout
  std::string model;                 // "pretraining", "classifier" or "encoder"
  std::vector<std::string> outputs;  // tensor names written
};

// Throws std::runtime_error (or a subclass) naming the file and the problem.
ModelRunSummary runModel(const std::filesystem::path& weights, const std::filesystem::path& input,
                         const std::filesystem::path& output, const ModelRunOptions& options);

}  // namespace prodrome::ml
