#include "ml/Precision.h"

#include "ml/PreTrainer.h"
#include "ml/PrecisionCasts.h"
#include "ml/VideoMAE.h"

#include "TestSupport.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>

using namespace prodrome::ml;
using prodrome::ml::test::smallConfig;
using prodrome::ml::test::smoothClips;

TEST(Precision, NamesAndGuardsNest) {
  EXPECT_EQ(parsePrecision("bf16"), Precision::BFloat16);
  EXPECT_EQ(parsePrecision("float32"), Precision::Float32);
  EXPECT_EQ(precisionName(Precision::BFloat16), "bf16");
  EXPECT_THROW(parsePrecision("fp16"), std::invalid_argument);
  EXPECT_EQ(matmulPrecision(), Precision::Float32);
  {
    const PrecisionGuard outer(Precision::BFloat16);
    EXPECT_EQ(matmulPrecision(), Precision::BFloat16);
    {
      const PrecisionGuard inner(Precision::Float32);
      EXPECT_EQ(matmulPrecision(), Precision::Float32);
    }
    EXPECT_EQ(matmulPrecision(), Precision::BFloat16);
    EXPECT_EQ(matmulOperand(torch::ones({2})).scalar_type(), torch::kBFloat16);
    EXPECT_EQ(matmulOperand(torch::ones({2}, torch::kInt64)).scalar_type(), torch::kInt64);
  }
  EXPECT_EQ(matmulPrecision(), Precision::Float32);
  EXPECT_EQ(matmulOperand(torch::ones({2})).scalar_type(), torch::kFloat32);
}

TEST(Precision, AutoIsBf16OnlyOnCpusThatMultiplyItNatively) {
  EXPECT_EQ(parsePrecision("auto"), Precision::Auto);
  EXPECT_EQ(resolvePrecision(Precision::Float32, torch::kCPU), Precision::Float32);
  EXPECT_EQ(resolvePrecision(Precision::BFloat16, torch::kCPU), Precision::BFloat16);
  EXPECT_EQ(resolvePrecision(Precision::Auto, torch::kCPU),
            cpuHasNativeBf16() ? Precision::BFloat16 : Precision::Float32);
  EXPECT_EQ(resolvePrecision(Precision::Auto, torch::Device(torch::kCUDA, 0)), Precision::Float32);
  EXPECT_EQ(resolvePrecision(Precision::BFloat16, torch::Device(torch::kCUDA, 0)), Precision::BFloat16);
  {
    const PrecisionGuard guard(Precision::Auto);
    EXPECT_EQ(matmulPrecision(), resolvePrecision(Precision::Auto, torch::kCPU));
  }
}

TEST(Precision, Bf16LinearKeepsFloat32MasterWeights) {
  torch::manual_seed(0);
  torch::nn::Linear layer(64, 32);
  const auto x = torch::randn({4, 64});
  const auto exact = layer(x);
  const PrecisionGuard guard(Precision::BFloat16);
  const auto y = linear(layer, x);
  EXPECT_EQ(y.scalar_type(), torch::kBFloat16);
  // bf16 keeps 8 significant bits: inputs rounded by 2^-9 relative give
  // outputs within about 1% of the output scale.
  const double error = (y.to(torch::kFloat32) - exact).abs().max().item<double>();
  EXPECT_LT(error, 0.01 * exact.abs().max().item<double>());
  y.to(torch::kFloat32).sum().backward();
  ASSERT_TRUE(layer->weight.grad().defined());
  EXPECT_EQ(layer->weight.grad().scalar_type(), torch::kFloat32);
  EXPECT_EQ(layer->weight.scalar_type(), torch::kFloat32);
}

TEST(Precision, Bf16ModelsReturnFloat32CloseToFloat32) {
  torch::manual_seed(1);
  auto config = smallConfig("vit-tiny", 2, 1);
  VideoMAEClassifier model(config);
  model->eval();
  torch::NoGradGuard no_grad;
  const auto video = torch::randn({2, 3, config.num_frames, config.img_size, config.img_size});
  const auto exact = model->encoder(video);
  torch::Tensor mixed;
  {
    const PrecisionGuard guard(Precision::BFloat16);
    mixed = model->encoder(video);
    EXPECT_EQ(model->forward(video).scalar_type(), torch::kFloat32);
  }
  EXPECT_EQ(mixed.scalar_type(), torch::kFloat32);
  // The encoder ends in a LayerNorm (unit scale): a few percent of rounding
  // through two blocks of bf16 products, nowhere near a wrong answer.
  const double error = (mixed - exact).abs().max().item<double>();
  EXPECT_LT(error, 0.1);
  EXPECT_GT(error, 0.0);  // the guard did change the arithmetic
}

TEST(Precision, Bf16PreTrainingFollowsTheFloat32LossCurve) {
  // Same seed, data, masks and drop-path draws; only the products' precision
  // differs. 60 steps take the mean loss of 10 steps from 0.99 to 0.62.
  constexpr int kSteps = 60;
  auto config = smallConfig("vit-tiny", 2, 1);
  config.drop_path_rate = 0.1;
  const auto curve = [&](Precision precision) {
    torch::manual_seed(0);
    VideoMAEForPreTraining model(config);
    PreTrainingOptions options;
    options.total_steps = kSteps;
    options.warmup_steps = 5;
    options.lr = 2e-3;
    options.weight_decay = 0.0;
    options.mask_ratio = 0.5;
    options.seed = 1;
    options.precision = precision;
    PreTrainer trainer(model, options);
    BatchOptions batch;
    batch.batch_size = 8;
    batch.crop_size = 32;
    batch.seed = 3;
    ClipBatcher batches(smoothClips(), batch);
    return trainer.run(batches).losses;
  };
  const auto fp32 = curve(Precision::Float32);
  const auto bf16 = curve(Precision::BFloat16);
  ASSERT_EQ(fp32.size(), size_t(kSteps));
  ASSERT_EQ(bf16.size(), size_t(kSteps));
  // Tolerance: bf16 rounds each product's inputs to 8 significant bits
  // (relative 2^-9), the products accumulate in float32, and the trajectories
  // drift apart only slowly (measured: step losses within 1%, means of 10
  // steps within 0.3% over the whole run). Means over windows of 10 steps,
  // which smooth out the step-to-step noise of the masks, must stay within
  // 2% of fp32's: far below the 40% the curve falls, so a bf16 run that
  // learns visibly worse fails, and ~7x the drift measured, so platform
  // differences in rounding do not.
  const auto window = [](const std::vector<double>& v, size_t from) {
    double sum = 0;
    for (size_t i = from; i < from + 10; ++i) sum += v[i];
    return sum / 10;
  };
  for (size_t from = 0; from + 10 <= size_t(kSteps); from += 10) {
    const double a = window(fp32, from);
    const double b = window(bf16, from);
    EXPECT_NEAR(b, a, 0.02 * a) << "steps " << from << "-" << from + 9;
  }
  EXPECT_LT(window(fp32, kSteps - 10), 0.75 * window(fp32, 0))
      << "the fp32 run must learn for the comparison to mean something";
  EXPECT_NE(fp32, bf16);
}
