#include "ClipTestUtil.h"

#include "core/Error.h"
#include "core/clips/SeizureUnion.h"

#include <gtest/gtest.h>

namespace prodrome::core::test {
namespace {

// Most timelines: 30 fps, L = 5 s = 150 frames, H = 5 s = 150 frames.
constexpr double kOneFrame = 1.0 / 30.0;

TEST(ClipSetBuilder, PreictalFirstAndLastEndWithFrameStride) {
  ClipSetParams params = only(ClipLabel::Preictal);
  params.strideSeconds = kOneFrame;
  const auto build = buildOne(params, recording(1, 10000, {seizure(7, 3000, 3300)}));
  const auto windows = framesOf(build, ClipLabel::Preictal, 7);
  // Ends e with 3000 - 150 <= e <= 3000: 151 windows.
  ASSERT_EQ(windows.size(), 151u);
  EXPECT_EQ(windows.front(), Frames(2700, 2850));  // earliest end: onset - H
  EXPECT_EQ(windows.back(), Frames(2850, 3000));   // latest end: the onset itself
  EXPECT_FALSE(contains(windows, Frames(2699, 2849))) << "ends more than H before the onset";
  EXPECT_FALSE(contains(windows, Frames(2851, 3001))) << "ends after the onset";
  EXPECT_EQ(build.preictalCount, 151u);
  EXPECT_EQ(build.normalCount + build.ictalCount, 0u);
}

TEST(ClipSetBuilder, PreictalStrideIsAnchoredAtTheOnset) {
  ClipSetParams params = only(ClipLabel::Preictal);
  params.strideSeconds = 2;  // 60 frames: ends 3000, 2940, 2880 (2820 < 3000 - 150)
  const auto build = buildOne(params, recording(1, 10000, {seizure(7, 3000, 3300)}));
  EXPECT_EQ(framesOf(build, ClipLabel::Preictal), (std::vector<Frames>{{2730, 2880}, {2790, 2940}, {2850, 3000}}));
  for (const ClipWindow& window : build.windows) {
    EXPECT_EQ(window.sourceEventId, 7);
    EXPECT_EQ(window.recordingId, 1);
  }
}

TEST(ClipSetBuilder, SeizureNearTheStartDropsWindowsBeforeFrameZero) {
  ClipSetParams params = only(ClipLabel::Preictal);  // stride 1 s = 30 frames
  EXPECT_EQ(framesOf(buildOne(params, recording(1, 5000, {seizure(1, 200, 400)})), ClipLabel::Preictal),
            (std::vector<Frames>{{20, 170}, {50, 200}}));  // end 140 would start at -10
  EXPECT_EQ(framesOf(buildOne(params, recording(1, 5000, {seizure(1, 150, 400)})), ClipLabel::Preictal),
            (std::vector<Frames>{{0, 150}}));
  EXPECT_TRUE(buildOne(params, recording(1, 5000, {seizure(1, 149, 400)})).windows.empty());
  EXPECT_TRUE(buildOne(params, recording(1, 5000, {seizure(1, 0, 400)})).windows.empty());
}

TEST(ClipSetBuilder, SeizureNearTheEndOfTheFile) {
  ClipSetParams params;  // all labels, stride 1 s, rodent gap 60 s = 1800 frames
  params.buildIctal = true;
  // The seizure runs past the last frame (9000): its ictal part in the file is 50 frames.
  const auto build = buildOne(params, recording(1, 9000, {seizure(3, 8950, 9100)}));
  EXPECT_EQ(framesOf(build, ClipLabel::Preictal),
            (std::vector<Frames>{{8650, 8800}, {8680, 8830}, {8710, 8860}, {8740, 8890}, {8770, 8920}, {8800, 8950}}));
  // Shorter than a clip: one window centred on it (8900) pushed inside the file.
  EXPECT_EQ(framesOf(build, ClipLabel::Ictal), (std::vector<Frames>{{8850, 9000}}));
  // Normals tile from 0 by 150 and must end by 8950 - 1800 = 7150.
  const auto normals = framesOf(build, ClipLabel::Normal);
  ASSERT_EQ(normals.size(), 47u);
  EXPECT_EQ(normals.front(), Frames(0, 150));
  EXPECT_EQ(normals.back(), Frames(6900, 7050));
}

TEST(ClipSetBuilder, IctalWindowsLieInsideTheSeizure) {
  ClipSetParams params = only(ClipLabel::Ictal);  // stride 30 frames
  const auto build = buildOne(params, recording(1, 9000, {seizure(4, 1000, 1400), seizure(5, 3000, std::nullopt)}));
  // Starts 1000, 1030, ..., 1240 (1240 + 150 = 1390 <= 1400; 1270 + 150 > 1400).
  const auto windows = framesOf(build, ClipLabel::Ictal, 4);
  ASSERT_EQ(windows.size(), 9u);
  EXPECT_EQ(windows.front(), Frames(1000, 1150));
  EXPECT_EQ(windows.back(), Frames(1240, 1390));
  EXPECT_TRUE(framesOf(build, ClipLabel::Ictal, 5).empty()) << "an open seizure has no known extent";
  // A 100-frame seizure: one window with 25 frames on either side.
  EXPECT_EQ(framesOf(buildOne(params, recording(1, 9000, {seizure(6, 2000, 2100)})), ClipLabel::Ictal),
            (std::vector<Frames>{{1975, 2125}}));
}

TEST(ClipSetBuilder, PostIctalPeriodOfAnEarlierSeizureExcludesPreictalWindows) {
  ClipSetParams params = only(ClipLabel::Preictal);
  params.strideSeconds = kOneFrame;
  // Seizure 1 ends at 1300; with 60 s = 1800 frames post-ictal, quiet from 3100.
  const auto build = buildOne(params, recording(1, 10000, {seizure(1, 1000, 1300), seizure(2, 3350, 3500)}));
  const auto second = framesOf(build, ClipLabel::Preictal, 2);
  ASSERT_EQ(second.size(), 101u);                 // ends 3250..3350
  EXPECT_EQ(second.front(), Frames(3100, 3250));  // starts exactly where the post-ictal period ends
  EXPECT_EQ(second.back(), Frames(3200, 3350));
  EXPECT_FALSE(contains(second, Frames(3099, 3249)));
  EXPECT_EQ(framesOf(build, ClipLabel::Preictal, 1).size(), 151u);

  params.postIctalSeconds = 0;  // only the seizure itself: every end 3200..3350
  EXPECT_EQ(framesOf(buildOne(params, recording(1, 10000, {seizure(1, 1000, 1300), seizure(2, 3350, 3500)})),
                     ClipLabel::Preictal, 2)
                .size(),
            151u);
}

TEST(ClipSetBuilder, BackToBackSeizures) {
  ClipSetParams params;
  params.buildIctal = true;
  const auto build = buildOne(params, recording(1, 6000, {seizure(1, 1000, 1300), seizure(2, 1300, 1600)}));
  EXPECT_EQ(framesOf(build, ClipLabel::Preictal, 1).size(), 6u);  // ends 850..1000 by 30
  EXPECT_TRUE(framesOf(build, ClipLabel::Preictal, 2).empty()) << "every window would overlap seizure 1";
  EXPECT_EQ(framesOf(build, ClipLabel::Ictal, 1),
            (std::vector<Frames>{{1000, 1150}, {1030, 1180}, {1060, 1210}, {1090, 1240}, {1120, 1270}, {1150, 1300}}));
  EXPECT_EQ(framesOf(build, ClipLabel::Ictal, 2).size(), 6u);
  // Normals: before 1000 - 1800 (none) or from 1600 + 1800 = 3400, on the 150 grid: 3450..5850.
  const auto normals = framesOf(build, ClipLabel::Normal);
  ASSERT_EQ(normals.size(), 17u);
  EXPECT_EQ(normals.front(), Frames(3450, 3600));
  EXPECT_EQ(normals.back(), Frames(5850, 6000));
}

TEST(ClipSetBuilder, ASeizureBetweenWindowAndOnsetTakesTheWindow) {
  ClipSetParams params = only(ClipLabel::Preictal);
  params.postIctalSeconds = 0;
  // A 20-frame seizure inside the horizon of the next one: windows ending
  // before 2900 are pre-ictal to seizure 1, not to seizure 2.
  const auto build = buildOne(params, recording(1, 6000, {seizure(1, 2900, 2920), seizure(2, 3000, 3100)}));
  EXPECT_TRUE(framesOf(build, ClipLabel::Preictal, 2).empty());
  EXPECT_EQ(framesOf(build, ClipLabel::Preictal, 1).size(), 6u);
}

TEST(ClipSetBuilder, NormalGapBoundaryToTheFrame) {
  ClipSetParams params = only(ClipLabel::Normal);
  params.normalStrideSeconds = kOneFrame;
  // Rodent gap 60 s = 1800 frames: end <= 3000 - 1800 = 1200 or start >= 3300 + 1800 = 5100.
  const auto normals = framesOf(buildOne(params, recording(1, 6000, {seizure(1, 3000, 3300)})), ClipLabel::Normal);
  EXPECT_TRUE(contains(normals, Frames(1050, 1200)));
  EXPECT_FALSE(contains(normals, Frames(1051, 1201)));
  EXPECT_TRUE(contains(normals, Frames(5100, 5250)));
  EXPECT_FALSE(contains(normals, Frames(5099, 5249)));
  EXPECT_EQ(normals.front(), Frames(0, 150));
  EXPECT_EQ(normals.back(), Frames(5850, 6000));
  EXPECT_EQ(normals.size(), 1051u + 751u);
}

TEST(ClipSetBuilder, HumanAndRodentGapDefaults) {
  EXPECT_EQ(defaultInterIctalGapSeconds(Species::Rodent), 60.0);
  EXPECT_EQ(defaultInterIctalGapSeconds(Species::Human), 1800.0);
  ClipSetParams params = only(ClipLabel::Normal);
  // One hour at 30 fps, seizure at 2000 s. Human: 30 min = 54000 frames, so
  // normals end by 6000; nothing after (60300 + 54000 > 108000).
  const auto human =
      framesOf(buildOne(params, recording(1, 108000, {seizure(1, 60000, 60300)}, Species::Human)), ClipLabel::Normal);
  ASSERT_EQ(human.size(), 40u);
  EXPECT_EQ(human.back(), Frames(5850, 6000));
  // Rodent: end by 58200, start from 62100 (grid: 62100 = 414 * 150).
  const auto rodent =
      framesOf(buildOne(params, recording(1, 108000, {seizure(1, 60000, 60300)}, Species::Rodent)), ClipLabel::Normal);
  EXPECT_TRUE(contains(rodent, Frames(58050, 58200)));
  EXPECT_FALSE(contains(rodent, Frames(58200, 58350)));
  EXPECT_TRUE(contains(rodent, Frames(62100, 62250)));
  EXPECT_FALSE(contains(rodent, Frames(61950, 62100)));
  EXPECT_EQ(rodent.size(), 388u + 306u);
}

TEST(ClipSetBuilder, RecordingWithoutSeizures) {
  ClipSetParams params;
  params.buildIctal = true;
  const auto build = buildOne(params, recording(1, 1000));
  EXPECT_EQ(framesOf(build, ClipLabel::Normal),
            (std::vector<Frames>{{0, 150}, {150, 300}, {300, 450}, {450, 600}, {600, 750}, {750, 900}}));
  EXPECT_EQ(build.preictalCount + build.ictalCount, 0u);
  EXPECT_TRUE(buildOne(params, recording(1, 149)).windows.empty()) << "shorter than one clip";
  EXPECT_TRUE(buildOne(params, recording(1, 0)).windows.empty());
}

TEST(ClipSetBuilder, NonIntegerFrameRate) {
  // 30000/1001 fps: L = 10 s = 300 frames (299.7), H = 3 s = 90 (89.91),
  // stride 1 s = 30 (29.97), rodent gap 60 s = 1798 (1798.2).
  ClipSetParams params;
  params.clipSeconds = 10;
  params.horizonSeconds = 3;
  params.buildIctal = true;
  params.normalStrideSeconds = 1.0 / 29.97;  // one frame
  const auto build =
      buildOne(params, recording(1, 20000, {seizure(9, 5000, 5600)}, Species::Rodent, FrameRate{30000, 1001}));
  EXPECT_EQ(framesOf(build, ClipLabel::Preictal),
            (std::vector<Frames>{{4610, 4910}, {4640, 4940}, {4670, 4970}, {4700, 5000}}));
  const auto ictal = framesOf(build, ClipLabel::Ictal);
  ASSERT_EQ(ictal.size(), 11u);  // starts 5000..5300 by 30
  EXPECT_EQ(ictal.back(), Frames(5300, 5600));
  const auto normals = framesOf(build, ClipLabel::Normal);
  // End <= 5000 - 1798 = 3202; start >= 5600 + 1798 = 7398.
  EXPECT_TRUE(contains(normals, Frames(2902, 3202)));
  EXPECT_FALSE(contains(normals, Frames(2903, 3203)));
  EXPECT_TRUE(contains(normals, Frames(7398, 7698)));
  EXPECT_FALSE(contains(normals, Frames(7397, 7697)));
  EXPECT_EQ(normals.size(), 2903u + 12303u);
}

TEST(ClipSetBuilder, OpenSeizureLastsUntilTheNextOnset) {
  ClipSetParams params;
  params.buildIctal = true;
  const auto build = buildOne(params, recording(1, 20000, {seizure(1, 3000, std::nullopt), seizure(2, 8000, 8300)}));
  EXPECT_EQ(build.openSeizureCount, 1u);
  EXPECT_EQ(framesOf(build, ClipLabel::Preictal, 1).size(), 6u) << "the onset of an open seizure is known";
  EXPECT_TRUE(framesOf(build, ClipLabel::Preictal, 2).empty()) << "seizure 1 may last until 8000";
  EXPECT_TRUE(framesOf(build, ClipLabel::Ictal, 1).empty());
  EXPECT_EQ(framesOf(build, ClipLabel::Ictal, 2).size(), 6u);
  // Normals: end by 3000 - 1800 = 1200, or start from 8300 + 1800 = 10100 (grid: 10200).
  const auto normals = framesOf(build, ClipLabel::Normal);
  EXPECT_EQ(normals.size(), 8u + 65u);
  EXPECT_TRUE(contains(normals, Frames(1050, 1200)));
  EXPECT_TRUE(contains(normals, Frames(10200, 10350)));
  EXPECT_FALSE(contains(normals, Frames(10050, 10200)));

  // The last seizure open: it may last to the end of the file.
  const auto last = buildOne(params, recording(1, 20000, {seizure(1, 10000, std::nullopt)}));
  const auto lastNormals = framesOf(last, ClipLabel::Normal);
  ASSERT_FALSE(lastNormals.empty());
  EXPECT_EQ(lastNormals.back(), Frames(7950, 8100));  // must end by 10000 - 1800 = 8200; grid of 150
}

TEST(ClipSetBuilder, ArtifactsExcludeNormalsOnlyWhenAsked) {
  ClipSetParams params;
  params.buildIctal = true;
  const RecordingTimeline timeline = recording(
      1, 3000,
      {TimelineEvent{1, 400, 500, EventKind::Artifact}, TimelineEvent{2, 1000, std::nullopt, EventKind::Other}});
  const auto build = buildOne(params, timeline);
  const auto normals = framesOf(build, ClipLabel::Normal);
  EXPECT_EQ(normals.size(), 17u);  // 20 tiles minus [300,450), [450,600), [900,1050)
  EXPECT_FALSE(contains(normals, Frames(300, 450)));
  EXPECT_FALSE(contains(normals, Frames(450, 600)));
  EXPECT_FALSE(contains(normals, Frames(900, 1050)));
  EXPECT_TRUE(contains(normals, Frames(1050, 1200)));
  EXPECT_EQ(build.preictalCount + build.ictalCount, 0u) << "artifacts never make windows";
  params.artifactsExcludeNormals = false;
  EXPECT_EQ(buildOne(params, timeline).normalCount, 20u);
}

TEST(ClipSetBuilder, CapsAreDeterministicForASeedAndDifferAcrossSeeds) {
  ClipSetParams params = only(ClipLabel::Normal);
  params.maxNormalPerRecording = 10;
  params.seed = 1;
  const std::vector<RecordingTimeline> recordings = {recording(1, 108000), recording(2, 108000)};
  const auto first = ClipSetBuilder(params).build(recordings);
  const auto again = ClipSetBuilder(params).build(recordings);
  EXPECT_EQ(first.windows, again.windows);
  EXPECT_EQ(first.normalCount, 20u);
  for (const ClipWindow& window : first.windows) EXPECT_EQ(window.startFrame % 150, 0);
  params.seed = 2;
  const auto other = ClipSetBuilder(params).build(recordings);
  EXPECT_EQ(other.normalCount, 20u);
  EXPECT_NE(first.windows, other.windows);
  // A recording's draw does not depend on the others in the set.
  const auto alone = ClipSetBuilder(params).build(std::vector<RecordingTimeline>{recordings[1]});
  EXPECT_EQ(alone.windows, std::vector<ClipWindow>(other.windows.begin() + 10, other.windows.end()));
}

TEST(ClipSetBuilder, BalancingAndPerSeizureCaps) {
  ClipSetParams params;
  params.normalPerPreictal = 1;
  const auto build = buildOne(params, recording(1, 108000, {seizure(1, 60000, 60300)}));
  EXPECT_EQ(build.preictalCount, 6u);
  EXPECT_EQ(build.normalCount, 6u);
  params.normalPerPreictal = 0;
  params.maxPreictalPerSeizure = 2;
  params.buildNormal = false;
  const auto capped = buildOne(params, recording(1, 108000, {seizure(1, 60000, 60300)}));
  ASSERT_EQ(capped.preictalCount, 2u);
  for (const ClipWindow& window : capped.windows) {
    EXPECT_EQ((60000 - window.endFrame) % 30, 0);
    EXPECT_LE(60000 - window.endFrame, 150);
  }
}

TEST(ClipSetBuilder, OutputDoesNotDependOnInputOrder) {
  ClipSetParams params;
  params.buildIctal = true;
  params.maxNormalPerRecording = 5;
  std::vector<RecordingTimeline> recordings = {
      recording(3, 30000, {seizure(31, 20000, 20600), seizure(30, 9000, 9300)}),
      recording(1, 30000, {seizure(10, 5000, 5400)}), recording(2, 30000)};
  const auto forward = ClipSetBuilder(params).build(recordings);
  std::reverse(recordings.begin(), recordings.end());
  std::reverse(recordings[0].events.begin(), recordings[0].events.end());
  EXPECT_EQ(ClipSetBuilder(params).build(recordings).windows, forward.windows);
  EXPECT_EQ(forward.windows.front().recordingId, 1);
  EXPECT_EQ(forward.windows.back().recordingId, 3);
}

TEST(ClipSetBuilder, RejectsBadInputWithTheObjectNamed) {
  ClipSetParams params;
  params.clipSeconds = 2;
  EXPECT_THROW(ClipSetBuilder{params}, Error);
  params.clipSeconds = 5;
  const ClipSetBuilder builder(params);
  try {
    builder.build(std::vector<RecordingTimeline>{recording(4, 1000, {seizure(12, 500, 400)})});
    FAIL() << "offset before onset was accepted";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("recording #4"), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("event #12"), std::string::npos) << error.what();
  }
  EXPECT_THROW(builder.build(std::vector<RecordingTimeline>{recording(4, 1000), recording(4, 1000)}), Error);
  EXPECT_THROW(builder.build(std::vector<RecordingTimeline>{recording(4, 1000, {}, Species::Human, FrameRate{0, 1})}),
               Error);
}

TEST(ClipSetBuilder, SpeciesKeepsOnlyThatSpeciesRecordings) {
  // Recording 2 is human and would fail if checked (frame rate 0): a filtered
  // recording is no part of the set at all.
  const std::vector<RecordingTimeline> recordings = {
      recording(1, 3000, {seizure(10, 1500, 1600)}, Species::Rodent),
      recording(2, 3000, {seizure(20, 1500, std::nullopt)}, Species::Human, FrameRate{0, 1}),
      recording(3, 3000, {seizure(30, 2000, 2100)}, Species::Rodent)};
  ClipSetParams params = only(ClipLabel::Preictal);
  params.species = Species::Rodent;
  const ClipSetBuild rodents = ClipSetBuilder(params).build(recordings);
  ASSERT_FALSE(rodents.windows.empty());
  for (const ClipWindow& window : rodents.windows) EXPECT_NE(window.recordingId, 2);
  EXPECT_EQ(rodents.openSeizureCount, 0u);
  // Horizon 5 s at 30 fps, stride 1 s: ends at the onset, 30, 60, ..., 150 frames before.
  EXPECT_EQ(framesOf(rodents, ClipLabel::Preictal, 10).size(), 6u);
  EXPECT_EQ(framesOf(rodents, ClipLabel::Preictal, 30).size(), 6u);
  params.species = Species::Human;
  EXPECT_THROW(ClipSetBuilder(params).build(recordings), Error);  // now recording 2 is checked
}

// Two raters marked one seizure (issue 14): rater 7 from 3000, rater 8 from
// 3030. It is one seizure from the earlier onset to the later offset: its
// pre-ictal windows end by 3000 (none reaches into frames rater 7 called
// ictal), and its ictal windows are not counted twice.
TEST(ClipSetBuilder, TwoRatersMarksOfOneSeizureAreOneSeizure) {
  ClipSetParams params;
  params.buildIctal = true;
  const auto one = buildOne(params, recording(1, 20000, {seizure(7, 3000, 3400)}));
  const auto two = buildOne(params, recording(1, 20000, {seizure(7, 3000, 3300), seizure(8, 3030, 3400)}));
  EXPECT_EQ(framesOf(two, ClipLabel::Preictal), framesOf(one, ClipLabel::Preictal));
  EXPECT_EQ(framesOf(two, ClipLabel::Ictal), framesOf(one, ClipLabel::Ictal));
  EXPECT_EQ(framesOf(two, ClipLabel::Normal), framesOf(one, ClipLabel::Normal));
  for (const ClipWindow& w : two.windows) {
    if (w.label != ClipLabel::Normal) {
      EXPECT_EQ(w.sourceEventId, 7);
    }
  }
  EXPECT_TRUE(framesOf(two, ClipLabel::Preictal, 8).empty());
}

TEST(SeizureUnion, OverlappingMarksMergeAndOthersStay) {
  using M = SeizureMark;
  const auto merged = unionOfSeizures({M{5, 200, 300}, M{2, 100, 150}, M{9, 140, 260}, M{4, 300, 310}, M{6, 400, {}},
                                       M{7, 400, {}}, M{8, 500, {}}, M{3, 450, 520}});
  ASSERT_EQ(merged.size(), 4u);
  // 100-150, 140-260 and 200-300 chain into one; 300-310 touches only.
  EXPECT_EQ(merged[0].id, 2);
  EXPECT_EQ(merged[0].onset, 100);
  EXPECT_EQ(merged[0].offset, std::optional<std::int64_t>(300));
  EXPECT_EQ(merged[1].id, 4);
  // Two open marks on one frame stay open; a closed mark over an open one
  // closes the seizure.
  EXPECT_EQ(merged[2].id, 6);
  EXPECT_FALSE(merged[2].offset);
  EXPECT_EQ(merged[3].id, 3);
  EXPECT_EQ(merged[3].offset, std::optional<std::int64_t>(520));
  // One rater's seizures never overlap: nothing changes.
  const std::vector<M> single{M{1, 10, 20}, M{2, 20, 30}, M{3, 40, {}}};
  const auto same = unionOfSeizures(single);
  ASSERT_EQ(same.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(same[i].id, single[i].id);
}

}  // namespace
}  // namespace prodrome::core::test
