// VideoMAE engine benchmark (issue 4, design.md §8), first part: prints
//   1. large float32 (and bf16) GEMM FLOP/s at 1 and 2 intra-op threads,
//      the reference the step's efficiency is stated against;
//   2. the pre-training step of vit-small at 16x112, mask 0.9, batch 8
//      (forward, norm-pixel loss, backward, AdamW) in ms/step and achieved
//      FLOP/s, for each thread setting;
//   3. eval forward throughput (clips/s) of vit-tiny 16x112 and vit-base
//      16x224.
// The PyTorch-eager reference of design.md §8 (690 ms/step, Debian's
// python3-torch on the same LibTorch) is not measured here yet.
// Usage: bench_ml [--steps N] [--blas-threads N]

#include "ml/Device.h"
#include "ml/PreTrainer.h"
#include "ml/VideoMAE.h"

#include <torch/torch.h>

#include <ATen/Parallel.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using Clock = std::chrono::steady_clock;
using namespace prodrome::ml;

namespace {

double msSince(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

double gemmFlops(torch::Dtype dtype, int n) {
  auto a = torch::randn({n, n}).to(dtype), b = torch::randn({n, n}).to(dtype);
  torch::mm(a, b);  // warm-up
  std::vector<double> t;
  for (int i = 0; i < 5; ++i) {
    const auto t0 = Clock::now();
    auto c = torch::mm(a, b);
    t.push_back(msSince(t0));
  }
  return 2.0 * n * n * n / (median(t) / 1000.0);
}

// Forward multiply-adds x2 of a pre-norm ViT stack on `tokens` tokens of
// width d (qkv, projection, MLP of ratio 4, and the two attention matmuls).
double transformerFlops(double tokens, double d, double depth) {
  return depth * (2 * tokens * (3 * d * d + d * d + 8 * d * d) + 4 * tokens * tokens * d);
}

}  // namespace

int main(int argc, char** argv) {
  int steps = 6;
  int blasThreads = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--steps") steps = std::max(2, std::atoi(argv[i + 1]));
    if (std::string(argv[i]) == "--blas-threads") blasThreads = std::max(1, std::atoi(argv[i + 1]));
  }
  torch::manual_seed(0);
  auto choice = chooseDevice("cpu", 2);
  choice.blasThreads = blasThreads;
  applyThreadSettings(choice);
  std::printf("OpenBLAS threads: %d (intra-op threads vary below)\n", blasThreads);

  std::printf("1. GEMM 2048x2048\n");
  std::vector<double> fp32ByThreads(3, 0.0);
  for (int threads : {1, 2}) {
    at::set_num_threads(threads);
    fp32ByThreads[static_cast<size_t>(threads)] = gemmFlops(torch::kFloat32, 2048);
    const double bf16 = gemmFlops(torch::kBFloat16, 2048);
    std::printf("   %d thread(s): fp32 %.1f GFLOP/s, bf16 %.1f GFLOP/s (%.2fx)\n", threads,
                fp32ByThreads[static_cast<size_t>(threads)] / 1e9, bf16 / 1e9,
                bf16 / fp32ByThreads[static_cast<size_t>(threads)]);
  }

  std::printf("\n2. pre-training step, vit-small 16x112, mask 0.9, batch 8 (median of %d after one warm-up)\n", steps);
  auto config = presetConfig("vit-small");
  const int64_t batch = 8;
  const double visible =
      config.temporalSlots() * (config.patchesPerFrame() - static_cast<int64_t>(0.9 * config.patchesPerFrame()));
  const double all = static_cast<double>(config.numPatches());
  const double forward = transformerFlops(visible, config.embed_dim, config.depth) +
                         transformerFlops(all, config.decoder_embed_dim, config.decoder_depth);
  const double stepFlops = 3.0 * forward * batch;  // backward ~ 2x forward
  for (int threads : {1, 2}) {
    at::set_num_threads(threads);
    VideoMAEForPreTraining model(config);
    PreTrainingOptions options;
    options.total_steps = steps + 1;
    options.warmup_steps = 1;
    PreTrainer trainer(model, options);
    auto video = torch::randn({batch, 3, config.num_frames, config.img_size, config.img_size});
    trainer.step(video);
    std::vector<double> t;
    for (int i = 0; i < steps; ++i) {
      const auto t0 = Clock::now();
      trainer.step(video);
      t.push_back(msSince(t0));
    }
    const double ms = median(t);
    const double achieved = stepFlops / (ms / 1000.0);
    std::printf("   %d thread(s): %.0f ms/step, %.1f GFLOP/s = %.0f%% of the fp32 GEMM (target >= 50%%)\n", threads, ms,
                achieved / 1e9, 100.0 * achieved / fp32ByThreads[static_cast<size_t>(threads)]);
  }

  std::printf("\n3. eval forward throughput (2 threads)\n");
  at::set_num_threads(2);
  for (const char* preset : {"vit-tiny", "vit-base"}) {
    auto c = presetConfig(preset);
    VideoMAEClassifier model(c);
    model->eval();
    torch::NoGradGuard guard;
    const int64_t b = 4;
    auto video = torch::randn({b, 3, c.num_frames, c.img_size, c.img_size});
    model->forward(video);
    std::vector<double> t;
    for (int i = 0; i < 3; ++i) {
      const auto t0 = Clock::now();
      model->forward(video);
      t.push_back(msSince(t0));
    }
    std::printf("   %s %lldx%lld: %.2f clips/s\n", preset, static_cast<long long>(c.num_frames),
                static_cast<long long>(c.img_size), b / (median(t) / 1000.0));
  }
  return 0;
}
