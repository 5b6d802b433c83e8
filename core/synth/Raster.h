#pragma once
// A small software rasteriser for the synthetic scenes (core/ links Qt Core
// only, so no QPainter): anti-aliased filled shapes composited into a float
// RGB canvas.
//
// Every shape is a signed distance field (negative inside, in pixels) plus a
// "depth" in [0, 1] (0 on the shape's axis or centre, 1 on its rim) that the
// paint uses for rounded shading. Coverage is clamp(0.5 - d / softness): a
// one-pixel ramp gives anti-aliased edges, a wider one soft shadows. Shapes
// are bounded, so a fill touches only its bounding box: a 160×120 frame of
// a dozen body parts costs a few tens of microseconds.
//
// Pixel (x, y) covers [x, x+1) × [y, y+1); shapes are sampled at pixel
// centres (x + 0.5, y + 0.5).

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace prodrome::core::synth {

struct Rgb {
  float r = 0, g = 0, b = 0;
};
inline Rgb operator*(Rgb c, float k) { return {c.r * k, c.g * k, c.b * k}; }
inline Rgb operator+(Rgb a, Rgb b) { return {a.r + b.r, a.g + b.g, a.b + b.b}; }
inline Rgb mix(Rgb a, Rgb b, float t) { return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t}; }
// 0..255 sRGB-ish components, the way palettes are written down.
inline Rgb rgb255(int r, int g, int b) { return {r / 255.f, g / 255.f, b / 255.f}; }

struct Vec2 {
  float x = 0, y = 0;
};
inline Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
inline Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
inline Vec2 operator*(Vec2 a, float k) { return {a.x * k, a.y * k}; }
inline float dot(Vec2 a, Vec2 b) { return a.x * b.x + a.y * b.y; }
inline float length(Vec2 a) { return std::sqrt(dot(a, a)); }
inline Vec2 rotate(Vec2 a, float angle) {
  const float c = std::cos(angle), s = std::sin(angle);
  return {a.x * c - a.y * s, a.x * s + a.y * c};
}
inline Vec2 polar(float radius, float angle) { return {radius * std::cos(angle), radius * std::sin(angle)}; }

// Pixel-space axis-aligned box [x0, x1) × [y0, y1).
struct Box {
  float x0, y0, x1, y1;
};

// A float RGB picture (row-major, 3 floats per pixel, nominal range 0..1).
class Canvas {
 public:
  Canvas() = default;
  Canvas(int width, int height, Rgb fill = {}) { reset(width, height, fill); }
  void reset(int width, int height, Rgb fill = {});
  int width() const { return width_; }
  int height() const { return height_; }
  float* row(int y) { return data_.data() + static_cast<size_t>(y) * width_ * 3; }
  const float* row(int y) const { return data_.data() + static_cast<size_t>(y) * width_ * 3; }
  std::vector<float>& data() { return data_; }
  const std::vector<float>& data() const { return data_; }
  Rgb at(int x, int y) const {
    const float* p = row(y) + x * 3;
    return {p[0], p[1], p[2]};
  }
  // Source-over with coverage `alpha` in [0, 1].
  void blend(int x, int y, Rgb c, float alpha) {
    float* p = row(y) + x * 3;
    p[0] += (c.r - p[0]) * alpha;
    p[1] += (c.g - p[1]) * alpha;
    p[2] += (c.b - p[2]) * alpha;
  }

 private:
  int width_ = 0, height_ = 0;
  std::vector<float> data_;
};

// A single-channel float map in [0, 1] (noise, patterns), sampled with wrap.
class Texture {
 public:
  Texture() = default;
  Texture(int width, int height) : width_(width), height_(height), data_(static_cast<size_t>(width) * height) {}
  int width() const { return width_; }
  int height() const { return height_; }
  float& at(int x, int y) { return data_[static_cast<size_t>(y) * width_ + x]; }
  float at(int x, int y) const { return data_[static_cast<size_t>(y) * width_ + x]; }
  // Nearest texel, wrapped (textures are sampled at their own resolution).
  float sample(float x, float y) const {
    int ix = static_cast<int>(std::floor(x)) % width_, iy = static_cast<int>(std::floor(y)) % height_;
    if (ix < 0) ix += width_;
    if (iy < 0) iy += height_;
    return at(ix, iy);
  }
  bool empty() const { return data_.empty(); }

 private:
  int width_ = 0, height_ = 0;
  std::vector<float> data_;
};

// How a shape is coloured. The colour is mix(color, color2, t) where t comes
// from the pattern texture or, without one, from the linear gradient (which
// runs from gradientFrom (t = 0) to gradientTo (t = 1)); then the rounded
// shading darkens towards the rim, and the grain texture modulates it.
struct Paint {
  Rgb color;
  Rgb color2;
  const Texture* pattern = nullptr;
  Vec2 patternOffset;  // pixel shift of the pattern (moves it with the shape)
  bool gradient = false;
  Vec2 gradientFrom, gradientTo;
  float shade = 0;  // rim darkening: colour *= 1 - shade * depth^2
  const Texture* grain = nullptr;
  float grainAmount = 0;  // colour *= 1 + grainAmount * (grain - 0.5)

  static Paint solid(Rgb c, float shadeAmount = 0) {
    Paint p;
    p.color = p.color2 = c;
    p.shade = shadeAmount;
    return p;
  }
};

// Rotated ellipse: centre, semi-axes, rotation (radians, x axis towards y).
struct Ellipse {
  Vec2 center;
  float rx, ry;
  float angle = 0;
  Box bounds() const;
  float distance(float x, float y, float& depth) const;
};

// Segment a-b swept by a circle whose radius goes from ra to rb: limbs,
// tails, fingers.
struct Capsule {
  Vec2 a, b;
  float ra, rb;
  Box bounds() const;
  float distance(float x, float y, float& depth) const;
};

// Rotated rectangle with rounded corners (beds, pillows, cage walls).
struct RoundedRect {
  Vec2 center;
  float halfWidth, halfHeight, radius;
  float angle = 0;
  Box bounds() const;
  float distance(float x, float y, float& depth) const;
};

// Simple polygon (even-odd fill), depth 0 inside (no rounded shading).
struct Polygon {
  std::vector<Vec2> points;
  Box bounds() const;
  float distance(float x, float y, float& depth) const;
};

inline Rgb shadePixel(const Paint& paint, float x, float y, float depth) {
  Rgb c = paint.color;
  if (paint.pattern) {
    c = mix(paint.color, paint.color2, paint.pattern->sample(x + paint.patternOffset.x, y + paint.patternOffset.y));
  } else if (paint.gradient) {
    const Vec2 d = paint.gradientTo - paint.gradientFrom;
    const float t = std::clamp(dot(Vec2{x, y} - paint.gradientFrom, d) / std::max(dot(d, d), 1e-6f), 0.f, 1.f);
    c = mix(paint.color, paint.color2, t);
  }
  float k = 1.f - paint.shade * depth * depth;
  if (paint.grain) k *= 1.f + paint.grainAmount * (paint.grain->sample(x, y) - 0.5f);
  return c * k;
}

// A coordinate clamped to [0, limit] before the conversion (a float outside
// int's range, or NaN, would be undefined behaviour to convert).
inline int pixelIndex(float v, int limit) {
  if (!(v > 0.f)) return 0;
  return v >= static_cast<float>(limit) ? limit : static_cast<int>(v);
}

// Fills `shape` with `paint` at `opacity`; `softness` is the width of the
// edge ramp in pixels (1: anti-aliased; more: blurred, for shadows).
template <typename Shape>
void fill(Canvas& canvas, const Shape& shape, const Paint& paint, float opacity = 1.f, float softness = 1.f) {
  const Box b = shape.bounds();
  const float pad = softness;
  const int x0 = pixelIndex(std::floor(b.x0 - pad), canvas.width());
  const int y0 = pixelIndex(std::floor(b.y0 - pad), canvas.height());
  const int x1 = pixelIndex(std::ceil(b.x1 + pad), canvas.width());
  const int y1 = pixelIndex(std::ceil(b.y1 + pad), canvas.height());
  const float inv = 1.f / softness;
  for (int y = y0; y < y1; ++y) {
    const float py = static_cast<float>(y) + 0.5f;
    for (int x = x0; x < x1; ++x) {
      const float px = static_cast<float>(x) + 0.5f;
      float depth = 0;
      const float d = shape.distance(px, py, depth);
      const float coverage = std::clamp(0.5f - d * inv, 0.f, 1.f);
      if (coverage <= 0.f) continue;
      canvas.blend(x, y, shadePixel(paint, px, py, std::clamp(depth, 0.f, 1.f)), coverage * opacity);
    }
  }
}

// Polygons are filled by scanlines instead (exact horizontal coverage on four
// sub-scanlines a row): a per-pixel distance to every edge costs too much
// for a blanket. softness > 1 falls back to the distance field.
void fill(Canvas& canvas, const Polygon& polygon, const Paint& paint, float opacity = 1.f, float softness = 1.f);

}  // namespace prodrome::core::synth
