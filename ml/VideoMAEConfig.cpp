#include "ml/VideoMAEConfig.h"

#include "ml/Json.h"

#include <cmath>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

namespace prodrome::ml {

namespace {

void require(bool ok, const std::string& what) {
  if (!ok) throw std::invalid_argument("invalid VideoMAE config: " + what);
}

// One table drives both directions of the JSON mapping, so a new field cannot
// be written without also being read.
template <typename Fn>
void forEachField(VideoMAEConfig& c, Fn&& fn) {
  fn("img_size", c.img_size);
  fn("patch_size", c.patch_size);
  fn("num_frames", c.num_frames);
  fn("tubelet_size", c.tubelet_size);
  fn("in_chans", c.in_chans);
  fn("embed_dim", c.embed_dim);
  fn("depth", c.depth);
  fn("num_heads", c.num_heads);
  fn("mlp_ratio", c.mlp_ratio);
  fn("qkv_bias", c.qkv_bias);
  fn("drop_path_rate", c.drop_path_rate);
  fn("layer_norm_eps", c.layer_norm_eps);
  fn("decoder_embed_dim", c.decoder_embed_dim);
  fn("decoder_depth", c.decoder_depth);
  fn("decoder_num_heads", c.decoder_num_heads);
  fn("norm_pix_loss", c.norm_pix_loss);
  fn("use_mean_pooling", c.use_mean_pooling);
  fn("motion_pooling", c.motion_pooling);
  fn("num_classes", c.num_classes);
  fn("init_scale", c.init_scale);
  fn("sample_stride", c.sample_stride);
  fn("decision_threshold", c.decision_threshold);
  fn("recording_norm", c.recording_norm);
  fn("motion_stats", c.motion_stats);
  fn("motion_scales", c.motion_scales);
  fn("motion_lags", c.motion_lags);
  fn("decision_consecutive", c.decision_consecutive);
  fn("jerk_weight", c.jerk_weight);
  fn("calibration_slope", c.calibration_slope);
  fn("calibration_offset", c.calibration_offset);
  fn("window_seconds", c.window_seconds);
  fn("horizon_seconds", c.horizon_seconds);
  fn("frame_rate", c.frame_rate);
  fn("gap_seconds_human", c.gap_seconds_human);
  fn("gap_seconds_rodent", c.gap_seconds_rodent);
  fn("post_ictal_seconds", c.post_ictal_seconds);
}

}  // namespace

void VideoMAEConfig::validate() const {
  // The sizes first: the checks below multiply them.
  const auto atMost = [](const char* name, int64_t value, int64_t limit) {
    require(value <= limit, std::string(name) + " " + std::to_string(value) + " is implausible (at most " +
                                std::to_string(limit) + ")");
  };
  atMost("num_frames", num_frames, kMaxFrames);
  atMost("img_size", img_size, kMaxImageSize);
  atMost("embed_dim", embed_dim, kMaxWidth);
  atMost("decoder_embed_dim", decoder_embed_dim, kMaxWidth);
  atMost("depth", depth, kMaxDepth);
  atMost("decoder_depth", decoder_depth, kMaxDepth);
  atMost("in_chans", in_chans, 16);
  atMost("num_classes", num_classes, 1 << 16);
  require(std::isfinite(mlp_ratio) && mlp_ratio <= 16.0, "mlp_ratio must be a number up to 16");
  require(patch_size > 0 && img_size > 0 && img_size % patch_size == 0,
          "img_size " + std::to_string(img_size) + " is not a positive multiple of patch_size " +
              std::to_string(patch_size));
  require(tubelet_size > 0 && num_frames > 0 && num_frames % tubelet_size == 0,
          "num_frames " + std::to_string(num_frames) + " is not a positive multiple of tubelet_size " +
              std::to_string(tubelet_size));
  require(in_chans > 0, "in_chans must be positive");
  atMost("the token count (num_frames / tubelet_size × (img_size / patch_size)²)", numPatches(), kMaxTokens);
  require(embed_dim > 0 && num_heads > 0 && embed_dim % num_heads == 0,
          "embed_dim " + std::to_string(embed_dim) + " is not divisible by num_heads " + std::to_string(num_heads));
  require(embed_dim % 2 == 0, "embed_dim must be even for the sinusoidal position table");
  require(depth > 0, "depth must be positive");
  require(mlp_ratio > 0.0, "mlp_ratio must be positive");
  require(drop_path_rate >= 0.0 && drop_path_rate < 1.0, "drop_path_rate must be in [0, 1)");
  require(layer_norm_eps > 0.0, "layer_norm_eps must be positive");
  require(decoder_embed_dim > 0 && decoder_num_heads > 0 && decoder_embed_dim % decoder_num_heads == 0,
          "decoder_embed_dim " + std::to_string(decoder_embed_dim) + " is not divisible by decoder_num_heads " +
              std::to_string(decoder_num_heads));
  require(decoder_embed_dim % 2 == 0, "decoder_embed_dim must be even for the sinusoidal position table");
  require(decoder_depth > 0, "decoder_depth must be positive");
  require(num_classes > 0, "num_classes must be positive");
  require(init_scale > 0.0, "init_scale must be positive");
  require(!motion_pooling || use_mean_pooling, "motion_pooling needs use_mean_pooling");
  require(!motion_pooling || temporalSlots() >= 2, "motion_pooling needs at least two temporal slots");
  require(sample_stride >= 0, "sample_stride must be 0 (uniform) or positive");
  require(!motion_stats || recording_norm, "motion_stats needs recording_norm (the statistics are read against their "
                                          "recording)");
  // Just above 1 is "never": the false-alarm rule's answer when no threshold
  // keeps within its budget (core/forecast/OperatingPoint.h).
  require(decision_threshold >= 0.0 && decision_threshold <= std::nextafter(1.0, 2.0),
          "decision_threshold must be in [0, 1] (or just above 1: never)");
  require(motion_scales >= 1 && motion_scales <= kMaxMotionScales,
          "motion_scales must be 1 to " + std::to_string(kMaxMotionScales));
  require(motion_lags >= 0 && motion_lags <= kMaxMotionLags,
          "motion_lags must be 0 to " + std::to_string(kMaxMotionLags));
  require(decision_consecutive >= 1, "decision_consecutive must be at least 1");
  require(jerk_weight >= 0.0 && jerk_weight < 1.0, "jerk_weight must be in [0, 1)");
  require(jerk_weight == 0.0 || motion_stats,
          "jerk_weight needs motion_stats (jerks are read from the same frame "
          "energies)");
  require(std::isfinite(calibration_slope) && calibration_slope > 0.0,
          "calibration_slope must be positive (the map must keep the windows' order)");
  require(std::isfinite(calibration_offset), "calibration_offset must be a finite number");
  require(std::isfinite(window_seconds) && window_seconds >= 0.0, "window_seconds must be 0 (not stored) or positive");
  require(std::isfinite(horizon_seconds) && horizon_seconds >= 0.0,
          "horizon_seconds must be 0 (not stored) or positive");
  require(std::isfinite(frame_rate) && frame_rate >= 0.0, "frame_rate must be 0 (not stored) or positive");
  for (const auto& [name, seconds] :
       {std::pair{"gap_seconds_human", gap_seconds_human}, std::pair{"gap_seconds_rodent", gap_seconds_rodent},
        std::pair{"post_ictal_seconds", post_ictal_seconds}})
    require(std::isfinite(seconds) && (seconds >= 0.0 || seconds == -1.0),
            std::string(name) + " must be -1 (not stored) or at least 0");
}

VideoMAEConfig presetConfig(const std::string& name) {
  VideoMAEConfig c;
  if (name == "vit-tiny") {
    c.embed_dim = 192, c.depth = 12, c.num_heads = 3;
    c.decoder_embed_dim = 96, c.decoder_depth = 4, c.decoder_num_heads = 3;
    c.img_size = 112, c.num_frames = 16;
  } else if (name == "vit-small") {
    c.embed_dim = 384, c.depth = 12, c.num_heads = 6;
    c.decoder_embed_dim = 192, c.decoder_depth = 4, c.decoder_num_heads = 3;
    c.img_size = 112, c.num_frames = 16;
  } else if (name == "vit-base") {
    c.embed_dim = 768, c.depth = 12, c.num_heads = 12;
    c.decoder_embed_dim = 384, c.decoder_depth = 4, c.decoder_num_heads = 6;
    c.img_size = 224, c.num_frames = 16;
  } else {
    throw std::invalid_argument("unknown model preset '" + name + "' (use vit-tiny, vit-small or vit-base)");
  }
  return c;
}

std::vector<std::string> presetNames() { return {"vit-tiny", "vit-small", "vit-base"}; }

std::string configToJson(const VideoMAEConfig& config) {
  VideoMAEConfig copy = config;
  JsonValue obj = JsonValue::object();
  forEachField(copy, [&](const char* key, auto& field) {
    using T = std::decay_t<decltype(field)>;
    if constexpr (std::is_same_v<T, bool>)
      obj.set(key, JsonValue::boolean(field));
    else if constexpr (std::is_same_v<T, double>)
      obj.set(key, JsonValue::number(field));
    else
      obj.set(key, JsonValue::integer(field));
  });
  return obj.dump();
}

VideoMAEConfig configFromJson(const std::string& json, const VideoMAEConfig& base) {
  JsonValue root;
  try {
    root = parseJson(json);
  } catch (const JsonError& e) {
    throw std::invalid_argument(std::string("cannot read VideoMAE config: ") + e.what());
  }
  if (!root.isObject()) throw std::invalid_argument("cannot read VideoMAE config: not a JSON object");
  VideoMAEConfig c = base;
  size_t known = 0;
  forEachField(c, [&](const char* key, auto& field) {
    const JsonValue* v = root.find(key);
    if (v == nullptr) return;
    ++known;
    using T = std::decay_t<decltype(field)>;
    const std::string where = std::string("VideoMAE config field '") + key + "'";
    if constexpr (std::is_same_v<T, bool>) {
      if (!v->isBool()) throw std::invalid_argument(where + " must be true or false");
      field = v->asBool();
    } else if constexpr (std::is_same_v<T, double>) {
      if (!v->isNumber()) throw std::invalid_argument(where + " must be a number");
      field = v->asDouble();
    } else {
      if (!v->isInteger()) throw std::invalid_argument(where + " must be an integer");
      field = v->asInt();
    }
  });
  if (known != root.members().size()) {
    for (const auto& [key, value] : root.members()) {
      bool isKnown = false;
      forEachField(c, [&](const char* k, auto&) { isKnown = isKnown || key == k; });
      if (!isKnown) throw std::invalid_argument("unknown VideoMAE config field '" + key + "'");
    }
  }
  c.validate();
  return c;
}

}  // namespace prodrome::ml
