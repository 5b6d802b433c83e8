#pragma once
// Where tensors live and how many CPU threads LibTorch may use.
//
// Two thread pools share the cores: LibTorch's intra-op pool (OpenMP; it runs
// elementwise kernels, LayerNorm, softmax, and oneDNN's bfloat16 products) and
// OpenBLAS's own pool (every float32 matrix product). Both busy at once
// oversubscribe the cores, so the CPU default gives OpenBLAS the cores and
// intra-op one thread. Measured on the 2-core target (vit-small 16x112, mask
// 0.9, batch 8, one fp32 pre-training step, quiet machine): intra 1 / BLAS 2
// 1013 ms; intra 2 / BLAS 1 1267 ms; 1/1 1374 ms; 2/2 1886 ms. Products are
// most of the step, and OpenBLAS scales them better than OpenMP scales the
// small elementwise kernels.
//
// The same split is the default for bf16 (Precision.h), although there the
// products run in oneDNN on the intra-op pool: when it has the cores to
// itself, intra 2 / BLAS 1 makes the bf16 step ~1.8x faster (384 vs 688 ms,
// measured at load 3.8 on 2 cores). But an OpenMP team meets at a barrier
// after every parallel kernel, thousands per step, and when the cores are
// shared (the batcher's prefetch thread, a GUI decoding video, other jobs)
// each meeting waits for a scheduler slice: the same bf16 step took 4-16 s
// at load 5-6 against 0.7-1.0 s with intra 1, and the fp32 step 11.5 s at
// load 3.8 against 1.3 s. A caller that owns the machine (a headless
// server, a benchmark) sets intraOpThreads = cores and blasThreads = 1
// before applyThreadSettings.
//
// These figures predate ml/HostMemory.h: part of every step was the kernel
// mapping and zeroing the activations LibTorch had just freed, and that cost
// swung with the host's load. With it (bench_ml, quiet, one run): the bf16
// step takes 448 ms at intra 1 / BLAS 2 and 298 ms at intra 2 / BLAS 1, fp32
// 1484 and 1103 ms. The shared-core argument above still sets the default;
// moving it would change the demo's numerics (reduction order) and wants its
// own measurement under load.
//
// Inference (core/pipeline/DeviceSetup.h) gives the intra-op pool the cores
// and OpenBLAS one thread; there float32 products are split over the
// intra-op threads too (ml/CpuInferenceProducts.h), so one pool does all.
//
// The thread counts are always set here, on purpose, rather than left to
// library defaults.

#include "ml/Precision.h"

#include <torch/types.h>

#include <string>

namespace prodrome::ml {

struct DeviceChoice {
  torch::Device device{torch::kCPU};
  int intraOpThreads = 1;   // LibTorch's parallel_for / OpenMP pool (and oneDNN's)
  int interOpThreads = 1;   // LibTorch's inter-op pool (unused by our graphs)
  int blasThreads = 1;      // OpenBLAS's own pool, when OpenBLAS is the BLAS
  std::string description;  // e.g. "cuda:0 (NVIDIA H100)" or "cpu (intra-op 1, BLAS 2 threads)"
};

// "auto" picks CUDA when torch::cuda::is_available(), else the CPU;
// "cpu", "cuda" and "cuda:N" force one (throws when CUDA is asked for and absent).
// cpuThreads is the number of cores to use (0 = all available): OpenBLAS's
// thread count, with intra-op 1, as explained above.
DeviceChoice chooseDevice(const std::string& request = "auto", int cpuThreads = 0);

// "cpu (intra-op I, BLAS B threads)" for the CPU, the device's name otherwise:
// what run logs say the work ran on.
std::string describeDevice(const DeviceChoice& choice);

// Applies the thread counts of `choice` to LibTorch and OpenBLAS, and keeps
// freed memory for reuse (ml/HostMemory.h). Call once per process before the
// first tensor operation; later calls change intra-op and OpenBLAS only (the
// inter-op pool cannot be resized once started).
void applyThreadSettings(const DeviceChoice& choice);

// Logical cores usable by this process (sched affinity aware).
int availableCores();

// What a training run's losses depend on besides its config and seed, as
// set now, for the run record (issue 12, item 9). On the CPU every kernel we
// use sums in an order fixed by the shapes and the thread counts (OpenBLAS
// and oneDNN split the output, not the sum, between threads; LibTorch's
// reductions split by thread count), and the data, masks and augmentation
// come from seeded generators of their own, so a rerun with equal fields
// repeats bit for bit (measured: bench_pretrain_repeat, vit-tiny 16x112, 150
// steps, bf16 and fp32, intra 1 / BLAS 2 and intra 2 / BLAS 1). Another
// thread split, precision or CPU model rounds differently, and the
// difference grows over the steps.
struct Reproducibility {
  bool bitExact = false;   // a rerun with the same config, seed and fields below gives the same losses
  std::string reason;      // why (or why not), in a sentence
  std::string device;      // "cpu", "cuda:0"
  std::string precision;   // of the matrix products, resolved: "fp32" or "bf16"
  std::string cpu;         // model name: kernels and their blocking follow the CPU
  int intraOpThreads = 0;  // LibTorch's, as set now
  int blasThreads = 0;     // OpenBLAS's, as set now; 0 when the BLAS is another
};
Reproducibility reproducibility(const torch::Device& device, Precision precision);

}  // namespace prodrome::ml
