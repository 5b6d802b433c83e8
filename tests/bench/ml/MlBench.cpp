// VideoMAE engine benchmark (issue 4, design.md §8). Prints, all measured in
// this one run:
//   1. large GEMM FLOP/s, float32 and bfloat16, for each thread split (the
//      float32 figure is what the step's efficiency is stated against);
//   2. the pre-training step of vit-small at 16x112, mask 0.9, batch 8
//      (forward, norm-pixel loss, backward, AdamW) in ms/step and achieved
//      FLOP/s, for each precision and thread split;
//   3. the same step in PyTorch eager (videomae_reference.py, run by Debian's
//      /usr/bin/python3 with python3-torch: the same LibTorch 1.13) with the
//      same thread split, and the ratio reference / ours (target >= 1.0);
//   4. eval forward throughput (clips/s) of vit-tiny 16x112 and vit-base
//      16x224, with the training and the inference thread split;
//   5. recording standardisation (ml/GroupStandardise.h) of a day of windows
//      at one a second, 86,400 x 576 features in one group: seconds and peak
//      memory growth, against the same statistics through torch's sort (how
//      it was computed until December 2026), and whether the two agree.
// The machine's load average is printed beside each figure: on shared
// machines figures move with it (an intra-op team of 2 collapses under load,
// see ml/DeviceChoice.h). The default configuration (precision Auto, intra-op 1 /
// OpenBLAS = cores) is measured first.
// Usage: bench_ml [--steps N] [--reference SCRIPT | --no-reference] [--standardise-only]

#include "ml/DeviceChoice.h"
#include "ml/GroupStandardise.h"
#include "ml/PreTrainer.h"
#include "ml/PrecisionCasts.h"
#include "ml/VideoMAE.h"

#include <torch/torch.h>

#include <ATen/Parallel.h>

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#ifndef PRODROME_ML_REFERENCE_SCRIPT
#define PRODROME_ML_REFERENCE_SCRIPT ""
#endif

using Clock = std::chrono::steady_clock;
using namespace prodrome::ml;

namespace {

constexpr const char* kPython = "/usr/bin/python3";  // Debian's, where python3-torch installs

double msSince(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

std::string loadAverage() {
  std::ifstream in("/proc/loadavg");
  double one = 0, five = 0;
  in >> one >> five;
  char text[64];
  std::snprintf(text, sizeof text, "load %.2f/%.2f", one, five);
  return text;
}

struct ThreadSplit {
  int intra;
  int blas;
  std::string name() const { return "intra " + std::to_string(intra) + " / BLAS " + std::to_string(blas); }
};

void apply(const ThreadSplit& split) {
  auto choice = chooseDevice("cpu");
  choice.intraOpThreads = split.intra;
  choice.blasThreads = split.blas;
  applyThreadSettings(choice);
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

// One training step's useful FLOPs: the embedding of the visible tokens,
// encoder, encoder_to_decoder, decoder and its head on the masked tokens;
// backward counted as twice the forward.
double stepFlops(const VideoMAEConfig& c, double mask_ratio, int64_t batch) {
  const double per_frame = static_cast<double>(c.patchesPerFrame());
  const double slots = static_cast<double>(c.temporalSlots());
  const double masked = slots * static_cast<double>(static_cast<int64_t>(mask_ratio * per_frame));
  const double all = slots * per_frame;
  const double visible = all - masked;
  const double d = static_cast<double>(c.embed_dim);
  const double dd = static_cast<double>(c.decoder_embed_dim);
  const double k = static_cast<double>(c.tubeletValues());
  const double forward = 2 * visible * k * d + transformerFlops(visible, d, static_cast<double>(c.depth)) +
                         2 * visible * d * dd + transformerFlops(all, dd, static_cast<double>(c.decoder_depth)) +
                         2 * masked * dd * k;
  return 3.0 * forward * static_cast<double>(batch);
}

double stepMs(const VideoMAEConfig& config, Precision precision, int64_t batch, int steps) {
  torch::manual_seed(0);
  VideoMAEForPreTraining model(config);
  PreTrainingOptions options;
  options.total_steps = steps + 1;
  options.warmup_steps = 1;
  options.precision = precision;
  PreTrainer trainer(model, options);
  auto video = torch::randn({batch, 3, config.num_frames, config.img_size, config.img_size});
  trainer.step(video);
  std::vector<double> t;
  for (int i = 0; i < steps; ++i) {
    const auto t0 = Clock::now();
    trainer.step(video);
    t.push_back(msSince(t0));
  }
  return median(t);
}

bool pythonHasTorch() {
  const std::string probe = std::string(kPython) + " -c 'import torch' > /dev/null 2>&1";
  return std::system(probe.c_str()) == 0;
}

// Runs the PyTorch reference with the same thread split; its ms/step, or
// nullopt (with the reason printed) when it fails.
std::optional<double> referenceMs(const std::string& script, const ThreadSplit& split, int steps) {
  // OpenBLAS reads its thread count once, when the library loads: it has to
  // be in the environment before Python imports torch.
  const std::string command = "OPENBLAS_NUM_THREADS=" + std::to_string(split.blas) +
                              " OMP_NUM_THREADS=" + std::to_string(split.intra) + " " + kPython + " '" + script +
                              "' --threads " + std::to_string(split.intra) + " --steps " + std::to_string(steps) +
                              " 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) {
    std::printf("   reference could not be started: %s\n", command.c_str());
    return std::nullopt;
  }
  std::string output;
  std::array<char, 512> buffer{};
  while (std::fgets(buffer.data(), buffer.size(), pipe.get()) != nullptr) output += buffer.data();
  const auto at = output.find("reference_ms_per_step ");
  if (at == std::string::npos) {
    std::printf("   reference failed:\n%s\n", output.c_str());
    return std::nullopt;
  }
  return std::atof(output.c_str() + at + std::string("reference_ms_per_step ").size());
}

double peakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // kilobytes on Linux
}

// The reference for section 5: one group's robust standardisation written
// with torch's tensor operations, the whole table in double and every column
// sorted (ml/GroupStandardise.cpp until December 2026).
torch::Tensor sortStandardised(const torch::Tensor& x) {
  const auto xd = x.to(torch::kDouble);
  const auto medians = [](const torch::Tensor& g) {
    const auto sorted = std::get<0>(g.sort(0));
    const auto n = g.size(0);
    const auto upper = sorted.narrow(0, n / 2, 1);
    return n % 2 ? upper : (upper + sorted.narrow(0, n / 2 - 1, 1)) / 2;
  };
  const auto centre = medians(xd);
  const auto spread = (kMadToSd * medians((xd - centre).abs())).clamp_min(kMinGroupStd);
  return ((xd - centre) / spread).to(x.scalar_type());
}

void standardisationFigures() {
  std::printf("\n5. recording standardisation, a day of windows at one a second in one group (%s)\n",
              loadAverage().c_str());
  const std::int64_t windows = 86400, features = 576;
  torch::manual_seed(5);
  auto x = torch::randn({windows, features});
  x.mul_(3.0).add_(1.0);  // in place: no temporary raises the baseline
  const std::vector<std::int64_t> group(static_cast<std::size_t>(windows), 0);
  // Peak memory only grows: ours first, then the reference, which needs more.
  const double base = peakRssMb();
  auto t0 = Clock::now();
  const auto ours = standardiseWithinGroups(x, group);
  const double oursMs = msSince(t0);
  const double oursPeak = peakRssMb();
  t0 = Clock::now();
  const auto reference = sortStandardised(x);
  const double referenceMs = msSince(t0);
  const double referencePeak = peakRssMb();
  std::printf(
      "   %lld x %lld floats (%.0f MB): ours %.2f s, peak memory +%.0f MB; torch sort %.2f s, +%.0f MB; "
      "%.2fx faster; identical: %s\n",
      static_cast<long long>(windows), static_cast<long long>(features), x.nbytes() / 1048576.0, oursMs / 1000,
      oursPeak - base, referenceMs / 1000, referencePeak - base, referenceMs / oursMs,
      torch::equal(ours, reference) ? "yes" : "NO");
}

}  // namespace

int main(int argc, char** argv) {
  int steps = 6;
  std::string script = PRODROME_ML_REFERENCE_SCRIPT;
  bool standardiseOnly = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--steps" && i + 1 < argc) {
      steps = std::max(2, std::atoi(argv[++i]));
    } else if (arg == "--reference" && i + 1 < argc) {
      script = argv[++i];
    } else if (arg == "--no-reference") {
      script.clear();
    } else if (arg == "--standardise-only") {
      standardiseOnly = true;
    } else {
      std::fprintf(stderr, "usage: bench_ml [--steps N] [--reference SCRIPT | --no-reference] [--standardise-only]\n");
      return 2;
    }
  }
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // figures appear as they are measured, also in a log
  if (standardiseOnly) {
    standardisationFigures();
    return 0;
  }
  const int cores = availableCores();
  const auto defaults = chooseDevice("cpu");
  const auto defaultPrecision = resolvePrecision(kDefaultPrecision, torch::kCPU);
  // The default split first, then the other one.
  std::vector<ThreadSplit> splits{{defaults.intraOpThreads, defaults.blasThreads}};
  if (cores > 1) splits.push_back({cores, 1});
  std::printf("%d cores; default: %s (%s, native bf16 %s), threads %s; %s\n", cores,
              std::string(precisionName(defaultPrecision)).c_str(),
              std::string(precisionName(kDefaultPrecision)).c_str(), cpuHasNativeBf16() ? "yes" : "no",
              splits[0].name().c_str(), loadAverage().c_str());

  std::printf("\n1. GEMM 2048x2048 (%s)\n", loadAverage().c_str());
  double fp32Peak = 0;
  for (const auto& split : splits) {
    apply(split);
    const double fp32 = gemmFlops(torch::kFloat32, 2048);
    const double bf16 = gemmFlops(torch::kBFloat16, 2048);
    fp32Peak = std::max(fp32Peak, fp32);
    std::printf("   %s: fp32 %.1f GFLOP/s, bf16 %.1f GFLOP/s (%.2fx)\n", split.name().c_str(), fp32 / 1e9, bf16 / 1e9,
                bf16 / fp32);
  }
  std::printf("   the step's efficiency below is against the best fp32 figure, %.1f GFLOP/s\n", fp32Peak / 1e9);

  const auto config = presetConfig("vit-small");
  const int64_t batch = 8;
  const double flops = stepFlops(config, 0.9, batch);
  std::printf(
      "\n2. pre-training step, vit-small 16x112, mask 0.9, batch 8, %.1f GFLOP (median of %d after one warm-up)\n",
      flops / 1e9, steps);
  std::map<std::pair<int, int>, double> ours;  // (precision, split index) -> ms
  for (Precision precision : {Precision::Float32, Precision::BFloat16}) {
    for (size_t s = 0; s < splits.size(); ++s) {
      apply(splits[s]);
      const double ms = stepMs(config, precision, batch, steps);
      ours[{static_cast<int>(precision), static_cast<int>(s)}] = ms;
      const double achieved = flops / (ms / 1000.0);
      std::printf("   %s, %s: %.0f ms/step, %.1f GFLOP/s = %.0f%% of the fp32 GEMM (target >= 50%%) (%s)\n",
                  std::string(precisionName(precision)).c_str(), splits[s].name().c_str(), ms, achieved / 1e9,
                  100.0 * achieved / fp32Peak, loadAverage().c_str());
    }
  }

  std::printf("\n3. PyTorch eager reference, same step, fp32\n");
  if (script.empty()) {
    std::printf("   reference skipped (--no-reference)\n");
  } else if (!pythonHasTorch()) {
    std::printf("   reference unavailable (apt install python3-torch; %s cannot import torch)\n", kPython);
  } else {
    double bestReference = 0;
    for (size_t s = 0; s < splits.size(); ++s) {
      const auto ref = referenceMs(script, splits[s], steps);
      if (!ref) continue;
      bestReference = bestReference > 0 ? std::min(bestReference, *ref) : *ref;
      const double fp32 = ours[{static_cast<int>(Precision::Float32), static_cast<int>(s)}];
      std::printf("   %s: reference %.0f ms/step; ours fp32 %.0f ms/step = %.2fx (target >= 1.0) (%s)\n",
                  splits[s].name().c_str(), *ref, fp32, *ref / fp32, loadAverage().c_str());
    }
    if (bestReference > 0) {
      const double ms = ours[{static_cast<int>(defaultPrecision), 0}];
      std::printf("   best reference %.0f ms/step vs ours by default (%s, %s) %.0f ms/step = %.2fx\n", bestReference,
                  std::string(precisionName(defaultPrecision)).c_str(), splits[0].name().c_str(), ms,
                  bestReference / ms);
    }
  }

  // Inference (forecasts, probes) runs with every core an intra-op thread
  // and one BLAS thread (core/pipeline/DeviceSetup.h); in fp32 the products
  // are then split over the intra-op threads (ml/CpuInferenceProducts.h).
  std::printf("\n4. eval forward throughput, no autograd, each thread split (%s)\n", loadAverage().c_str());
  for (Precision precision : {Precision::Float32, Precision::BFloat16}) {
    if (precision == Precision::BFloat16 && !cpuHasNativeBf16()) {
      std::printf("   bf16 skipped: this CPU emulates it (section 1), and inference runs in fp32 here\n");
      continue;
    }
    const PrecisionGuard guard(precision);
    for (const char* preset : {"vit-tiny", "vit-base"}) {
      auto c = presetConfig(preset);
      VideoMAEClassifier model(c);
      model->eval();
      torch::NoGradGuard no_grad;
      const int64_t b = c.img_size > 112 ? 2 : 16;  // vit-tiny: the forecast's batch
      auto video = torch::randn({b, 3, c.num_frames, c.img_size, c.img_size});
      std::vector<double> rates;
      for (const auto& split : splits) {
        apply(split);
        model->forward(video);
        std::vector<double> t;
        for (int i = 0; i < 3; ++i) {
          const auto t0 = Clock::now();
          model->forward(video);
          t.push_back(msSince(t0));
        }
        rates.push_back(b / (median(t) / 1000.0));
        std::printf("   %s %s %lldx%lld, %s: %.2f clips/s", std::string(precisionName(precision)).c_str(), preset,
                    static_cast<long long>(c.num_frames), static_cast<long long>(c.img_size), split.name().c_str(),
                    rates.back());
        if (rates.size() > 1) std::printf(" = %.2fx the first split", rates.back() / rates.front());
        std::printf(" (%s)\n", loadAverage().c_str());
      }
    }
  }
  applyThreadSettings(defaults);
  standardisationFigures();
  return 0;
}
