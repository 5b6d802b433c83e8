#include "ml/HfVideoMAEMapping.h"

#include "ml/Json.h"
#include "ml/WeightPlan.h"

#include <torch/torch.h>

#include <stdexcept>
#include <string_view>

namespace prodrome::ml {

namespace {

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// "blocks.N.rest" -> {N, rest}; false when `s` is not of that form.
bool splitBlock(std::string_view s, std::string& index, std::string& rest) {
  if (!startsWith(s, "blocks.")) return false;
  const auto dot = s.find('.', 7);
  if (dot == std::string_view::npos || dot == 7) return false;
  index = std::string(s.substr(7, dot - 7));
  rest = std::string(s.substr(dot + 1));
  return true;
}

std::vector<std::string> hfBlockNames(const std::string& prefix, const std::string& rest, const std::string& ours) {
  static const std::pair<std::string_view, std::string_view> kRenames[] = {
      {"norm1.", "layernorm_before."},
      {"norm2.", "layernorm_after."},
      {"attn.q_bias", "attention.attention.q_bias"},
      {"attn.v_bias", "attention.attention.v_bias"},
      {"attn.proj.", "attention.output.dense."},
      {"mlp.fc1.", "intermediate.dense."},
      {"mlp.fc2.", "output.dense."},
  };
  if (rest == "attn.qkv.weight") {
    return {prefix + "attention.attention.query.weight", prefix + "attention.attention.key.weight",
            prefix + "attention.attention.value.weight"};
  }
  for (const auto& [from, to] : kRenames) {
    if (startsWith(rest, from)) return {prefix + std::string(to) + rest.substr(from.size())};
  }
  throw std::invalid_argument("no HF VideoMAE name for parameter '" + ours + "'");
}

std::vector<std::string> keysOf(const std::string& ours, bool classifier) { return hfNamesFor(ours, classifier); }

}  // namespace

std::vector<std::string> hfNamesFor(const std::string& ours, bool classifier) {
  std::string index;
  std::string rest;
  const std::string_view s = ours;
  if (startsWith(s, "encoder.patch_embed.proj.")) {
    return {"videomae.embeddings.patch_embeddings.projection." + ours.substr(25)};
  }
  if (startsWith(s, "encoder.") && splitBlock(s.substr(8), index, rest)) {
    return hfBlockNames("videomae.encoder.layer." + index + ".", rest, ours);
  }
  if (startsWith(s, "encoder.norm.")) return {"videomae.layernorm." + ours.substr(13)};
  if (startsWith(s, "decoder.") && splitBlock(s.substr(8), index, rest)) {
    return hfBlockNames("decoder.decoder_layers." + index + ".", rest, ours);
  }
  if (classifier && startsWith(s, "head.")) return {"classifier." + ours.substr(5)};
  if (ours == "encoder_to_decoder.weight" || ours == "mask_token" || startsWith(s, "decoder.norm.") ||
      startsWith(s, "decoder.head.") || startsWith(s, "fc_norm.")) {
    return {ours};
  }
  throw std::invalid_argument("no HF VideoMAE name for parameter '" + ours + "'");
}

NamedTensors exportHf(const VideoMAEForPreTraining& model) {
  const auto plan = detail::planFor(*model, [](const std::string& n) { return keysOf(n, false); });
  return detail::exportPlan(*model, plan);
}

NamedTensors exportHf(const VideoMAEClassifier& model) {
  // HF's VideoMAE pools by the mean or the first token only; a wider head
  // would load there as a shape mismatch, so refuse here with the reason.
  if (model->config().motion_pooling)
    throw std::invalid_argument("a model with motion pooling has no HF VideoMAE equivalent and cannot be exported");
  const auto plan = detail::planFor(*model, [](const std::string& n) { return keysOf(n, true); });
  return detail::exportPlan(*model, plan);
}

void saveHf(const std::filesystem::path& path, const VideoMAEForPreTraining& model) {
  saveSafeTensors(path, exportHf(model), {{"format", "pt"}});
}

void saveHf(const std::filesystem::path& path, const VideoMAEClassifier& model) {
  saveSafeTensors(path, exportHf(model), {{"format", "pt"}});
}

std::string hfConfigJson(const VideoMAEConfig& c, bool classifier) {
  c.validate();
  const auto mlp = [&](int64_t dim) {
    return JsonValue::integer(static_cast<int64_t>(static_cast<double>(dim) * c.mlp_ratio));
  };
  JsonValue j = JsonValue::object();
  j.set(
      "architectures",
      JsonValue::array({JsonValue::string(classifier ? "VideoMAEForVideoClassification" : "VideoMAEForPreTraining")}));
  j.set("model_type", JsonValue::string("videomae"));
  j.set("image_size", JsonValue::integer(c.img_size));
  j.set("patch_size", JsonValue::integer(c.patch_size));
  j.set("num_channels", JsonValue::integer(c.in_chans));
  j.set("num_frames", JsonValue::integer(c.num_frames));
  j.set("tubelet_size", JsonValue::integer(c.tubelet_size));
  j.set("hidden_size", JsonValue::integer(c.embed_dim));
  j.set("num_hidden_layers", JsonValue::integer(c.depth));
  j.set("num_attention_heads", JsonValue::integer(c.num_heads));
  j.set("intermediate_size", mlp(c.embed_dim));
  j.set("hidden_act", JsonValue::string("gelu"));
  j.set("hidden_dropout_prob", JsonValue::number(0.0));
  j.set("attention_probs_dropout_prob", JsonValue::number(0.0));
  j.set("initializer_range", JsonValue::number(0.02));
  j.set("layer_norm_eps", JsonValue::number(c.layer_norm_eps));
  j.set("qkv_bias", JsonValue::boolean(c.qkv_bias));
  // Our pre-training model always has the encoder's final norm, which HF
  // keeps only without mean pooling.
  j.set("use_mean_pooling", JsonValue::boolean(classifier && c.use_mean_pooling));
  j.set("decoder_hidden_size", JsonValue::integer(c.decoder_embed_dim));
  j.set("decoder_num_hidden_layers", JsonValue::integer(c.decoder_depth));
  j.set("decoder_num_attention_heads", JsonValue::integer(c.decoder_num_heads));
  j.set("decoder_intermediate_size", mlp(c.decoder_embed_dim));
  j.set("norm_pix_loss", JsonValue::boolean(c.norm_pix_loss));
  if (classifier) {
    JsonValue id2label = JsonValue::object();
    JsonValue label2id = JsonValue::object();
    for (int64_t i = 0; i < c.num_classes; ++i) {
      id2label.set(std::to_string(i), JsonValue::string("LABEL_" + std::to_string(i)));
      label2id.set("LABEL_" + std::to_string(i), JsonValue::integer(i));
    }
    j.set("id2label", std::move(id2label));
    j.set("label2id", std::move(label2id));
  }
  return j.dump();
}

VideoMAEConfig configFromHfJson(const std::string& json, const VideoMAEConfig& base) {
  JsonValue j;
  try {
    j = parseJson(json);
  } catch (const JsonError& e) {
    throw std::invalid_argument(std::string("cannot read HF VideoMAE config: ") + e.what());
  }
  if (!j.isObject()) throw std::invalid_argument("cannot read HF VideoMAE config: not a JSON object");
  if (const auto* type = j.find("model_type");
      type != nullptr && (!type->isString() || type->asString() != "videomae")) {
    throw std::invalid_argument("HF config is not a VideoMAE config (model_type " + type->dump() + ")");
  }
  VideoMAEConfig c = base;
  const auto integer = [&](const char* key, int64_t& field) {
    if (const auto* v = j.find(key)) {
      if (!v->isInteger()) throw std::invalid_argument(std::string("HF config field '") + key + "' must be an integer");
      field = v->asInt();
    }
  };
  const auto boolean = [&](const char* key, bool& field) {
    if (const auto* v = j.find(key)) {
      if (!v->isBool()) throw std::invalid_argument(std::string("HF config field '") + key + "' must be true or false");
      field = v->asBool();
    }
  };
  integer("image_size", c.img_size);
  integer("patch_size", c.patch_size);
  integer("num_channels", c.in_chans);
  integer("num_frames", c.num_frames);
  integer("tubelet_size", c.tubelet_size);
  integer("hidden_size", c.embed_dim);
  integer("num_hidden_layers", c.depth);
  integer("num_attention_heads", c.num_heads);
  integer("decoder_hidden_size", c.decoder_embed_dim);
  integer("decoder_num_hidden_layers", c.decoder_depth);
  integer("decoder_num_attention_heads", c.decoder_num_heads);
  boolean("qkv_bias", c.qkv_bias);
  boolean("norm_pix_loss", c.norm_pix_loss);
  // HF's default is mean pooling; MCG-NJU/videomae-base says false explicitly.
  c.use_mean_pooling = true;
  boolean("use_mean_pooling", c.use_mean_pooling);
  if (const auto* v = j.find("layer_norm_eps")) {
    if (!v->isNumber()) throw std::invalid_argument("HF config field 'layer_norm_eps' must be a number");
    c.layer_norm_eps = v->asDouble();
  }
  if (const auto* act = j.find("hidden_act"); act != nullptr && (!act->isString() || act->asString() != "gelu")) {
    throw std::invalid_argument("HF config hidden_act " + act->dump() + " is not supported (exact GELU only)");
  }
  if (const auto* v = j.find("intermediate_size")) {
    if (!v->isInteger()) throw std::invalid_argument("HF config field 'intermediate_size' must be an integer");
    c.mlp_ratio = static_cast<double>(v->asInt()) / static_cast<double>(c.embed_dim);
  }
  if (const auto* v = j.find("decoder_intermediate_size")) {
    if (!v->isInteger() || v->asInt() != static_cast<int64_t>(static_cast<double>(c.decoder_embed_dim) * c.mlp_ratio)) {
      throw std::invalid_argument("HF config decoder_intermediate_size " + v->dump() +
                                  " does not follow the encoder's MLP ratio");
    }
  }
  if (const auto* labels = j.find("id2label"); labels != nullptr && labels->isObject() && !labels->members().empty()) {
    c.num_classes = static_cast<int64_t>(labels->members().size());
  }
  c.validate();
  return c;
}

LoadReport importHf(VideoMAEForPreTraining& model, const SafeTensorsFile& file, bool strict) {
  const auto plan = detail::planFor(*model, [](const std::string& n) { return keysOf(n, false); });
  return detail::applyPlan(*model, plan, file, strict);
}

LoadReport importHf(VideoMAEClassifier& model, const SafeTensorsFile& file, bool strict) {
  const auto plan = detail::planFor(*model, [](const std::string& n) { return keysOf(n, true); });
  return detail::applyPlan(*model, plan, file, strict);
}

}  // namespace prodrome::ml
