#include "core/io/PositionalWrite.h"

#include <cerrno>

#include <unistd.h>

namespace prodrome::core {

int writeFullyAt(int fd, const void* data, std::size_t size, off_t offset) {
  const auto* bytes = static_cast<const char*>(data);
  std::size_t written = 0;
  while (written < size) {
    const ssize_t n = ::pwrite(fd, bytes + written, size - written, offset + static_cast<off_t>(written));
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    if (n == 0) return ENOSPC;  // no progress and no error: nothing more will fit
    written += static_cast<std::size_t>(n);
  }
  return 0;
}

}  // namespace prodrome::core
