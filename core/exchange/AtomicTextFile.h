#pragma once
// A text file written in pieces that appears under its name only when
// complete: written beside it under a temporary name, fsynced, renamed over
// the target (replaceFileAtomically). For exports too large to build in
// memory first (a per-frame table of a night of video); small files use
// writeFileAtomically directly.

#include <cstdio>
#include <filesystem>
#include <string_view>

namespace prodrome::core {

class AtomicTextFile {
 public:
  explicit AtomicTextFile(const std::filesystem::path& path);  // throws IoError
  ~AtomicTextFile();                                           // without commit(): the temporary file is removed
  AtomicTextFile(const AtomicTextFile&) = delete;
  AtomicTextFile& operator=(const AtomicTextFile&) = delete;

  void write(std::string_view text);  // throws IoError
  void commit();                      // flush, fsync, rename; throws IoError

 private:
  std::filesystem::path path_;
  std::filesystem::path temporary_;
  std::FILE* file_ = nullptr;
};

}  // namespace prodrome::core
