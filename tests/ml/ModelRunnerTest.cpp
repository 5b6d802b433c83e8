#include "ml/ModelRunner.h"

#include "TestSupport.h"
#include "ml/HfVideoMAEMapping.h"
#include "ml/TubeMasking.h"
#include "ml/VideoMAEWeights.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <string>
#include <tuple>
#include <vector>

using namespace prodrome::ml;
using prodrome::ml::test::ScratchDir;
using prodrome::ml::test::smallConfig;

namespace {

// HF layout on disk: pixel_values [B, T, 3, H, W].
torch::Tensor writeInputs(const std::filesystem::path& path, const VideoMAEConfig& c, const torch::Tensor& mask) {
  const auto pixels = torch::randn({2, c.num_frames, 3, c.img_size, c.img_size});
  NamedTensors inputs{{"pixel_values", pixels}};
  if (mask.defined()) inputs.emplace_back("bool_masked_pos", mask.to(torch::kUInt8));
  saveSafeTensors(path, inputs);
  return pixels.permute({0, 2, 1, 3, 4});  // [B, 3, T, H, W]
}

}  // namespace

TEST(ModelRunner, HfPreTrainingWeightsGiveHiddenStatesAndReconstruction) {
  ScratchDir dir;
  auto c = smallConfig("vit-small", 1, 1);  // head_dim 64, so heads are inferred right
  torch::manual_seed(1);
  VideoMAEForPreTraining model(c);
  model->eval();
  saveHf(dir / "hf.safetensors", model);
  TubeMaskingGenerator masks(c, 0.5, 2);
  const auto mask = masks.nextBatch(2);
  const auto video = writeInputs(dir / "in.safetensors", c, mask);
  ModelRunOptions opt;
  opt.preset = "vit-small";
  const auto summary = runModel(dir / "hf.safetensors", dir / "in.safetensors", dir / "out.safetensors", opt);
  EXPECT_EQ(summary.layout, "hf-pretraining");
  EXPECT_EQ(summary.model, "pretraining");
  const auto out = SafeTensorsFile::load(dir / "out.safetensors");
  torch::NoGradGuard no_grad;
  EXPECT_TRUE(torch::equal(out.tensor("last_hidden_state"), model->encoder(video, mask)));
  EXPECT_TRUE(torch::equal(out.tensor("logits"), model->forward(video, mask)));
}

TEST(ModelRunner, OwnClassifierAndBareHfEncoder) {
  ScratchDir dir;
  auto c = smallConfig("vit-tiny", 1, 1);
  c.use_mean_pooling = false;
  torch::manual_seed(3);
  VideoMAEClassifier model(c);
  model->eval();
  saveWeights(dir / "own.safetensors", model);
  const auto video = writeInputs(dir / "in.safetensors", c, {});
  const auto summary = runModel(dir / "own.safetensors", dir / "in.safetensors", dir / "out.safetensors", {});
  EXPECT_EQ(summary.model, "classifier");
  const auto out = SafeTensorsFile::load(dir / "out.safetensors");
  torch::NoGradGuard no_grad;
  EXPECT_TRUE(torch::equal(out.tensor("logits"), model->forward(video)));

  // The same encoder saved as a bare HF VideoMAEModel (no "videomae." prefix).
  NamedTensors bare;
  for (auto& [name, t] : exportHf(model)) {
    if (name.rfind("videomae.", 0) == 0) bare.emplace_back(name.substr(9), t);
  }
  saveSafeTensors(dir / "bare.safetensors", bare);
  ModelRunOptions opt;
  opt.preset = "vit-tiny";
  const auto enc = runModel(dir / "bare.safetensors", dir / "in.safetensors", dir / "out2.safetensors", opt);
  EXPECT_EQ(enc.layout, "hf-encoder");
  EXPECT_EQ(enc.outputs, std::vector<std::string>{"last_hidden_state"});
  EXPECT_TRUE(
      torch::equal(SafeTensorsFile::load(dir / "out2.safetensors").tensor("last_hidden_state"), model->encoder(video)));
}

TEST(ModelRunner, RefusesBadInputsByName) {
  ScratchDir dir;
  auto c = smallConfig("vit-tiny", 1, 1);
  VideoMAEForPreTraining model(c);
  saveWeights(dir / "w.safetensors", model);
  saveSafeTensors(dir / "in.safetensors", {{"pixels", torch::zeros({1})}});
  try {
    runModel(dir / "w.safetensors", dir / "in.safetensors", dir / "out.safetensors", {});
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("pixel_values"), std::string::npos) << e.what();
  }
}

// A forecaster whose head reads features standardised over the recording
// (with or without its window's motion statistics) cannot be scored on a tensor of
// clips alone: refused by name, pointing at `prodrome forecast`, with no
// output written (logits of unstandardised features would look like scores).
TEST(ModelRunner, AForecasterThatReadsMoreThanTheClipsIsRefused) {
  ScratchDir dir;
  for (const auto& [motionStats, recordingNorm, says] : std::vector<std::tuple<bool, bool, std::string>>{
           {true, true, "frame-difference statistics over every frame"},
           {false, true, "standardised against the rest of its recording"}}) {
    auto c = smallConfig("vit-tiny", 1, 1);
    c.motion_stats = motionStats;
    c.recording_norm = recordingNorm;
    VideoMAEClassifier model(c);
    saveWeights(dir / "forecaster.safetensors", model);
    writeInputs(dir / "in.safetensors", c, {});
    std::filesystem::remove(dir / "out.safetensors");
    try {
      runModel(dir / "forecaster.safetensors", dir / "in.safetensors", dir / "out.safetensors", {});
      ADD_FAILURE() << "scored a tensor with a head that reads more";
    } catch (const std::runtime_error& e) {
      const std::string message = e.what();
      EXPECT_NE(message.find("forecaster.safetensors' is a forecaster whose head reads each window"), std::string::npos)
          << message;
      EXPECT_NE(message.find(says), std::string::npos) << message;
      EXPECT_NE(message.find("`prodrome forecast`"), std::string::npos) << message;
    }
    EXPECT_FALSE(std::filesystem::exists(dir / "out.safetensors"));
  }
}
