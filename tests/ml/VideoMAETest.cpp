#include "ml/VideoMAE.h"

#include "TestSupport.h"
#include "ml/PixelLoss.h"
#include "ml/TubeMasking.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>

using namespace prodrome::ml;
using prodrome::ml::test::smallConfig;

namespace {

torch::Tensor randomVideo(const VideoMAEConfig& c, int64_t batch = 2) {
  return torch::randn({batch, c.in_chans, c.num_frames, c.img_size, c.img_size});
}

}  // namespace

TEST(ModelConfig, PresetsHoldThePublishedSizes) {
  const auto tiny = presetConfig("vit-tiny");
  EXPECT_EQ(std::make_tuple(tiny.embed_dim, tiny.depth, tiny.num_heads), std::make_tuple(192, 12, 3));
  EXPECT_EQ(std::make_tuple(tiny.decoder_embed_dim, tiny.decoder_depth, tiny.decoder_num_heads),
            std::make_tuple(96, 4, 3));
  const auto small = presetConfig("vit-small");
  EXPECT_EQ(std::make_tuple(small.embed_dim, small.depth, small.num_heads), std::make_tuple(384, 12, 6));
  EXPECT_EQ(std::make_tuple(small.decoder_embed_dim, small.decoder_depth, small.decoder_num_heads),
            std::make_tuple(192, 4, 3));
  const auto base = presetConfig("vit-base");
  EXPECT_EQ(std::make_tuple(base.embed_dim, base.depth, base.num_heads), std::make_tuple(768, 12, 12));
  EXPECT_EQ(std::make_tuple(base.decoder_embed_dim, base.decoder_depth, base.decoder_num_heads),
            std::make_tuple(384, 4, 6));
  // Default inputs: 16×112 for tiny and small (392 tokens), 16×224 for base (1568).
  EXPECT_EQ(tiny.numPatches(), 8 * 7 * 7);
  EXPECT_EQ(small.numPatches(), 392);
  EXPECT_EQ(base.numPatches(), 8 * 14 * 14);
  EXPECT_EQ(base.tubeletValues(), 3 * 2 * 16 * 16);
  for (const auto& name : presetNames()) {
    const auto c = presetConfig(name);
    EXPECT_EQ(c.patch_size, 16);
    EXPECT_EQ(c.tubelet_size, 2);
    EXPECT_EQ(c.mlp_ratio, 4.0);
    EXPECT_EQ(c.layer_norm_eps, 1e-6);
    EXPECT_NO_THROW(c.validate());
  }
  EXPECT_THROW(presetConfig("vit-huge"), std::invalid_argument);
}

TEST(ModelConfig, JsonRoundTripAndStrictFields) {
  auto c = presetConfig("vit-small");
  c.img_size = 160;
  c.drop_path_rate = 0.1;
  c.use_mean_pooling = false;
  EXPECT_EQ(configFromJson(configToJson(c)), c);
  const auto over = configFromJson(R"({"num_frames": 8})", c);
  EXPECT_EQ(over.num_frames, 8);
  EXPECT_EQ(over.img_size, 160);
  EXPECT_THROW(configFromJson(R"({"embed_dims": 8})"), std::invalid_argument);
  EXPECT_THROW(configFromJson(R"({"depth": 1.5})"), std::invalid_argument);
  EXPECT_THROW(configFromJson(R"({"img_size": 100})"), std::invalid_argument);  // not a multiple of 16
}

TEST(VideoMAE, PositionTableMatchesTheFormula) {
  const int64_t n = 7;
  const int64_t d = 6;
  const auto table = sinusoidPositionTable(n, d);
  ASSERT_EQ(table.sizes(), torch::IntArrayRef({1, n, d}));
  const auto acc = table.accessor<float, 3>();
  for (int64_t pos = 0; pos < n; ++pos) {
    for (int64_t j = 0; j < d; ++j) {
      const double angle = static_cast<double>(pos) / std::pow(10000.0, 2.0 * static_cast<double>(j / 2) / d);
      const double expected = j % 2 == 0 ? std::sin(angle) : std::cos(angle);
      EXPECT_NEAR(acc[0][pos][j], expected, 1e-6) << "pos " << pos << " dim " << j;
    }
  }
}

TEST(VideoMAE, PositionTablesAreBuffersNotParameters) {
  VideoMAEForPreTraining model(smallConfig());
  for (const auto& p : model->named_parameters()) EXPECT_EQ(p.key().find("pos_embed"), std::string::npos) << p.key();
  const auto buffers = model->named_buffers();
  ASSERT_NE(buffers.find("encoder.pos_embed"), nullptr);
  ASSERT_NE(buffers.find("pos_embed"), nullptr);
  EXPECT_EQ(buffers["encoder.pos_embed"].sizes(), torch::IntArrayRef({1, 8, 192}));
  EXPECT_EQ(buffers["pos_embed"].sizes(), torch::IntArrayRef({1, 8, 96}));
  EXPECT_FALSE(buffers["encoder.pos_embed"].requires_grad());
}

TEST(VideoMAE, ShapesAndTokenCountsForEveryPreset) {
  torch::NoGradGuard no_grad;
  for (const auto& name : presetNames()) {
    SCOPED_TRACE(name);
    // Real widths and heads, one block, a 4×32×32 clip: 2·2·2 = 8 tokens.
    auto c = smallConfig(name, /*depth=*/1, /*decoder_depth=*/1);
    VideoMAEForPreTraining model(c);
    model->eval();
    const auto video = randomVideo(c);
    TubeMaskingGenerator masks(c, 0.5, 1);
    const auto mask = masks.nextBatch(2);  // 2 of 4 per slot -> 4 masked, 4 visible
    EXPECT_EQ(model->encoder(video).sizes(), torch::IntArrayRef({2, 8, c.embed_dim}));
    EXPECT_EQ(model->encoder(video, mask).sizes(), torch::IntArrayRef({2, 4, c.embed_dim}));
    EXPECT_EQ(model->forward(video, mask).sizes(), torch::IntArrayRef({2, 4, 1536}));
    VideoMAEClassifier classifier(c);
    classifier->eval();
    EXPECT_EQ(classifier->forward(video).sizes(), torch::IntArrayRef({2, 1}));
  }
}

TEST(VideoMAE, TinyAtItsDefaultInputWithMask09) {
  torch::NoGradGuard no_grad;
  auto c = presetConfig("vit-tiny");  // 16×112
  c.depth = 2;
  c.decoder_depth = 1;
  VideoMAEForPreTraining model(c);
  model->eval();
  TubeMaskingGenerator masks(c, 0.9, 7);
  EXPECT_EQ(masks.numVisible(), 8 * (49 - 44));
  const auto video = torch::randn({1, 3, 16, 112, 112});
  const auto mask = masks.nextBatch(1);
  EXPECT_EQ(model->encoder(video, mask).sizes(), torch::IntArrayRef({1, 40, 192}));
  EXPECT_EQ(model->forward(video, mask).sizes(), torch::IntArrayRef({1, 352, 1536}));
}

TEST(VideoMAE, OtherInputSizesGetTheirOwnPositionTable) {
  torch::NoGradGuard no_grad;
  auto c = smallConfig();
  VideoMAEForPreTraining model(c);
  model->eval();
  // Configured for 4×32×32 (8 tokens); run 8×48×48: 4·3·3 = 36 tokens.
  const auto video = torch::randn({1, 3, 8, 48, 48});
  TubeMaskingGenerator masks(4, 9, 0.5, 3);  // 4 of 9 masked per slot
  const auto mask = masks.nextBatch(1);
  EXPECT_EQ(model->encoder(video).sizes(), torch::IntArrayRef({1, 36, 192}));
  EXPECT_EQ(model->forward(video, mask).sizes(), torch::IntArrayRef({1, 16, 1536}));
  // The table added for 36 tokens is the formula's, whatever the buffer holds.
  const auto tokens = model->encoder->patch_embed(video);
  EXPECT_TRUE(torch::allclose(model->encoder->positionTable(36, tokens.options()), sinusoidPositionTable(36, 192)));
}

TEST(VideoMAE, AttentionIsFusedQkvWithQAndVBiasOnly) {
  torch::manual_seed(0);
  Attention attn(8, 2, true);
  {
    torch::NoGradGuard no_grad;
    attn->q_bias.normal_();
    attn->v_bias.normal_();
  }
  const auto x = torch::randn({2, 5, 8});
  const auto w = attn->qkv->weight;  // [24, 8]: query rows, then key, then value
  const auto q = torch::matmul(x, w.slice(0, 0, 8).t()) + attn->q_bias;
  const auto k = torch::matmul(x, w.slice(0, 8, 16).t());
  const auto v = torch::matmul(x, w.slice(0, 16, 24).t()) + attn->v_bias;
  std::vector<torch::Tensor> heads;
  for (int64_t h = 0; h < 2; ++h) {
    const auto qh = q.slice(2, 4 * h, 4 * h + 4);
    const auto kh = k.slice(2, 4 * h, 4 * h + 4);
    const auto vh = v.slice(2, 4 * h, 4 * h + 4);
    const auto weights = torch::softmax(torch::matmul(qh, kh.transpose(1, 2)) / 2.0, -1);  // sqrt(head_dim 4)
    heads.push_back(torch::matmul(weights, vh));
  }
  const auto expected = attn->proj(torch::cat(heads, 2));
  EXPECT_TRUE(torch::allclose(attn->forward(x), expected, 1e-5, 1e-6));
  Attention plain(8, 2, false);
  EXPECT_FALSE(plain->q_bias.defined());
  EXPECT_EQ(plain->parameters().size(), 3u);  // qkv.weight, proj.weight, proj.bias
}

TEST(VideoMAE, BlockIsPreNormWithExactGelu) {
  torch::manual_seed(1);
  Block block(16, 2, 4.0, true, 0.3, 1e-6);
  block->eval();  // drop path off
  const auto x = torch::randn({2, 3, 16});
  const auto gelu = [](const torch::Tensor& t) { return 0.5 * t * (1 + torch::erf(t / std::sqrt(2.0))); };
  const auto mlp = [&](const torch::Tensor& t) { return block->mlp->fc2(gelu(block->mlp->fc1(t))); };
  const auto h = x + block->attn(block->norm1(x));
  const auto expected = h + mlp(block->norm2(h));
  EXPECT_TRUE(torch::allclose(block->forward(x), expected, 1e-5, 1e-6));
  EXPECT_EQ(block->mlp->fc1->weight.size(0), 64);
}

TEST(VideoMAE, DropPathRisesLinearlyAndOnlyActsInTraining) {
  auto c = smallConfig("vit-tiny", /*depth=*/5, /*decoder_depth=*/3);
  c.drop_path_rate = 0.2;
  VideoMAEForPreTraining model(c);
  for (int64_t i = 0; i < 5; ++i) {
    EXPECT_NEAR(model->encoder->blocks[static_cast<size_t>(i)]->as<Block>()->dropPathProb(), 0.05 * i, 1e-12);
  }
  EXPECT_NEAR(model->decoder->blocks[2]->as<Block>()->dropPathProb(), 0.2, 1e-12);
  const auto video = randomVideo(c);
  TubeMaskingGenerator masks(c, 0.5, 1);
  const auto mask = masks.nextBatch(2);
  torch::NoGradGuard no_grad;
  model->eval();
  EXPECT_TRUE(torch::equal(model->forward(video, mask), model->forward(video, mask)));
  model->train();
  torch::manual_seed(5);
  const auto a = model->forward(video, mask);
  torch::manual_seed(6);
  const auto b = model->forward(video, mask);
  EXPECT_FALSE(torch::equal(a, b));
}

TEST(VideoMAE, ClassifierPoolingFollowsTheConfig) {
  torch::NoGradGuard no_grad;
  auto c = smallConfig();
  c.num_classes = 2;
  VideoMAEClassifier mean_pool(c);
  mean_pool->eval();
  EXPECT_TRUE(mean_pool->fc_norm);
  EXPECT_FALSE(mean_pool->encoder->norm);
  const auto video = randomVideo(c);
  const auto tokens = mean_pool->encoder(video);  // [2, 8, 192]
  EXPECT_TRUE(torch::allclose(mean_pool->features(video), mean_pool->fc_norm(tokens.mean(1))));
  EXPECT_EQ(mean_pool->forward(video).sizes(), torch::IntArrayRef({2, 2}));
  // Head starts near zero: trunc_normal(0.02) × 0.001 is within ±0.002·0.02·... of 0.
  EXPECT_LE(mean_pool->head->weight.abs().max().item<float>(), 2 * 0.001f);
  EXPECT_GT(mean_pool->head->weight.abs().max().item<float>(), 0.0f);

  c.use_mean_pooling = false;
  VideoMAEClassifier first_token(c);
  first_token->eval();
  EXPECT_FALSE(first_token->fc_norm);
  EXPECT_TRUE(first_token->encoder->norm);
  const auto normed = first_token->encoder(video);
  EXPECT_TRUE(torch::equal(first_token->features(video), normed.select(1, 0)));
}

TEST(VideoMAE, EveryParameterReceivesAGradient) {
  torch::manual_seed(2);
  auto c = smallConfig();
  c.drop_path_rate = 0.1;
  VideoMAEForPreTraining model(c);
  model->train();
  const auto video = randomVideo(c);
  TubeMaskingGenerator masks(c, 0.5, 9);
  const auto mask = masks.nextBatch(2);
  const auto prediction = model->forward(video, mask);
  reconstructionLoss(prediction, video, mask, c.tubelet_size, c.patch_size, true).backward();
  for (const auto& p : model->named_parameters()) {
    ASSERT_TRUE(p.value().grad().defined()) << p.key();
    EXPECT_GT(p.value().grad().abs().sum().item<double>(), 0.0) << p.key();
  }
  for (const bool mean_pooling : {true, false}) {
    c.use_mean_pooling = mean_pooling;
    VideoMAEClassifier classifier(c);
    classifier->train();
    classifier->forward(video).sum().backward();
    for (const auto& p : classifier->named_parameters()) {
      ASSERT_TRUE(p.value().grad().defined()) << p.key();
      EXPECT_GT(p.value().grad().abs().sum().item<double>(), 0.0) << p.key();
    }
  }
}

TEST(VideoMAE, MaskRowsMustAgreeInCount) {
  auto c = smallConfig();
  VideoMAEForPreTraining model(c);
  auto mask = torch::zeros({2, 8}, torch::kBool);
  mask.index_put_({0, 0}, true);
  EXPECT_THROW(model->forward(randomVideo(c), mask), c10::Error);
  EXPECT_THROW(model->forward(randomVideo(c), mask.to(torch::kUInt8)), c10::Error);
}

TEST(VideoMAE, CloneIsDeepAndEqual) {
  torch::NoGradGuard no_grad;
  auto c = smallConfig();
  VideoMAEForPreTraining model(c);
  model->eval();
  auto copy = std::dynamic_pointer_cast<VideoMAEForPreTrainingImpl>(model->clone());
  ASSERT_TRUE(copy);
  copy->eval();
  const auto video = randomVideo(c);
  TubeMaskingGenerator masks(c, 0.5, 1);
  const auto mask = masks.nextBatch(2);
  EXPECT_TRUE(torch::equal(model->forward(video, mask), copy->forward(video, mask)));
  copy->mask_token.add_(1.0);
  EXPECT_FALSE(torch::equal(model->mask_token, copy->mask_token));
}
