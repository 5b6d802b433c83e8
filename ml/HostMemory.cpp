#include "ml/HostMemory.h"

#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace prodrome::ml {

void keepFreedMemoryForReuse() {
#if defined(__GLIBC__)
  static std::once_flag once;
  std::call_once(once, [] {
    // 32 MiB is the largest threshold glibc accepts on 64-bit; blocks above
    // it (a whole batch of input clips) are still mapped one by one.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    // Free space at the heap's top is returned only beyond 1 GiB.
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_TOP_PAD, 64 << 20);
  });
#endif
}

}  // namespace prodrome::ml
