#include "core/pipeline/DataMix.h"

#include "core/Error.h"

#include <QString>
#include <algorithm>

namespace prodrome::core {

using database::ClipLabel;
using database::Species;

bool DataMix::accepts(const CachedClipInfo& clip) const {
  if (!humanSplit.empty() && clip.species == Species::Human && clip.split != humanSplit) return false;
  if (!species.empty() && std::find(species.begin(), species.end(), clip.species) == species.end()) return false;
  const std::vector<ClipLabel>* allowed = &labels;
  for (const auto& [s, l] : perSpecies)
    if (s == clip.species) allowed = &l;
  return allowed->empty() || std::find(allowed->begin(), allowed->end(), clip.label) != allowed->end();
}

std::vector<std::string> dataMixPresetNames() { return {"H", "RY", "RN", "RYN", "RYNH", "RYNHA"}; }

DataMix dataMixPreset(const std::string& nameIn) {
  const std::string name = QString::fromStdString(nameIn).toUpper().toStdString();
  DataMix mix;
  const std::vector<ClipLabel> humanLabels = {ClipLabel::Normal};
  if (name == "H") {
    mix.species = {Species::Human};
    mix.labels = humanLabels;
  } else if (name == "RY") {
    mix.species = {Species::Rodent};
    mix.labels = {ClipLabel::Ictal};
  } else if (name == "RN") {
    mix.species = {Species::Rodent};
    mix.labels = {ClipLabel::Normal};
  } else if (name == "RYN") {
    mix.species = {Species::Rodent};
    mix.labels = {ClipLabel::Ictal, ClipLabel::Normal};
  } else if (name == "RYNH") {
    mix.perSpecies = {{Species::Rodent, {ClipLabel::Ictal, ClipLabel::Normal}}, {Species::Human, humanLabels}};
  } else if (name == "RYNHA") {
    // Self-supervision needs no labels: every human window of the training
    // subjects (the clip set decides which windows exist) joins the rodents.
    mix.perSpecies = {{Species::Rodent, {ClipLabel::Ictal, ClipLabel::Normal}}, {Species::Human, {}}};
  } else {
    throw Error("unknown data mix '" + nameIn + "' (known: H, RY, RN, RYN, RYNH, RYNHA)");
  }
  return mix;
}

}  // namespace prodrome::core
