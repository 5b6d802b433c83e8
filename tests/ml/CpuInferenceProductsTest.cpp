#include "ml/CpuInferenceProducts.h"

#include "ml/PrecisionCasts.h"
#include "ml/VideoMAE.h"

#include "TestSupport.h"

#include <ATen/Parallel.h>
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>

using namespace prodrome::ml;

namespace {

// Two intra-op threads for one test (TestEnvironment.cpp sets one again
// before the next).
struct TwoThreads {
  TwoThreads() { at::set_num_threads(2); }
  ~TwoThreads() { at::set_num_threads(1); }
};

// softmax((q·scale)·kᵀ)·v as ATen's batched products compute it, laid out
// [B, N, H·hd] as the split path returns it.
torch::Tensor batchedAttention(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v, double scale) {
  const auto out = torch::matmul(torch::matmul(q * scale, k.transpose(-2, -1)).softmax(-1), v);  // [B, H, N, hd]
  return out.transpose(1, 2).reshape({q.size(0), q.size(2), q.size(1) * q.size(3)});
}

}  // namespace

TEST(CpuInferenceProducts, SplitOnlyForFloat32InferenceWithThreadsToSpare) {
  const auto x = torch::randn({2, 196, 192});
  {
    const torch::NoGradGuard noGrad;
    EXPECT_FALSE(splitCpuProducts(x)) << "one intra-op thread: nothing to split over";
  }
  const TwoThreads threads;
  EXPECT_FALSE(splitCpuProducts(x)) << "autograd on: the trainers keep ATen's differentiable path";
  const torch::NoGradGuard noGrad;
  EXPECT_TRUE(splitCpuProducts(x));
  EXPECT_FALSE(splitCpuProducts(x.to(torch::kDouble)));
  EXPECT_FALSE(splitCpuProducts(torch::Tensor()));
  {
    const PrecisionGuard bf16(Precision::BFloat16);
    EXPECT_FALSE(splitCpuProducts(matmulOperand(x))) << "bf16 products go to oneDNN, which uses the intra-op threads";
  }
}

TEST(CpuInferenceProducts, SplitLinearEqualsLinear) {
  torch::manual_seed(3);
  const TwoThreads threads;
  const torch::NoGradGuard noGrad;
  const auto weight = torch::randn({576, 192}) * 0.05;
  const auto bias = torch::randn({576});
  // 2 x 197 rows: an odd count, split unevenly; 40 rows: too few to split.
  for (const auto& x : {torch::randn({2, 197, 192}), torch::randn({40, 192})}) {
    const auto expected = torch::linear(x, weight, bias);
    const auto split = splitLinear(x, weight, bias);
    ASSERT_EQ(split.sizes(), expected.sizes());
    EXPECT_TRUE(torch::allclose(split, expected, 1e-5, 1e-5)) << (split - expected).abs().max().item<float>();
    const auto noBias = splitLinear(x, weight, torch::Tensor());
    EXPECT_TRUE(torch::allclose(noBias, torch::linear(x, weight), 1e-5, 1e-5));
  }
}

TEST(CpuInferenceProducts, SplitAttentionEqualsBatchedProducts) {
  torch::manual_seed(4);
  const TwoThreads threads;
  const torch::NoGradGuard noGrad;
  // q, k, v as the model makes them: strided views of one fused projection.
  const int64_t batch = 3, tokens = 50, heads = 3, headDim = 16;
  const auto fused = torch::randn({batch, tokens, 3 * heads * headDim});
  const auto qkv = fused.reshape({batch, tokens, 3, heads, headDim}).permute({2, 0, 3, 1, 4}).unbind(0);
  const double scale = 1.0 / std::sqrt(static_cast<double>(headDim));
  const auto expected = batchedAttention(qkv[0], qkv[1], qkv[2], scale);
  const auto split = splitAttention(qkv[0], qkv[1], qkv[2], scale);
  ASSERT_EQ(split.sizes(), expected.sizes());
  EXPECT_TRUE(torch::allclose(split, expected, 1e-5, 1e-6)) << (split - expected).abs().max().item<float>();
}

TEST(CpuInferenceProducts, ModelScoresTheSameOnOneThreadOrTwo) {
  torch::manual_seed(5);
  auto config = test::smallConfig("vit-tiny", 2, 1);
  config.img_size = 64;  // 2 x 16 tokens a clip, 8 clips: 256 rows, split
  VideoMAEClassifier model(config);
  model->eval();
  const auto video = torch::randn({8, 3, config.num_frames, config.img_size, config.img_size});
  torch::Tensor oneThread, twoThreads;
  {
    const torch::NoGradGuard noGrad;
    oneThread = model->features(video);
  }
  {
    const TwoThreads threads;
    const torch::NoGradGuard noGrad;
    ASSERT_TRUE(splitCpuProducts(video));
    twoThreads = model->features(video);
  }
  EXPECT_TRUE(torch::allclose(twoThreads, oneThread, 1e-5, 1e-5)) << (twoThreads - oneThread).abs().max().item<float>();
  // With autograd on, two threads take ATen's path and gradients flow.
  const TwoThreads threads;
  const auto features = model->features(video);
  EXPECT_TRUE(torch::allclose(features, oneThread, 1e-5, 1e-5));
  model->forward(video).sum().backward();
  EXPECT_TRUE(model->parameters().front().grad().defined());
}
