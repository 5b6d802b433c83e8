#include "core/exchange/RecordingLookup.h"

#include "core/exchange/TimeValue.h"

#include <charconv>
#include <filesystem>

namespace prodrome::core {

RecordingLookup::RecordingLookup(database::Database& database)
    : recordings_(database::RecordingStore(database).list()) {}

std::optional<database::Recording> RecordingLookup::find(std::string_view reference, std::string* error) const {
  const std::string_view ref = trimmed(reference);
  const auto fail = [&](const std::string& why) -> std::optional<database::Recording> {
    if (error) *error = why;
    return std::nullopt;
  };
  if (ref.empty()) return fail("the recording is empty");
  if (ref.find_first_not_of("0123456789") == std::string_view::npos) {
    std::int64_t id = 0;
    std::from_chars(ref.data(), ref.data() + ref.size(), id);
    for (const auto& r : recordings_)
      if (r.id == id) return r;
    return fail("unknown recording #" + std::string(ref));
  }
  for (const auto& r : recordings_)
    if (r.path == ref) return r;
  const std::string name = std::filesystem::path(std::string(ref)).filename().string();
  std::optional<database::Recording> match;
  int matches = 0;
  for (const auto& r : recordings_) {
    if (std::filesystem::path(r.path).filename().string() == name) {
      match = r;
      ++matches;
    }
  }
  if (matches > 1) {
    return fail("recording '" + std::string(ref) + "' is ambiguous: " + std::to_string(matches) +
                " recordings have the file name '" + name + "' (use the recording id)");
  }
  if (!match) return fail("unknown recording '" + std::string(ref) + "'");
  return match;
}

}  // namespace prodrome::core
