#include "core/synth/SynthProject.h"

#include "core/Error.h"
#include "core/Progress.h"
#include "core/exchange/RecordingImporter.h"
#include "core/synth/RecordingRenderer.h"
#include "core/synth/SynthVideo.h"
#include "core/video/VideoSource.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "database/SubjectStore.h"
#include "database/Transaction.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>

namespace prodrome::core::synth {

namespace {

Species parseSpecies(const std::string& text) {
  if (text == "rodent") return Species::Rodent;
  if (text == "human") return Species::Human;
  throw Error("unknown synthetic species '" + text + "' (use rodent or human)");
}

RecordingSpec specFor(const SynthOptions& o, int index) {
  RecordingSpec spec;
  spec.species = parseSpecies(o.species);
  spec.width = o.width;
  spec.height = o.height;
  spec.fps = o.fps;
  spec.seconds = o.minutes * 60.0;
  spec.seizures = o.seizures;
  spec.difficulty = o.difficulty;
  spec.seed = synthSubjectSeed(o, index);
  return spec;
}

void validate(const SynthOptions& o) {
  parseSpecies(o.species);
  if (o.subjects < 1 || o.subjects > 999) throw Error("synthetic subjects must be 1 to 999");
  if (!(o.minutes > 0) || o.minutes > 24 * 60)
    throw Error("synthetic recording length must be above 0 and at most 24 h");
  if (o.seizures < 0 || o.seizures > 1000) throw Error("synthetic seizures per recording must be 0 to 1000");
  if (o.outputDir.empty()) throw Error("no output folder for the synthetic videos");
  checkRecordingSpec(specFor(o, 0));
}

// A recording's video, made on a worker thread and stored from the caller's.
struct MadeVideo {
  std::unique_ptr<RecordingRenderer> renderer;  // its schedule and camera, for the rows
  bool finished = false;
};

}  // namespace

std::string synthSubjectCode(const SynthOptions& options, int index) {
  const std::string prefix = options.subjectPrefix.empty()
                                 ? "synth-" + options.species + "-s" + std::to_string(options.seed) + "-"
                                 : options.subjectPrefix;
  char number[16];
  std::snprintf(number, sizeof number, "%02d", index + 1);
  return prefix + number;
}

Schedule synthSchedule(const SynthOptions& options, int index) {
  // As RecordingRenderer draws it: the subject seed's first fork.
  const RecordingSpec spec = specFor(options, index);
  return makeSchedule(spec.species, spec.seconds, spec.fps, spec.seizures, DifficultyModel{spec.difficulty},
                      SynthRandom(spec.seed).fork(1));
}

std::uint64_t synthSubjectSeed(const SynthOptions& options, int index) {
  // Species enters the seed so a rodent and a human set of one seed differ.
  const std::uint64_t species = options.species == "human" ? 0x68756d616eULL : 0x726f64656eULL;
  return SynthRandom::mix(options.seed ^ SynthRandom::mix(species + static_cast<std::uint64_t>(index) * 0x9e37ULL));
}

namespace {

// Stores one finished recording's subject, recording and events in one
// transaction; on failure the rows roll back and the video is removed.
SynthRecording storeRecording(database::Database& db, const SynthOptions& options, int i, Species species,
                              const RecordingRenderer& renderer, const std::filesystem::path& video) {
  const std::string code = synthSubjectCode(options, i);
  database::SubjectStore subjectStore(db);
  SynthRecording out;
  out.subjectCode = code;
  out.video = video;
  out.camera = renderer.cameraName();
  try {
    database::Transaction transaction(db);
    const AddedRecording added = addRecording(db, video, code, species);
    if (added.frameCount != renderer.frameCount()) {
      throw Error("synthetic video '" + video.string() + "' holds " + std::to_string(added.frameCount) +
                  " frames, not the " + std::to_string(renderer.frameCount()) + " rendered");
    }
    std::ostringstream notes;
    notes << "synthetic " << options.species << " (seed " << options.seed << ", subject " << i + 1 << ", difficulty "
          << options.difficulty << ", " << out.camera << " view)";
    auto subject = subjectStore.find(added.subjectId);
    subject->notes = notes.str();
    subjectStore.update(*subject);
    database::RecordingStore recordings(db);
    auto recording = recordings.find(added.recordingId);
    recording->camera = "synthetic " + out.camera;
    recordings.update(*recording);
    database::EventStore events(db);
    for (const PlannedSeizure& p : renderer.schedule().seizures) {
      database::Event e;
      e.recordingId = added.recordingId;
      e.onsetFrame = p.onset;
      e.offsetFrame = p.offset;
      e.kind = database::EventKind::Seizure;
      e.seizureType = p.type;
      e.annotator = "synth";
      e.confidence = 1.0;
      events.add(e);
      out.seizures.emplace_back(p.onset, p.offset);
      out.seizureTypes.push_back(p.type);
    }
    transaction.commit();
    out.subjectId = added.subjectId;
    out.recordingId = added.recordingId;
    out.frameCount = added.frameCount;
    out.schedule = renderer.schedule();
  } catch (...) {
    // The rows rolled back; the video would be an orphan.
    std::error_code ec;
    std::filesystem::remove(video, ec);
    throw;
  }
  return out;
}

}  // namespace

SynthSummary synthesize(database::Database& db, const SynthOptions& options,
                        const std::function<void(double fraction)>& progress, const std::atomic<bool>* cancel) {
  const auto started = std::chrono::steady_clock::now();
  validate(options);
  const Species species = parseSpecies(options.species);

  // Refuse before any work: every schedule must fit, every code be new.
  database::SubjectStore subjectStore(db);
  std::vector<Schedule> schedules;
  std::int64_t totalFrames = 0;
  for (int i = 0; i < options.subjects; ++i) {
    const std::string code = synthSubjectCode(options, i);
    if (subjectStore.findByCode(code)) {
      throw Error("subject '" + code + "' already exists in the project (choose another seed or subject prefix)");
    }
    schedules.push_back(synthSchedule(options, i));
    totalFrames += schedules.back().frameCount;
  }
  std::filesystem::create_directories(options.outputDir);

  // Each recording renders and encodes on one thread (x264 with one thread
  // keeps a video's bytes a function of its seed), so recordings are made side
  // by side, one per core; their rows go in from this thread in subject order,
  // each as soon as it and every one before it is done.
  const int subjects = options.subjects;
  std::vector<MadeVideo> made(static_cast<std::size_t>(subjects));
  std::vector<std::atomic<std::int64_t>> framesDone(static_cast<std::size_t>(subjects));
  std::vector<std::atomic<bool>> begun(static_cast<std::size_t>(subjects));  // its file may exist
  std::mutex mutex;
  std::condition_variable changed;
  std::exception_ptr cause;  // the first failure; the rest follow from stopping
  std::atomic<bool> stop{false};
  std::atomic<int> nextIndex{0};
  auto fail = [&](std::exception_ptr error) {
    {
      const std::lock_guard lock(mutex);
      if (!cause) cause = std::move(error);
    }
    stop = true;
    changed.notify_all();
  };
  auto videoOf = [&](int i) {
    return std::filesystem::absolute(options.outputDir / (synthSubjectCode(options, i) + ".mp4"));
  };
  auto work = [&] {
    for (int i = nextIndex++; i < subjects && !stop; i = nextIndex++) {
      MadeVideo m;
      try {
        m.renderer = std::make_unique<RecordingRenderer>(specFor(options, i));
        begun[static_cast<std::size_t>(i)] = true;
        encodeRecording(
            *m.renderer, videoOf(i),
            [&, i](std::int64_t done) {
              framesDone[static_cast<std::size_t>(i)].store(done, std::memory_order_relaxed);
            },
            &stop);
      } catch (...) {
        if (!stop) fail(std::current_exception());  // once stopping, a Cancelled here is a consequence
        return;
      }
      {
        const std::lock_guard lock(mutex);
        m.finished = true;
        made[static_cast<std::size_t>(i)] = std::move(m);
      }
      changed.notify_all();
    }
  };
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> workers;
  struct JoinAll {
    std::atomic<bool>& stop;
    std::vector<std::thread>& threads;
    void now() {
      stop = true;
      for (auto& t : threads) t.join();
      threads.clear();
    }
    ~JoinAll() { now(); }
  } joinAll{stop, workers};
  for (unsigned w = 0; w < std::min<unsigned>(cores, static_cast<unsigned>(subjects)); ++w) workers.emplace_back(work);

  SynthSummary summary;
  bool anyQuiet = false;
  for (int i = 0; i < subjects;) {
    bool ready = false;
    {
      std::unique_lock lock(mutex);
      changed.wait_for(lock, std::chrono::milliseconds(100),
                       [&] { return cause || made[static_cast<std::size_t>(i)].finished; });
      if (cause) break;
      ready = made[static_cast<std::size_t>(i)].finished;
    }
    try {
      if (progress) {
        std::int64_t done = 0;
        for (const auto& f : framesDone) done += f.load(std::memory_order_relaxed);
        progress(0.99 * static_cast<double>(done) / static_cast<double>(totalFrames));
      }
      throwIfCancelled(cancel);
      if (!ready) continue;
      const RecordingRenderer& renderer = *made[static_cast<std::size_t>(i)].renderer;
      SynthRecording out = storeRecording(db, options, i, species, renderer, videoOf(i));
      const Schedule& s = renderer.schedule();
      if (s.seizures.size() >= 2) {
        summary.minQuietSeconds = anyQuiet ? std::min(summary.minQuietSeconds, s.minQuietSeconds) : s.minQuietSeconds;
        anyQuiet = true;
      }
      summary.recordings.push_back(std::move(out));
      made[static_cast<std::size_t>(i)].renderer.reset();  // its schedule is in `out` now
      ++i;
    } catch (...) {
      fail(std::current_exception());
      break;
    }
  }
  if (cause) {
    joinAll.now();
    // Recordings begun and not stored leave no file (stored ones keep theirs).
    for (int j = static_cast<int>(summary.recordings.size()); j < subjects; ++j) {
      if (!begun[static_cast<std::size_t>(j)]) continue;
      std::error_code ec;
      std::filesystem::remove(videoOf(j), ec);
    }
    std::rethrow_exception(cause);
  }
  if (progress) progress(1.0);
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace prodrome::core::synth
