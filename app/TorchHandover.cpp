// prodrome hands what needs LibTorch (training, forecasting, models, the
// demo, the GUI) to prodrome-torch by replacing itself with it (execv): the
// process id, arguments, environment and open streams stay, so a caller
// that waits for, signals or reads `prodrome` sees one program.

#include "app/Command.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>

namespace prodrome::app {

namespace {

// prodrome-torch beside this binary (the build tree), else where the
// package installs it relative to bin/.
std::filesystem::path torchBinary() {
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  const auto dir = error ? std::filesystem::path(".") : self.parent_path();
  for (const auto& candidate : {dir / "prodrome-torch", (dir / PRODROME_TORCH_FROM_BIN).lexically_normal()})
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  return (dir / PRODROME_TORCH_FROM_BIN).lexically_normal();
}

}  // namespace

int handOverToTorch(char** argv) {
  const auto binary = torchBinary();
  std::fflush(nullptr);
  ::execv(binary.c_str(), argv);
  const int error = errno;  // execv returns only when it failed
  std::fprintf(stderr, "prodrome: cannot start '%s', which runs this command: %s (reinstall prodrome)\n",
               binary.c_str(), std::strerror(error));
  return kExitFailure;
}

}  // namespace prodrome::app
