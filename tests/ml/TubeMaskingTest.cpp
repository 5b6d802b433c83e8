#include "ml/TubeMasking.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using prodrome::ml::presetConfig;
using prodrome::ml::TubeMaskingGenerator;

TEST(TubeMasking, CountsForEveryRatioOnBase) {
  const auto base = presetConfig("vit-base");  // 8 slots × 196 patches
  for (int tenth = 1; tenth <= 9; ++tenth) {
    const double ratio = tenth / 10.0;
    SCOPED_TRACE(ratio);
    TubeMaskingGenerator gen(base, ratio, 42);
    const auto expected_masked = static_cast<int64_t>(ratio * 196);  // Python's int(ratio * 196)
    EXPECT_EQ(gen.numMaskedPerFrame(), expected_masked);
    EXPECT_EQ(gen.numTokens(), 1568);
    EXPECT_EQ(gen.numVisible(), 8 * (196 - expected_masked));
    const auto mask = gen.next();
    ASSERT_EQ(mask.sizes(), torch::IntArrayRef({1568}));
    EXPECT_EQ(mask.scalar_type(), torch::kBool);
    EXPECT_EQ(mask.sum().item<int64_t>(), gen.numMasked());
  }
  EXPECT_EQ(TubeMaskingGenerator(base, 0.9, 0).numVisible(), 160);
  EXPECT_EQ(TubeMaskingGenerator(base, 0.3, 0).numMaskedPerFrame(), 58);
}

TEST(TubeMasking, OneSpatialMaskRepeatedOverTime) {
  TubeMaskingGenerator gen(8, 196, 0.75, 3);
  const auto masks = gen.nextBatch(4).view({4, 8, 196});  // [B, slots, patches]
  for (int64_t b = 0; b < 4; ++b) {
    for (int64_t t = 1; t < 8; ++t) EXPECT_TRUE(torch::equal(masks[b][t], masks[b][0]));
  }
  // Different clips of a batch get different masks.
  EXPECT_FALSE(torch::equal(masks[0][0], masks[1][0]));
}

TEST(TubeMasking, SeededAndReproducible) {
  TubeMaskingGenerator a(8, 49, 0.9, 1234);
  TubeMaskingGenerator b(8, 49, 0.9, 1234);
  TubeMaskingGenerator c(8, 49, 0.9, 1235);
  EXPECT_EQ(a.seed(), 1234u);
  const auto first = a.next();
  EXPECT_TRUE(torch::equal(first, b.next()));
  EXPECT_FALSE(torch::equal(first, c.next()));
  EXPECT_FALSE(torch::equal(a.next(), first));  // the stream moves on
}

TEST(TubeMasking, StateRestoresTheStream) {
  TubeMaskingGenerator gen(8, 49, 0.5, 99);
  gen.next();
  const auto saved = gen.state();
  const auto expected = gen.nextBatch(3);
  TubeMaskingGenerator other(8, 49, 0.5, 1);
  other.setState(saved);
  EXPECT_TRUE(torch::equal(other.nextBatch(3), expected));
  EXPECT_THROW(other.setState("not a state"), c10::Error);
}

TEST(TubeMasking, EveryPatchGetsMaskedSometimes) {
  // A shuffle that favoured some positions would leave others always visible.
  TubeMaskingGenerator gen(1, 49, 0.3, 5);
  const auto counts = gen.nextBatch(400).to(torch::kInt64).sum(0);  // [49]
  EXPECT_GT(counts.min().item<int64_t>(), 60);                      // expectation 400 · 14/49 ≈ 114
  EXPECT_LT(counts.max().item<int64_t>(), 170);
}

TEST(TubeMasking, RefusesRatiosThatLeaveNothingToDo) {
  EXPECT_THROW(TubeMaskingGenerator(8, 196, 0.0, 0), c10::Error);
  EXPECT_THROW(TubeMaskingGenerator(8, 196, 1.0, 0), c10::Error);
  EXPECT_THROW(TubeMaskingGenerator(8, 4, 0.1, 0), c10::Error);  // int(0.4) = 0 masked
  EXPECT_THROW(TubeMaskingGenerator(0, 196, 0.5, 0), c10::Error);
}
