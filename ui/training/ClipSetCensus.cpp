#include "ui/training/ClipSetCensus.h"

#include "database/ClipStore.h"
#include "database/RecordingStore.h"
#include "database/SubjectStore.h"

namespace prodrome::ui {

ClipSetCensus::ClipSetCensus(database::Database& db, std::int64_t clipSetId) {
  std::map<std::int64_t, QString> speciesOfSubject;
  for (const auto& s : database::SubjectStore(db).list())
    speciesOfSubject[s.id] = QString::fromUtf8(database::toString(s.species).data());
  std::map<std::int64_t, QString> speciesOfRecording;
  for (const auto& r : database::RecordingStore(db).list()) speciesOfRecording[r.id] = speciesOfSubject[r.subjectId];
  for (const auto& c : database::ClipStore(db).listBySet(clipSetId)) {
    // Ictal clips are not forecasting data (core's forecastingLabel).
    if (c.label == database::ClipLabel::Ictal) continue;
    ++counts_[{speciesOfRecording[c.recordingId], QString::fromStdString(c.split),
               c.label == database::ClipLabel::Preictal}];
  }
}

int ClipSetCensus::count(bool preictal, const QString& species, const QString& split) const {
  int n = 0;
  for (const auto& [key, clips] : counts_) {
    const auto& [s, sp, pre] = key;
    if (pre == preictal && (species.isEmpty() || s == species) && (split.isEmpty() || sp == split)) n += clips;
  }
  return n;
}

int ClipSetCensus::forecastingClips(const QString& species, const QString& split) const {
  return count(true, species, split) + count(false, species, split);
}

bool ClipSetCensus::canTrain(const QString& species) const {
  return count(true, species) > 0 && count(false, species) > 0;
}

QStringList ClipSetCensus::trainableSpecies() const {
  QStringList out;
  for (const QString& s : {QStringLiteral("human"), QStringLiteral("rodent")})
    if (canTrain(s)) out << s;
  return out;
}

}  // namespace prodrome::ui
