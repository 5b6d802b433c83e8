// Clip windows across the files of a monitoring period (issue 14): a seizure
// at frame 3 of file 2 gets pre-ictal windows at the end of file 1 when the
// files are contiguous and none when a gap breaks them; normal windows keep
// their distance across the cut; a seizure that runs over the cut gives
// ictal windows on both sides; a file alone is as before.

#include "core/clips/NeighbourSeizures.h"
#include "ClipTestUtil.h"

#include <gtest/gtest.h>

namespace prodrome::core::test {
namespace {

// Two 100 s rodent files at 30 fps (3000 frames), file 2 starting
// `gapSeconds` after file 1 ends.
struct Night {
  std::vector<RecordingTimeline> timelines;
  std::vector<PeriodLayout> periods;
};

Night night(double gapSeconds, std::vector<TimelineEvent> first, std::vector<TimelineEvent> second) {
  Night n;
  n.timelines = {recording(1, 3000, std::move(first), Species::Rodent, {30, 1}, 7),
                 recording(2, 3000, std::move(second), Species::Rodent, {30, 1}, 7)};
  const std::string start2 = gapSeconds == 0 ? "2026-03-01T22:01:40.000Z" : "2026-03-01T22:01:45.000Z";
  n.periods = {layOutPeriod({{1, 30, 3000, "2026-03-01T22:00:00.000Z", database::StartSource::Container},
                             {2, 30, 3000, start2, database::StartSource::Container}})};
  addNeighbourSeizures(n.timelines, n.periods);
  return n;
}

TEST(NeighbourSeizures, ASeizureEarlyInFileTwoHasPreictalWindowsInFileOneWhenContiguous) {
  ClipSetParams params;  // L = H = 5 s, stride 1 s, rodent normal gap 60 s
  const Night contiguous = night(0, {}, {seizure(40, 3, 300)});
  ASSERT_TRUE(contiguous.periods[0].files[1].contiguousWithPrevious);
  ASSERT_EQ(contiguous.timelines[0].neighbourSeizures.size(), 1u);
  EXPECT_EQ(contiguous.timelines[0].neighbourSeizures[0].onsetFrame, 3003);  // frame 3 of file 2 on file 1's axis
  EXPECT_TRUE(contiguous.timelines[0].neighbourSeizures[0].continuous);
  const auto build = ClipSetBuilder(params).build(contiguous.timelines);
  // Ends 3003 - 30k, k = 1..5 (3003 itself is past file 1's end): five
  // windows in file 1, each from seizure #40 of file 2.
  std::vector<Frames> inFileOne;
  for (const ClipWindow& w : build.windows) {
    if (w.label == ClipLabel::Preictal && w.recordingId == 1) {
      EXPECT_EQ(w.sourceEventId, 40);
      inFileOne.emplace_back(w.startFrame, w.endFrame);
    }
  }
  std::sort(inFileOne.begin(), inFileOne.end());
  EXPECT_EQ(inFileOne, (std::vector<Frames>{{2703, 2853}, {2733, 2883}, {2763, 2913}, {2793, 2943}, {2823, 2973}}));
  // Normal windows in file 1 end at least 60 s before that onset.
  for (const ClipWindow& w : build.windows) {
    if (w.label == ClipLabel::Normal && w.recordingId == 1) {
      EXPECT_LE(w.endFrame, 3003 - 1800);
    }
  }

  // Five seconds of gap between the files: no pre-ictal window in file 1
  // (nobody watched the last seconds before the onset), but the normal
  // windows still keep their distance by the clock.
  const Night gap = night(5, {}, {seizure(40, 3, 300)});
  ASSERT_FALSE(gap.periods[0].files[1].contiguousWithPrevious);
  ASSERT_EQ(gap.timelines[0].neighbourSeizures.size(), 1u);
  EXPECT_FALSE(gap.timelines[0].neighbourSeizures[0].continuous);
  const auto broken = ClipSetBuilder(params).build(gap.timelines);
  for (const ClipWindow& w : broken.windows) {
    EXPECT_FALSE(w.label == ClipLabel::Preictal && w.recordingId == 1) << w.startFrame;
    if (w.label == ClipLabel::Normal && w.recordingId == 1) {
      EXPECT_LE(w.endFrame, 3153 - 1800);
    }
  }

  // File 1 alone (no period): normal windows run to its end.
  const auto alone = buildOne(params, recording(1, 3000, {}, Species::Rodent, {30, 1}, 7));
  EXPECT_EQ(framesOf(alone, ClipLabel::Normal).back().second, 3000);
  EXPECT_TRUE(framesOf(alone, ClipLabel::Preictal).empty());
}

// A seizure from frame 2950 of file 1 to frame 200 of file 2 (stored on file
// 1 with its offset past the cut): ictal windows on both sides, and file 2's
// post-ictal time keeps its pre-ictal windows away.
TEST(NeighbourSeizures, ASeizureOverTheCutIsIctalOnBothSides) {
  ClipSetParams params;
  params.buildIctal = true;
  params.buildNormal = false;
  const Night n = night(0, {seizure(10, 2950, 3200)}, {seizure(11, 600, 700)});
  ASSERT_EQ(n.timelines[1].neighbourSeizures.size(), 1u);
  EXPECT_EQ(n.timelines[1].neighbourSeizures[0].onsetFrame, -50);
  EXPECT_EQ(n.timelines[1].neighbourSeizures[0].offsetFrame, std::optional<std::int64_t>(200));
  const auto build = ClipSetBuilder(params).build(n.timelines);
  std::vector<Frames> fileOne, fileTwo;
  for (const ClipWindow& w : build.windows) {
    if (w.label != ClipLabel::Ictal || w.sourceEventId != 10) continue;
    (w.recordingId == 1 ? fileOne : fileTwo).emplace_back(w.startFrame, w.endFrame);
  }
  EXPECT_EQ(fileOne, (std::vector<Frames>{{2850, 3000}}));  // its 50 frames here, centred and pushed inside
  std::sort(fileTwo.begin(), fileTwo.end());
  EXPECT_EQ(fileTwo, (std::vector<Frames>{{0, 150}, {30, 180}}));
  // Seizure #11 at 600 in file 2 lies within 60 s (the post-ictal time,
  // 1800 frames) of #10's end at 200: no pre-ictal window for it. File 2
  // alone would have given it six.
  EXPECT_TRUE(framesOf(build, ClipLabel::Preictal, 11).empty());
  ClipSetParams preictal = only(ClipLabel::Preictal);
  EXPECT_EQ(framesOf(buildOne(preictal, recording(2, 3000, {seizure(11, 600, 700)}, Species::Rodent, {30, 1}, 7)),
                     ClipLabel::Preictal, 11)
                .size(),
            6u);
}

}  // namespace
}  // namespace prodrome::core::test
