#include "ml/DeviceChoice.h"

#include "ml/CudaDevices.h"
#include "ml/HostMemory.h"
#include "ml/PrecisionCasts.h"

#include <torch/utils.h>

#include <ATen/Parallel.h>

#include <cstdlib>
#include <fstream>
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
  const bool cudaAvailable = cudaDeviceCount() > 0;
  if (wantsCuda && !cudaAvailable) {
    throw std::runtime_error("device '" + request + "' requested but CUDA is not available in this build or machine");
  }
  if (wantsCuda || (request == "auto" && cudaAvailable)) {
    choice.device = torch::Device(request == "auto" ? std::string("cuda:0") : request);
  } else {
    choice.device = torch::Device(torch::kCPU);
  }
  choice.description = describeDevice(choice);
  return choice;
}

std::string describeDevice(const DeviceChoice& choice) {
  if (!choice.device.is_cpu()) return choice.device.str();
  return "cpu (intra-op " + std::to_string(choice.intraOpThreads) + ", BLAS " + std::to_string(choice.blasThreads) +
         " threads)";
}

namespace {

std::string cpuModelName() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) != 0) continue;
    const auto colon = line.find(':');
    if (colon != std::string::npos) return line.substr(line.find_first_not_of(' ', colon + 1));
  }
  return "unknown";
}

}  // namespace

Reproducibility reproducibility(const torch::Device& device, Precision precision) {
  Reproducibility r;
  r.device = device.str();
  r.precision = std::string(precisionName(resolvePrecision(precision, device)));
  r.cpu = cpuModelName();
  r.intraOpThreads = at::get_num_threads();
  using GetThreads = int (*)();
  if (auto* getBlasThreads = reinterpret_cast<GetThreads>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"))) {
    r.blasThreads = getBlasThreads();
  }
  if (device.is_cpu()) {
    r.bitExact = true;
    r.reason = "CPU: a rerun with the same seed, precision, thread counts and CPU model repeats these losses bit for "
               "bit; another thread split, precision or CPU rounds differently";
  } else {
    r.bitExact = false;
    r.reason = "CUDA: cuBLAS and the backward passes' atomic additions may sum in another order on each run, and "
               "LibTorch's deterministic mode is not enabled; losses agree only to rounding";
  }
  return r;
}

void applyThreadSettings(const DeviceChoice& choice) {
  // Every LibTorch process sets its threads here before model work: its
  // allocator is set up at the same point (ml/HostMemory.h).
  keepFreedMemoryForReuse();
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
