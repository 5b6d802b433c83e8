#pragma once
// How Prodrome's events and BORIS's behaviours name each other, in one place
// for the importer and the exporter, so that an exported project imports back
// to the same events.
//
// Behaviour code: the event's type text (EventTypeText.h); a seizure of
// unspecified type is the code "seizure" (BORIS needs a code).
//
// Subjects: BORIS codes several animals of one cage in one observation (its
// "subjects"). Their seizures may overlap, and one annotator's may not
// (EventStore), so each BORIS subject's events are kept apart as their own
// interval stream under the annotator "NAME/SUBJECT" ("boris/mouse 2"); events
// of no focal subject keep "NAME". The timeline shows each stream as a lane.
// The exporter splits the annotator at its last '/' again.
//
// The annotator: an observation's independent variable "annotator" (BORIS's
// own per-observation field, which the exporter writes) names whose marks
// they are; without it the importer's --annotator does.

#include "core/exchange/EventTypeText.h"

#include <string>
#include <string_view>
#include <utility>

namespace prodrome::core {

inline constexpr std::string_view kBorisUnspecifiedSeizure = "seizure";
inline constexpr std::string_view kBorisAnnotatorVariable = "annotator";

inline void applyBorisCode(std::string_view code, database::Event& event) {
  std::string lower(code);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  if (lower == kBorisUnspecifiedSeizure) {
    event.kind = database::EventKind::Seizure;
    event.seizureType.clear();
  } else {
    applyEventType(code, event);
  }
}

inline std::string borisCodeOf(const database::Event& event) {
  const std::string text = eventTypeText(event);
  return text.empty() ? std::string(kBorisUnspecifiedSeizure) : text;
}

inline std::string borisStreamAnnotator(const std::string& annotator, const std::string& subject) {
  return subject.empty() ? annotator : annotator + "/" + subject;
}

// {annotator, subject}: the inverse of borisStreamAnnotator.
inline std::pair<std::string, std::string> splitBorisStream(const std::string& annotator) {
  const auto slash = annotator.rfind('/');
  if (slash == std::string::npos) return {annotator, {}};
  return {annotator.substr(0, slash), annotator.substr(slash + 1)};
}

}  // namespace prodrome::core
