#pragma once
// On-disk cache of frame indexes, keyed by content fingerprint, under the
// user's cache directory (or $PRODROME_CACHE_DIR). A missing, stale or
// damaged entry is never an error: the caller rebuilds and stores it again.

#include "core/video/FrameIndex.h"

#include <filesystem>
#include <optional>
#include <string>

namespace prodrome::core {

class FrameIndexCache {
 public:
  // An empty `directory` means the default location.
  explicit FrameIndexCache(std::filesystem::path directory = {});

  static std::filesystem::path defaultDirectory();

  const std::filesystem::path& directory() const { return dir_; }
  std::optional<FrameIndex> load(const std::string& fingerprint) const;
  // Best effort: a full disk or a read-only cache loses only speed.
  bool store(const std::string& fingerprint, const FrameIndex& index) const;

 private:
  std::filesystem::path fileFor(const std::string& fingerprint) const;
  std::filesystem::path dir_;
};

}  // namespace prodrome::core
