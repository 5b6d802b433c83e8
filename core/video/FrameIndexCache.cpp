#include "core/video/FrameIndexCache.h"

#include "core/io/AtomicFile.h"

#include <QStandardPaths>

#include <cstdlib>

namespace prodrome::core {

FrameIndexCache::FrameIndexCache(std::filesystem::path directory)
    : dir_(directory.empty() ? defaultDirectory() : std::move(directory)) {}

std::filesystem::path FrameIndexCache::defaultDirectory() {
  if (const char* env = std::getenv("PRODROME_CACHE_DIR"); env && *env) {
    return std::filesystem::path(env) / "frame-index";
  }
  // GenericCacheLocation does not depend on QCoreApplication's name, so the
  // CLI, the GUI and the tests share one cache.
  const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
  if (base.isEmpty()) return std::filesystem::temp_directory_path() / "prodrome" / "frame-index";
  return std::filesystem::path(base.toStdString()) / "prodrome" / "frame-index";
}

std::filesystem::path FrameIndexCache::fileFor(const std::string& fingerprint) const {
  return dir_ / (fingerprint + ".idx");
}

std::optional<FrameIndex> FrameIndexCache::load(const std::string& fingerprint) const {
  std::error_code ec;
  const auto file = fileFor(fingerprint);
  if (!std::filesystem::is_regular_file(file, ec)) return std::nullopt;
  try {
    return FrameIndex::deserialize(readWholeFile(file));
  } catch (const std::exception&) {
    std::filesystem::remove(file, ec);  // damaged: rebuild next time
    return std::nullopt;
  }
}

bool FrameIndexCache::store(const std::string& fingerprint, const FrameIndex& index) const {
  try {
    std::filesystem::create_directories(dir_);
    writeFileAtomically(fileFor(fingerprint), index.serialize());
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace prodrome::core
