#include "ml/ModelRunner.h"

#include "ml/DeviceChoice.h"
#include "ml/SafeTensors.h"
#include "ml/VideoMAE.h"
#include "ml/VideoMAEWeights.h"

#include <torch/torch.h>

#include <stdexcept>

namespace prodrome::ml {

ModelRunSummary runModel(const std::filesystem::path& weights_path, const std::filesystem::path& input_path,
                         const std::filesystem::path& output_path, const ModelRunOptions& options) {
  const auto weights = SafeTensorsFile::load(weights_path);
  const auto inputs = SafeTensorsFile::load(input_path);
  const auto fail = [&](const std::string& what) {
    throw std::runtime_error("input file '" + input_path.string() + "': " + what);
  };
  if (!inputs.contains("pixel_values")) fail("no tensor 'pixel_values'");
  auto pixels = inputs.tensor("pixel_values");
  if (pixels.scalar_type() != torch::kFloat32 || pixels.dim() != 5 || pixels.size(2) != 3) {
    fail("pixel_values must be float32 [B, T, 3, H, W]");
  }
  if (pixels.size(3) != pixels.size(4)) fail("pixel_values frames must be square");
  torch::Tensor mask;
  if (inputs.contains("bool_masked_pos")) {
    mask = inputs.tensor("bool_masked_pos");
    if (mask.scalar_type() != torch::kBool && mask.scalar_type() != torch::kUInt8) {
      fail("bool_masked_pos must be BOOL or U8");
    }
    mask = mask.to(torch::kBool);
  }

  VideoMAEConfig base = presetConfig(options.preset);
  if (!options.config_json.empty()) base = configFromJson(options.config_json, base);
  base.num_frames = pixels.size(1);
  base.img_size = pixels.size(3);
  const auto config = inferConfig(weights, base);
  const auto layout = detectLayout(weights);
  // The mask is the input file's to get right: the encoder's own rule,
  // asked here so that its answer names that file.
  if (mask.defined()) {
    try {
      checkMask(mask, pixels.size(0), config.numPatches());
    } catch (const c10::Error& e) {
      fail(e.what_without_backtrace());
    }
  }

  const auto device = chooseDevice(options.device).device;
  const auto video = pixels.permute({0, 2, 1, 3, 4}).contiguous().to(device);  // [B, 3, T, H, W]
  if (mask.defined()) mask = mask.to(device);

  ModelRunSummary summary;
  summary.layout = std::string(layoutName(layout));
  NamedTensors out;
  torch::NoGradGuard no_grad;
  const PrecisionGuard precision(options.precision);
  const auto has = [&](const char* name) { return weights.contains(name); };
  const bool pretraining =
      layout == WeightsLayout::HfPreTraining || (layout == WeightsLayout::Prodrome && has("decoder.head.weight"));
  const bool classifier =
      layout == WeightsLayout::HfClassification || (layout == WeightsLayout::Prodrome && has("head.weight"));
  if (pretraining) {
    VideoMAEForPreTraining model(config);
    loadWeights(model, weights);
    model->to(device);
    model->eval();
    summary.model = kModelPreTraining;
    out.emplace_back("last_hidden_state", model->encoder(video, mask));
    if (mask.defined()) out.emplace_back("logits", model->forward(video, mask));
  } else if (classifier) {
    // Such a head reads more than the clips given: its logits from a tensor
    // alone would be wrong (recording_norm) or cannot be had (motion_stats).
    if (config.motion_stats || config.recording_norm)
      throw std::runtime_error(
          "weights file '" + weights.source() + "' is a forecaster whose head reads each window " +
          (config.motion_stats ? "with its frame-difference statistics over every frame of the window" : "") +
          (config.motion_stats && config.recording_norm ? " and " : "") +
          (config.recording_norm ? "standardised against the rest of its recording" : "") +
          ": it cannot score a tensor of clips on its own; forecast recordings with `prodrome forecast`");
    VideoMAEClassifier model(config);
    loadWeights(model, weights);
    model->to(device);
    model->eval();
    summary.model = kModelClassifier;
    out.emplace_back("last_hidden_state", model->encoder(video, mask));
    out.emplace_back("logits", model->forward(video));
  } else {
    // Encoder alone: HF's VideoMAEModel keeps its final norm only without mean pooling.
    const bool final_norm = has("videomae.layernorm.weight") || has("layernorm.weight") || has("encoder.norm.weight");
    VideoMAEEncoder encoder(config, final_norm);
    loadEncoderWeights(encoder, weights);
    encoder->to(device);
    encoder->eval();
    summary.model = "encoder";
    out.emplace_back("last_hidden_state", encoder(video, mask));
  }
  for (const auto& [name, t] : out) summary.outputs.push_back(name);
  saveSafeTensors(output_path, out, {{"layout", summary.layout}, {"model", summary.model}});
  return summary;
}

}  // namespace prodrome::ml
