// synthesize(): videos decode with the exact frame count, the project holds
// the subjects, recordings and events that were rendered, same seed → same
// file, cancelling leaves nothing half done.

#include "core/Error.h"
#include "core/synth/RecordingRenderer.h"
#include "core/synth/SynthProject.h"
#include "core/video/VideoSource.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "database/SubjectStore.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace prodrome;
using namespace prodrome::core::synth;

namespace {

class SynthProject : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = test::scratchDirectory("synth") / std::to_string(counter++);
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_.emplace(database::openProject(dir_ / "project.db"));
  }

  SynthOptions small(const std::string& species) const {
    SynthOptions o;
    o.species = species;
    o.subjects = 2;
    o.minutes = 1.5;
    o.seizures = 1;
    o.seed = 3;
    o.width = 64;
    o.height = 48;
    o.fps = 10;
    o.outputDir = dir_ / "videos";
    return o;
  }

  std::filesystem::path dir_;
  std::optional<database::Database> db_;
};

}  // namespace

TEST_F(SynthProject, StoresWhatWasRenderedAndVideosDecodeWithTheExactFrameCount) {
  for (const char* species : {"rodent", "human"}) {
    const SynthOptions o = small(species);
    std::vector<double> fractions;
    const SynthSummary summary = synthesize(*db_, o, [&](double f) { fractions.push_back(f); });
    ASSERT_EQ(summary.recordings.size(), 2u);
    ASSERT_FALSE(fractions.empty());
    EXPECT_EQ(fractions.back(), 1.0);
    EXPECT_TRUE(std::is_sorted(fractions.begin(), fractions.end()));
    for (int i = 0; i < 2; ++i) {
      const SynthRecording& r = summary.recordings[static_cast<size_t>(i)];
      EXPECT_EQ(r.subjectCode, synthSubjectCode(o, i));
      // The stored rows.
      const auto subject = database::SubjectStore(*db_).find(r.subjectId);
      ASSERT_TRUE(subject);
      EXPECT_EQ(subject->code, r.subjectCode);
      EXPECT_EQ(std::string(database::toString(subject->species)), species);
      const auto recording = database::RecordingStore(*db_).find(r.recordingId);
      ASSERT_TRUE(recording);
      EXPECT_EQ(recording->frameCount, 900);
      EXPECT_EQ(recording->fps, 10);
      EXPECT_EQ(recording->width, 64);
      EXPECT_EQ(std::filesystem::path(recording->path), r.video);
      // Decoding every frame gives exactly the rendered count.
      core::VideoSource source(r.video);
      std::int64_t decoded = 0;
      while (source.next()) ++decoded;
      EXPECT_EQ(decoded, 900);
      // Events equal the renderer's ground truth for that subject's seed.
      RecordingSpec spec{database::speciesFromString(species), 64, 48, 10, 90, 1, 0.5, synthSubjectSeed(o, i)};
      const RecordingRenderer plan(spec);
      const auto events = database::EventStore(*db_).listByRecording(r.recordingId);
      ASSERT_EQ(events.size(), plan.schedule().seizures.size());
      ASSERT_EQ(r.seizures.size(), events.size());
      for (size_t k = 0; k < events.size(); ++k) {
        const PlannedSeizure& p = plan.schedule().seizures[k];
        EXPECT_EQ(events[k].onsetFrame, p.onset);
        EXPECT_EQ(events[k].offsetFrame, p.offset);
        EXPECT_EQ(events[k].seizureType, p.type);
        EXPECT_EQ(events[k].annotator, "synth");
        EXPECT_EQ(events[k].kind, database::EventKind::Seizure);
        EXPECT_EQ(r.seizures[k], std::make_pair(p.onset, p.offset));
      }
      // The summary carries that ground truth, decoys included, and
      // synthSchedule() draws the same without rendering.
      const Schedule drawn = synthSchedule(o, i);
      const auto& cues = plan.schedule().cues;
      ASSERT_FALSE(cues.empty());
      ASSERT_EQ(r.schedule.cues.size(), cues.size());
      ASSERT_EQ(drawn.cues.size(), cues.size());
      for (size_t c = 0; c < cues.size(); ++c) {
        EXPECT_EQ(r.schedule.cues[c].start, cues[c].start);
        EXPECT_EQ(r.schedule.cues[c].end, cues[c].end);
        EXPECT_EQ(r.schedule.cues[c].decoy, cues[c].decoy);
        EXPECT_EQ(drawn.cues[c].start, cues[c].start);
        EXPECT_EQ(drawn.cues[c].decoy, cues[c].decoy);
      }
    }
  }
}

TEST_F(SynthProject, SameSeedSameVideoAndExistingSubjectsAreRefused) {
  SynthOptions o = small("rodent");
  o.subjects = 1;
  const SynthSummary a = synthesize(*db_, o);
  EXPECT_THROW(synthesize(*db_, o), core::Error);  // the code exists now
  auto other = database::openProject(dir_ / "other.db");
  SynthOptions o2 = o;
  o2.outputDir = dir_ / "videos2";
  const SynthSummary b = synthesize(other, o2);
  const auto fa = database::RecordingStore(*db_).find(a.recordings[0].recordingId)->fingerprint;
  const auto fb = database::RecordingStore(other).find(b.recordings[0].recordingId)->fingerprint;
  EXPECT_EQ(fa, fb);
  o2.seed = 4;
  o2.outputDir = dir_ / "videos3";
  const SynthSummary c = synthesize(other, o2);
  EXPECT_NE(database::RecordingStore(other).find(c.recordings[0].recordingId)->fingerprint, fa);
}

TEST_F(SynthProject, BadOptionsAreRefusedBeforeAnythingIsWritten) {
  SynthOptions o = small("cat");
  EXPECT_THROW(synthesize(*db_, o), core::Error);
  o = small("human");
  o.minutes = 0.5;
  o.seizures = 3;
  try {
    synthesize(*db_, o);
    FAIL();
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find("needs at least"), std::string::npos) << e.what();
  }
  o = small("rodent");
  o.width = 63;
  EXPECT_THROW(synthesize(*db_, o), core::Error);
  o = small("rodent");
  o.outputDir.clear();
  EXPECT_THROW(synthesize(*db_, o), core::Error);
  EXPECT_TRUE(database::SubjectStore(*db_).list().empty());
  EXPECT_FALSE(std::filesystem::exists(dir_ / "videos"));
}

TEST_F(SynthProject, CancellingLeavesNoFileAndNoRowOfTheUnfinishedRecording) {
  SynthOptions o = small("human");
  o.subjects = 3;
  std::atomic<bool> cancel{false};
  // Cancelled once the first recording is stored: the others may be rendering
  // beside it, or finished and waiting for their turn; neither may stay.
  EXPECT_THROW(synthesize(
                   *db_, o,
                   [&](double) {
                     if (!database::SubjectStore(*db_).list().empty()) cancel = true;
                   },
                   &cancel),
               core::Cancelled);
  const auto subjects = database::SubjectStore(*db_).list();
  ASSERT_EQ(subjects.size(), 1u);
  EXPECT_EQ(subjects[0].code, synthSubjectCode(o, 0));
  EXPECT_EQ(database::RecordingStore(*db_).list().size(), 1u);
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(o.outputDir)) files.push_back(e.path().filename().string());
  ASSERT_EQ(files.size(), 1u) << files.size();
  EXPECT_EQ(files[0], synthSubjectCode(o, 0) + ".mp4");
}

TEST_F(SynthProject, ARecordingThatCannotBeWrittenStopsTheOthersAndSaysWhy) {
  SynthOptions o = small("rodent");
  o.subjects = 3;
  // The second video's path is taken by a folder (with a file in it, so that
  // the clean-up cannot remove it): its writer fails to open.
  const auto blocked = std::filesystem::absolute(o.outputDir / (synthSubjectCode(o, 1) + ".mp4"));
  std::filesystem::create_directories(blocked);
  { std::ofstream(blocked / "keep") << "x"; }
  try {
    synthesize(*db_, o);
    FAIL() << "a video that cannot be written must fail the call";
  } catch (const core::Cancelled&) {
    FAIL() << "the cause, not the others' stopping, must be reported";
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find(synthSubjectCode(o, 1)), std::string::npos) << e.what();
  }
  // Nothing after the failed recording is stored or left behind; the first
  // is stored only if it finished before the failure was seen.
  const auto subjects = database::SubjectStore(*db_).list();
  ASSERT_LE(subjects.size(), 1u);
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(o.outputDir))
    if (e.is_regular_file()) files.push_back(e.path().filename().string());
  ASSERT_EQ(files.size(), subjects.size());
  if (!subjects.empty()) {
    EXPECT_EQ(files[0], synthSubjectCode(o, 0) + ".mp4");
  }
  EXPECT_TRUE(std::filesystem::exists(blocked / "keep"));
}
