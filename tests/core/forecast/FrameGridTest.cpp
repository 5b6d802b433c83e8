#include "core/forecast/FrameGrid.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

using namespace prodrome::core;

TEST(FrameGrid, ARecordingAtTheModelsRateIsReadFrameByFrame) {
  EXPECT_EQ(frameRateMatch(15, 15), FrameRateMatch::Same);
  EXPECT_EQ(frameRateMatch(29.97, 30), FrameRateMatch::Same);  // a camera's drift
  EXPECT_EQ(frameRateMatch(16.4, 15), FrameRateMatch::Same);   // within a tenth
  EXPECT_EQ(frameRateMatch(30, 0), FrameRateMatch::Same);      // a model saved before rates were stored
  const auto grid = FrameGrid::forRates(16.4, 15);
  EXPECT_TRUE(grid.everyFrame());
  for (std::int64_t k : {0, 1, 7, 1000}) {
    EXPECT_EQ(grid.frameOf(k), k);
    EXPECT_EQ(grid.firstAtOrAfter(k), k);
  }
}

TEST(FrameGrid, AFasterRecordingIsReadAtTheModelsRate) {
  EXPECT_EQ(frameRateMatch(30, 15), FrameRateMatch::Faster);
  const auto doubled = FrameGrid::forRates(30, 15);
  EXPECT_EQ(doubled.step(), 2.0);
  EXPECT_EQ(doubled.frameOf(0), 0);
  EXPECT_EQ(doubled.frameOf(3), 6);
  // A window [5, 10) of recording frames holds grid frames 3 .. 4 (frames 6 and 8).
  EXPECT_EQ(doubled.firstAtOrAfter(5), 3);
  EXPECT_EQ(doubled.firstAtOrAfter(10), 5);
  EXPECT_EQ(doubled.firstAtOrAfter(6), 3);

  // 25 fps read at 15: the frame nearest each 1/15 s (g / 15 s is frame 5g / 3 at 25 fps).
  const auto uneven = FrameGrid::forRates(25, 15);
  const std::int64_t nearest[] = {0, 2, 3, 5, 7, 8, 10, 12, 13, 15};
  for (std::int64_t g = 0; g < 10; ++g) EXPECT_EQ(uneven.frameOf(g), nearest[g]) << g;
  EXPECT_EQ(FrameGrid::forRates(120, 15).frameOf(15), 120);  // one second
}

TEST(FrameGrid, TheFirstGridFrameOfAWindowIsTheFirstInsideIt) {
  for (double step : {1.0, 1.2, 1.6667, 2.0, 2.5, 4.0, 8.0, 7.99}) {
    const FrameGrid grid(step);
    for (std::int64_t frame = 0; frame < 600; ++frame) {
      const auto g = grid.firstAtOrAfter(frame);
      EXPECT_GE(grid.frameOf(g), frame) << step << " " << frame;
      if (g > 0) {
        EXPECT_LT(grid.frameOf(g - 1), frame) << step << " " << frame;
      }
      EXPECT_GT(grid.frameOf(g + 1), grid.frameOf(g));
    }
  }
}

TEST(FrameGrid, ASlowerRecordingCannotBeMadeUpAndIsReadFrameByFrame) {
  EXPECT_EQ(frameRateMatch(10, 30), FrameRateMatch::Slower);
  EXPECT_TRUE(FrameGrid::forRates(10, 30).everyFrame());
  EXPECT_THROW(FrameGrid(0.5), std::invalid_argument);
  EXPECT_THROW(FrameGrid(0), std::invalid_argument);
}

// A walk over a recording's frames names the grid frame of each frame on the
// grid, in order, and skips the others; a window's span is its grid frames.
TEST(FrameGrid, AWalkNamesTheGridFramesInOrderAndSpansMatchThem) {
  const FrameGrid grid(2.5);
  FrameGridWalk walk(grid);
  std::vector<std::int64_t> onGrid;
  for (std::int64_t frame = 0; frame < 12; ++frame)
    if (const auto g = walk.gridFrameOf(frame)) {
      EXPECT_EQ(grid.frameOf(*g), frame);
      onGrid.push_back(frame);
    }
  EXPECT_EQ(onGrid, (std::vector<std::int64_t>{0, 3, 5, 8, 10}));
  const auto span = grid.spanOf(3, 10);  // frames 3, 5 and 8: grid frames 1 to 3
  EXPECT_EQ(span.first, 1);
  EXPECT_EQ(span.end, 4);
  FrameGridWalk every{FrameGrid()};
  for (std::int64_t frame = 0; frame < 5; ++frame) EXPECT_EQ(every.gridFrameOf(frame), frame);
}
