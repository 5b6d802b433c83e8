// The allocator set-up that keeps LibTorch's freed activations for reuse
// (ml/HostMemory.h): after it, a 16 MiB block (the size of a forward's
// activations) comes from the heap rather than a fresh mapping, and freeing
// it leaves the memory with the process. ctest runs each test in a process
// of its own, so glibc's defaults (a 128 KiB threshold) hold before the call.

#include "ml/HostMemory.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace prodrome::ml;

TEST(HostMemory, LargeBlocksAreServedFromTheHeapAndKept) {
#if defined(__GLIBC__)
  keepFreedMemoryForReuse();
  keepFreedMemoryForReuse();  // idempotent
  constexpr std::size_t kBlock = 16u << 20;
  const auto mappedBefore = mallinfo2().hblks;
  void* block = std::malloc(kBlock);
  ASSERT_NE(block, nullptr);
  std::memset(block, 1, kBlock);
  EXPECT_EQ(mallinfo2().hblks, mappedBefore) << "a 16 MiB block was mapped on its own";
  std::free(block);
  // Not trimmed: the freed block stays at the heap's top for the next batch.
  EXPECT_GE(mallinfo2().keepcost, kBlock);
#else
  GTEST_SKIP() << "not glibc";
#endif
}
