// Issue 12, item 9: a stage-1 run repeated with the same seed on the same
// machine and thread split gives the same losses bit for bit. Runs with the
// production split (intra-op 1, OpenBLAS 2: ml/DeviceChoice.h), the trainers'
// precision (Auto: bf16 on a CPU with native bf16, fp32 elsewhere), the
// demo's augmentation, drop path (draws from LibTorch's global generator) and
// an epoch short enough that the batcher's producer thread is restarted
// several times. A different seed must change the losses, so the comparison
// can fail. The long, demo-sized check is tests/bench/ml/PretrainRepeat.cpp.

#include "ml/DeviceChoice.h"
#include "ml/PreTrainer.h"

#include "TestSupport.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace prodrome::ml;
using prodrome::ml::test::smallConfig;
using prodrome::ml::test::smoothClips;

namespace {

constexpr int64_t kSteps = 12;

std::vector<double> pretrainLosses(uint64_t seed, Precision precision) {
  auto config = smallConfig("vit-tiny", 2, 1);
  config.drop_path_rate = 0.2;
  torch::manual_seed(seed);  // as runPretraining does before building the model
  VideoMAEForPreTraining model(config);

  BatchOptions batches;
  batches.batch_size = 4;
  batches.crop_size = 32;
  batches.multi_scale_crop = true;
  batches.horizontal_flip = true;
  batches.seed = seed;
  ClipBatcher batcher(smoothClips(12), batches);  // 3 batches per epoch: 4 epochs, 4 producer threads

  PreTrainingOptions options;
  options.total_steps = kSteps;
  options.warmup_steps = 2;
  options.lr = 1e-3;
  options.mask_ratio = 0.5;
  options.seed = seed;
  options.precision = precision;
  PreTrainer trainer(model, options);
  return trainer.run(batcher).losses;
}

}  // namespace

// Outside the anonymous namespace: TEST_P derives a class at namespace scope
// from it, which GCC warns about (-Wsubobject-linkage) once the file is
// compiled inside a batch (cmake/BatchCompile.cmake).
class PreTrainerReproducibility : public ::testing::TestWithParam<Precision> {
 protected:
  void SetUp() override {
    // The production split on the 2-core target; the test environment's
    // one-thread default would hide a threaded library's reduction order.
    auto choice = chooseDevice("cpu", 2);
    choice.intraOpThreads = 1;
    choice.blasThreads = 2;
    applyThreadSettings(choice);
  }
};

TEST_P(PreTrainerReproducibility, SameSeedGivesBitIdenticalLosses) {
  const auto first = pretrainLosses(1, GetParam());
  const auto again = pretrainLosses(1, GetParam());
  const auto other = pretrainLosses(2, GetParam());
  ASSERT_EQ(first.size(), static_cast<size_t>(kSteps));
  ASSERT_EQ(again.size(), first.size());
  for (size_t i = 0; i < first.size(); ++i) EXPECT_EQ(again[i], first[i]) << "step " << i + 1;
  EXPECT_NE(other, first) << "another seed gave the same losses: the comparison could not fail";
}

INSTANTIATE_TEST_SUITE_P(Precisions, PreTrainerReproducibility,
                         ::testing::Values(Precision::Auto, Precision::Float32),
                         [](const auto& info) { return std::string(precisionName(info.param)); });
