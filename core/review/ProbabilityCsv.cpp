#include "core/review/ProbabilityCsv.h"

#include "core/exchange/AtomicTextFile.h"
#include "database/Database.h"
#include "database/PredictionStore.h"
#include "database/RecordingStore.h"

#include <charconv>
#include <cstdio>
#include <string_view>

namespace prodrome::core {

std::int64_t writeProbabilitiesCsv(database::Database& db, const ForecastRunInfo& run,
                                   const std::filesystem::path& path) {
  AtomicTextFile file(path);
  file.write("recording,window_end_frame,window_end_seconds,probability,motion_baseline_probability\n");
  database::PredictionStore predictions(db);
  database::RecordingStore recordings(db);
  std::int64_t rows = 0;
  char buffer[160];  // two integers, the seconds and two shortest doubles fit with room to spare
  for (const std::int64_t recordingId : run.recordings) {
    const auto recording = recordings.find(recordingId);
    if (!recording) continue;  // deleted since the run: nothing to export
    for (const auto& p : predictions.listByRunAndRecording(run.runId, recordingId)) {
      // Seconds to the microsecond; the probability in the shortest form
      // that reads back as the same double.
      int n = std::snprintf(buffer, sizeof buffer, "%lld,%lld,%.6f,", static_cast<long long>(recordingId),
                            static_cast<long long>(p.windowEndFrame), p.windowEndFrame / recording->fps);
      char* end = std::to_chars(buffer + n, buffer + sizeof buffer - 2, p.probability).ptr;
      *end++ = ',';
      if (p.motionBaselineProbability)
        end = std::to_chars(end, buffer + sizeof buffer - 1, *p.motionBaselineProbability).ptr;
      *end = '\n';
      file.write(std::string_view(buffer, static_cast<std::size_t>(end + 1 - buffer)));
      ++rows;
    }
  }
  file.commit();
  return rows;
}

}  // namespace prodrome::core
