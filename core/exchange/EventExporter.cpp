#include "core/exchange/EventExporter.h"

#include "core/exchange/AtomicTextFile.h"
#include "core/exchange/CsvTable.h"
#include "core/exchange/EventTypeText.h"
#include "database/Database.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "database/Transaction.h"

#include <cstdio>
#include <map>

namespace prodrome::core {

namespace {

std::string seconds(std::int64_t frame, double fps) {
  char text[64];
  std::snprintf(text, sizeof text, "%.6f", fps > 0 ? static_cast<double>(frame) / fps : 0.0);
  return text;
}

int priority(database::EventKind kind) {
  switch (kind) {
    case database::EventKind::Seizure:
      return 3;
    case database::EventKind::Artifact:
      return 2;
    case database::EventKind::Other:
      return 1;
  }
  return 0;
}

}  // namespace

std::int64_t exportEventsCsv(database::Database& database, const std::filesystem::path& out) {
  // One read transaction: a consistent snapshot even while the GUI edits.
  database::Transaction snapshot(database, database::Transaction::Mode::Deferred);
  std::map<std::int64_t, database::Recording> recordings;
  for (auto& r : database::RecordingStore(database).list()) recordings[r.id] = r;
  const auto events = database::EventStore(database).list();
  snapshot.commit();

  std::string text =
      csvLine({"recording", "onset", "offset", "type", "onset_s", "offset_s", "id", "path", "annotator"});
  for (const auto& e : events) {
    const auto& r = recordings[e.recordingId];
    text +=
        csvLine({std::to_string(e.recordingId), std::to_string(e.onsetFrame),
                 e.offsetFrame ? std::to_string(*e.offsetFrame) : "", eventTypeText(e), seconds(e.onsetFrame, r.fps),
                 e.offsetFrame ? seconds(*e.offsetFrame, r.fps) : "", std::to_string(e.id), r.path, e.annotator});
  }
  AtomicTextFile file(out);
  file.write(text);
  file.commit();
  return static_cast<std::int64_t>(events.size());
}

std::int64_t exportFrameLabels(database::Database& database, const std::filesystem::path& out) {
  database::Transaction snapshot(database, database::Transaction::Mode::Deferred);
  const auto recordings = database::RecordingStore(database).list();
  database::EventStore eventStore(database);
  AtomicTextFile file(out);
  file.write(csvLine({"recording", "frame", "time_s", "label", "event_id"}));
  std::int64_t rows = 0;
  std::string chunk;
  for (const auto& r : recordings) {
    const std::int64_t n = r.frameCount;
    // Per frame: the winning event's index into `events`, -1 for none.
    const auto events = eventStore.listByRecording(r.id);
    std::vector<std::int32_t> winner(static_cast<std::size_t>(std::max<std::int64_t>(n, 0)), -1);
    for (std::size_t k = 0; k < events.size(); ++k) {
      const auto& e = events[k];
      const std::int64_t begin = std::max<std::int64_t>(e.onsetFrame, 0);
      const std::int64_t end = std::min(n, e.offsetFrame.value_or(e.onsetFrame + 1));
      for (std::int64_t f = begin; f < end; ++f) {
        auto& w = winner[static_cast<std::size_t>(f)];
        // Events come by onset, so on equal priority the earlier one stays.
        if (w < 0 || priority(events[static_cast<std::size_t>(w)].kind) < priority(e.kind))
          w = static_cast<std::int32_t>(k);
      }
    }
    const std::string id = std::to_string(r.id);
    for (std::int64_t f = 0; f < n; ++f) {
      const auto w = winner[static_cast<std::size_t>(f)];
      chunk += id;
      chunk += ',';
      chunk += std::to_string(f);
      chunk += ',';
      chunk += seconds(f, r.fps);
      chunk += ',';
      if (w < 0) {
        chunk += "normal,\n";
      } else {
        const auto& e = events[static_cast<std::size_t>(w)];
        chunk += database::toString(e.kind);
        chunk += ',';
        chunk += std::to_string(e.id);
        chunk += '\n';
      }
      ++rows;
      if (chunk.size() > (1 << 20)) {
        file.write(chunk);
        chunk.clear();
      }
    }
  }
  snapshot.commit();
  file.write(chunk);
  file.commit();
  return rows;
}

}  // namespace prodrome::core
