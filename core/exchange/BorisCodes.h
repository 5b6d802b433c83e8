#pragma once
// How Prodrome's events and BORIS's behaviours name each other, in one place
// for the importer and the exporter, so that an exported project imports back
// to the same events.
//
// Behaviours: a BORIS ethogram codes everything an animal does (walking,
// grooming, a seizure), and states of different behaviours overlap freely;
// one annotator's seizures may not (EventStore). Which behaviours are
// seizures, in this order: those named by the import (--seizures); else,
// where the ethogram puts behaviours in the category "seizure", those; else
// every behaviour but those in the category "artifact" or "other". A seizure's type is its code ("seizure" is a seizure of
// unspecified type: BORIS needs a code). Any other behaviour is an artifact
// when its code or category says "artifact", else an 'other' event whose type
// keeps the code. The exporter writes the categories, so that what it writes
// imports back to the same kinds.
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

#include "database/EventStore.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace prodrome::core {

inline constexpr std::string_view kBorisUnspecifiedSeizure = "seizure";
inline constexpr std::string_view kBorisAnnotatorVariable = "annotator";
inline constexpr std::string_view kBorisSeizureCategory = "seizure";
inline constexpr std::string_view kBorisArtifactCategory = "artifact";
inline constexpr std::string_view kBorisOtherCategory = "other";

inline std::string lowerCase(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower;
}

class BorisBehaviours {
 public:
  // `categories`: code -> category of the project's ethogram; `seizures`:
  // the codes the user named (empty: not named).
  BorisBehaviours(std::map<std::string, std::string> categories, std::set<std::string> seizures)
      : categories_(std::move(categories)), seizures_(std::move(seizures)) {
    if (seizures_.empty()) {
      for (const auto& [code, category] : categories_)
        if (lowerCase(category) == kBorisSeizureCategory) seizures_.insert(code);
    }
  }

  void apply(const std::string& code, database::Event& event) const {
    const auto category = categories_.find(code);
    const std::string lowerCategory = category == categories_.end() ? "" : lowerCase(category->second);
    const bool seizure = seizures_.empty() ? lowerCategory != kBorisArtifactCategory && lowerCategory != kBorisOtherCategory
                                           : seizures_.count(code) > 0;
    event.seizureType.clear();
    if (seizure && lowerCase(code) != "artifact" && lowerCase(code) != "other") {
      event.kind = database::EventKind::Seizure;
      if (lowerCase(code) != kBorisUnspecifiedSeizure) event.seizureType = code;
    } else if (lowerCase(code) == "artifact" || lowerCategory == kBorisArtifactCategory) {
      event.kind = database::EventKind::Artifact;
    } else {
      event.kind = database::EventKind::Other;
      if (lowerCase(code) != "other") event.seizureType = code;
    }
  }

  // What the exporter writes for `event`: {code, category}.
  static std::pair<std::string, std::string> codeOf(const database::Event& event) {
    switch (event.kind) {
      case database::EventKind::Seizure:
        return {event.seizureType.empty() ? std::string(kBorisUnspecifiedSeizure) : event.seizureType,
                std::string(kBorisSeizureCategory)};
      case database::EventKind::Artifact:
        return {"artifact", std::string(kBorisArtifactCategory)};
      case database::EventKind::Other:
        break;
    }
    return {event.seizureType.empty() ? std::string("other") : event.seizureType, std::string(kBorisOtherCategory)};
  }

 private:
  std::map<std::string, std::string> categories_;
  std::set<std::string> seizures_;
};

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
