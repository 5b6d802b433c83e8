#pragma once
// Where tensors live and how many CPU threads LibTorch may use.
//
// On the 2-core machines this project targets, OpenMP (intra-op) threads times
// OpenBLAS threads oversubscribe the cores and run 2-3x slower, so the thread
// counts are always set here, on purpose, rather than left to library defaults.

#include <torch/types.h>

#include <string>

namespace prodrome::ml {

struct DeviceChoice {
  torch::Device device{torch::kCPU};
  int intraOpThreads = 1;   // LibTorch's parallel_for / OpenMP pool
  int interOpThreads = 1;   // LibTorch's inter-op pool (unused by our graphs)
  int blasThreads = 1;      // OpenBLAS's own pool, when OpenBLAS is the BLAS
  std::string description;  // e.g. "cuda:0 (NVIDIA H100)" or "cpu (2 threads)"
};

// "auto" picks CUDA when torch::cuda::is_available(), else the CPU;
// "cpu", "cuda" and "cuda:N" force one (throws when CUDA is asked for and absent).
DeviceChoice chooseDevice(const std::string& request = "auto", int cpuThreads = 0);

// Applies the thread counts of `choice` to LibTorch and OpenBLAS. Call once per
// process before the first tensor operation; later calls change intra-op only.
void applyThreadSettings(const DeviceChoice& choice);

// Logical cores usable by this process (sched affinity aware).
int availableCores();

}  // namespace prodrome::ml
