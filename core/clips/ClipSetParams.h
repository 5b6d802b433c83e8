#pragma once

#include "database/SubjectStore.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prodrome::core {

using database::Species;

// The inter-ictal gap design.md §5 prescribes when none is given: rodents
// seize often and briefly (60 s), human EMU patients rarely (30 min).
double defaultInterIctalGapSeconds(Species species);

// Everything that decides which windows a clip set holds. Together with the
// recordings and events it determines the set exactly; it is stored with the
// set as JSON (toJson) so that the set can be rebuilt and audited.
//
// All durations are in seconds and become frames per recording through
// FrameRate::framesFor (nearest frame, halves up).
struct ClipSetParams {
  double clipSeconds = 5;          // L, 3..10
  double horizonSeconds = 5;       // H: a pre-ictal clip ends at most H before the onset
  double strideSeconds = 1;        // step between pre-ictal window ends and ictal window starts
  double normalStrideSeconds = 0;  // step between normal window starts; 0: the clip length (tiles)
  double postIctalSeconds = 60;    // after a seizure's offset, no pre-ictal window may start
  double humanGapSeconds = defaultInterIctalGapSeconds(Species::Human);
  double rodentGapSeconds = defaultInterIctalGapSeconds(Species::Rodent);

  bool buildPreictal = true;
  bool buildNormal = true;
  bool buildIctal = false;
  // Normal windows must not overlap an artifact or "other" event: the
  // annotator marked those moments as unusual, and the normal class stands
  // for ordinary behaviour. Pre-ictal and ictal windows ignore them.
  bool artifactsExcludeNormals = true;

  // Caps, 0 meaning none; what is kept is drawn uniformly with the seed.
  int maxPreictalPerSeizure = 0;
  int maxIctalPerSeizure = 0;
  int maxNormalPerRecording = 0;
  // After the per-recording cap: keep at most this many normal windows per
  // pre-ictal window over the whole set (1 balances the classes).
  double normalPerPreictal = 0;

  std::int64_t seed = 0;

  // Only recordings whose subject is of this species; none: every recording.
  // A forecaster is trained and evaluated on one species (design.md §5), and
  // a project may hold both, so the set itself says which it is drawn from.
  std::optional<Species> species;
  // Only recordings of these subjects (their codes); empty: every subject.
  // Written only when set, so a set without it reads as before. With
  // `species`, a recording must pass both.
  std::vector<std::string> subjects;

  // Whether a recording of this subject belongs to the set (species and subject filters).
  bool includes(Species subjectSpecies, const std::string& subjectCode) const;
  double gapSeconds(Species species) const { return species == Species::Human ? humanGapSeconds : rodentGapSeconds; }
  double effectiveNormalStrideSeconds() const { return normalStrideSeconds > 0 ? normalStrideSeconds : clipSeconds; }

  // Throws core::Error naming the first bad field and its allowed range.
  void validate() const;

  // Compact JSON object with every field (the seed as a JSON integer, exact
  // for all 64-bit values), and "version": 1. "species" ("human" or "rodent")
  // and "subjects" (an array of codes) are written only when set, so a set
  // without them reads as before.
  std::string toJson() const;
  // Missing fields keep their defaults; unknown fields, wrong types, a
  // version other than 1 and invalid values are errors (core::Error).
  static ClipSetParams fromJson(std::string_view json);
};

}  // namespace prodrome::core
