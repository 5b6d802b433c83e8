#include "core/pipeline/DeviceSetup.h"

#include <cstdio>
#include <cstdlib>

namespace prodrome::core {

void useThreadsFor(const ml::DeviceChoice& chosen, Workload workload) {
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
  ml::applyThreadSettings(choice);
}

ml::DeviceChoice prepareDevice(const std::string& request, Workload workload) {
  auto choice = ml::chooseDevice(request);
  useThreadsFor(choice, workload);
  return choice;
}

}  // namespace prodrome::core
