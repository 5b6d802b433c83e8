#include "core/Error.h"
#include "core/clips/ClipSetService.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/Transaction.h"
#include "tests/core/clips/ClipTestUtil.h"
#include "tests/database/TempProject.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace prodrome::core::test {
namespace {

using database::test::TempProject;
using ClipSetServiceTest = TempProject;

TEST_F(ClipSetServiceTest, BuildStoresTheSetAndItsClipsInOneGo) {
  database::Database db = database::openProject(file_);
  database::SubjectStore subjects(db);
  const std::int64_t rat = subjects.add(database::Subject{0, "R1", Species::Rodent, ""});
  const std::int64_t patient = subjects.add(database::Subject{0, "P1", Species::Human, ""});
  database::Recording recording;
  recording.subjectId = rat;
  recording.path = "/videos/r1.mp4";
  recording.fingerprint = "sha256:r1";
  recording.fps = 29.97;  // as the index stores it: 30000/1001
  recording.frameCount = 20000;
  const std::int64_t ratRecording = database::RecordingStore(db).add(recording);
  recording.subjectId = patient;
  recording.path = "/videos/p1.mp4";
  recording.fingerprint = "sha256:p1";
  recording.fps = 30;
  recording.frameCount = 108000;
  const std::int64_t patientRecording = database::RecordingStore(db).add(recording);
  database::EventStore events(db);
  database::Event seizure;
  seizure.recordingId = ratRecording;
  seizure.onsetFrame = 5000;
  seizure.offsetFrame = 5600;
  const std::int64_t ratSeizure = events.add(seizure);
  seizure.recordingId = patientRecording;
  seizure.onsetFrame = 60000;
  seizure.offsetFrame = 60300;
  events.add(seizure);
  database::Event artifact;
  artifact.recordingId = patientRecording;
  artifact.kind = database::EventKind::Artifact;
  artifact.onsetFrame = 0;
  artifact.offsetFrame = 300;
  events.add(artifact);

  ClipSetParams params;
  params.clipSeconds = 10;
  params.horizonSeconds = 3;
  params.seed = 99;
  ClipSetService service(db);
  const auto result = service.build("rats-10s", params, SubjectSplit{{rat, "train"}, {patient, "test"}});

  // Rat, 30000/1001 fps (hand-computed in ClipSetBuilderTest.NonIntegerFrameRate):
  // 4 pre-ictal windows ending 4910..5000; normals tiled by 300 frames: 10
  // before 3202, 41 from 7500. Patient, 30 fps: 4 pre-ictal windows; normals
  // end by 6000 and may not overlap the artifact [0, 300): 19 tiles 300..5700.
  EXPECT_EQ(result.build.preictalCount, 8u);
  EXPECT_EQ(result.build.normalCount, 10u + 41u + 19u);

  database::ClipSetStore sets(db);
  const auto stored = sets.findByName("rats-10s");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->id, result.clipSetId);
  EXPECT_EQ(stored->seed, 99);
  const ClipSetParams back = ClipSetParams::fromJson(stored->params);
  EXPECT_EQ(back.clipSeconds, 10);
  EXPECT_EQ(back.horizonSeconds, 3);
  EXPECT_EQ(back.seed, 99);

  const auto clips = database::ClipStore(db).listBySet(result.clipSetId);
  ASSERT_EQ(clips.size(), result.build.windows.size());
  const database::Clip& first = clips.front();  // recordings by id, then start frame
  EXPECT_EQ(first.recordingId, ratRecording);
  EXPECT_EQ(first.startFrame, 0);
  EXPECT_EQ(first.endFrame, 300);
  EXPECT_EQ(first.label, database::ClipLabel::Normal);
  EXPECT_EQ(first.split, "train");
  bool sawPreictal = false;
  for (const database::Clip& clip : clips) {
    if (clip.recordingId == ratRecording && clip.label == database::ClipLabel::Preictal) {
      sawPreictal = true;
      EXPECT_EQ(clip.sourceEventId, ratSeizure);
      EXPECT_EQ(clip.endFrame - clip.startFrame, 300);
    }
    EXPECT_EQ(clip.split, clip.recordingId == ratRecording ? "train" : "test");
  }
  EXPECT_TRUE(sawPreictal);
  EXPECT_TRUE(std::any_of(clips.begin(), clips.end(), [](const database::Clip& clip) {
    return clip.startFrame == 4700 && clip.endFrame == 5000 && clip.label == database::ClipLabel::Preictal;
  }));

  // A name that exists: a clear error, and nothing more is written.
  try {
    service.build("rats-10s", params);
    FAIL() << "a duplicate clip-set name was accepted";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("'rats-10s'"), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("already exists"), std::string::npos) << error.what();
  }
  EXPECT_EQ(sets.list().size(), 1u);
  EXPECT_FALSE(db.inTransaction());
  EXPECT_THROW(service.build("", params), Error);
}

TEST_F(ClipSetServiceTest, AFailedBuildStoresNothing) {
  database::Database db = database::openProject(file_);
  addRecording(db);
  ClipSetParams params;
  params.clipSeconds = 20;  // out of range
  EXPECT_THROW(ClipSetService(db).build("bad", params), Error);
  EXPECT_TRUE(database::ClipSetStore(db).list().empty());
  params.clipSeconds = 5;
  const auto result = ClipSetService(db).build("empty-of-seizures", params);
  // 108000 frames at 29.97 fps, no seizures: 150-frame tiles, 720 of them.
  EXPECT_EQ(database::ClipStore(db).countBySet(result.clipSetId), 720);
}

TEST_F(ClipSetServiceTest, SplitsByCodeWithinTheSetsSpecies) {
  database::Database db = database::openProject(file_);
  database::SubjectStore subjects(db);
  const std::int64_t p2 = subjects.add(database::Subject{0, "P2", Species::Human, ""});
  const std::int64_t r1 = subjects.add(database::Subject{0, "R1", Species::Rodent, ""});
  const std::int64_t p1 = subjects.add(database::Subject{0, "P1", Species::Human, ""});
  ClipSetService service(db);
  ClipSetParams params;
  EXPECT_EQ(service.eligibleSubjects(params), (std::vector<std::int64_t>{p2, r1, p1}));
  params.species = Species::Human;
  EXPECT_EQ(service.eligibleSubjects(params), (std::vector<std::int64_t>{p2, p1}));

  const SubjectSplit split = service.splitByCodes({{"train", {"P1"}}, {"test", {"P2"}}}, params);
  EXPECT_EQ(split, (SubjectSplit{{p1, "train"}, {p2, "test"}}));

  const auto message = [&](const std::map<std::string, std::vector<std::string>>& codes) {
    try {
      service.splitByCodes(codes, params);
    } catch (const Error& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(message({{"train", {"P1", "P9"}}}).find("no subject 'P9'"), std::string::npos);
  EXPECT_NE(message({{"train", {"R1"}}}).find("'R1' is rodent"), std::string::npos);
  EXPECT_NE(message({{"train", {"P1"}}, {"val", {"P1"}}}).find("'P1' is listed in both"), std::string::npos);
  params.species.reset();
  EXPECT_EQ(service.splitByCodes({{"train", {"R1", "P1"}}}, params), (SubjectSplit{{r1, "train"}, {p1, "train"}}));
}

// Issue 16 §6: a set drawn from chosen subjects, stored with them; splits by
// fractions stratified by species, so that both species reach every split.
TEST_F(ClipSetServiceTest, ChosenSubjectsAndSplitsStratifiedBySpecies) {
  database::Database db = database::openProject(file_);
  database::SubjectStore subjects(db);
  std::vector<std::int64_t> humans, rodents;
  for (int i = 1; i <= 6; ++i) humans.push_back(subjects.add(database::Subject{0, "P" + std::to_string(i), Species::Human, ""}));
  for (int i = 1; i <= 4; ++i) rodents.push_back(subjects.add(database::Subject{0, "R" + std::to_string(i), Species::Rodent, ""}));
  for (const std::int64_t subject : {humans[0], humans[1], rodents[0]}) {
    database::Recording recording;
    recording.subjectId = subject;
    recording.path = "/videos/" + std::to_string(subject) + ".mp4";
    recording.fingerprint = "sha256:" + std::to_string(subject);
    recording.fps = 30;
    recording.frameCount = 3000;
    database::RecordingStore(db).add(recording);
  }
  ClipSetService service(db);
  ClipSetParams params = only(ClipLabel::Normal);
  params.seed = 11;

  // Stratified: 6 humans at 0.5/0.25/0.25 -> 3/2/1 (largest remainder), 4
  // rodents -> 2/1/1: each split holds both species.
  const SubjectSplit split = service.splitByFractions(params, {0.5, 0.25, 0.25});
  ASSERT_EQ(split.size(), 10u);
  std::map<std::string, std::set<Species>> speciesIn;
  std::map<std::string, int> count;
  for (const auto& [id, name] : split) {
    const bool human = std::find(humans.begin(), humans.end(), id) != humans.end();
    speciesIn[name].insert(human ? Species::Human : Species::Rodent);
    ++count[name];
  }
  for (const char* name : {kTrainSplit, kValidationSplit, kTestSplit})
    EXPECT_EQ(speciesIn[name].size(), 2u) << name;
  EXPECT_EQ(count[kTrainSplit], 5);
  EXPECT_EQ(count[kValidationSplit] + count[kTestSplit], 5);
  // One species: the plain split over that species' subjects, as before.
  params.species = Species::Human;
  EXPECT_EQ(service.splitByFractions(params, {0.5, 0.25, 0.25}),
            splitSubjectsByFractions(humans, {0.5, 0.25, 0.25}, 11));
  params.species.reset();

  // A subject filter: only those subjects' recordings, and stored with the set.
  params.subjects = {"P2", "R1"};
  EXPECT_EQ(service.eligibleSubjects(params), (std::vector<std::int64_t>{humans[1], rodents[0]}));
  const auto chosen = service.build("p2-r1", params);
  std::set<std::int64_t> recordingsIn;
  for (const ClipWindow& w : chosen.build.windows) recordingsIn.insert(w.recordingId);
  EXPECT_EQ(recordingsIn.size(), 2u);  // P1's recording is left out
  const auto stored = ClipSetParams::fromJson(database::ClipSetStore(db).find(chosen.clipSetId)->params);
  EXPECT_EQ(stored.subjects, (std::vector<std::string>{"P2", "R1"}));
  EXPECT_EQ(service.splitByFractions(params, {1, 0, 0}).size(), 2u);
  // A split by code of a subject the filter leaves out, and an unknown code, are refused.
  EXPECT_THROW(service.splitByCodes({{"train", {"P1"}}}, params), Error);
  params.subjects = {"P2", "P99"};
  try {
    service.build("unknown", params);
    FAIL() << "an unknown subject code was accepted";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("no subject 'P99'"), std::string::npos) << error.what();
  }
  EXPECT_FALSE(database::ClipSetStore(db).findByName("unknown"));
}

TEST_F(ClipSetServiceTest, RenameRefusesATakenNameAndDeleteTakesTheClips) {
  database::Database db = database::openProject(file_);
  const std::int64_t rat = database::SubjectStore(db).add(database::Subject{0, "R1", Species::Rodent, ""});
  database::Recording recording;
  recording.subjectId = rat;
  recording.path = "/videos/r1.mp4";
  recording.fingerprint = "sha256:r1";
  recording.fps = 30;
  recording.frameCount = 9000;
  database::RecordingStore(db).add(recording);
  ClipSetService service(db);
  ClipSetParams params = only(ClipLabel::Normal);
  const auto a = service.build("a", params).clipSetId;
  const auto b = service.build("b", params).clipSetId;
  ASSERT_GT(database::ClipStore(db).countBySet(a), 0);

  service.rename(a, "rodents-YN");
  EXPECT_EQ(database::ClipSetStore(db).find(a)->name, "rodents-YN");
  service.rename(a, "rodents-YN");  // its own name: nothing to refuse
  try {
    service.rename(b, "rodents-YN");
    FAIL() << "a taken name must be refused";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("'b' to 'rodents-YN'"), std::string::npos) << e.what();
  }
  EXPECT_EQ(database::ClipSetStore(db).find(b)->name, "b");
  EXPECT_THROW(service.rename(b, ""), Error);
  EXPECT_THROW(service.rename(99, "c"), Error);

  const auto clipsOfB = database::ClipStore(db).countBySet(b);
  service.remove(a);
  EXPECT_FALSE(database::ClipSetStore(db).find(a));
  EXPECT_EQ(database::ClipStore(db).countBySet(a), 0);
  EXPECT_EQ(database::ClipStore(db).countBySet(b), clipsOfB);
  EXPECT_THROW(service.remove(a), Error);
}

}  // namespace
}  // namespace prodrome::core::test
