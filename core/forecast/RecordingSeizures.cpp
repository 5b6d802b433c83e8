#include "core/forecast/RecordingSeizures.h"

#include "core/clips/SeizureUnion.h"

#include <map>

namespace prodrome::core {

std::vector<database::Event> seizureEvents(database::Database& db, std::int64_t recordingId) {
  std::map<std::int64_t, database::Event> byId;
  std::vector<SeizureMark> marks;
  for (auto& e : database::EventStore(db).listByRecording(recordingId)) {
    if (e.kind != database::EventKind::Seizure) continue;
    marks.push_back({e.id, e.onsetFrame, e.offsetFrame});
    byId.emplace(e.id, std::move(e));
  }
  // Two raters' marks of one seizure count once: the earliest mark, spanning
  // them all.
  std::vector<database::Event> out;
  for (const SeizureMark& m : unionOfSeizures(std::move(marks))) {
    database::Event e = byId.at(m.id);
    e.offsetFrame = m.offset;
    out.push_back(std::move(e));
  }
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
