#include "database/ProjectPaths.h"

#include "database/Database.h"

#include <filesystem>
#include <system_error>

namespace prodrome::database {

namespace fs = std::filesystem;

ProjectPaths::ProjectPaths(const Database& database) {
  if (!database.hasFile()) return;
  const fs::path& file = database.path();
  std::error_code error;
  const fs::path absolute = fs::absolute(file, error);
  if (!error) folder_ = absolute.lexically_normal().parent_path().string();
}

std::string ProjectPaths::toStored(std::string_view path) const {
  if (path.empty() || folder_.empty()) return std::string(path);
  std::error_code error;
  fs::path absolute = fs::absolute(fs::path(path), error);
  if (error) return std::string(path);
  absolute = absolute.lexically_normal();
  const fs::path relative = absolute.lexically_relative(folder_);
  if (relative.empty() || *relative.begin() == "..") return absolute.string();
  return relative.generic_string();
}

std::string ProjectPaths::toOpenable(std::string_view stored) const {
  const fs::path path(stored);
  if (stored.empty() || folder_.empty() || path.is_absolute()) return std::string(stored);
  return (fs::path(folder_) / path).lexically_normal().string();
}

}  // namespace prodrome::database
