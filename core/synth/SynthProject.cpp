#include "core/synth/SynthProject.h"

#include "core/Error.h"
#include "core/exchange/RecordingImporter.h"
#include "core/synth/RecordingRenderer.h"
#include "core/synth/SynthVideo.h"
#include "core/video/VideoSource.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "database/SubjectStore.h"
#include "database/Transaction.h"

#include <chrono>
#include <cstdio>
#include <sstream>

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

  SynthSummary summary;
  std::int64_t framesBefore = 0;
  bool anyQuiet = false;
  for (int i = 0; i < options.subjects; ++i) {
    const std::string code = synthSubjectCode(options, i);
    RecordingRenderer renderer(specFor(options, i));
    const std::filesystem::path video = std::filesystem::absolute(options.outputDir / (code + ".mp4"));
    encodeRecording(
        renderer, video,
        [&](std::int64_t done) {
          if (progress && (done % 64 == 0 || done == renderer.frameCount())) {
            progress(0.99 * static_cast<double>(framesBefore + done) / static_cast<double>(totalFrames));
          }
        },
        cancel);
    framesBefore += renderer.frameCount();
    if (cancel && cancel->load()) {
      std::error_code ec;
      std::filesystem::remove(video, ec);
      throw Cancelled();
    }

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
    const Schedule& s = renderer.schedule();
    if (s.seizures.size() >= 2) {
      summary.minQuietSeconds = anyQuiet ? std::min(summary.minQuietSeconds, s.minQuietSeconds) : s.minQuietSeconds;
      anyQuiet = true;
    }
    summary.recordings.push_back(std::move(out));
  }
  if (progress) progress(1.0);
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace prodrome::core::synth
