#include "ml/Device.h"

#include <torch/cuda.h>
#include <torch/utils.h>

#include <ATen/Parallel.h>

#include <cstdlib>
#include <stdexcept>
#include <thread>

#include <dlfcn.h>
#include <sched.h>

namespace prodrome::ml {

int availableCores() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof(set), &set) == 0) {
    const int n = CPU_COUNT(&set);
    if (n > 0) return n;
  }
  const unsigned hw = std::thread::hardware_concurrency();
  return hw > 0 ? static_cast<int>(hw) : 1;
}

DeviceChoice chooseDevice(const std::string& request, int cpuThreads) {
  DeviceChoice choice;
  choice.intraOpThreads = 1;
  choice.blasThreads = cpuThreads > 0 ? cpuThreads : availableCores();
  choice.interOpThreads = 1;

  const bool wantsCuda = request.rfind("cuda", 0) == 0;
  if (request != "auto" && request != "cpu" && !wantsCuda) {
    throw std::invalid_argument("unknown device '" + request + "' (use auto, cpu, cuda or cuda:N)");
  }
  const bool cudaAvailable = torch::cuda::is_available();
  if (wantsCuda && !cudaAvailable) {
    throw std::runtime_error("device '" + request + "' requested but CUDA is not available in this build or machine");
  }
  if (wantsCuda || (request == "auto" && cudaAvailable)) {
    choice.device = torch::Device(request == "auto" ? std::string("cuda:0") : request);
    choice.description = choice.device.str();
  } else {
    choice.device = torch::Device(torch::kCPU);
    choice.description = "cpu (intra-op " + std::to_string(choice.intraOpThreads) + ", BLAS " +
                         std::to_string(choice.blasThreads) + " threads)";
  }
  return choice;
}

void applyThreadSettings(const DeviceChoice& choice) {
  // libblas.so.3 resolves to OpenBLAS on a set-up machine, but the symbol is
  // looked up rather than linked so that any other BLAS still works.
  using SetThreads = void (*)(int);
  if (auto* setBlasThreads = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) {
    setBlasThreads(choice.blasThreads);
  }
  static bool interOpSet = false;
  if (!interOpSet) {
    // set_num_interop_threads may be called once, before any inter-op work.
    try {
      at::set_num_interop_threads(choice.interOpThreads);
    } catch (const std::exception&) {
      // Already started by an earlier caller: harmless, keep its setting.
    }
    interOpSet = true;
  }
  at::set_num_threads(choice.intraOpThreads);
}

}  // namespace prodrome::ml
