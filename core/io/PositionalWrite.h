#pragma once
// Writing a whole buffer at a file offset. pwrite(2) may write fewer bytes
// than asked (a disk filling up does exactly that, with errno untouched), so
// one call compared against the size reports "Success" for a full disk; this
// carries on until every byte is written or the system names the cause.

#include <cstddef>

#include <sys/types.h>

namespace prodrome::core {

// 0 when all `size` bytes of `data` are at `offset` of `fd`; otherwise the
// errno that stopped it (ENOSPC when the disk took no more).
int writeFullyAt(int fd, const void* data, std::size_t size, off_t offset);

}  // namespace prodrome::core
