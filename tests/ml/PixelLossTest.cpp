#include "ml/PixelLoss.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>
#include <vector>

using namespace prodrome::ml;

namespace {

// The target written out as loops over a [1, 3, T, H, W] clip, in double:
// un-normalise, walk tubelets in (t, y, x) order, standardise each channel of
// a tubelet with its mean and unbiased std, emit (dt, dy, dx, c), c fastest.
std::vector<std::vector<double>> handTarget(const torch::Tensor& video, int64_t t, int64_t p, bool norm) {
  const auto v = video.to(torch::kFloat64).contiguous();
  const auto a = v.accessor<double, 5>();
  const int64_t T = v.size(2) / t, H = v.size(3) / p, W = v.size(4) / p;
  std::vector<std::vector<double>> tokens;
  for (int64_t ti = 0; ti < T; ++ti) {
    for (int64_t yi = 0; yi < H; ++yi) {
      for (int64_t xi = 0; xi < W; ++xi) {
        const int64_t P = t * p * p;
        std::vector<double> values(static_cast<size_t>(P * 3));
        for (int64_t c = 0; c < 3; ++c) {
          std::vector<double> ch;
          for (int64_t dt = 0; dt < t; ++dt)
            for (int64_t dy = 0; dy < p; ++dy)
              for (int64_t dx = 0; dx < p; ++dx)
                ch.push_back(a[0][c][ti * t + dt][yi * p + dy][xi * p + dx] * kImageNetStd[static_cast<size_t>(c)] +
                             kImageNetMean[static_cast<size_t>(c)]);
          double mean = 0;
          for (double x : ch) mean += x;
          mean /= static_cast<double>(ch.size());
          double var = 0;
          for (double x : ch) var += (x - mean) * (x - mean);
          var /= static_cast<double>(ch.size() - 1);
          for (size_t k = 0; k < ch.size(); ++k) {
            const double out = norm ? (ch[k] - mean) / (std::sqrt(var) + 1e-6) : ch[k];
            values[k * 3 + static_cast<size_t>(c)] = out;
          }
        }
        tokens.push_back(values);
      }
    }
  }
  return tokens;
}

void expectTargetMatches(const torch::Tensor& target, const std::vector<std::vector<double>>& hand) {
  ASSERT_EQ(target.size(0), 1);
  ASSERT_EQ(target.size(1), static_cast<int64_t>(hand.size()));
  const auto acc = target.accessor<float, 3>();
  for (size_t n = 0; n < hand.size(); ++n) {
    ASSERT_EQ(target.size(2), static_cast<int64_t>(hand[n].size()));
    for (size_t k = 0; k < hand[n].size(); ++k) {
      ASSERT_NEAR(acc[0][static_cast<int64_t>(n)][static_cast<int64_t>(k)], hand[n][k], 2e-5)
          << "token " << n << " value " << k;
    }
  }
}

}  // namespace

TEST(PixelLoss, NormalisedTargetEqualsHandComputation) {
  torch::manual_seed(3);
  const auto video = torch::randn({1, 3, 4, 4, 6});  // tubelet 2, patch 2: 2·2·3 = 12 tokens of 24 values
  const auto target = pixelTarget(video, 2, 2, /*norm_pix=*/true);
  ASSERT_EQ(target.sizes(), torch::IntArrayRef({1, 12, 24}));
  expectTargetMatches(target, handTarget(video, 2, 2, true));
}

TEST(PixelLoss, PlainTargetIsUnnormalisedPixels) {
  torch::manual_seed(4);
  const auto video = torch::randn({1, 3, 2, 4, 4});
  expectTargetMatches(pixelTarget(video, 2, 2, /*norm_pix=*/false), handTarget(video, 2, 2, false));
}

TEST(PixelLoss, LossIsMseOverMaskedTokensOnly) {
  torch::manual_seed(5);
  const auto video = torch::randn({1, 3, 4, 4, 4});  // 8 tokens of 24 values
  auto mask = torch::zeros({1, 8}, torch::kBool);
  for (const int64_t i : {1, 4, 6}) mask.index_put_({0, i}, true);
  const auto prediction = torch::randn({1, 3, 24});
  for (const bool norm : {true, false}) {
    const auto hand = handTarget(video, 2, 2, norm);
    const auto pred = prediction.accessor<float, 3>();
    double sum = 0;
    int64_t row = 0;
    for (const int64_t token : {1, 4, 6}) {
      for (int64_t k = 0; k < 24; ++k) {
        const double d = pred[0][row][k] - hand[static_cast<size_t>(token)][static_cast<size_t>(k)];
        sum += d * d;
      }
      ++row;
    }
    const double expected = sum / (3 * 24);
    const auto loss = reconstructionLoss(prediction, video, mask, 2, 2, norm);
    EXPECT_NEAR(loss.item<double>(), expected, 1e-5 * expected) << "norm_pix " << norm;
  }
}

TEST(PixelLoss, RealSizeTubeletsAndShapeChecks) {
  const auto video = torch::randn({2, 3, 4, 32, 32});
  const auto target = pixelTarget(video, 2, 16, true);
  EXPECT_EQ(target.sizes(), torch::IntArrayRef({2, 8, 1536}));
  // Standardised per tubelet and channel: channel 0 of token 0 has mean 0, std ≈ 1.
  const auto ch0 = target[0][0].view({512, 3}).select(1, 0);
  EXPECT_NEAR(ch0.mean().item<double>(), 0.0, 1e-5);
  EXPECT_NEAR(ch0.std().item<double>(), 1.0, 1e-4);
  auto mask = torch::zeros({2, 8}, torch::kBool);
  mask.index_put_({torch::indexing::Slice(), torch::indexing::Slice(0, 3)}, true);
  EXPECT_THROW(reconstructionLoss(torch::zeros({2, 4, 1536}), video, mask, 2, 16, true), c10::Error);
  EXPECT_THROW(pixelTarget(torch::zeros({1, 3, 3, 32, 32}), 2, 16, true), c10::Error);
}
