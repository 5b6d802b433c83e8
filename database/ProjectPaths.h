#pragma once
// How a project stores the paths of its files (videos, model weights):
// relative to the project file's folder when they lie in it or below it,
// absolute otherwise (issue 16 §8). A project folder copied to a GPU server
// or a colleague's machine then opens with its videos and models found;
// files elsewhere keep their absolute path and are re-linked by content
// fingerprint as before. Older projects' absolute paths read as they are.
//
// The stores convert at their boundary: callers always give and get paths
// that can be opened as they are (absolute, or as given when the project has
// no file, e.g. in memory).

#include <string>
#include <string_view>

namespace prodrome::database {

class Database;

class ProjectPaths {
 public:
  explicit ProjectPaths(const Database& database);

  // The form to store: relative (generic separators) inside the project's
  // folder, else absolute and lexically normal.
  std::string toStored(std::string_view path) const;
  // The form to open: a stored relative path resolved against the folder.
  std::string toOpenable(std::string_view stored) const;

 private:
  std::string folder_;  // absolute, normal; empty when the project has no file
};

}  // namespace prodrome::database
