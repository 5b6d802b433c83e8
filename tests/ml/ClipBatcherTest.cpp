#include "ml/ClipBatcher.h"

#include "ml/PixelLoss.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <map>
#include <set>

using namespace prodrome::ml;

namespace {

// Clip i is filled with the value i (so a batch tells which clips it holds).
std::shared_ptr<TensorClipDataset> numberedClips(int64_t n, int64_t frames = 4, int64_t size = 40) {
  std::vector<ClipSample> clips;
  for (int64_t i = 0; i < n; ++i) {
    ClipSample c;
    c.frames = torch::full({frames, size, size, 3}, i, torch::kUInt8);
    c.label = static_cast<int>(i % 2);
    c.subject = i / 4;
    c.species = i % 3 == 0 ? Species::Rodent : Species::Human;
    clips.push_back(c);
  }
  return std::make_shared<TensorClipDataset>(std::move(clips));
}

}  // namespace

TEST(ClipBatcher, BatchesAreNormalisedChannelFirstClips) {
  BatchOptions opt;
  opt.batch_size = 3;
  opt.crop_size = 32;
  opt.shuffle = false;
  ClipBatcher batcher(numberedClips(7), opt);
  EXPECT_EQ(batcher.batchesPerEpoch(), 2);  // drop_last
  batcher.startEpoch(0);
  auto batch = batcher.next();
  ASSERT_TRUE(batch);
  EXPECT_EQ(batch->video.sizes(), torch::IntArrayRef({3, 3, 4, 32, 32}));
  EXPECT_EQ(batch->indices, (std::vector<int64_t>{0, 1, 2}));
  EXPECT_TRUE(torch::equal(batch->labels, torch::tensor({0.0f, 1.0f, 0.0f})));
  // Clip 2, channel 1: (2/255 − 0.456) / 0.224 everywhere.
  const float expected = static_cast<float>((2.0 / 255.0 - kImageNetMean[1]) / kImageNetStd[1]);
  EXPECT_NEAR(batch->video[2][1].min().item<float>(), expected, 1e-5);
  EXPECT_NEAR(batch->video[2][1].max().item<float>(), expected, 1e-5);
  EXPECT_TRUE(batcher.next());
  EXPECT_FALSE(batcher.next());
}

TEST(ClipBatcher, EpochOrderIsSeededAndComplete) {
  BatchOptions opt;
  opt.batch_size = 2;
  opt.crop_size = 32;
  opt.drop_last = false;
  opt.seed = 11;
  const auto data = numberedClips(9);
  const auto epochOrder = [&](ClipBatcher& b, int64_t epoch) {
    std::vector<int64_t> order;
    b.startEpoch(epoch);
    while (auto batch = b.next()) order.insert(order.end(), batch->indices.begin(), batch->indices.end());
    return order;
  };
  ClipBatcher a(data, opt);
  ClipBatcher b(data, opt);
  const auto first = epochOrder(a, 0);
  EXPECT_EQ(std::set<int64_t>(first.begin(), first.end()).size(), 9u);
  EXPECT_EQ(first, epochOrder(b, 0));
  EXPECT_NE(first, epochOrder(a, 1));
  EXPECT_EQ(first, epochOrder(a, 0));
}

TEST(ClipBatcher, AugmentationIsSwitchableAndDeterministic) {
  // A horizontal ramp shows flips and crops.
  auto ramp = torch::arange(48, torch::kFloat32).mul(5).to(torch::kUInt8).view({1, 1, 48, 1}).expand({4, 48, 48, 3});
  BatchOptions plain;
  plain.crop_size = 48;
  const auto centre = prepareClip(ramp.contiguous(), plain, 1);
  EXPECT_EQ(centre.sizes(), torch::IntArrayRef({3, 4, 48, 48}));
  EXPECT_LT(centre[0][0][0][0].item<float>(), centre[0][0][0][47].item<float>());
  BatchOptions flip = plain;
  flip.horizontal_flip = true;
  int flipped = 0;
  for (uint64_t seed = 0; seed < 20; ++seed) {
    const auto x = prepareClip(ramp.contiguous(), flip, seed);
    flipped += x[0][0][0][0].item<float>() > x[0][0][0][47].item<float>();
    EXPECT_TRUE(torch::equal(x, prepareClip(ramp.contiguous(), flip, seed)));
  }
  EXPECT_GT(flipped, 3);
  EXPECT_LT(flipped, 17);
  BatchOptions crop = plain;
  crop.multi_scale_crop = true;
  bool differs = false;
  for (uint64_t seed = 0; seed < 10; ++seed)
    differs |= !torch::equal(prepareClip(ramp.contiguous(), crop, seed), centre);
  EXPECT_TRUE(differs);
}

TEST(ClipBatcher, StopsCleanlyMidEpochAndReportsErrors) {
  BatchOptions opt;
  opt.batch_size = 1;
  opt.crop_size = 32;
  opt.prefetch = 1;
  {
    ClipBatcher batcher(numberedClips(20), opt);
    batcher.startEpoch(0);
    EXPECT_TRUE(batcher.next());
    batcher.startEpoch(1);  // abandons epoch 0
    EXPECT_TRUE(batcher.next());
  }  // destructor joins a producer blocked on a full queue

  // A failing read surfaces in the consumer, after the batches made before it.
  class Failing : public ClipDataset {
   public:
    int64_t size() const override { return 3; }
    ClipSample get(int64_t index) const override {
      if (index == 2) throw std::runtime_error("clip 2 unreadable");
      return ClipSample{torch::zeros({4, 40, 40, 3}, torch::kUInt8), 0, 0, Species::Human};
    }
  };
  opt.shuffle = false;
  ClipBatcher failing(std::make_shared<Failing>(), opt);
  failing.startEpoch(0);
  EXPECT_TRUE(failing.next());
  EXPECT_TRUE(failing.next());
  EXPECT_THROW(failing.next(), std::runtime_error);
  EXPECT_THROW(TensorClipDataset({ClipSample{torch::zeros({4, 8, 8, 3}), 0, 0, Species::Human}}), c10::Error);
}

TEST(ClipBatcher, BalancedSamplingEvensTheClassesOutDeterministically) {
  // 3 positives (label 1) among 10 clips.
  std::vector<ClipSample> clips;
  for (int64_t i = 0; i < 10; ++i) {
    ClipSample c;
    c.frames = torch::full({4, 32, 32, 3}, i, torch::kUInt8);
    c.label = i % 3 == 1 ? 1 : 0;
    clips.push_back(c);
  }
  const auto data = std::make_shared<TensorClipDataset>(std::move(clips));
  BatchOptions opt;
  opt.batch_size = 4;
  opt.crop_size = 32;
  opt.drop_last = false;
  opt.seed = 5;
  opt.balanced_sampling = true;
  ClipBatcher a(data, opt);
  EXPECT_EQ(a.clipsPerEpoch(), 14);  // 7 negatives and 7 draws of the 3 positives
  EXPECT_EQ(a.batchesPerEpoch(), 4);
  const auto epoch = [](ClipBatcher& b, int64_t e) {
    std::vector<std::vector<int64_t>> batches;
    b.startEpoch(e);
    while (auto batch = b.next()) {
      const auto positives = batch->labels.sum().item<float>();
      EXPECT_EQ(positives * 2, static_cast<float>(batch->indices.size())) << "epoch " << e;
      batches.push_back(batch->indices);
    }
    return batches;
  };
  const auto first = epoch(a, 0);
  std::map<int64_t, int> draws;
  for (const auto& batch : first)
    for (auto i : batch) ++draws[i];
  for (int64_t i = 0; i < 10; ++i) {
    if (i % 3 == 1) {
      EXPECT_GE(draws[i], 2) << "positive " << i;  // 7 draws over 3 clips: each twice or three times
      EXPECT_LE(draws[i], 3) << "positive " << i;
    } else {
      EXPECT_EQ(draws[i], 1) << "negative " << i;  // the larger class: each clip once
    }
  }
  ClipBatcher b(data, opt);
  EXPECT_EQ(first, epoch(b, 0));  // seeded
  EXPECT_NE(first, epoch(a, 1));  // reshuffled per epoch
  // Without both classes there is nothing to balance.
  std::vector<ClipSample> negatives(4, ClipSample{torch::zeros({4, 32, 32, 3}, torch::kUInt8), 0, 0, Species::Human});
  EXPECT_THROW(ClipBatcher(std::make_shared<TensorClipDataset>(negatives), opt), c10::Error);
}
