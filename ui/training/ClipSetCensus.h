#pragma once
// How many pre-ictal and normal clips a clip set holds, by species and split:
// what the fine-tuning dialog needs to start from a set it can train on, to
// take the species from the set, and to warn before a start whose training
// or validation split holds no clip of the chosen species (issue 16: it
// defaulted to a set without pre-ictal clips, and to "human" for a rodent set).

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <tuple>

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

class ClipSetCensus {
 public:
  ClipSetCensus() = default;
  ClipSetCensus(database::Database& db, std::int64_t clipSetId);

  // Pre-ictal (preictal true) or normal clips of `species` ("human",
  // "rodent"; empty: any) in `split` (empty: any).
  int count(bool preictal, const QString& species = {}, const QString& split = {}) const;
  // Pre-ictal and normal clips together, as fine-tuning selects them.
  int forecastingClips(const QString& species, const QString& split) const;
  // Whether the set has both labels for `species` (empty: any).
  bool canTrain(const QString& species = {}) const;
  // The species the set can train, in a fixed order (human, rodent).
  QStringList trainableSpecies() const;

 private:
  std::map<std::tuple<QString, QString, bool>, int> counts_;  // (species, split, pre-ictal) → clips
};

}  // namespace prodrome::ui
