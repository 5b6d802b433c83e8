#pragma once
// A hidden folder inside an output folder where an all-or-nothing export
// writes its files before moving them into place. It is removed with
// whatever it still holds when the object goes (an exception passing, a
// cancel). A process killed midway cannot remove its own, so each staging
// folder is flock(2)ed by its maker for as long as it exists, and making one
// first removes every unlocked staging folder beside it: the leftovers of
// exports whose processes died, never one that another export is filling.

#include <filesystem>
#include <string>

namespace prodrome::core {

class StagingFolder {
 public:
  // Names starting with this are staging folders (the sweep's only targets).
  static constexpr const char* kPrefix = ".prodrome-export-";

  // Throws core::IoError naming the folder when it cannot be made or locked.
  explicit StagingFolder(const std::filesystem::path& parent);
  ~StagingFolder();
  StagingFolder(const StagingFolder&) = delete;
  StagingFolder& operator=(const StagingFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Renames `name` from the staging folder into `dir` (same file system).
  void moveInto(const std::string& name, const std::filesystem::path& dir) const;

  // Removes the staging folders in `parent` that no live process holds;
  // returns how many. Called by the constructor; public for tests and tools.
  static int removeAbandoned(const std::filesystem::path& parent);

 private:
  std::filesystem::path path_;
  int fd_ = -1;  // the folder, opened and locked
};

}  // namespace prodrome::core
