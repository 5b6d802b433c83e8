// prodrome synth: the videos, subjects, recordings and events it writes, and
// its usage errors.

#include "database/Database.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "database/SubjectStore.h"
#include "tests/app/CliRunner.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <atomic>

using namespace prodrome;
using test::q;

namespace {

class SynthCli : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = test::scratchDirectory("synth-cli") / std::to_string(counter++);
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  std::filesystem::path dir_;
};

}  // namespace

TEST_F(SynthCli, GeneratesRecordingsWithTheirSeizuresIntoANewProject) {
  const auto db = dir_ / "synth.db";
  const auto r = test::runProdrome({"synth", q(db), "--species", "rodent", "--subjects", "2", "--minutes", "1.2",
                                    "--seizures", "1", "--size", "64x48", "--fps", "10", "--seed", "5"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("synth-rodent-s5-01: recording"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Racine"), std::string::npos) << r.out;
  // Default output folder: beside the project, named after it.
  EXPECT_TRUE(std::filesystem::exists(dir_ / "synth-videos" / "synth-rodent-s5-02.mp4"));
  auto database = database::openProject(db);
  const auto subjects = database::SubjectStore(database).list();
  ASSERT_EQ(subjects.size(), 2u);
  EXPECT_EQ(subjects[0].species, database::Species::Rodent);
  const auto recordings = database::RecordingStore(database).list();
  ASSERT_EQ(recordings.size(), 2u);
  EXPECT_EQ(recordings[0].frameCount, 720);
  EXPECT_EQ(recordings[0].width, 64);
  const auto events = database::EventStore(database).list();
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].annotator, "synth");
  EXPECT_TRUE(events[0].offsetFrame);
}

TEST_F(SynthCli, HumanRecordingsGoToTheGivenFolder) {
  const auto db = dir_ / "h.db";
  const auto r = test::runProdrome(
      {"synth",  q(db),   "--species", "human", "--subjects", "1",           "--minutes",    "1.5", "--seizures", "1",
       "--size", "64x48", "--fps",     "10",    "--out",      q(dir_ / "v"), "--difficulty", "0",   "--prefix",   "P"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "v" / "P01.mp4"));
  auto database = database::openProject(db);
  const auto subject = database::SubjectStore(database).findByCode("P01");
  ASSERT_TRUE(subject);
  EXPECT_EQ(subject->species, database::Species::Human);
  // Running again refuses: the subject exists.
  const auto again =
      test::runProdrome({"synth", q(db), "--species", "human", "--subjects", "1", "--minutes", "1.5", "--seizures", "1",
                         "--size", "64x48", "--fps", "10", "--out", q(dir_ / "v"), "--prefix", "P"});
  EXPECT_EQ(again.exitCode, 1);
  EXPECT_NE(again.err.find("already exists"), std::string::npos) << again.err;
}

TEST_F(SynthCli, UsageErrorsAreOneLine) {
  const auto db = q(dir_ / "u.db");
  for (const QStringList& args :
       {QStringList{"synth", db, "--species", "cat"}, QStringList{"synth", db, "--species", "rodent", "--size", "64"},
        QStringList{"synth", db, "--species", "rodent", "--difficulty", "2"},
        QStringList{"synth", db, "--species", "rodent", "--subjects", "0"},
        QStringList{"synth", "--species", "rodent"}}) {
    const auto r = test::runProdrome(args);
    EXPECT_EQ(r.exitCode, 2) << args.join(' ').toStdString();
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_EQ(r.err.rfind("prodrome synth: ", 0), 0u) << r.err;
  }
  // Too short for its seizures: refused with the length it would need.
  const auto r = test::runProdrome({"synth", db, "--species", "human", "--minutes", "1", "--seizures", "4"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.err.find("needs at least"), std::string::npos) << r.err;
  EXPECT_EQ(test::runProdrome({"synth", "--help"}).exitCode, 0);
}
