#include "ml/FineTuner.h"

#include "TestSupport.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <ATen/CPUGeneratorImpl.h>

#include <atomic>

using namespace prodrome::ml;
using prodrome::ml::test::ScratchDir;
using prodrome::ml::test::smallConfig;

namespace {

// Class 1: a textured scene flickering between bright and dark frames.
// Class 0: the same kind of scene, still. Texture and brightness vary per clip.
std::shared_ptr<TensorClipDataset> flickerVsStill(int64_t n, uint64_t seed) {
  auto gen = at::detail::createCPUGenerator(seed);
  std::vector<ClipSample> clips;
  for (int64_t i = 0; i < n; ++i) {
    const bool flicker = i % 2 == 1;
    auto scene = torch::rand({1, 32, 32, 3}, gen) * 0.5 + torch::rand({1}, gen) * 0.3;  // [1, 32, 32, 3]
    auto frames = scene.expand({4, 32, 32, 3}).clone();
    if (flicker) {
      const auto gain = torch::tensor({1.8f, 0.3f, 1.8f, 0.3f}).view({4, 1, 1, 1});
      frames = frames * gain;
    }
    ClipSample c;
    c.frames = frames.mul(255).clamp(0, 255).to(torch::kUInt8).contiguous();
    c.label = flicker ? 1 : 0;
    c.subject = i;
    clips.push_back(c);
  }
  return std::make_shared<TensorClipDataset>(std::move(clips));
}

}  // namespace

TEST(FineTuner, SeparatesFlickerFromStill) {
  torch::manual_seed(0);
  auto c = smallConfig("vit-tiny", 1, 1);
  VideoMAEClassifier model(c);
  FineTuningOptions opt;
  opt.epochs = 8;
  opt.lr = 1e-3;
  opt.warmup_steps = 2;
  opt.layer_decay = 0.75;
  BatchOptions train_opt;
  train_opt.batch_size = 8;
  train_opt.crop_size = 32;
  train_opt.horizontal_flip = true;
  train_opt.seed = 5;
  BatchOptions val_opt = train_opt;
  val_opt.shuffle = false;
  val_opt.drop_last = false;
  val_opt.horizontal_flip = false;
  ClipBatcher train(flickerVsStill(32, 1), train_opt);
  ClipBatcher validation(flickerVsStill(16, 2), val_opt);
  FineTuner tuner(model, opt);
  const auto result = tuner.run(train, &validation);
  ASSERT_FALSE(result.epochs.empty());
  ClipBatcher test(flickerVsStill(20, 3), val_opt);
  const auto pred = tuner.predict(test);
  const auto m = binaryMetrics(pred.probabilities, pred.labels);
  EXPECT_GE(m.balanced_accuracy, 0.95) << "roc-auc " << m.roc_auc << ", last train loss "
                                       << result.epochs.back().train_loss;
}

TEST(FineTuner, LayerDecayAndEarlyStopping) {
  auto c = smallConfig("vit-tiny", 3, 1);
  VideoMAEClassifier model(c);
  FineTuningOptions opt;
  opt.layer_decay = 0.5;
  opt.epochs = 30;
  opt.patience = 1;
  FineTuner tuner(model, opt);
  // depth 3: embedding layer 0 → 0.5^4, block 1 → 0.5^2, head → 1.
  EXPECT_DOUBLE_EQ(tuner.lrScale("encoder.patch_embed.proj.weight"), 0.0625);
  EXPECT_DOUBLE_EQ(tuner.lrScale("encoder.blocks.1.mlp.fc1.weight"), 0.25);
  EXPECT_DOUBLE_EQ(tuner.lrScale("head.weight"), 1.0);
  EXPECT_DOUBLE_EQ(tuner.lrScale("fc_norm.bias"), 1.0);
  // Validation ROC-AUC cannot rise strictly for 30 epochs (it tops out at 1),
  // so patience 1 stops one epoch after the best one.
  BatchOptions b;
  b.batch_size = 4;
  b.crop_size = 32;
  auto data = flickerVsStill(8, 9);
  ClipBatcher train(data, b);
  b.shuffle = false;
  ClipBatcher val(flickerVsStill(8, 10), b);
  const auto result = tuner.run(train, &val);
  EXPECT_TRUE(result.stopped_early);
  ASSERT_GE(result.best_epoch, 0);
  EXPECT_EQ(static_cast<int64_t>(result.epochs.size()), result.best_epoch + 2);
  EXPECT_THROW(FineTuner(VideoMAEClassifier([&] {
                           auto two = c;
                           two.num_classes = 2;
                           return two;
                         }()),
                         opt),
               c10::Error);
}

TEST(FineTuner, ResumeGivesTheSameLossesAsAnUninterruptedRun) {
  auto c = smallConfig("vit-tiny", 2, 1);
  c.drop_path_rate = 0.2;  // the resumed run must also replay drop-path draws
  const auto fresh = [&] {
    torch::manual_seed(42);
    return VideoMAEClassifier(c);
  };
  FineTuningOptions opt;
  opt.epochs = 3;
  opt.lr = 1e-3;
  opt.warmup_steps = 1;
  opt.patience = 5;  // early-stopping state travels in the checkpoint too
  BatchOptions b;
  b.batch_size = 4;
  b.crop_size = 32;
  b.seed = 2;
  b.horizontal_flip = true;
  BatchOptions vb = b;
  vb.shuffle = false;
  vb.drop_last = false;
  vb.horizontal_flip = false;
  ClipBatcher train(flickerVsStill(8, 4), b);  // 2 batches per epoch, 6 steps in all
  ClipBatcher val(flickerVsStill(8, 5), vb);

  auto whole_model = fresh();
  FineTuner whole(whole_model, opt);
  const auto reference = whole.run(train, &val);
  ASSERT_EQ(reference.losses.size(), 6u);

  // A checkpoint every 2 steps lands on epoch ends, every 3 mid-epoch.
  for (int64_t every : {2, 3}) {
    ScratchDir dir;
    auto options = opt;
    options.checkpoint_every = every;
    options.checkpoint_dir = dir / "ckpt";
    std::atomic<bool> cancel{false};
    FineTuner first(fresh(), options);
    const auto part = first.run(
        train, &val, [&](const TrainingProgress& p) { cancel = p.step == 5; }, &cancel);
    ASSERT_TRUE(part.cancelled);  // "crashed" after step 5

    torch::manual_seed(7);  // a different process state
    auto resumed_model = VideoMAEClassifier(c);
    FineTuner resumed(resumed_model, options);
    resumed.loadCheckpoint(dir / "ckpt");
    const int64_t from = 4 / every * every;
    ASSERT_EQ(resumed.currentStep(), from) << "every " << every;
    const auto rest = resumed.run(train, &val);
    ASSERT_EQ(rest.losses.size(), size_t(6 - from)) << "every " << every;
    for (size_t i = 0; i < rest.losses.size(); ++i) {
      EXPECT_EQ(rest.losses[i], reference.losses[static_cast<size_t>(from) + i])
          << "every " << every << ", step " << from + static_cast<int64_t>(i) + 1;
    }
    ASSERT_EQ(rest.epochs.size(), reference.epochs.size());
    for (size_t e = 0; e < rest.epochs.size(); ++e) {
      EXPECT_EQ(rest.epochs[e].train_loss, reference.epochs[e].train_loss) << "every " << every << ", epoch " << e;
      EXPECT_EQ(rest.epochs[e].validation.roc_auc, reference.epochs[e].validation.roc_auc) << "epoch " << e;
    }
    EXPECT_EQ(rest.best_epoch, reference.best_epoch);
    const auto a = whole_model->parameters();
    const auto r = resumed_model->parameters();
    for (size_t i = 0; i < a.size(); ++i) EXPECT_TRUE(torch::equal(a[i], r[i])) << "parameter " << i;
  }
}
