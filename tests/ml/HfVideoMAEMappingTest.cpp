#include "ml/HfVideoMAEMapping.h"

#include "TestSupport.h"
#include "ml/TubeMasking.h"
#include "ml/VideoMAEWeights.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <functional>
#include <limits>
#include <set>

using namespace prodrome::ml;
using prodrome::ml::test::ScratchDir;
using prodrome::ml::test::smallConfig;

namespace {

std::set<std::string> keysOf(const NamedTensors& tensors) {
  std::set<std::string> keys;
  for (const auto& [name, t] : tensors) keys.insert(name);
  return keys;
}

// The HF names of one layer, written out from the checkpoint's key list.
std::set<std::string> hfLayerKeys(const std::string& prefix) {
  std::set<std::string> keys;
  for (const char* suffix :
       {"attention.attention.query.weight", "attention.attention.key.weight", "attention.attention.value.weight",
        "attention.attention.q_bias", "attention.attention.v_bias", "attention.output.dense.weight",
        "attention.output.dense.bias", "intermediate.dense.weight", "intermediate.dense.bias", "output.dense.weight",
        "output.dense.bias", "layernorm_before.weight", "layernorm_before.bias", "layernorm_after.weight",
        "layernorm_after.bias"}) {
    keys.insert(prefix + suffix);
  }
  return keys;
}

void expectSameParameters(torch::nn::Module& a, torch::nn::Module& b) {
  const auto pa = a.named_parameters();
  const auto pb = b.named_parameters();
  ASSERT_EQ(pa.size(), pb.size());
  for (const auto& p : pa) {
    ASSERT_NE(pb.find(p.key()), nullptr) << p.key();
    EXPECT_TRUE(torch::equal(p.value(), pb[p.key()])) << p.key();
  }
}

SafeTensorsFile reload(const NamedTensors& tensors, const SafeTensorsMetadata& meta = {}) {
  return SafeTensorsFile::fromBytes(serializeSafeTensors(tensors, meta), "test.safetensors");
}

}  // namespace

TEST(HfVideoMAEMapping, NamesFollowTheHfCheckpoint) {
  EXPECT_EQ(hfNamesFor("encoder.patch_embed.proj.weight", false),
            std::vector<std::string>{"videomae.embeddings.patch_embeddings.projection.weight"});
  EXPECT_EQ(hfNamesFor("encoder.blocks.11.attn.qkv.weight", false),
            (std::vector<std::string>{"videomae.encoder.layer.11.attention.attention.query.weight",
                                      "videomae.encoder.layer.11.attention.attention.key.weight",
                                      "videomae.encoder.layer.11.attention.attention.value.weight"}));
  EXPECT_EQ(hfNamesFor("encoder.blocks.0.attn.q_bias", false)[0],
            "videomae.encoder.layer.0.attention.attention.q_bias");
  EXPECT_EQ(hfNamesFor("encoder.blocks.3.mlp.fc2.bias", false)[0], "videomae.encoder.layer.3.output.dense.bias");
  EXPECT_EQ(hfNamesFor("encoder.norm.weight", false)[0], "videomae.layernorm.weight");
  EXPECT_EQ(hfNamesFor("decoder.blocks.2.norm2.bias", false)[0], "decoder.decoder_layers.2.layernorm_after.bias");
  EXPECT_EQ(hfNamesFor("decoder.head.weight", false)[0], "decoder.head.weight");
  EXPECT_EQ(hfNamesFor("head.bias", true)[0], "classifier.bias");
  EXPECT_EQ(hfNamesFor("mask_token", false)[0], "mask_token");
  EXPECT_THROW(hfNamesFor("encoder.blocks.0.attn.relative_bias", false), std::invalid_argument);
  EXPECT_THROW(hfNamesFor("head.weight", false), std::invalid_argument);
}

TEST(HfVideoMAEMapping, PreTrainingExportHasExactlyTheHfKeys) {
  VideoMAEForPreTraining model(smallConfig("vit-tiny", 2, 1));
  const auto exported = exportHf(model);
  std::set<std::string> expected = {"videomae.embeddings.patch_embeddings.projection.weight",
                                    "videomae.embeddings.patch_embeddings.projection.bias",
                                    "videomae.layernorm.weight",
                                    "videomae.layernorm.bias",
                                    "encoder_to_decoder.weight",
                                    "mask_token",
                                    "decoder.norm.weight",
                                    "decoder.norm.bias",
                                    "decoder.head.weight",
                                    "decoder.head.bias"};
  for (const auto* prefix : {"videomae.encoder.layer.0.", "videomae.encoder.layer.1.", "decoder.decoder_layers.0."}) {
    const auto layer = hfLayerKeys(prefix);
    expected.insert(layer.begin(), layer.end());
  }
  EXPECT_EQ(keysOf(exported), expected);
  for (const auto& [name, t] : exported) {
    if (name.find(".query.weight") != std::string::npos) {
      EXPECT_EQ(t.sizes(), torch::IntArrayRef(
                               {name.rfind("decoder", 0) == 0 ? 96 : 192, name.rfind("decoder", 0) == 0 ? 96 : 192}));
    }
  }
  EXPECT_EQ(detectLayout(reload(exported)), WeightsLayout::HfPreTraining);
}

TEST(HfVideoMAEMapping, PreTrainingRoundTripIsBitIdentical) {
  ScratchDir dir;
  const auto c = smallConfig("vit-tiny", 2, 1);
  torch::manual_seed(1);
  VideoMAEForPreTraining source(c);
  torch::manual_seed(2);
  VideoMAEForPreTraining target(c);
  const auto path = dir / "hf.safetensors";
  saveHf(path, source);
  const auto file = SafeTensorsFile::load(path);
  const auto report = loadWeights(target, file);  // layout detected
  EXPECT_TRUE(report.ok()) << report.describe();
  EXPECT_EQ(report.loaded.size(), source->parameters().size());
  expectSameParameters(*source, *target);
  EXPECT_EQ(serializeSafeTensors(exportHf(target), {{"format", "pt"}}),
            serializeSafeTensors(exportHf(source), {{"format", "pt"}}));
  // And the two compute the same function.
  torch::NoGradGuard no_grad;
  source->eval();
  target->eval();
  const auto video = torch::randn({1, 3, c.num_frames, c.img_size, c.img_size});
  TubeMaskingGenerator masks(c, 0.5, 4);
  const auto mask = masks.nextBatch(1);
  EXPECT_TRUE(torch::equal(source->forward(video, mask), target->forward(video, mask)));
}

TEST(HfVideoMAEMapping, ClassifierLayoutsFollowThePooling) {
  auto c = smallConfig("vit-tiny", 1, 1);
  c.num_classes = 3;
  VideoMAEClassifier mean_pool(c);
  const auto keys = keysOf(exportHf(mean_pool));
  EXPECT_TRUE(keys.count("fc_norm.weight"));
  EXPECT_TRUE(keys.count("classifier.weight"));
  EXPECT_FALSE(keys.count("videomae.layernorm.weight"));  // HF drops it with mean pooling
  c.use_mean_pooling = false;
  torch::manual_seed(3);
  VideoMAEClassifier first_token(c);
  const auto file = reload(exportHf(first_token));
  EXPECT_TRUE(file.contains("videomae.layernorm.weight"));
  EXPECT_FALSE(file.contains("fc_norm.weight"));
  EXPECT_EQ(detectLayout(file), WeightsLayout::HfClassification);
  torch::manual_seed(4);
  VideoMAEClassifier other(c);
  EXPECT_TRUE(loadWeights(other, file).ok());
  expectSameParameters(*first_token, *other);
  const auto inferred = inferConfig(file, presetConfig("vit-tiny"));
  EXPECT_EQ(inferred.num_classes, 3);
  EXPECT_FALSE(inferred.use_mean_pooling);
  EXPECT_EQ(inferred.depth, 1);
}

TEST(HfVideoMAEMapping, ReportsMissingUnexpectedAndMisshapenByName) {
  const auto c = smallConfig("vit-tiny", 1, 1);
  VideoMAEForPreTraining model(c);
  auto tensors = exportHf(model);
  const std::string dropped = "videomae.encoder.layer.0.attention.attention.key.weight";
  NamedTensors edited;
  for (auto& [name, t] : tensors) {
    if (name == dropped) continue;
    if (name == "decoder.head.bias") {
      edited.emplace_back(name, torch::zeros({7}));
      continue;
    }
    edited.emplace_back(name, t);
  }
  edited.emplace_back("videomae.embeddings.position_embeddings", torch::zeros({1, 8, 192}));
  const auto file = reload(edited);

  torch::manual_seed(9);
  VideoMAEForPreTraining target(c);
  const auto before = target->mask_token.clone();
  try {
    loadWeights(target, file);
    FAIL() << "strict load accepted a broken file";
  } catch (const std::runtime_error& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("test.safetensors"), std::string::npos) << message;
    EXPECT_NE(message.find(dropped), std::string::npos) << message;
    EXPECT_NE(message.find("decoder.head.bias: file [7] vs model [1536]"), std::string::npos) << message;
    EXPECT_NE(message.find("videomae.embeddings.position_embeddings"), std::string::npos) << message;
  }
  EXPECT_TRUE(torch::equal(target->mask_token, before));  // strict failure leaves the model alone

  const auto report = importHf(target, file, /*strict=*/false);
  EXPECT_EQ(report.missing, std::vector<std::string>{dropped});
  EXPECT_EQ(report.unexpected, std::vector<std::string>{"videomae.embeddings.position_embeddings"});
  ASSERT_EQ(report.wrong_shape.size(), 1u);
  EXPECT_TRUE(torch::equal(target->mask_token, model->mask_token));  // the rest was loaded
  EXPECT_EQ(report.loaded.size(), model->parameters().size() - 2);   // qkv and decoder.head.bias not
}

TEST(HfVideoMAEMapping, HalfPrecisionFilesAreWidened) {
  const auto c = smallConfig("vit-tiny", 1, 1);
  VideoMAEForPreTraining model(c);
  NamedTensors half;
  for (const auto& [name, t] : exportHf(model)) half.emplace_back(name, t.to(torch::kBFloat16));
  VideoMAEForPreTraining target(c);
  EXPECT_TRUE(loadWeights(target, reload(half)).ok());
  EXPECT_EQ(target->mask_token.scalar_type(), torch::kFloat32);
  EXPECT_TRUE(torch::allclose(target->mask_token, model->mask_token, 1e-2, 1e-3));
  NamedTensors ints;
  for (const auto& [name, t] : exportHf(model)) ints.emplace_back(name, name == "mask_token" ? t.to(torch::kInt64) : t);
  const auto report = importHf(target, reload(ints), false);
  ASSERT_EQ(report.wrong_shape.size(), 1u);
  EXPECT_NE(report.wrong_shape[0].find("mask_token: dtype I64"), std::string::npos);
}

TEST(VideoMAEWeights, OwnFormatKeepsConfigAndRoundTrips) {
  ScratchDir dir;
  auto c = smallConfig("vit-small", 1, 1);
  c.drop_path_rate = 0.1;
  torch::manual_seed(5);
  VideoMAEForPreTraining model(c);
  const auto path = dir / "own.safetensors";
  saveWeights(path, model);
  const auto file = SafeTensorsFile::load(path);
  EXPECT_EQ(detectLayout(file), WeightsLayout::Prodrome);
  EXPECT_EQ(file.metadata().at("model"), kModelPreTraining);
  ASSERT_TRUE(configFromMetadata(file).has_value());
  EXPECT_EQ(*configFromMetadata(file), c);
  EXPECT_TRUE(file.contains("encoder.blocks.0.attn.qkv.weight"));  // official key names
  EXPECT_FALSE(file.contains("encoder.pos_embed"));                // derived, never stored
  torch::manual_seed(6);
  VideoMAEForPreTraining target(*configFromMetadata(file));
  EXPECT_TRUE(loadWeights(target, file).ok());
  expectSameParameters(*model, *target);
  // An HF file is refused as a classifier, with the reason.
  VideoMAEClassifier classifier(c);
  EXPECT_THROW(loadWeights(classifier, reload(exportHf(model))), std::runtime_error);
}

// A file from a newer Prodrome may mean its tensors or config otherwise: it
// is refused by name rather than read as this version reads its own.
TEST(VideoMAEWeights, AFileOfANewerFormatVersionIsRefusedByName) {
  ScratchDir dir;
  const auto c = smallConfig("vit-tiny", 1, 1);
  VideoMAEClassifier model(c);
  const auto path = dir / "own.safetensors";
  saveWeights(path, model);
  auto metadata = SafeTensorsFile::load(path).metadata();
  EXPECT_EQ(metadata.at("format_version"), std::to_string(kProdromeFormatVersion));
  EXPECT_EQ(configFromMetadata(metadata, "own.safetensors"), c);
  for (const auto& [version, says] :
       std::vector<std::pair<std::string, std::string>>{{"99", "was written in format version 99 by a newer Prodrome"},
                                                        {"two", "format_version 'two' is not a version number"},
                                                        {"0", "format_version '0' is not a version number"}}) {
    metadata["format_version"] = version;
    try {
      configFromMetadata(metadata, "own.safetensors");
      ADD_FAILURE() << "read format version " << version;
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("'own.safetensors'"), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find(says), std::string::npos) << e.what();
    }
  }
}

TEST(VideoMAEWeights, EncoderTransfersFromPreTrainingToClassifier) {
  const auto c = smallConfig("vit-tiny", 2, 1);
  torch::manual_seed(7);
  VideoMAEForPreTraining pretrained(c);
  for (const bool hf : {false, true}) {
    SCOPED_TRACE(hf ? "hf" : "own");
    const auto file = hf ? reload(exportHf(pretrained)) : reload(exportWeights(pretrained));
    VideoMAEClassifier classifier(c);  // mean pooling: no encoder norm
    const auto report = loadEncoderWeights(classifier->encoder, file);
    EXPECT_TRUE(report.ok()) << report.describe();
    for (const auto& p : classifier->encoder->named_parameters()) {
      EXPECT_TRUE(torch::equal(p.value(), pretrained->encoder->named_parameters()[p.key()])) << p.key();
    }
  }
}

TEST(VideoMAEWeights, NonFiniteWeightsAreRefusedByNameStrictOrNot) {
  // A NaN weight makes every window's probability NaN, and a NaN never
  // crosses a threshold: a forecaster loaded from such a file would watch a
  // whole night and raise no alarm.
  const auto c = smallConfig("vit-tiny", 1, 1);
  torch::manual_seed(8);
  VideoMAEClassifier model(c);
  const std::string broken = "encoder.blocks.0.mlp.fc1.weight";
  NamedTensors edited;
  int64_t count = 0;
  for (const auto& [name, t] : exportWeights(model)) {
    if (name != broken) {
      edited.emplace_back(name, t);
      continue;
    }
    auto bad = t.to(torch::kBFloat16).contiguous();  // half-precision files are checked too
    bad.view(-1)[3] = std::numeric_limits<float>::quiet_NaN();
    bad.view(-1)[11] = -std::numeric_limits<float>::infinity();
    count = bad.numel();
    edited.emplace_back(name, bad);
  }
  ASSERT_GT(count, 0);
  const auto file = reload(edited);
  torch::manual_seed(9);
  VideoMAEClassifier target(c);
  std::vector<torch::Tensor> before;
  for (const auto& p : target->parameters()) before.push_back(p.clone());
  const auto expectRefused = [&](const std::function<void()>& load, const char* what) {
    SCOPED_TRACE(what);
    try {
      load();
      FAIL() << "loaded a weight with NaN and infinite values";
    } catch (const std::runtime_error& e) {
      const std::string message = e.what();
      EXPECT_NE(message.find("test.safetensors"), std::string::npos) << message;
      EXPECT_NE(message.find(broken + ": 2 of " + std::to_string(count) + " values NaN or infinite"), std::string::npos)
          << message;
    }
  };
  expectRefused([&] { loadWeights(target, file); }, "strict");
  expectRefused([&] { loadWeights(target, file, /*strict=*/false); }, "not strict");
  expectRefused([&] { loadEncoderWeights(target->encoder, file, /*strict=*/false); }, "encoder only");
  const auto after = target->parameters();
  ASSERT_EQ(after.size(), before.size());
  for (std::size_t i = 0; i < after.size(); ++i) EXPECT_TRUE(torch::equal(after[i], before[i]));  // nothing copied
  // The same file with that weight finite loads.
  edited.clear();
  for (const auto& [name, t] : exportWeights(model)) edited.emplace_back(name, t);
  EXPECT_TRUE(loadWeights(target, reload(edited)).ok());
}

TEST(VideoMAEWeights, DetectsLayoutsAndInfersHfConfigs) {
  const auto c = smallConfig("vit-tiny", 2, 1);
  VideoMAEForPreTraining model(c);
  const auto hf = reload(exportHf(model));
  auto base = presetConfig("vit-base");
  base.img_size = 32;
  base.num_frames = 4;
  const auto inferred = inferConfig(hf, base);
  EXPECT_EQ(inferred.embed_dim, 192);
  EXPECT_EQ(inferred.num_heads, 3);  // head_dim 64
  EXPECT_EQ(inferred.depth, 2);
  EXPECT_EQ(inferred.decoder_embed_dim, 96);
  EXPECT_EQ(inferred.decoder_depth, 1);
  EXPECT_EQ(inferred.decoder_num_heads, 6);  // 96 is no multiple of 64: base's count is kept
  EXPECT_TRUE(inferred.qkv_bias);
  EXPECT_EQ(inferred.patch_size, 16);
  EXPECT_EQ(inferred.tubelet_size, 2);
  EXPECT_EQ(detectLayout(reload({{"foo", torch::zeros({1})}})), WeightsLayout::Unknown);
  NamedTensors encoder_only;
  for (const auto& [name, t] : exportHf(model)) {
    if (name.rfind("videomae.", 0) == 0) encoder_only.emplace_back(name, t);
  }
  EXPECT_EQ(detectLayout(reload(encoder_only)), WeightsLayout::HfEncoder);
}

TEST(HfVideoMAEMapping, ConfigJsonRoundTrip) {
  auto c = presetConfig("vit-base");
  c.num_classes = 2;
  c.use_mean_pooling = true;
  const auto back = configFromHfJson(hfConfigJson(c, /*classifier=*/true), presetConfig("vit-tiny"));
  EXPECT_EQ(back, c);
  // The published pre-training config, abridged.
  const auto hf = configFromHfJson(
      R"({"architectures":["VideoMAEForPreTraining"],"model_type":"videomae","hidden_size":768,)"
      R"("num_hidden_layers":12,"num_attention_heads":12,"intermediate_size":3072,"hidden_act":"gelu",)"
      R"("image_size":224,"num_frames":16,"tubelet_size":2,"patch_size":16,"qkv_bias":true,)"
      R"("use_mean_pooling":false,"decoder_hidden_size":384,"decoder_num_hidden_layers":4,)"
      R"("decoder_num_attention_heads":6,"decoder_intermediate_size":1536,"layer_norm_eps":1e-12,)"
      R"("norm_pix_loss":true,"torch_dtype":"float32","transformers_version":"4.22.0.dev0"})",
      presetConfig("vit-tiny"));
  EXPECT_EQ(hf.embed_dim, 768);
  EXPECT_EQ(hf.decoder_num_heads, 6);
  EXPECT_EQ(hf.numPatches(), 1568);
  EXPECT_FALSE(hf.use_mean_pooling);
  EXPECT_DOUBLE_EQ(hf.layer_norm_eps, 1e-12);
  EXPECT_THROW(configFromHfJson(R"({"model_type":"vit"})", c), std::invalid_argument);
  EXPECT_THROW(configFromHfJson(R"({"hidden_act":"relu"})", c), std::invalid_argument);
}
