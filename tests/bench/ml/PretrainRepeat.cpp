// Stage-1 reproducibility check (issue 12, item 9): trains the same VideoMAE
// pre-training run several times in this process, each from the same seed,
// with the production thread split and precision, and compares the losses
// bit for bit. Prints the first step at which any run leaves run 1 and the
// largest difference, or "bit-exact". Each run's losses can be written as
// hex floats (--out PREFIX) to compare runs of separate processes with diff.
//
// Not run by ctest: at the demo's size (vit-tiny 16x112, batch 8) a
// divergence may take a hundred steps or more to appear. The ctest twin is
// tests/ml/PretrainingDeterminismTest.cpp at a tiny size.
//
// Usage: bench_pretrain_repeat [--preset vit-tiny] [--frames 16] [--size 112]
//   [--batch 8] [--clips 48] [--steps 150] [--runs 2] [--seed 1] [--mask 0.9]
//   [--intra 1] [--blas 2] [--precision auto|fp32|bf16] [--augment 0|1]
//   [--out PREFIX]

#include "ml/ClipBatcher.h"
#include "ml/DeviceChoice.h"
#include "ml/VideoMAEConfig.h"
#include "ml/PreTrainer.h"
#include "ml/VideoMAE.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

using namespace prodrome::ml;

namespace {

// Moving gradients with seeded noise, like decoded monitoring video: smooth
// enough to learn, varied enough that every clip differs.
std::shared_ptr<TensorClipDataset> syntheticClips(int64_t n, int64_t frames, int64_t size) {
  auto generator = at::detail::createCPUGenerator(12345);
  std::vector<ClipSample> clips;
  const auto y = torch::arange(size, torch::kFloat32).view({1, size, 1});
  const auto x = torch::arange(size, torch::kFloat32).view({1, 1, size});
  const auto t = torch::arange(frames, torch::kFloat32).view({frames, 1, 1});
  for (int64_t i = 0; i < n; ++i) {
    const double a = 0.02 + 0.01 * static_cast<double>(i % 13);
    const auto r = torch::sin(a * x + 0.3 * t + static_cast<double>(i)).expand({frames, size, size});
    const auto g = torch::cos(a * y - 0.2 * t).expand({frames, size, size});
    const auto b = torch::sin(a * (x + y) * 0.5 + static_cast<double>(i) * 0.7).expand({frames, size, size});
    auto rgb = torch::stack({r, g, b}, 3);
    rgb = rgb + 0.1 * torch::randn(rgb.sizes(), generator, torch::TensorOptions(torch::kFloat32));
    ClipSample c;
    c.frames = rgb.add(1).mul(127.5).clamp(0, 255).to(torch::kUInt8).contiguous();  // [T, S, S, 3]
    c.label = static_cast<int>(i % 2);
    clips.push_back(c);
  }
  return std::make_shared<TensorClipDataset>(std::move(clips));
}

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> args = {
      {"--preset", "vit-tiny"}, {"--frames", "16"}, {"--size", "112"}, {"--batch", "8"},
      {"--clips", "48"},        {"--steps", "150"}, {"--runs", "2"},   {"--seed", "1"},
      {"--mask", "0.9"},        {"--intra", "1"},   {"--blas", "2"},   {"--precision", "auto"},
      {"--augment", "1"},       {"--out", ""}};
  for (int i = 1; i < argc; ++i) {
    const std::string key = argv[i];
    if (!args.count(key) || i + 1 >= argc) {
      std::fprintf(stderr, "unknown or incomplete argument '%s'\n", key.c_str());
      return 2;
    }
    args[key] = argv[++i];
  }
  const auto num = [&](const char* key) { return std::stoll(args[key]); };

  auto device = chooseDevice("cpu");
  device.intraOpThreads = static_cast<int>(num("--intra"));
  device.blasThreads = static_cast<int>(num("--blas"));
  applyThreadSettings(device);

  auto config = presetConfig(args["--preset"]);
  config.num_frames = num("--frames");
  config.img_size = num("--size");
  const auto seed = static_cast<uint64_t>(num("--seed"));
  const auto data = syntheticClips(num("--clips"), config.num_frames, config.img_size);
  std::printf("%s %ldx%ld batch %lld, %lld clips, %lld steps, intra %d / BLAS %d, precision %s, augment %s\n",
              args["--preset"].c_str(), static_cast<long>(config.num_frames), static_cast<long>(config.img_size),
              num("--batch"), num("--clips"), num("--steps"), device.intraOpThreads, device.blasThreads,
              args["--precision"].c_str(), args["--augment"].c_str());

  std::vector<std::vector<double>> runs;
  for (int64_t r = 0; r < num("--runs"); ++r) {
    const auto started = std::chrono::steady_clock::now();
    torch::manual_seed(seed);  // as runPretraining does before building the model
    VideoMAEForPreTraining model(config);
    BatchOptions batches;
    batches.batch_size = num("--batch");
    batches.crop_size = config.img_size;
    batches.multi_scale_crop = num("--augment") != 0;
    batches.horizontal_flip = num("--augment") != 0;
    batches.seed = seed;
    ClipBatcher batcher(data, batches);
    PreTrainingOptions options;
    options.total_steps = num("--steps");
    options.warmup_steps = std::max<int64_t>(2, options.total_steps / 10);
    options.lr = 1.5e-4 * 4;
    options.mask_ratio = std::stod(args["--mask"]);
    options.seed = seed;
    options.precision = parsePrecision(args["--precision"]);
    PreTrainer trainer(model, options);
    auto losses = trainer.run(batcher).losses;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("run %lld: %.1f s, first loss %a, last loss %a (%.6f)\n", static_cast<long long>(r + 1), seconds,
                losses.front(), losses.back(), losses.back());
    if (!args["--out"].empty()) {
      std::ofstream out(args["--out"] + std::to_string(r + 1) + ".txt");
      char line[64];
      for (double l : losses) {
        std::snprintf(line, sizeof line, "%a\n", l);
        out << line;
      }
    }
    runs.push_back(std::move(losses));
  }

  bool exact = true;
  for (size_t r = 1; r < runs.size(); ++r) {
    for (size_t s = 0; s < runs[0].size(); ++s) {
      if (runs[r][s] == runs[0][s]) continue;
      double largest = 0;
      for (size_t k = s; k < runs[0].size(); ++k) largest = std::max(largest, std::abs(runs[r][k] - runs[0][k]));
      std::printf("run %zu leaves run 1 at step %zu (%a vs %a); largest difference after: %.3g\n", r + 1, s + 1,
                  runs[r][s], runs[0][s], largest);
      exact = false;
      break;
    }
  }
  if (exact) std::printf("bit-exact over %zu runs\n", runs.size());
  return exact ? 0 : 1;
}
