#include "ClipTestUtil.h"

#include "core/Error.h"
#include "core/clips/EpisodeSampler.h"

#include <gtest/gtest.h>

#include <set>

namespace prodrome::core::test {
namespace {

// Pool: recordings 1..4, one seizure each, 6 pre-ictal windows (overlapping,
// stride 1 s) and tiles of normals; plus ictal windows that episodes ignore.
std::vector<ClipWindow> pool() {
  ClipSetParams params;
  params.buildIctal = true;
  std::vector<RecordingTimeline> recordings;
  for (std::int64_t r = 1; r <= 4; ++r) recordings.push_back(recording(r, 9000, {seizure(r, 4000, 4300)}));
  return ClipSetBuilder(params).build(recordings).windows;
}

bool overlaps(const ClipWindow& a, const ClipWindow& b) {
  return a.recordingId == b.recordingId && a.startFrame < b.endFrame && b.startFrame < a.endFrame;
}

TEST(EpisodeSampler, SupportHasKPerClassAndQueryIsDisjoint) {
  const auto clips = pool();
  EpisodeOptions options;
  options.shots = 3;
  options.seed = 11;
  const Episode episode = sampleEpisode(clips, options);
  EXPECT_EQ(episode.shots, 3);
  EXPECT_EQ(episode.seed, 11);
  ASSERT_EQ(episode.support.size(), 6u);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(clips[episode.support[i]].label, ClipLabel::Preictal);
  for (int i = 3; i < 6; ++i) EXPECT_EQ(clips[episode.support[i]].label, ClipLabel::Normal);
  EXPECT_FALSE(episode.query.empty());
  const std::set<std::size_t> support(episode.support.begin(), episode.support.end());
  EXPECT_EQ(support.size(), 6u);
  for (std::size_t q : episode.query) {
    EXPECT_FALSE(support.count(q));
    EXPECT_NE(clips[q].label, ClipLabel::Ictal);
    for (std::size_t s : episode.support) EXPECT_FALSE(overlaps(clips[q], clips[s])) << q << " vs " << s;
  }
}

TEST(EpisodeSampler, DeterministicForASeedAndDifferentAcrossSeeds) {
  const auto clips = pool();
  EpisodeOptions options;
  options.shots = 2;
  options.queryPerClass = 3;
  options.seed = 5;
  const Episode a = sampleEpisode(clips, options);
  const Episode b = sampleEpisode(clips, options);
  EXPECT_EQ(a.support, b.support);
  EXPECT_EQ(a.query, b.query);
  EXPECT_EQ(a.query.size(), 6u);
  bool differs = false;
  for (std::int64_t seed = 6; seed < 16 && !differs; ++seed) {
    options.seed = seed;
    const Episode other = sampleEpisode(clips, options);
    differs = other.support != a.support || other.query != a.query;
  }
  EXPECT_TRUE(differs);
}

TEST(EpisodeSampler, DisjointRecordings) {
  const auto clips = pool();
  EpisodeOptions options;
  options.shots = 1;
  options.disjointRecordings = true;
  for (std::int64_t seed = 0; seed < 10; ++seed) {
    options.seed = seed;
    const Episode episode = sampleEpisode(clips, options);
    std::set<std::int64_t> supportRecordings;
    for (std::size_t s : episode.support) supportRecordings.insert(clips[s].recordingId);
    ASSERT_FALSE(episode.query.empty());
    for (std::size_t q : episode.query) EXPECT_FALSE(supportRecordings.count(clips[q].recordingId));
  }
}

TEST(EpisodeSampler, SameFramesUnderAnotherIndexAreTheSameClip) {
  std::vector<ClipWindow> clips(4);
  clips[0] = ClipWindow{1, 1, 0, 150, ClipLabel::Preictal, 1, {}};
  clips[1] = ClipWindow{1, 1, 0, 150, ClipLabel::Preictal, 1, {}};  // a duplicate row
  clips[2] = ClipWindow{1, 1, 1000, 1150, ClipLabel::Normal, std::nullopt, {}};
  clips[3] = ClipWindow{1, 1, 2000, 2150, ClipLabel::Normal, std::nullopt, {}};
  EpisodeOptions options;
  options.shots = 1;
  options.excludeOverlapping = false;
  for (std::int64_t seed = 0; seed < 8; ++seed) {
    options.seed = seed;
    const Episode episode = sampleEpisode(clips, options);
    for (std::size_t q : episode.query)
      for (std::size_t s : episode.support)
        EXPECT_FALSE(clips[q].startFrame == clips[s].startFrame && clips[q].recordingId == clips[s].recordingId);
  }
}

TEST(EpisodeSampler, TooSmallPoolsSayWhy) {
  const auto clips = pool();  // 24 pre-ictal windows
  EpisodeOptions options;
  options.shots = 25;
  try {
    sampleEpisode(clips, options);
    FAIL();
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("24 pre-ictal"), std::string::npos) << error.what();
  }
  options.shots = 2;
  options.queryPerClass = 1000;
  EXPECT_THROW(sampleEpisode(clips, options), Error);
  options.shots = 0;
  EXPECT_THROW(sampleEpisode(clips, options), Error);
}

}  // namespace
}  // namespace prodrome::core::test
