#pragma once
// Which cached clips a pre-training run learns from: the paper's data
// configurations (+H, +Rodents(Y), +Rodents(N), +Rodents(Y/N),
// +Rodents(Y/N)+H) or any species × label choice.
//
//   H     human inter-ictal (normal) clips, as the paper's 1,870 human clips
//   RY    rodent seizure (ictal) clips
//   RN    rodent normal clips
//   RYN   RY + RN
//   RYNH  RYN + H (the paper's full method)
//   RYNHA RYN + every human clip of the split, whatever its label: with a
//         clip set of sliding windows over whole recordings, all the
//         unlabelled minutes of the training subjects

#include "core/pipeline/ClipCache.h"

#include <functional>
#include <string>
#include <vector>

namespace prodrome::core {

struct DataMix {
  std::vector<database::Species> species;   // empty: any
  std::vector<database::ClipLabel> labels;  // empty: any
  // Human clips only from this split (empty: any). Evaluation subjects must
  // stay unseen even by self-supervised pre-training; rodents are another
  // domain and are never evaluated.
  std::string humanSplit;
  // Per species, when given: overrides `labels` for that species.
  std::vector<std::pair<database::Species, std::vector<database::ClipLabel>>> perSpecies;

  bool accepts(const CachedClipInfo& clip) const;
};

// "H", "RY", "RN", "RYN", "RYNH" (case-insensitive); throws core::Error
// listing the names for anything else.
DataMix dataMixPreset(const std::string& name);
std::vector<std::string> dataMixPresetNames();

}  // namespace prodrome::core
