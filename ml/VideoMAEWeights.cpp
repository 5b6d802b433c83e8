#include "ml/VideoMAEWeights.h"

#include "ml/HfVideoMAEMapping.h"

#include <torch/torch.h>

#include <charconv>
#include <stdexcept>

namespace prodrome::ml {

namespace {

NamedTensors ownExport(const torch::nn::Module& module) {
  NamedTensors out;
  for (const auto& p : module.named_parameters(/*recurse=*/true)) out.emplace_back(p.key(), p.value().detach());
  return out;
}

SafeTensorsMetadata ownMetadata(const char* kind, const VideoMAEConfig& config) {
  return {{"format", kProdromeFormat},
          {"format_version", std::to_string(kProdromeFormatVersion)},
          {"model", kind},
          {"config", configToJson(config)}};
}

std::vector<std::string> identity(const std::string& n) { return {n}; }

// A VideoMAEModel saved on its own has HF's encoder names without the
// "videomae." prefix.
bool bareHfEncoder(const SafeTensorsFile& file) {
  return !file.contains("videomae.embeddings.patch_embeddings.projection.weight") &&
         file.contains("embeddings.patch_embeddings.projection.weight");
}

std::vector<std::string> stripVideoMAEPrefix(std::vector<std::string> names) {
  for (auto& n : names) {
    if (n.rfind("videomae.", 0) == 0) n.erase(0, 9);
  }
  return names;
}

// Maps an encoder parameter name to the file names of the layout at hand.
std::function<std::vector<std::string>(const std::string&)> encoderKeys(WeightsLayout layout,
                                                                        const SafeTensorsFile& file) {
  if (layout == WeightsLayout::Prodrome) {
    return [](const std::string& n) { return std::vector<std::string>{"encoder." + n}; };
  }
  if (bareHfEncoder(file)) {
    return [](const std::string& n) { return stripVideoMAEPrefix(hfNamesFor("encoder." + n, false)); };
  }
  return [](const std::string& n) { return hfNamesFor("encoder." + n, /*classifier=*/false); };
}

}  // namespace

// ---------------------------------------------------------------------------
// Layout detection and configs

std::string_view layoutName(WeightsLayout layout) {
  switch (layout) {
    case WeightsLayout::Prodrome:
      return "prodrome";
    case WeightsLayout::HfPreTraining:
      return "hf-pretraining";
    case WeightsLayout::HfClassification:
      return "hf-classification";
    case WeightsLayout::HfEncoder:
      return "hf-encoder";
    case WeightsLayout::Unknown:
      break;
  }
  return "unknown";
}

WeightsLayout detectLayout(const SafeTensorsFile& file) {
  const auto& meta = file.metadata();
  if (auto it = meta.find("format"); it != meta.end() && it->second == kProdromeFormat) return WeightsLayout::Prodrome;
  if (file.contains("videomae.embeddings.patch_embeddings.projection.weight")) {
    if (file.contains("decoder.head.weight") || file.contains("mask_token")) return WeightsLayout::HfPreTraining;
    if (file.contains("classifier.weight")) return WeightsLayout::HfClassification;
    return WeightsLayout::HfEncoder;
  }
  if (bareHfEncoder(file)) return WeightsLayout::HfEncoder;
  // Files written elsewhere with the official names (e.g. converted from the
  // MCG-NJU .pth checkpoints) read as our own layout without a config.
  if (file.contains("encoder.patch_embed.proj.weight")) return WeightsLayout::Prodrome;
  return WeightsLayout::Unknown;
}

std::optional<VideoMAEConfig> configFromMetadata(const SafeTensorsFile& file) {
  return configFromMetadata(file.metadata(), file.source());
}

std::optional<VideoMAEConfig> configFromMetadata(const SafeTensorsMetadata& metadata, const std::string& source) {
  if (const auto version = metadata.find("format_version"); version != metadata.end()) {
    int number = 0;
    const auto& text = version->second;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size() || number < 1)
      throw std::runtime_error("weights file '" + source + "': format_version '" + text + "' is not a version number");
    if (number > kProdromeFormatVersion)
      throw std::runtime_error("weights file '" + source + "' was written in format version " + text +
                               " by a newer Prodrome; this one reads up to version " +
                               std::to_string(kProdromeFormatVersion) + ": use a newer Prodrome to read it");
  }
  const auto it = metadata.find("config");
  if (it == metadata.end()) return std::nullopt;
  try {
    return configFromJson(it->second);
  } catch (const std::exception& e) {
    throw std::runtime_error("weights file '" + source + "': bad config in metadata: " + e.what());
  }
}

VideoMAEConfig inferConfig(const SafeTensorsFile& file, const VideoMAEConfig& base) {
  const auto layout = detectLayout(file);
  if (layout == WeightsLayout::Unknown) {
    throw std::runtime_error("weights file '" + file.source() + "' is not in a known VideoMAE layout");
  }
  if (layout == WeightsLayout::Prodrome) {
    if (auto stored = configFromMetadata(file)) {
      // The architecture is the file's; input size and frame count stay the caller's.
      stored->img_size = base.img_size;
      stored->num_frames = base.num_frames;
      stored->validate();
      return *stored;
    }
  }
  const bool hf = layout != WeightsLayout::Prodrome;
  const bool bare = bareHfEncoder(file);
  const auto key = [&](const std::string& ours, bool classifier = false) {
    if (!hf) return ours;
    return bare ? stripVideoMAEPrefix(hfNamesFor(ours, classifier)).front() : hfNamesFor(ours, classifier).front();
  };
  const auto shape = [&](const std::string& name) { return file.info(name).shape; };
  const auto fail = [&](const std::string& what) {
    throw std::runtime_error("weights file '" + file.source() + "': " + what);
  };
  const auto headsFor = [](int64_t dim, int64_t fallback) { return dim % 64 == 0 ? dim / 64 : fallback; };

  VideoMAEConfig c = base;
  const auto conv_name = key("encoder.patch_embed.proj.weight");
  const auto conv = shape(conv_name);
  if (conv.size() != 5 || conv[3] != conv[4]) fail("'" + conv_name + "' is not a Conv3d tubelet kernel");
  c.embed_dim = conv[0];
  c.in_chans = conv[1];
  c.tubelet_size = conv[2];
  c.patch_size = conv[3];
  c.num_heads = headsFor(c.embed_dim, base.num_heads);
  c.depth = 0;
  while (file.contains(key("encoder.blocks." + std::to_string(c.depth) + ".norm1.weight"))) ++c.depth;
  if (c.depth == 0) fail("no encoder blocks found");
  c.qkv_bias = file.contains(key("encoder.blocks.0.attn.q_bias"));
  const auto fc1 = shape(key("encoder.blocks.0.mlp.fc1.weight"));
  c.mlp_ratio = static_cast<double>(fc1.at(0)) / static_cast<double>(c.embed_dim);
  if (file.contains(key("decoder.blocks.0.norm1.weight"))) {
    c.decoder_embed_dim = shape(key("decoder.blocks.0.norm1.weight")).at(0);
    c.decoder_num_heads = headsFor(c.decoder_embed_dim, base.decoder_num_heads);
    c.decoder_depth = 0;
    while (file.contains(key("decoder.blocks." + std::to_string(c.decoder_depth) + ".norm1.weight"))) ++c.decoder_depth;
  }
  if (file.contains(key("fc_norm.weight", true))) {
    c.use_mean_pooling = true;
    c.motion_pooling = shape(key("fc_norm.weight", true)).at(0) == 3 * c.embed_dim;
  } else if (file.contains(key("head.weight", true)))
    c.use_mean_pooling = false;
  if (file.contains(key("head.weight", true))) c.num_classes = shape(key("head.weight", true)).at(0);
  try {
    c.validate();
  } catch (const std::exception& e) {
    fail(std::string("inferred an unusable config: ") + e.what());
  }
  return c;
}

// ---------------------------------------------------------------------------
// Own layout

NamedTensors exportWeights(const VideoMAEForPreTraining& model) { return ownExport(*model); }
NamedTensors exportWeights(const VideoMAEClassifier& model) { return ownExport(*model); }

void saveWeights(const std::filesystem::path& path, const VideoMAEForPreTraining& model) {
  saveSafeTensors(path, exportWeights(model), ownMetadata(kModelPreTraining, model->config()));
}

void saveWeights(const std::filesystem::path& path, const VideoMAEClassifier& model) {
  saveSafeTensors(path, exportWeights(model), ownMetadata(kModelClassifier, model->config()));
}

LoadReport loadWeights(VideoMAEForPreTraining& model, const SafeTensorsFile& file, bool strict) {
  switch (detectLayout(file)) {
    case WeightsLayout::Prodrome:
      return detail::applyPlan(*model, detail::planFor(*model, identity), file, strict);
    case WeightsLayout::HfPreTraining:
      return importHf(model, file, strict);
    default:
      throw std::runtime_error("weights file '" + file.source() + "' (" + std::string(layoutName(detectLayout(file))) +
                               " layout) does not hold a VideoMAE pre-training model");
  }
}

LoadReport loadWeights(VideoMAEClassifier& model, const SafeTensorsFile& file, bool strict) {
  switch (detectLayout(file)) {
    case WeightsLayout::Prodrome:
      return detail::applyPlan(*model, detail::planFor(*model, identity), file, strict);
    case WeightsLayout::HfClassification:
      return importHf(model, file, strict);
    default:
      throw std::runtime_error("weights file '" + file.source() + "' (" + std::string(layoutName(detectLayout(file))) +
                               " layout) does not hold a VideoMAE classifier; load its encoder instead");
  }
}

LoadReport loadEncoderWeights(VideoMAEEncoder& encoder, const SafeTensorsFile& file, bool strict) {
  const auto layout = detectLayout(file);
  if (layout == WeightsLayout::Unknown) {
    throw std::runtime_error("weights file '" + file.source() + "' is not in a known VideoMAE layout");
  }
  const auto plan = detail::planFor(*encoder, encoderKeys(layout, file));
  // Everything outside the encoder is someone else's business here, and so is
  // a final norm the encoder does not use (mean pooling drops it).
  return detail::applyPlan(*encoder, plan, file, strict, [](const std::string&) { return true; });
}

}  // namespace prodrome::ml
