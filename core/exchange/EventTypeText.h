#pragma once
// The "type" text of imported and exported events. "artifact" and "other"
// (any case) name those kinds; any other text is a seizure of that type (an
// empty type is a seizure of unspecified type). Export writes the inverse,
// so an exported file imports back to the same events.

#include "database/EventStore.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace prodrome::core {

inline void applyEventType(std::string_view type, database::Event& event) {
  std::string lower(type);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  if (lower == "artifact") {
    event.kind = database::EventKind::Artifact;
  } else if (lower == "other") {
    event.kind = database::EventKind::Other;
  } else {
    event.kind = database::EventKind::Seizure;
    event.seizureType = std::string(type);
  }
}

inline std::string eventTypeText(const database::Event& event) {
  return event.kind == database::EventKind::Seizure ? event.seizureType : std::string(database::toString(event.kind));
}

}  // namespace prodrome::core
