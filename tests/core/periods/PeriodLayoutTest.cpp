// Where a monitoring period's files lie (issue 14): dated files at their
// wall clock, undated ones after the previous (or before the next), gaps,
// overlaps, and contiguity to within one frame.

#include "core/Error.h"
#include "core/periods/PeriodLayout.h"

#include <gtest/gtest.h>

using namespace prodrome::core;
using prodrome::database::StartSource;

namespace {

// 30 fps files of `seconds` seconds.
PeriodFileFacts file(std::int64_t id, double seconds, std::optional<std::string> start = std::nullopt,
                     double fps = 30) {
  return {id, fps, static_cast<std::int64_t>(seconds * fps), start,
          start ? StartSource::Container : StartSource::Previous};
}

}  // namespace

TEST(PeriodLayout, DatedFilesSitAtTheirWallClockWithGapsAndOverlaps) {
  const auto layout = layOutPeriod({file(1, 600, "2026-03-01T22:00:00Z"), file(2, 600, "2026-03-01T22:10:00Z"),
                                    file(3, 600, "2026-03-01T22:25:00Z"), file(4, 600, "2026-03-01T22:34:00Z")});
  ASSERT_TRUE(layout.wallStart);
  EXPECT_EQ(layout.wallStart->toString(Qt::ISODate), QStringLiteral("2026-03-01T22:00:00Z"));
  ASSERT_EQ(layout.files.size(), 4u);
  EXPECT_DOUBLE_EQ(layout.files[1].startSeconds, 600);
  EXPECT_TRUE(layout.files[1].contiguousWithPrevious);  // back to back
  EXPECT_DOUBLE_EQ(layout.files[2].gapBeforeSeconds, 300);
  EXPECT_FALSE(layout.files[2].contiguousWithPrevious);  // five minutes unobserved
  EXPECT_DOUBLE_EQ(layout.files[3].gapBeforeSeconds, -60);  // a minute of overlap
  EXPECT_TRUE(layout.files[3].contiguousWithPrevious);
  EXPECT_DOUBLE_EQ(layout.spanSeconds(), 34 * 60 + 600);
  EXPECT_DOUBLE_EQ(layout.observedSeconds(), 20 * 60 + 600 + 540);  // gap out, overlap once
  EXPECT_DOUBLE_EQ(layout.files[2].secondsOf(300), 25 * 60 + 10);
}

// One frame of slack: a file starting one frame after the previous ends is
// contiguous, one starting a frame and a half after is not.
TEST(PeriodLayout, ContiguousMeansWithinOneFrame) {
  const auto oneFrame = layOutPeriod({file(1, 10, "2026-03-01T22:00:00.000Z"), file(2, 10, "2026-03-01T22:00:10.033Z")});
  EXPECT_TRUE(oneFrame.files[1].contiguousWithPrevious);
  const auto more = layOutPeriod({file(1, 10, "2026-03-01T22:00:00.000Z"), file(2, 10, "2026-03-01T22:00:10.050Z")});
  EXPECT_FALSE(more.files[1].contiguousWithPrevious);
  EXPECT_NEAR(more.files[1].gapBeforeSeconds, 0.05, 1e-9);
}

// Undated files follow the previous one; files before the first dated one
// end where the next begins; with no date at all the period has its own
// clock from 0.
TEST(PeriodLayout, UndatedFilesChainOntoTheirNeighbours) {
  const auto layout = layOutPeriod({file(1, 60), file(2, 120, "2026-03-01T22:00:00Z"), file(3, 30), file(4, 30)});
  ASSERT_TRUE(layout.wallStart);
  EXPECT_EQ(layout.wallStart->toString(Qt::ISODate), QStringLiteral("2026-03-01T21:59:00Z"));
  EXPECT_DOUBLE_EQ(layout.files[1].startSeconds, 60);
  EXPECT_DOUBLE_EQ(layout.files[2].startSeconds, 180);
  EXPECT_DOUBLE_EQ(layout.files[3].startSeconds, 210);
  for (std::size_t k = 1; k < 4; ++k) EXPECT_TRUE(layout.files[k].contiguousWithPrevious);
  EXPECT_FALSE(layout.files[0].dated);
  EXPECT_TRUE(layout.files[1].dated);
  const auto undated = layOutPeriod({file(1, 60), file(2, 60)});
  EXPECT_FALSE(undated.wallStart);
  EXPECT_DOUBLE_EQ(undated.files[1].startSeconds, 60);
  // A start the user cleared (source Previous) is not used even if stored.
  auto stale = file(2, 60, "2026-03-01T23:00:00Z");
  stale.source = StartSource::Previous;
  EXPECT_DOUBLE_EQ(layOutPeriod({file(1, 60, "2026-03-01T22:00:00Z"), stale}).files[1].startSeconds, 60);
}

TEST(PeriodLayout, BadStartsAndLengthsAreNamed) {
  try {
    layOutPeriod({file(1, 60), file(7, 60, "yesterday evening")});
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("recording #7"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("yesterday evening"), std::string::npos) << e.what();
  }
  EXPECT_THROW(layOutPeriod({file(1, 60, std::nullopt, 0)}), Error);
}
