#pragma once
// A synthetic monitoring scene: a static background drawn once, and a
// subject whose behaviour advances frame by frame from the schedule's
// Moment. Scenes are deterministic state machines: frames must be drawn in
// order from 0, and the same seed gives the same pictures.

#include "core/synth/Raster.h"
#include "core/synth/Schedule.h"
#include "core/synth/SynthRandom.h"

#include <cmath>
#include <memory>
#include <numbers>
#include <string>

namespace prodrome::core::synth {

// The scenes' angles and phases.
inline constexpr float kPi = std::numbers::pi_v<float>;

// Where the output picture lies on the (margin-padded) scene canvas, and its
// central square: the clip pipeline centre-crops the square of the short
// side, so the subject is kept inside it.
struct Viewport {
  float x0 = 0, y0 = 0, width = 0, height = 0;
  float side() const { return std::min(width, height); }
  Vec2 center() const { return {x0 + width / 2, y0 + height / 2}; }
};

class Scene {
 public:
  virtual ~Scene() = default;
  virtual void drawBackground(Canvas& canvas) const = 0;
  // One frame's behaviour step; `dt` in seconds (1 / fps).
  virtual void advance(const Moment& moment, double dt) = 0;
  virtual void drawForeground(Canvas& canvas) const = 0;
  // "top" or "side", stored as the recording's camera.
  virtual std::string cameraName() const = 0;
  // Whether the camera runs in infrared night mode (grey pictures).
  virtual bool infrared() const { return false; }
};

std::unique_ptr<Scene> makeRodentScene(const Viewport& viewport, SynthRandom random);
std::unique_ptr<Scene> makeHumanScene(const Viewport& viewport, SynthRandom random);

// The jerk of the latest twitch: amplitude decaying with a 80-ms time
// constant, so a twitch lasts two or three frames at 15 fps.
inline float twitchKick(const Moment& m, double fps) {
  if (m.twitchAge < 0) return 0.f;
  return m.twitch.amplitude * static_cast<float>(std::exp(-m.twitchAge / (0.08 * fps)));
}

// Eases x towards target at `rate` per second (exponential approach).
inline float approach(float x, float target, float rate, double dt) {
  return target + (x - target) * static_cast<float>(std::exp(-rate * dt));
}

}  // namespace prodrome::core::synth
