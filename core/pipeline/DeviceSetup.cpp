#include "core/pipeline/DeviceSetup.h"

#include <cstdio>
#include <cstdlib>

namespace prodrome::core {

ml::DeviceChoice useThreadsFor(const ml::DeviceChoice& chosen, Workload workload) {
  ml::DeviceChoice choice = chosen;
  if (choice.device.is_cpu()) {
    const int cores = std::max(choice.intraOpThreads, choice.blasThreads);
    choice.intraOpThreads = workload == Workload::Training ? 1 : cores;
    choice.blasThreads = workload == Workload::Training ? cores : 1;
    if (const char* env = std::getenv("PRODROME_CPU_THREADS")) {
      int intra = 0, blas = 0;
      if (std::sscanf(env, "%d,%d", &intra, &blas) == 2 && intra > 0 && blas > 0) {
        choice.intraOpThreads = intra;
        choice.blasThreads = blas;
      }
    }
  }
  choice.description = ml::describeDevice(choice);
  ml::applyThreadSettings(choice);
  return choice;
}

ml::DeviceChoice prepareDevice(const std::string& request, Workload workload) {
  return useThreadsFor(ml::chooseDevice(request), workload);
}

}  // namespace prodrome::core
