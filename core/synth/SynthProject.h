#pragma once
// Generates a synthetic data set into a project: per subject one H.264
// video (RecordingRenderer + SynthVideo), the subject (species set), its
// recording (probed like any import: real fingerprint, frame count, frame
// index) and its seizures as events (annotator "synth", confidence 1, type
// "Racine N", "tonic-clonic" or "focal clonic"). See core/synth/README.md
// for the generative model and Schedule.h for its parameters.
//
// Clip building on the result: human recordings are minutes long, so the
// default 30-min human inter-ictal gap (ClipSetParams::humanGapSeconds)
// leaves no normal window; a caller building clips from synthetic data sets
// the gaps below SynthSummary::minQuietSeconds / 2 (the demo uses 20 s
// for both species and a post-ictal period of 20 s) so that normal windows
// exist between seizures.

#include "core/synth/Schedule.h"
#include "database/Database.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace prodrome::core::synth {

struct SynthOptions {
  std::string species;  // "rodent" | "human"
  int subjects = 3;
  double minutes = 5;  // per recording
  int seizures = 3;    // per recording
  std::uint64_t seed = 1;
  int width = 160, height = 120;  // even, 32..4096; the clip pipeline centre-crops the short side's square
  double fps = 15;
  double difficulty = 0.5;          // 0 clear pre-ictal cues, few decoys .. 1 faint cues, many decoys, more noise
  std::filesystem::path outputDir;  // the videos go here (created if missing)
  std::string subjectPrefix;        // empty: "synth-<species>-s<seed>-" (codes end in 01, 02, ...)
};

struct SynthRecording {
  std::int64_t subjectId = 0, recordingId = 0;
  std::filesystem::path video;
  std::vector<std::pair<std::int64_t, std::int64_t>> seizures;  // [onset, offset) frames, as stored
  std::string subjectCode;
  std::vector<std::string> seizureTypes;  // parallel to seizures
  std::string camera;                     // "top" or "side"
  std::int64_t frameCount = 0;
  Schedule schedule;  // the ground truth it was rendered from, decoys included (DecoyOracle.h)
};

struct SynthSummary {
  std::vector<SynthRecording> recordings;
  double seconds = 0;          // wall time of the whole call
  double minQuietSeconds = 0;  // shortest offset-to-next-onset span over all recordings (0: < 2 seizures each)
};

// Renders, encodes and stores `options.subjects` recordings, one per core at
// a time (each video the same bytes however many are made at once); each
// recording's rows (subject, recording, events) are committed together, in
// subject order, once its video and every one before it is complete. Throws
// core::Error for bad options (unknown species, sizes, a recording too short
// for its seizures, a subject code already in the project) before anything is
// written; VideoError or DatabaseError when writing fails; Cancelled
// (core/Error.h) when *cancel becomes true. After a throw, the recordings
// stored so far stay in the project; the unfinished ones leave neither a file
// nor a row.
// `progress` receives the fraction done (0..1) from the calling thread.
// Not thread-safe with respect to `db`.
SynthSummary synthesize(prodrome::database::Database& db, const SynthOptions& options,
                        const std::function<void(double fraction)>& progress = {},
                        const std::atomic<bool>* cancel = nullptr);

// The code of subject `index` (0-based) under `options`.
std::string synthSubjectCode(const SynthOptions& options, int index);

// The seed of subject `index`'s appearance, behaviour and schedule.
std::uint64_t synthSubjectSeed(const SynthOptions& options, int index);

// The schedule subject `index`'s recording is rendered from, without
// rendering it. Throws core::Error when the recording cannot hold it.
Schedule synthSchedule(const SynthOptions& options, int index);

}  // namespace prodrome::core::synth
