// The timing model: layout, pre-ictal phases, decoys, twitches.

#include "core/Error.h"
#include "core/synth/Schedule.h"

#include <gtest/gtest.h>

using namespace prodrome::core;
using namespace prodrome::core::synth;

namespace {

Schedule plan(Species s, double seconds, int seizures, double difficulty, std::uint64_t seed, double fps = 15) {
  return makeSchedule(s, seconds, fps, seizures, DifficultyModel{difficulty}, SynthRandom(seed));
}

}  // namespace

TEST(Schedule, DefaultsFitBothSpeciesForEverySeed) {
  // SynthOptions' defaults: 5 minutes, 3 seizures.
  for (Species s : {Species::Rodent, Species::Human}) {
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
      const Schedule p = plan(s, 300, 3, 0.5, seed);
      ASSERT_EQ(p.seizures.size(), 3u);
      EXPECT_EQ(p.frameCount, 4500);
      EXPECT_GE(p.minQuietSeconds, 10 + 8 + 5 - 0.2);
    }
  }
}

TEST(Schedule, SeizuresArePlacedWithPreictalPhasesAndStillness) {
  for (Species species : {Species::Rodent, Species::Human}) {
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
      const Schedule s = plan(species, 600, 4, 0.5, seed);
      ASSERT_EQ(s.seizures.size(), 4u);
      std::int64_t previousEnd = 0;
      for (const PlannedSeizure& p : s.seizures) {
        EXPECT_GE(p.onset, 25 * 15 - 1);
        EXPECT_GT(p.offset, p.onset);
        EXPECT_GE(p.stillnessEnd, p.offset);
        EXPECT_LE(p.stillnessEnd, s.frameCount);
        ASSERT_GE(p.cueIndex, 0);
        const CueEpisode& cue = s.cues[static_cast<size_t>(p.cueIndex)];
        EXPECT_FALSE(cue.decoy);
        EXPECT_EQ(cue.end, p.onset);
        EXPECT_GE(cue.end - cue.start, 8 * 15 - 1);
        EXPECT_LE(cue.end - cue.start, 20 * 15 + 1);
        EXPECT_GE(cue.start, previousEnd);  // stillness never meets the next pre-ictal phase
        previousEnd = p.stillnessEnd;
        if (species == Species::Rodent) {
          EXPECT_EQ(p.type, "Racine " + std::to_string(p.stage));
        } else {
          EXPECT_TRUE(p.type == "tonic-clonic" || p.type == "focal clonic") << p.type;
        }
      }
      // 10 minutes leave room for the preferred 80-s quiet spans.
      EXPECT_GE(s.minQuietSeconds, kPreferredQuietSeconds - 0.2);
    }
  }
}

TEST(Schedule, DecoysLieInNormalTimeAndGrowWithDifficulty) {
  int easy = 0, hard = 0;
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    for (double d : {0.0, 1.0}) {
      const Schedule s = plan(Species::Rodent, 600, 3, d, seed);
      for (const CueEpisode& c : s.cues) {
        if (!c.decoy) continue;
        (d == 0 ? easy : hard) += 1;
        for (const PlannedSeizure& p : s.seizures) {
          const CueEpisode& pre = s.cues[static_cast<size_t>(p.cueIndex)];
          EXPECT_TRUE(c.end <= pre.start || c.start >= p.stillnessEnd);
        }
      }
    }
  }
  EXPECT_GE(easy, 40);  // at least one per recording
  EXPECT_GT(hard, 3 * easy);
}

TEST(Schedule, TwitchesBecomeMoreFrequentTowardsOnsetAndCueStrengthFallsWithDifficulty) {
  int early = 0, late = 0;
  double strengthEasy = 0, strengthHard = 0;
  for (std::uint64_t seed = 1; seed <= 60; ++seed) {
    const Schedule s = plan(Species::Human, 600, 3, 0.0, seed);
    const Schedule h = plan(Species::Human, 600, 3, 1.0, seed);
    for (const PlannedSeizure& p : s.seizures) {
      const CueEpisode& c = s.cues[static_cast<size_t>(p.cueIndex)];
      strengthEasy += c.strength;
      for (const Twitch& t : c.twitches) {
        EXPECT_GE(t.frame, c.start);
        EXPECT_LT(t.frame, c.end);
        (t.frame < (c.start + c.end) / 2 ? early : late) += 1;
      }
    }
    for (const PlannedSeizure& p : h.seizures) strengthHard += h.cues[static_cast<size_t>(p.cueIndex)].strength;
  }
  // Rate 0.2 + 1.8 p^2: the second half holds 7/8 of the extra rate.
  EXPECT_GT(late, 2 * early);
  EXPECT_GT(strengthEasy, 2.5 * strengthHard);
}

TEST(Schedule, CursorReportsPhasesArrestAndTwitches) {
  const Schedule s = plan(Species::Rodent, 300, 2, 0.2, 9);
  ScheduleCursor cursor(s);
  const PlannedSeizure& p = s.seizures[0];
  const CueEpisode& cue = s.cues[static_cast<size_t>(p.cueIndex)];
  EXPECT_EQ(cursor.at(p.onset).phase, Phase::Ictal);
  EXPECT_EQ(cursor.at(p.offset - 1).phase, Phase::Ictal);
  EXPECT_EQ(cursor.at(p.offset).phase, Phase::Postictal);
  const Moment late = cursor.at(p.onset - 1);
  EXPECT_EQ(late.phase, Phase::Preictal);
  EXPECT_NEAR(late.arrest, cue.strength, 1e-6);
  EXPECT_LT(cursor.at(cue.start).arrest, 0.01f);
  ASSERT_FALSE(cue.twitches.empty());
  const Moment t = cursor.at(cue.twitches.back().frame);
  EXPECT_EQ(t.twitchAge, 0);
  EXPECT_EQ(t.twitch.frame, cue.twitches.back().frame);
  EXPECT_EQ(cursor.at(0).phase, Phase::Normal);
}

TEST(Schedule, SameSeedSamePlanAndTooShortRecordingsAreRefused) {
  const Schedule a = plan(Species::Human, 400, 3, 0.5, 4), b = plan(Species::Human, 400, 3, 0.5, 4);
  ASSERT_EQ(a.seizures.size(), b.seizures.size());
  for (size_t i = 0; i < a.seizures.size(); ++i) EXPECT_EQ(a.seizures[i].onset, b.seizures[i].onset);
  ASSERT_EQ(a.cues.size(), b.cues.size());
  try {
    plan(Species::Human, 120, 4, 0.5, 1);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("needs at least"), std::string::npos) << e.what();
  }
  EXPECT_THROW(plan(Species::Rodent, 0, 1, 0.5, 1), Error);
  EXPECT_EQ(plan(Species::Rodent, 60, 0, 0.5, 1).seizures.size(), 0u);
}
