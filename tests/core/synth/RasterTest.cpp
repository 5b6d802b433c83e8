// The rasteriser: areas of anti-aliased shapes, soft edges, textures.

#include "core/synth/Noise.h"
#include "core/synth/Raster.h"

#include <gtest/gtest.h>

using namespace prodrome::core::synth;

namespace {

// Sum of the red channel: white shapes on black, so the covered area.
double area(const Canvas& c) {
  double sum = 0;
  for (size_t i = 0; i < c.data().size(); i += 3) sum += c.data()[i];
  return sum;
}

int partial(const Canvas& c) {
  int n = 0;
  for (size_t i = 0; i < c.data().size(); i += 3) n += c.data()[i] > 0.02f && c.data()[i] < 0.98f;
  return n;
}

const Paint kWhite = Paint::solid({1, 1, 1});

}  // namespace

TEST(Raster, EllipseAreaIsExactToAPercentAndItsEdgeIsAntiAliased) {
  Canvas c(64, 48);
  fill(c, Ellipse{{30.3f, 22.7f}, 20.f, 9.f, 0.6f}, kWhite);
  EXPECT_NEAR(area(c), 3.14159265 * 20 * 9, 0.01 * 3.14159265 * 20 * 9);
  EXPECT_GT(partial(c), 30);  // a hard edge would have none
}

TEST(Raster, PolygonCoverageIsExactForARectangle) {
  Canvas c(32, 32);
  fill(c, Polygon{{{2.25f, 2.25f}, {10.75f, 2.25f}, {10.75f, 8.75f}, {2.25f, 8.75f}}}, kWhite);
  EXPECT_NEAR(area(c), 8.5 * 6.5, 0.3);
  // Even-odd: a triangle with a reversed winding fills the same.
  Canvas a(32, 32), b(32, 32);
  fill(a, Polygon{{{1, 1}, {30, 5}, {8, 28}}}, kWhite);
  fill(b, Polygon{{{8, 28}, {30, 5}, {1, 1}}}, kWhite);
  for (size_t i = 0; i < a.data().size(); ++i) ASSERT_NEAR(a.data()[i], b.data()[i], 1e-5) << i;
  EXPECT_NEAR(area(a), 0.5 * std::abs((30 - 1) * (28 - 1) - (8 - 1) * (5 - 1)), 1.0);
}

TEST(Raster, CapsuleAndRoundedRectAreas) {
  Canvas c(64, 32);
  fill(c, Capsule{{10, 16}, {50, 16}, 5, 5}, kWhite);
  EXPECT_NEAR(area(c), 40 * 10 + 3.14159265 * 25, 3);
  Canvas r(64, 32);
  fill(r, RoundedRect{{32, 16}, 20, 10, 0}, kWhite);
  EXPECT_NEAR(area(r), 40 * 20, 1);
}

TEST(Raster, SoftnessBlursWithoutChangingTheArea) {
  Canvas hard(64, 64), soft(64, 64);
  fill(hard, Ellipse{{32, 32}, 15, 15}, kWhite);
  fill(soft, Ellipse{{32, 32}, 15, 15}, kWhite, 1.f, 6.f);
  EXPECT_NEAR(area(soft), area(hard), 0.03 * area(hard));
  EXPECT_GT(partial(soft), 3 * partial(hard));
}

TEST(Raster, OpacityAndPaintMixing) {
  Canvas c(8, 8, {0.5f, 0.5f, 0.5f});
  fill(c, RoundedRect{{4, 4}, 10, 10, 0}, Paint::solid({1, 0, 0}), 0.5f);
  const Rgb p = c.at(3, 3);
  EXPECT_NEAR(p.r, 0.75f, 1e-5);
  EXPECT_NEAR(p.g, 0.25f, 1e-5);
  Paint g;
  g.color = {0, 0, 0};
  g.color2 = {1, 1, 1};
  g.gradient = true;
  g.gradientFrom = {0, 0};
  g.gradientTo = {8, 0};
  Canvas d(8, 8);
  fill(d, RoundedRect{{4, 4}, 10, 10, 0}, g);
  EXPECT_LT(d.at(0, 4).r, d.at(7, 4).r);
}

TEST(Raster, ShapesOutsideTheCanvasAreClipped) {
  Canvas c(16, 16);
  fill(c, Ellipse{{-50, -50}, 10, 10}, kWhite);
  fill(c, Capsule{{100, 8}, {200, 8}, 3, 3}, kWhite);
  fill(c, Polygon{{{-10, -10}, {40, -10}, {40, 40}}}, kWhite);  // half inside
  EXPECT_NEAR(area(c), 16 * 16 / 2.0, 9);
}

TEST(Raster, TexturesAreSeededAndBounded) {
  const Texture a = fractalNoise(32, 32, 5, 6, 3), b = fractalNoise(32, 32, 5, 6, 3), c = fractalNoise(32, 32, 6, 6, 3);
  double diff = 0;
  for (int y = 0; y < 32; ++y) {
    for (int x = 0; x < 32; ++x) {
      EXPECT_EQ(a.at(x, y), b.at(x, y));
      EXPECT_GE(a.at(x, y), 0.f);
      EXPECT_LE(a.at(x, y), 1.f);
      diff += std::abs(a.at(x, y) - c.at(x, y));
    }
  }
  EXPECT_GT(diff / 1024, 0.05);
  for (auto pattern : {TextilePattern::Plain, TextilePattern::Stripes, TextilePattern::Checks, TextilePattern::Dots,
                       TextilePattern::Waves}) {
    const Texture t = textile(24, 24, 3, pattern, 6, 0.3f);
    for (int y = 0; y < 24; ++y) {
      for (int x = 0; x < 24; ++x) {
        EXPECT_GE(t.at(x, y), 0.f);
        EXPECT_LE(t.at(x, y), 1.f);
      }
    }
  }
}
