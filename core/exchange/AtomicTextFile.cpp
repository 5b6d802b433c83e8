#include "core/exchange/AtomicTextFile.h"

#include "core/Error.h"
#include "core/io/AtomicFile.h"

#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <random>

namespace prodrome::core {

namespace {

std::string cause() { return std::strerror(errno); }

}  // namespace

AtomicTextFile::AtomicTextFile(const std::filesystem::path& path) : path_(path) {
  std::random_device random;
  temporary_ = path;
  temporary_ += ".tmp-" + std::to_string(random());
  file_ = std::fopen(temporary_.c_str(), "wbx");
  if (!file_) throw IoError("cannot write '" + path.string() + "': " + cause());
}

AtomicTextFile::~AtomicTextFile() {
  if (file_) {
    std::fclose(file_);
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
  }
}

void AtomicTextFile::write(std::string_view text) {
  if (std::fwrite(text.data(), 1, text.size(), file_) != text.size())
    throw IoError("cannot write '" + path_.string() + "': " + cause());
}

void AtomicTextFile::commit() {
  if (std::fflush(file_) != 0 || ::fsync(fileno(file_)) != 0)
    throw IoError("cannot write '" + path_.string() + "': " + cause());
  const int rc = std::fclose(file_);
  file_ = nullptr;
  if (rc != 0) {
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
    throw IoError("cannot write '" + path_.string() + "': " + cause());
  }
  try {
    replaceFileAtomically(temporary_, path_);
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
    throw;
  }
}

}  // namespace prodrome::core
