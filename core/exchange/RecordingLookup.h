#pragma once
// Finds the project recording an imported line refers to: by id (digits
// only), by the path as stored, or by the file name of the stored path. A
// file name that several recordings share is ambiguous and refused, never
// guessed.

#include "database/RecordingStore.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prodrome::core {

class RecordingLookup {
 public:
  explicit RecordingLookup(database::Database& database);

  // nullopt with `error` naming why (unknown, ambiguous).
  std::optional<database::Recording> find(std::string_view reference, std::string* error) const;

 private:
  std::vector<database::Recording> recordings_;
};

}  // namespace prodrome::core
