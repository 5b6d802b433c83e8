#pragma once
// Picks the compute device and sets the CPU thread split for the work at
// hand. Measured on the 2-core target machines (bench_ml, forecast runs):
// training's large GEMMs run fastest with one LibTorch intra-op thread and
// OpenBLAS on every core, while inference, whose attention is many small
// batched GEMMs, runs fastest the other way round: every core an intra-op
// thread, each GEMM single-threaded, the products split over the threads by
// oneDNN in bf16 and by ml/CpuInferenceProducts.h in fp32; the wrong split
// costs 2-10x in OpenBLAS thread hand-offs. PRODROME_CPU_THREADS="INTRA,BLAS"
// overrides both for measurements.

#include "ml/DeviceChoice.h"

#include <string>

namespace prodrome::core {

enum class Workload { Training, Inference };

// The choice as applied: its thread counts and description are the workload's.
ml::DeviceChoice prepareDevice(const std::string& request = "auto", Workload workload = Workload::Training);

// Switches the thread split of an already chosen device (cheap; call between
// phases) and returns it as applied.
ml::DeviceChoice useThreadsFor(const ml::DeviceChoice& choice, Workload workload);

}  // namespace prodrome::core
