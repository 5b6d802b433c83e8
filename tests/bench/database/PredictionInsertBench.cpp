// Inserts 10^6 prediction rows through PredictionStore::addAll (one
// transaction, one reused prepared statement, the project's real settings:
// WAL, synchronous=FULL, foreign keys on) and reports rows/s against the
// 500,000 rows/s target. The figure includes the commit's fsync and the
// WAL checkpoint that follows it, because a user waits for both.
//
// Usage: bench_database [DIRECTORY] [ROWS]   (default: the temp directory, 10^6)

#include "database/PredictionStore.h"
#include "database/RecordingStore.h"
#include "database/RunStore.h"
#include "database/Schema.h"
#include "database/SubjectStore.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

using namespace prodrome::database;

namespace {

constexpr double kTargetRowsPerSecond = 500000.0;
constexpr int kRepeats = 3;

double insertOnce(const std::filesystem::path& file, std::int64_t rows) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + suffix);
  Database database = openProject(file);
  const std::int64_t subject = SubjectStore(database).add(Subject{0, "bench", Species::Human, ""});

  // A forecast over 50 one-hour recordings at 30 fps, one window per second.
  constexpr int kRecordings = 50;
  std::vector<std::int64_t> recordings;
  for (int i = 0; i < kRecordings; ++i) {
    Recording recording{.id = 0,
                        .subjectId = subject,
                        .path = "/bench/" + std::to_string(i) + ".mp4",
                        .fingerprint = "bench-" + std::to_string(i),
                        .fps = 30,
                        .frameCount = 108000,
                        .width = 1280,
                        .height = 720,
                        .startTime = std::nullopt,
                        .camera = ""};
    recordings.push_back(RecordingStore(database).add(recording));
  }
  const std::int64_t run = RunStore(database).add(RunKind::Forecast, "{}");

  std::vector<Prediction> predictions;
  predictions.reserve(static_cast<std::size_t>(rows));
  const std::int64_t perRecording = (rows + kRecordings - 1) / kRecordings;
  for (std::int64_t i = 0; i < rows; ++i) {
    const std::int64_t window = i % perRecording;
    predictions.push_back(Prediction{run, recordings[static_cast<std::size_t>(i / perRecording)], 150 + window * 30,
                                     static_cast<double>((i * 2654435761u) % 1000) / 1000.0});
  }

  const auto start = std::chrono::steady_clock::now();
  PredictionStore(database).addAll(predictions);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (PredictionStore(database).countByRun(run) != rows) {
    std::fprintf(stderr, "row count mismatch\n");
    std::exit(1);
  }
  return seconds;
}

}  // namespace

int main(int argc, char** argv) {
  const std::filesystem::path directory = argc > 1 ? argv[1] : std::filesystem::temp_directory_path();
  const std::int64_t rows = argc > 2 ? std::atoll(argv[2]) : 1000000;
  const std::filesystem::path file = directory / ("prodrome-bench-" + std::to_string(getpid()) + ".prodrome");

  std::vector<double> times;
  for (int i = 0; i < kRepeats; ++i) times.push_back(insertOnce(file, rows));
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + suffix);

  std::sort(times.begin(), times.end());
  const double median = times[times.size() / 2];
  const double rate = static_cast<double>(rows) / median;
  std::printf("prediction insert: %lld rows in %.3f s (median of %d; best %.3f s)\n", static_cast<long long>(rows),
              median, kRepeats, times.front());
  std::printf("prediction insert: %.0f rows/s, %.2fx the %.0f rows/s target\n", rate, rate / kTargetRowsPerSecond,
              kTargetRowsPerSecond);
  return 0;
}
