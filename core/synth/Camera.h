#pragma once
// Turns the rendered scene into what a monitoring camera delivers: slight
// shake (sub-pixel translation, bilinear), slow lighting drift in level and
// colour, vignetting, sensor noise (shot-like, brighter pixels noisier),
// optional infrared night mode (grey), quantised to 8-bit RGB. H.264
// compression by the VideoWriter adds the rest.

#include "core/synth/Raster.h"
#include "core/synth/Schedule.h"
#include "core/synth/SynthRandom.h"

#include <cstdint>
#include <vector>

namespace prodrome::core::synth {

class Camera {
 public:
  // The output is width × height; the scene canvas is larger by `margin` on
  // every side (room for the shake).
  Camera(int width, int height, int margin, bool infrared, const DifficultyModel& difficulty, SynthRandom random);

  int margin() const { return margin_; }
  // Packed RGB24, rows of width*3 bytes.
  void develop(const Canvas& scene, std::int64_t frame, double fps, std::uint8_t* rgb) const;

 private:
  int width_, height_, margin_;
  bool infrared_;
  float noiseSigma_, shake_;
  float brightness_;
  Rgb tint_;
  float drift_[6];  // periods (s) and phases of the lighting and shake drifts
  std::uint64_t seed_;
  std::vector<float> vignette_;  // per output pixel
};

}  // namespace prodrome::core::synth
