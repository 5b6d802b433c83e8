#include "core/synth/Raster.h"

#include <limits>

namespace prodrome::core::synth {

void Canvas::reset(int width, int height, Rgb fill) {
  width_ = width;
  height_ = height;
  data_.resize(static_cast<size_t>(width) * height * 3);
  for (size_t i = 0; i < data_.size(); i += 3) {
    data_[i] = fill.r;
    data_[i + 1] = fill.g;
    data_[i + 2] = fill.b;
  }
}

Box Ellipse::bounds() const {
  // Exact extent of a rotated ellipse.
  const float c = std::cos(angle), s = std::sin(angle);
  const float hx = std::sqrt(rx * rx * c * c + ry * ry * s * s);
  const float hy = std::sqrt(rx * rx * s * s + ry * ry * c * c);
  return {center.x - hx, center.y - hy, center.x + hx, center.y + hy};
}

float Ellipse::distance(float x, float y, float& depth) const {
  const Vec2 p = rotate(Vec2{x, y} - center, -angle);
  const float u = p.x / rx, v = p.y / ry;
  const float k2 = u * u + v * v;
  depth = std::sqrt(k2);
  // First-order distance to the implicit curve k2 = 1: f / |grad f|, exact on
  // the rim (where coverage is decided) and monotone away from it.
  const float gx = 2.f * u / rx, gy = 2.f * v / ry;
  const float g = std::sqrt(gx * gx + gy * gy);
  if (g < 1e-6f) return -std::min(rx, ry);
  return (k2 - 1.f) / g;
}

Box Capsule::bounds() const {
  return {std::min(a.x - ra, b.x - rb), std::min(a.y - ra, b.y - rb), std::max(a.x + ra, b.x + rb),
          std::max(a.y + ra, b.y + rb)};
}

float Capsule::distance(float x, float y, float& depth) const {
  const Vec2 p{x, y};
  const Vec2 ab = b - a;
  const float len2 = std::max(dot(ab, ab), 1e-6f);
  const float t = std::clamp(dot(p - a, ab) / len2, 0.f, 1.f);
  const float r = ra + (rb - ra) * t;
  const float d = length(p - (a + ab * t));
  depth = r > 0 ? d / r : 1.f;
  return d - r;
}

Box RoundedRect::bounds() const {
  const float c = std::abs(std::cos(angle)), s = std::abs(std::sin(angle));
  const float hx = halfWidth * c + halfHeight * s, hy = halfWidth * s + halfHeight * c;
  return {center.x - hx, center.y - hy, center.x + hx, center.y + hy};
}

float RoundedRect::distance(float x, float y, float& depth) const {
  const Vec2 p = rotate(Vec2{x, y} - center, -angle);
  const float r = std::min(radius, std::min(halfWidth, halfHeight));
  const float qx = std::abs(p.x) - halfWidth + r, qy = std::abs(p.y) - halfHeight + r;
  const float outside = length(Vec2{std::max(qx, 0.f), std::max(qy, 0.f)});
  const float inside = std::min(std::max(qx, qy), 0.f);
  const float d = outside + inside - r;
  // Depth from the nearer pair of edges: a cushion-like rounded shading.
  depth = std::max(std::abs(p.x) / halfWidth, std::abs(p.y) / halfHeight);
  return d;
}

Box Polygon::bounds() const {
  Box b{std::numeric_limits<float>::max(), std::numeric_limits<float>::max(), std::numeric_limits<float>::lowest(),
        std::numeric_limits<float>::lowest()};
  for (const Vec2& p : points) {
    b.x0 = std::min(b.x0, p.x);
    b.y0 = std::min(b.y0, p.y);
    b.x1 = std::max(b.x1, p.x);
    b.y1 = std::max(b.y1, p.y);
  }
  if (points.empty()) b = {0, 0, 0, 0};
  return b;
}

float Polygon::distance(float x, float y, float& depth) const {
  depth = 0;
  const size_t n = points.size();
  if (n < 3) return 1e9f;
  const Vec2 p{x, y};
  float best = std::numeric_limits<float>::max();
  bool inside = false;
  for (size_t i = 0, j = n - 1; i < n; j = i++) {
    const Vec2 a = points[j], b = points[i];
    const Vec2 ab = b - a;
    const float t = std::clamp(dot(p - a, ab) / std::max(dot(ab, ab), 1e-12f), 0.f, 1.f);
    best = std::min(best, length(p - (a + ab * t)));
    if ((a.y > y) != (b.y > y) && x < a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y)) inside = !inside;
  }
  return inside ? -best : best;
}

void fill(Canvas& canvas, const Polygon& polygon, const Paint& paint, float opacity, float softness) {
  if (softness > 1.f) {
    fill<Polygon>(canvas, polygon, paint, opacity, softness);
    return;
  }
  const size_t n = polygon.points.size();
  if (n < 3) return;
  const Box b = polygon.bounds();
  const int x0 = pixelIndex(std::floor(b.x0), canvas.width());
  const int x1 = pixelIndex(std::ceil(b.x1), canvas.width());
  const int y0 = pixelIndex(std::floor(b.y0), canvas.height());
  const int y1 = pixelIndex(std::ceil(b.y1), canvas.height());
  if (x0 >= x1) return;
  constexpr int kSub = 4;
  std::vector<float> coverage(static_cast<size_t>(x1 - x0));
  std::vector<float> crossings;
  for (int y = y0; y < y1; ++y) {
    std::fill(coverage.begin(), coverage.end(), 0.f);
    for (int k = 0; k < kSub; ++k) {
      const float sy = static_cast<float>(y) + (static_cast<float>(k) + 0.5f) / kSub;
      crossings.clear();
      for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const Vec2 a = polygon.points[j], c = polygon.points[i];
        if ((a.y > sy) != (c.y > sy)) crossings.push_back(a.x + (sy - a.y) * (c.x - a.x) / (c.y - a.y));
      }
      std::sort(crossings.begin(), crossings.end());
      for (size_t i = 0; i + 1 < crossings.size(); i += 2) {
        // Even-odd spans [xa, xb): add each pixel's covered length.
        const float xa = std::max(crossings[i], static_cast<float>(x0));
        const float xb = std::min(crossings[i + 1], static_cast<float>(x1));
        if (xa >= xb) continue;
        const int ia = static_cast<int>(std::floor(xa)), ib = static_cast<int>(std::floor(xb));
        if (ia == ib) {
          coverage[static_cast<size_t>(ia - x0)] += (xb - xa) / kSub;
          continue;
        }
        coverage[static_cast<size_t>(ia - x0)] += (static_cast<float>(ia + 1) - xa) / kSub;
        for (int x = ia + 1; x < ib; ++x) coverage[static_cast<size_t>(x - x0)] += 1.f / kSub;
        if (ib < x1) coverage[static_cast<size_t>(ib - x0)] += (xb - static_cast<float>(ib)) / kSub;
      }
    }
    const float py = static_cast<float>(y) + 0.5f;
    for (int x = x0; x < x1; ++x) {
      const float c = std::min(coverage[static_cast<size_t>(x - x0)], 1.f);
      if (c <= 0.f) continue;
      canvas.blend(x, y, shadePixel(paint, static_cast<float>(x) + 0.5f, py, 0.f), c * opacity);
    }
  }
}

}  // namespace prodrome::core::synth
