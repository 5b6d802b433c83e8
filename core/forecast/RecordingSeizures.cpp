#include "core/forecast/RecordingSeizures.h"

namespace prodrome::core {

std::vector<database::Event> seizureEvents(database::Database& db, std::int64_t recordingId) {
  std::vector<database::Event> out;
  for (auto& e : database::EventStore(db).listByRecording(recordingId))
    if (e.kind == database::EventKind::Seizure) out.push_back(std::move(e));
  return out;
}

std::vector<SeizureInterval> seizureIntervals(const std::vector<database::Event>& seizures) {
  std::vector<SeizureInterval> out;
  out.reserve(seizures.size());
  for (const auto& e : seizures) out.push_back({e.onsetFrame, e.offsetFrame});
  return out;
}

std::vector<SeizureInterval> seizuresOf(database::Database& db, std::int64_t recordingId) {
  return seizureIntervals(seizureEvents(db, recordingId));
}

}  // namespace prodrome::core
