#include "core/synth/RecordingRenderer.h"

#include "core/Error.h"

#include <cmath>

namespace prodrome::core::synth {

namespace {
constexpr int kMargin = 3;  // canvas border beyond the picture, for the camera shake (< 1 px)
}

void checkRecordingSpec(const RecordingSpec& spec) {
  if (spec.width < 32 || spec.height < 32 || spec.width % 2 || spec.height % 2 || spec.width > 4096 ||
      spec.height > 4096) {
    throw Error("synthetic video size " + std::to_string(spec.width) + "x" + std::to_string(spec.height) +
                " is not usable: width and height must be even, 32 to 4096");
  }
  if (!(spec.fps >= 1 && spec.fps <= 240)) throw Error("synthetic frame rate must be 1 to 240 fps");
  if (!(spec.difficulty >= 0 && spec.difficulty <= 1)) throw Error("synthetic difficulty must be within 0..1");
}

RecordingRenderer::RecordingRenderer(const RecordingSpec& spec) : spec_(spec) {
  checkRecordingSpec(spec);
  const DifficultyModel difficulty{spec.difficulty};
  SynthRandom root(spec.seed);
  schedule_ = makeSchedule(spec.species, spec.seconds, spec.fps, spec.seizures, difficulty, root.fork(1));
  Viewport vp{static_cast<float>(kMargin), static_cast<float>(kMargin), static_cast<float>(spec.width),
              static_cast<float>(spec.height)};
  scene_ = spec.species == Species::Rodent ? makeRodentScene(vp, root.fork(2)) : makeHumanScene(vp, root.fork(2));
  camera_ = std::make_unique<Camera>(spec.width, spec.height, kMargin, scene_->infrared(), difficulty, root.fork(3));
  background_.reset(spec.width + 2 * kMargin, spec.height + 2 * kMargin);
  scene_->drawBackground(background_);
  canvas_ = background_;
}

RecordingRenderer::~RecordingRenderer() = default;

std::string RecordingRenderer::cameraName() const { return scene_->cameraName(); }

std::int64_t RecordingRenderer::renderNext(std::uint8_t* rgb) {
  const std::int64_t frame = next_++;
  moment_ = ScheduleCursor(schedule_).at(frame);
  scene_->advance(moment_, 1.0 / spec_.fps);
  canvas_.data() = background_.data();  // same size: a plain copy, no allocation
  scene_->drawForeground(canvas_);
  camera_->develop(canvas_, frame, spec_.fps, rgb);
  return frame;
}

}  // namespace prodrome::core::synth
