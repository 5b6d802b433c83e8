#pragma once
// Seeded procedural textures (value noise and its fractal sums, textile
// patterns), computed once per subject; frames only sample them.

#include "core/synth/Raster.h"

#include <cstdint>

namespace prodrome::core::synth {

// Smooth value noise in [0, 1] on an integer lattice hashed from `seed`.
float valueNoise(std::uint64_t seed, float x, float y);

// Sum of `octaves` noises at doubling frequency and halving amplitude,
// normalised to [0, 1]; `scale` is the size of the largest feature in pixels.
Texture fractalNoise(int width, int height, std::uint64_t seed, float scale, int octaves);

enum class TextilePattern { Plain, Stripes, Checks, Dots, Waves };

// A blanket or sheet pattern in [0, 1] (0: ground colour, 1: figure colour),
// with weave grain and a seeded period; `period` in pixels.
Texture textile(int width, int height, std::uint64_t seed, TextilePattern pattern, float period, float angle);

}  // namespace prodrome::core::synth
