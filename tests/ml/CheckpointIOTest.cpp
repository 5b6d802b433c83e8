#include "ml/CheckpointIO.h"

#include "TestSupport.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <fstream>
#include <memory>
#include <string>

using namespace prodrome::ml;
using prodrome::ml::test::ScratchDir;

namespace {

// A two-layer net whose weights and biases go to two groups, as the
// trainers split decayed matrices from the rest.
struct Net {
  torch::nn::Sequential module;
  std::unique_ptr<torch::optim::Optimizer> optimizer;

  Net(bool adamw, bool amsgrad, int64_t hidden = 5) {
    torch::manual_seed(11);
    module = torch::nn::Sequential(torch::nn::Linear(4, hidden), torch::nn::Tanh(), torch::nn::Linear(hidden, 1));
    std::vector<torch::Tensor> matrices;
    std::vector<torch::Tensor> vectors;
    for (const auto& p : module->named_parameters()) (p.value().dim() > 1 ? matrices : vectors).push_back(p.value());
    std::vector<torch::optim::OptimizerParamGroup> groups;
    if (adamw) {
      groups.emplace_back(matrices, std::make_unique<torch::optim::AdamWOptions>(
                                        torch::optim::AdamWOptions(1e-2).weight_decay(0.05).amsgrad(amsgrad)));
      groups.emplace_back(vectors, std::make_unique<torch::optim::AdamWOptions>(
                                       torch::optim::AdamWOptions(1e-2).weight_decay(0.0).amsgrad(amsgrad)));
      optimizer = std::make_unique<torch::optim::AdamW>(groups, torch::optim::AdamWOptions(1e-2));
    } else {
      groups.emplace_back(matrices, std::make_unique<torch::optim::AdamOptions>(
                                        torch::optim::AdamOptions(1e-2).weight_decay(0.05).amsgrad(amsgrad)));
      groups.emplace_back(vectors, std::make_unique<torch::optim::AdamOptions>(
                                       torch::optim::AdamOptions(1e-2).weight_decay(0.0).amsgrad(amsgrad)));
      optimizer = std::make_unique<torch::optim::Adam>(groups, torch::optim::AdamOptions(1e-2));
    }
  }

  void step(int64_t i) {
    torch::manual_seed(100 + i);
    const auto x = torch::randn({8, 4});
    const auto y = torch::randn({8, 1});
    optimizer->zero_grad();
    torch::mse_loss(module->forward(x), y).backward();
    optimizer->step();
  }

  void copyWeightsFrom(Net& other) {
    torch::NoGradGuard no_grad;
    const auto from = other.module->parameters();
    auto to = module->parameters();
    for (size_t i = 0; i < to.size(); ++i) to[i].copy_(from[i]);
  }
};

void expectSameParameters(Net& a, Net& b) {
  const auto pa = a.module->parameters();
  const auto pb = b.module->parameters();
  ASSERT_EQ(pa.size(), pb.size());
  for (size_t i = 0; i < pa.size(); ++i) EXPECT_TRUE(torch::equal(pa[i], pb[i])) << "parameter " << i;
}

std::string loadError(const std::filesystem::path& path, Net& net) {
  try {
    loadOptimizer(path, *net.optimizer, net.module->named_parameters());
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

class OptimizerStateRoundTrip : public ::testing::TestWithParam<std::tuple<bool, bool>> {};

}  // namespace

TEST_P(OptimizerStateRoundTrip, ResumedOptimiserTakesTheSameStepsAsTheOriginal) {
  const auto [adamw, amsgrad] = GetParam();
  ScratchDir dir;
  Net original(adamw, amsgrad);
  for (int64_t i = 0; i < 4; ++i) original.step(i);
  // A changed hyper-parameter must come back too (a schedule's current lr).
  original.optimizer->param_groups()[1].options().set_lr(3e-3);
  saveOptimizer(dir / "optimizer.safetensors", *original.optimizer, original.module->named_parameters());

  Net resumed(adamw, amsgrad);
  resumed.copyWeightsFrom(original);
  loadOptimizer(dir / "optimizer.safetensors", *resumed.optimizer, resumed.module->named_parameters());
  EXPECT_DOUBLE_EQ(resumed.optimizer->param_groups()[1].options().get_lr(), 3e-3);
  for (int64_t i = 4; i < 7; ++i) {
    original.step(i);
    resumed.step(i);
  }
  expectSameParameters(original, resumed);

  // Without the state the same steps go elsewhere: the test can tell.
  Net fresh(adamw, amsgrad);
  for (int64_t i = 0; i < 4; ++i) fresh.step(i);
  Net cold(adamw, amsgrad);
  cold.copyWeightsFrom(fresh);
  fresh.step(4);
  cold.step(4);
  EXPECT_FALSE(torch::equal(fresh.module->parameters()[0], cold.module->parameters()[0]));
}

INSTANTIATE_TEST_SUITE_P(AdamAndAdamW, OptimizerStateRoundTrip,
                         ::testing::Combine(::testing::Bool(), ::testing::Bool()),
                         [](const auto& info) {
                           return std::string(std::get<0>(info.param) ? "AdamW" : "Adam") +
                                  (std::get<1>(info.param) ? "_amsgrad" : "");
                         });

TEST(OptimizerState, AnOptimiserNotYetSteppedRoundTripsWithoutMoments) {
  ScratchDir dir;
  Net original(true, false);
  saveOptimizer(dir / "o.safetensors", *original.optimizer, original.module->named_parameters());
  Net resumed(true, false);
  resumed.step(0);  // state that the load must replace by "none yet"
  loadOptimizer(dir / "o.safetensors", *resumed.optimizer, resumed.module->named_parameters());
  EXPECT_TRUE(resumed.optimizer->state().empty());
}

TEST(OptimizerState, TheFileIsSafetensorsNamedByParameter) {
  ScratchDir dir;
  Net net(true, true);
  net.step(0);
  saveOptimizer(dir / "o.safetensors", *net.optimizer, net.module->named_parameters());
  const auto file = SafeTensorsFile::load(dir / "o.safetensors");
  EXPECT_EQ(file.metadata().at("optimizer"), "adamw");
  for (const char* name : {"0.weight.exp_avg", "0.weight.exp_avg_sq", "0.weight.max_exp_avg_sq", "0.weight.step",
                           "2.bias.exp_avg", "param_groups", "group_sizes"}) {
    EXPECT_TRUE(file.contains(name)) << name;
  }
  EXPECT_EQ(file.tensor("0.weight.step").item<int64_t>(), 1);
}

TEST(OptimizerState, AnotherOptimiserKindIsRefused) {
  ScratchDir dir;
  Net adamw(true, false);
  adamw.step(0);
  saveOptimizer(dir / "o.safetensors", *adamw.optimizer, adamw.module->named_parameters());
  Net adam(false, false);
  const auto error = loadError(dir / "o.safetensors", adam);
  EXPECT_NE(error.find("holds adamw state, this run uses adam"), std::string::npos) << error;
  EXPECT_NE(error.find("o.safetensors"), std::string::npos) << error;
}

TEST(OptimizerState, AnotherModelIsRefusedAndTheOptimiserKeepsItsState) {
  ScratchDir dir;
  Net wide(true, false, 7);
  wide.step(0);
  saveOptimizer(dir / "o.safetensors", *wide.optimizer, wide.module->named_parameters());
  Net narrow(true, false, 5);
  narrow.step(0);
  const auto before = narrow.optimizer->state().size();
  const auto error = loadError(dir / "o.safetensors", narrow);
  EXPECT_NE(error.find("'0.weight.exp_avg' is Float [7, 4], the parameter is Float [5, 4]"), std::string::npos)
      << error;
  EXPECT_EQ(narrow.optimizer->state().size(), before);
}

TEST(OptimizerState, ALegacyPickleIsRefusedWithAdvice) {
  ScratchDir dir;
  std::ofstream(dir / kLegacyOptimizerFile) << "PK\x03\x04 any zip archive";
  Net net(true, false);
  const auto error = loadError(dir / kOptimizerFile, net);
  EXPECT_NE(error.find("older Prodrome"), std::string::npos) << error;
  EXPECT_NE(error.find("start the run again"), std::string::npos) << error;
}

TEST(OptimizerState, AWeightsFileIsNotTakenForOptimiserState) {
  ScratchDir dir;
  Net net(true, false);
  NamedTensors weights;
  for (const auto& p : net.module->named_parameters()) weights.emplace_back(p.key(), p.value());
  saveSafeTensors(dir / "model.safetensors", weights);
  const auto error = loadError(dir / "model.safetensors", net);
  EXPECT_NE(error.find("is not a Prodrome optimiser state"), std::string::npos) << error;
}
