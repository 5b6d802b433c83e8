#pragma once
// One synthetic recording, frame by frame: its schedule (ground truth), its
// scene (subject and background) and its camera. Everything derives from one
// seed through separate streams, so the same seed gives the same pixels.
//
// Not thread-safe; frames come in order (the behaviour is a state machine).

#include "core/synth/Camera.h"
#include "core/synth/Raster.h"
#include "core/synth/Scene.h"
#include "core/synth/Schedule.h"

#include <cstdint>
#include <memory>
#include <string>

namespace prodrome::core::synth {

struct RecordingSpec {
  Species species = Species::Rodent;
  int width = 160, height = 120;  // even, at least 32
  double fps = 15;
  double seconds = 300;
  int seizures = 3;
  double difficulty = 0.5;  // 0..1
  std::uint64_t seed = 1;   // the subject's seed: appearance, behaviour, schedule
};

// Throws core::Error naming the first unusable field (size, rate, difficulty).
void checkRecordingSpec(const RecordingSpec& spec);

class RecordingRenderer {
 public:
  // Throws core::Error for an unusable spec (size, rate, difficulty) or a
  // recording too short for its seizures.
  explicit RecordingRenderer(const RecordingSpec& spec);
  ~RecordingRenderer();
  RecordingRenderer(const RecordingRenderer&) = delete;
  RecordingRenderer& operator=(const RecordingRenderer&) = delete;

  const RecordingSpec& spec() const { return spec_; }
  const Schedule& schedule() const { return schedule_; }
  std::int64_t frameCount() const { return schedule_.frameCount; }
  std::int64_t nextFrame() const { return next_; }
  std::string cameraName() const;

  // Renders frame nextFrame() into `rgb` (packed RGB24, width*3 bytes a row)
  // and returns its number.
  std::int64_t renderNext(std::uint8_t* rgb);
  // The schedule's view of the frame last rendered.
  const Moment& moment() const { return moment_; }

 private:
  RecordingSpec spec_;
  Schedule schedule_;
  std::unique_ptr<Scene> scene_;
  std::unique_ptr<Camera> camera_;
  Canvas background_, canvas_;
  Moment moment_;
  std::int64_t next_ = 0;
};

}  // namespace prodrome::core::synth
