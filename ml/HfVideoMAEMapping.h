#pragma once
// The HF transformers VideoMAE layout (MCG-NJU/videomae-base and its
// fine-tuned descendants) as a systematic renaming of our parameter names:
//
//   encoder.patch_embed.proj.*      videomae.embeddings.patch_embeddings.projection.*
//   encoder.blocks.N.<b>            videomae.encoder.layer.N.<hf b>
//   encoder.norm.*                  videomae.layernorm.*   (HF has none with use_mean_pooling)
//   decoder.blocks.N.<b>            decoder.decoder_layers.N.<hf b>
//   head.* (classifier)             classifier.*
//   encoder_to_decoder, mask_token, decoder.norm, decoder.head, fc_norm: unchanged
// and inside a block:
//   norm1 / norm2                   layernorm_before / layernorm_after
//   attn.qkv.weight [3D, D]         attention.attention.{query,key,value}.weight [D, D] each
//   attn.q_bias / attn.v_bias       attention.attention.q_bias / v_bias
//   attn.proj                       attention.output.dense
//   mlp.fc1 / mlp.fc2               intermediate.dense / output.dense
//
// HF's VideoMAEForPreTraining keeps videomae.layernorm only when its config
// has use_mean_pooling = false (as MCG-NJU/videomae-base does); our
// pre-training model always has the official encoder norm, so a file without
// it is reported as missing those two tensors.

#include "ml/LoadReport.h"
#include "ml/SafeTensors.h"
#include "ml/VideoMAE.h"

#include <filesystem>
#include <string>
#include <vector>

namespace prodrome::ml {

// The HF names that hold one of our parameters (three for attn.qkv.weight).
// `classifier` selects the fine-tuned naming of `head`. Throws
// std::invalid_argument for a name outside the VideoMAE models.
std::vector<std::string> hfNamesFor(const std::string& ours, bool classifier);

NamedTensors exportHf(const VideoMAEForPreTraining& model);
NamedTensors exportHf(const VideoMAEClassifier& model);
// Written with metadata {"format": "pt"}, as HF's save_pretrained does.
void saveHf(const std::filesystem::path& path, const VideoMAEForPreTraining& model);
void saveHf(const std::filesystem::path& path, const VideoMAEClassifier& model);

// HF's config.json for our config (model_type "videomae"), so that an exported
// folder (config.json + model.safetensors) loads with from_pretrained.
// The classifier variant carries id2label / label2id for num_classes labels.
std::string hfConfigJson(const VideoMAEConfig& config, bool classifier);
// Reads an HF config.json over `base` (input size, frame count and the rest
// come from it when present). HF's many generic fields are ignored; values
// this implementation cannot honour (another activation, a decoder MLP ratio
// unlike the encoder's) are errors.
VideoMAEConfig configFromHfJson(const std::string& json, const VideoMAEConfig& base);

// Strictness as in loadWeights (VideoMAEWeights.h).
LoadReport importHf(VideoMAEForPreTraining& model, const SafeTensorsFile& file, bool strict = true);
LoadReport importHf(VideoMAEClassifier& model, const SafeTensorsFile& file, bool strict = true);

}  // namespace prodrome::ml
