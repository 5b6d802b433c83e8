#pragma once
// Saving and loading VideoMAE weights as safetensors, in the project's own
// layout or the HF transformers layout (HfVideoMAEMapping.h), detected from
// the file.
//
// The project's own layout is the models' parameter names, which equal the
// official MCG-NJU/VideoMAE keys (encoder.blocks.0.attn.qkv.weight, ...), with
// the config as JSON in __metadata__. Position tables are never stored: they
// are fixed functions of the input size and are rebuilt on load, which is what
// lets one checkpoint serve other frame counts and resolutions.

#include "ml/LoadReport.h"
#include "ml/VideoMAEConfig.h"
#include "ml/SafeTensors.h"
#include "ml/VideoMAE.h"
#include "ml/WeightPlan.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prodrome::ml {

enum class WeightsLayout {
  Prodrome,          // our names (= official VideoMAE keys), config in metadata when we wrote it
  HfPreTraining,     // VideoMAEForPreTraining: videomae.*, encoder_to_decoder, mask_token, decoder.*
  HfClassification,  // VideoMAEForVideoClassification: videomae.*, fc_norm.*, classifier.*
  HfEncoder,         // a VideoMAEModel alone (videomae.* or bare embeddings.*/encoder.layer.* names)
  Unknown,
};

std::string_view layoutName(WeightsLayout layout);
WeightsLayout detectLayout(const SafeTensorsFile& file);

inline constexpr const char* kProdromeFormat = "prodrome.videomae";
// The metadata's "format_version" this build writes and the newest it reads:
// a file from a newer Prodrome may mean its tensors or config otherwise.
inline constexpr int kProdromeFormatVersion = 1;
inline constexpr const char* kModelPreTraining = "pretraining";
inline constexpr const char* kModelClassifier = "classifier";

// The config stored by saveWeights, if any (metadata "config"); the second
// form reads a header alone (readSafeTensorsHeader), `source` naming it.
// Throws, naming the file, on a config that cannot be read and on a
// format_version that is not a whole number from 1 to kProdromeFormatVersion.
std::optional<VideoMAEConfig> configFromMetadata(const SafeTensorsFile& file);
std::optional<VideoMAEConfig> configFromMetadata(const SafeTensorsMetadata& metadata, const std::string& source);

// The architecture a file implies: the stored config for our own files;
// otherwise `base` with every size readable from tensor shapes replaced
// (embed_dim, depth, mlp_ratio, patch and tubelet size, in_chans, qkv_bias,
// decoder sizes, num_classes, pooling). Head counts are not visible in
// weights: head_dim 64 is assumed (true of every published VideoMAE) unless
// the width is not a multiple of 64, then base's count is kept. Input size
// and frame count always come from `base`.
VideoMAEConfig inferConfig(const SafeTensorsFile& file, const VideoMAEConfig& base);

// Own layout.
NamedTensors exportWeights(const VideoMAEForPreTraining& model);
NamedTensors exportWeights(const VideoMAEClassifier& model);
void saveWeights(const std::filesystem::path& path, const VideoMAEForPreTraining& model);
void saveWeights(const std::filesystem::path& path, const VideoMAEClassifier& model);

// Loads a whole model from any known layout (detected). With strict, any
// missing, unexpected or wrongly shaped tensor throws std::runtime_error
// carrying the report and the model is left untouched; without, the tensors
// that fit are loaded and the report says what did not.
LoadReport loadWeights(VideoMAEForPreTraining& model, const SafeTensorsFile& file, bool strict = true);
LoadReport loadWeights(VideoMAEClassifier& model, const SafeTensorsFile& file, bool strict = true);

// Loads only an encoder (e.g. a pre-trained one into a fresh classifier):
// tensors of other parts in the file are ignored, an encoder final norm the
// model does not have is ignored, missing encoder tensors are reported.
LoadReport loadEncoderWeights(VideoMAEEncoder& encoder, const SafeTensorsFile& file, bool strict = true);

}  // namespace prodrome::ml
