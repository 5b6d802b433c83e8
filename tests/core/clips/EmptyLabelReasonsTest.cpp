#include "core/clips/EmptyLabelReasons.h"
#include "tests/core/clips/ClipTestUtil.h"

#include <gtest/gtest.h>

namespace prodrome::core::test {
namespace {

std::vector<RecordingTimeline> one(RecordingTimeline r) { return {std::move(r)}; }

QStringList reasonsFor(const ClipSetParams& params, const std::vector<RecordingTimeline>& recordings) {
  return emptyLabelReasons(params, recordings, ClipSetBuilder(params).build(recordings));
}

// The demo's case: 5-minute human recordings and the default human gap.
TEST(EmptyLabelReasons, AShortHumanRecordingInsideTheGapSaysSoAndNamesTheField) {
  ClipSetParams params;
  params.buildIctal = false;
  params.humanGapSeconds = 1800;
  const auto recordings = one(recording(1, 9000, {seizure(1, 4500, 4800)}, Species::Human));  // 300 s at 30 fps
  const auto build = ClipSetBuilder(params).build(recordings);
  ASSERT_GT(build.preictalCount, 0u);
  ASSERT_EQ(build.normalCount, 0u);
  const QStringList reasons = emptyLabelReasons(params, recordings, build);
  ASSERT_EQ(reasons.size(), 1) << reasons.join('|').toStdString();
  EXPECT_TRUE(reasons[0].contains("No normal human windows")) << reasons[0].toStdString();
  EXPECT_TRUE(reasons[0].contains("(1800 s)")) << reasons[0].toStdString();
  EXPECT_TRUE(reasons[0].contains("lasts 0 s")) << reasons[0].toStdString();  // nothing is 1800 s from the seizure
  EXPECT_TRUE(reasons[0].contains("Inter-ictal gap, human")) << reasons[0].toStdString();
  // A gap that fits gives normals, and no reason.
  params.humanGapSeconds = 60;
  EXPECT_TRUE(reasonsFor(params, recordings).isEmpty());
}

TEST(EmptyLabelReasons, TheLongestClearStretchIsReported) {
  ClipSetParams params = only(ClipLabel::Normal);
  params.rodentGapSeconds = 100;
  params.clipSeconds = 10;
  // 300 s; the seizure [150 s, 160 s) blocks [50 s, 260 s): 50 s free at the start, 40 s at the end... both fit.
  EXPECT_TRUE(reasonsFor(params, one(recording(1, 9000, {seizure(1, 4500, 4800)}))).isEmpty());
  params.rodentGapSeconds = 145;  // blocks [5 s, 305 s): 5 s at the start
  const auto reasons = reasonsFor(params, one(recording(1, 9000, {seizure(1, 4500, 4800)})));
  ASSERT_EQ(reasons.size(), 1);
  EXPECT_TRUE(reasons[0].contains("No normal rodent windows")) << reasons[0].toStdString();
  EXPECT_TRUE(reasons[0].contains("lasts 5 s, a clip needs 10 s")) << reasons[0].toStdString();
}

// One species empty while the other has normals: the empty one is named.
TEST(EmptyLabelReasons, ASpeciesWithoutNormalsIsNamedBesideOneWithThem) {
  ClipSetParams params = only(ClipLabel::Normal);
  params.rodentGapSeconds = 145;
  params.humanGapSeconds = 10;
  params.clipSeconds = 10;
  const std::vector<RecordingTimeline> recordings{recording(1, 9000, {seizure(1, 4500, 4800)}, Species::Rodent),
                                                  recording(2, 9000, {seizure(2, 4500, 4800)}, Species::Human)};
  const auto build = ClipSetBuilder(params).build(recordings);
  ASSERT_GT(build.normalCount, 0u);
  const auto reasons = emptyLabelReasons(params, recordings, build);
  ASSERT_EQ(reasons.size(), 1) << reasons.join('|').toStdString();
  EXPECT_TRUE(reasons[0].contains("No normal rodent windows")) << reasons[0].toStdString();
}

TEST(EmptyLabelReasons, PreictalReasons) {
  ClipSetParams params = only(ClipLabel::Preictal);
  EXPECT_TRUE(reasonsFor(params, one(recording(1, 9000)))[0].contains("no seizure is annotated"));
  params.clipSeconds = 10;
  // The only seizure begins 5 s in: no 10-s window fits before it.
  EXPECT_TRUE(reasonsFor(params, one(recording(1, 9000, {seizure(1, 150, 300)})))[0].contains("first 10 s"));
  // The second seizure's windows all reach into the first one's post-ictal period.
  params.postIctalSeconds = 60;
  const auto late = reasonsFor(params, one(recording(1, 9000, {seizure(1, 100, 200), seizure(2, 1000, 1100)})));
  // The first seizure at 3.3 s has no room either; the second meets the first's post-ictal period.
  ASSERT_EQ(late.size(), 1);
  EXPECT_TRUE(late[0].contains("post-ictal period (60 s)")) << late[0].toStdString();
}

TEST(EmptyLabelReasons, CapsAndMissingRecordingsAreNamed) {
  ClipSetParams params = only(ClipLabel::Normal);
  params.normalPerPreictal = 2;  // and no pre-ictal windows are built
  EXPECT_TRUE(reasonsFor(params, one(recording(1, 9000)))[0].contains("'normal per pre-ictal'"));
  ClipSetParams human = only(ClipLabel::Normal);
  human.species = Species::Human;
  EXPECT_TRUE(reasonsFor(human, one(recording(1, 9000)))[0].contains("no human recordings"));
  ClipSetParams longClips = only(ClipLabel::Normal);
  longClips.clipSeconds = 10;
  EXPECT_TRUE(reasonsFor(longClips, one(recording(1, 150)))[0].contains("shorter than the clip length"));
}

TEST(EmptyLabelReasons, ArtifactsThatCoverTheClearStretchesAreNamed) {
  ClipSetParams params = only(ClipLabel::Normal);
  params.artifactsExcludeNormals = true;
  params.clipSeconds = 10;
  TimelineEvent artifact{2, 0, 9000, EventKind::Artifact};
  const auto reasons = reasonsFor(params, one(recording(1, 9000, {artifact})));
  ASSERT_EQ(reasons.size(), 1);
  EXPECT_TRUE(reasons[0].contains("artifacts")) << reasons[0].toStdString();
}

}  // namespace
}  // namespace prodrome::core::test
