// prodrome clips build with every field of the Build Clip Set dialog: the
// flags land in the stored parameters, subject splits land on the right
// subjects, and a bad value is refused before anything is built.

#include "core/clips/ClipSetParams.h"
#include "core/clips/SubjectSplit.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/Database.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "database/SubjectStore.h"
#include "tests/app/CliRunner.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <set>
#include <sstream>

using namespace prodrome;
using test::q;

namespace {

class ClipsBuildCli : public ::testing::Test {
 protected:
  // Humans P01..P04 and rodents R01, R02, one 20-minute recording each at
  // 30 fps with one 10-s seizure in its middle. The builder never opens the
  // videos, so the recordings are rows only.
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = test::scratchDirectory("clips-build-cli") / std::to_string(counter++);
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = dir_ / "p.prodrome";
    auto database = database::openProject(db_);
    for (const char* code : {"P01", "P02", "P03", "P04", "R01", "R02"}) {
      const auto species = code[0] == 'P' ? database::Species::Human : database::Species::Rodent;
      const std::int64_t subject = database::SubjectStore(database).add(database::Subject{0, code, species, ""});
      database::Recording recording;
      recording.subjectId = subject;
      recording.path = (dir_ / (std::string(code) + ".mp4")).string();
      recording.fingerprint = std::string("sha256:") + code;
      recording.fps = 30;
      recording.frameCount = 36000;
      recording.width = 64;
      recording.height = 48;
      const std::int64_t id = database::RecordingStore(database).add(recording);
      database::Event seizure;
      seizure.recordingId = id;
      seizure.onsetFrame = 18000;
      seizure.offsetFrame = 18300;
      database::EventStore(database).add(seizure);
      subjectIds_[code] = subject;
    }
  }

  test::CliResult build(const QStringList& flags) {
    return test::runProdrome(QStringList{"clips", "build", q(db_)} + flags);
  }

  std::optional<database::ClipSet> storedSet(const std::string& name) {
    auto database = database::openProject(db_);
    return database::ClipSetStore(database).findByName(name);
  }

  // The split of every clip, by its recording's subject code; a subject
  // whose clips disagree shows as "<mixed>".
  std::map<std::string, std::string> splitBySubject(std::int64_t clipSetId) {
    auto database = database::openProject(db_);
    std::map<std::int64_t, std::string> codeOfRecording;
    std::map<std::int64_t, std::string> codeOfSubject;
    for (const auto& subject : database::SubjectStore(database).list()) codeOfSubject[subject.id] = subject.code;
    for (const auto& recording : database::RecordingStore(database).list())
      codeOfRecording[recording.id] = codeOfSubject.at(recording.subjectId);
    std::map<std::string, std::string> splits;
    for (const auto& clip : database::ClipStore(database).listBySet(clipSetId)) {
      const std::string& code = codeOfRecording.at(clip.recordingId);
      const auto [it, inserted] = splits.emplace(code, clip.split);
      if (!inserted && it->second != clip.split) it->second = "<mixed>";
    }
    return splits;
  }

  std::filesystem::path dir_;
  std::filesystem::path db_;
  std::map<std::string, std::int64_t> subjectIds_;
};

}  // namespace

TEST_F(ClipsBuildCli, HelpNamesEveryField) {
  const auto help = test::runProdrome({"clips", "build", "--help"});
  ASSERT_EQ(help.exitCode, 0);
  for (const char* flag :
       {"--length", "--horizon", "--stride", "--normal-stride", "--post-ictal", "--gap-human", "--gap-rodent", "--seed",
        "--labels", "--allow-artifacts-in-normals", "--max-preictal-per-seizure", "--max-ictal-per-seizure",
        "--max-normal-per-recording", "--normal-per-preictal", "--species", "--subjects", "--split-fractions", "--split "})
    EXPECT_NE(help.out.find(flag), std::string::npos) << flag;
}

TEST_F(ClipsBuildCli, EveryFlagRoundTripsIntoTheStoredParameters) {
  const auto r = build(QString("--name all --length 4 --horizon 6 --stride 0.5 --normal-stride 3 --post-ictal 45 "
                               "--gap-human 120 --gap-rodent 30 --seed 11 --labels preictal,normal,ictal "
                               "--allow-artifacts-in-normals --max-preictal-per-seizure 3 --max-ictal-per-seizure 2 "
                               "--max-normal-per-recording 40 --normal-per-preictal 1.5 --species rodent")
                           .split(' '));
  ASSERT_EQ(r.exitCode, 0) << r.err;
  // Two rodent seizures: 13 pre-ictal candidates each, capped to 3; 13 ictal
  // windows each (10 s, 4-s clips every 0.5 s), capped to 2; normals capped
  // to 40 per recording, then to floor(1.5 * 6) = 9.
  EXPECT_NE(r.out.find("clip set all (#1): 6 preictal, 9 normal, 4 ictal"), std::string::npos) << r.out;

  const auto stored = storedSet("all");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->seed, 11);
  const auto p = core::ClipSetParams::fromJson(stored->params);
  EXPECT_EQ(p.clipSeconds, 4);
  EXPECT_EQ(p.horizonSeconds, 6);
  EXPECT_EQ(p.strideSeconds, 0.5);
  EXPECT_EQ(p.normalStrideSeconds, 3);
  EXPECT_EQ(p.postIctalSeconds, 45);
  EXPECT_EQ(p.humanGapSeconds, 120);
  EXPECT_EQ(p.rodentGapSeconds, 30);
  EXPECT_EQ(p.seed, 11);
  EXPECT_TRUE(p.buildPreictal);
  EXPECT_TRUE(p.buildNormal);
  EXPECT_TRUE(p.buildIctal);
  EXPECT_FALSE(p.artifactsExcludeNormals);
  EXPECT_EQ(p.maxPreictalPerSeizure, 3);
  EXPECT_EQ(p.maxIctalPerSeizure, 2);
  EXPECT_EQ(p.maxNormalPerRecording, 40);
  EXPECT_EQ(p.normalPerPreictal, 1.5);
  ASSERT_TRUE(p.species);
  EXPECT_EQ(*p.species, database::Species::Rodent);
  std::set<std::string> withClips;
  for (const auto& entry : splitBySubject(stored->id)) withClips.insert(entry.first);
  EXPECT_EQ(withClips, (std::set<std::string>{"R01", "R02"})) << "--species rodent built human clips";

  // Without the new flags the stored parameters are the old defaults, with no
  // species: the set draws on every recording, as before.
  ASSERT_EQ(build({"--name", "plain", "--length", "5", "--horizon", "5"}).exitCode, 0);
  const auto plain = core::ClipSetParams::fromJson(storedSet("plain")->params);
  const core::ClipSetParams defaults;
  EXPECT_FALSE(plain.species);
  EXPECT_EQ(storedSet("plain")->params.find("species"), std::string::npos);
  EXPECT_EQ(plain.humanGapSeconds, defaults.humanGapSeconds);
  EXPECT_EQ(plain.rodentGapSeconds, defaults.rodentGapSeconds);
  EXPECT_EQ(plain.postIctalSeconds, defaults.postIctalSeconds);
  EXPECT_EQ(plain.normalStrideSeconds, 0);
  EXPECT_TRUE(plain.artifactsExcludeNormals);
  EXPECT_EQ(plain.maxPreictalPerSeizure + plain.maxIctalPerSeizure + plain.maxNormalPerRecording, 0);
  EXPECT_EQ(plain.normalPerPreictal, 0);
  EXPECT_EQ(splitBySubject(storedSet("plain")->id).size(), 6u);
}

TEST_F(ClipsBuildCli, SplitFractionsSplitTheSpeciesSubjectsWithTheSeed) {
  const auto r = build({"--name", "humans", "--length", "5", "--horizon", "5", "--gap-human", "60", "--species",
                        "human", "--split-fractions", "0.5,0.25,0.25", "--seed", "3"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto splits = splitBySubject(storedSet("humans")->id);
  ASSERT_EQ(splits.size(), 4u) << "only the four humans have clips";
  std::map<std::string, int> perSplit;
  for (const auto& [code, split] : splits) {
    EXPECT_EQ(code[0], 'P') << code;
    ++perSplit[split];  // a subject with clips in two splits counts under "<mixed>"
  }
  EXPECT_EQ(perSplit, (std::map<std::string, int>{{"test", 1}, {"train", 2}, {"val", 1}}));
  // The dialog's rule: the subjects (here the humans) shuffled with the set's seed.
  const auto expected = core::splitSubjectsByFractions(
      {subjectIds_["P01"], subjectIds_["P02"], subjectIds_["P03"], subjectIds_["P04"]}, {0.5, 0.25, 0.25}, 3);
  for (const auto& [code, split] : splits) EXPECT_EQ(split, expected.at(subjectIds_[code])) << code;
  EXPECT_NE(r.out.find("split train: 2 subjects"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("split val: 1 subjects"), std::string::npos) << r.out;
}

// Issue 16 §6: both species, each split on its own; and only chosen subjects.
TEST_F(ClipsBuildCli, SplitFractionsAreStratifiedBySpeciesAndSubjectsCanBeChosen) {
  const auto r = build({"--name", "both", "--length", "5", "--horizon", "5", "--gap-human", "60", "--gap-rodent", "60",
                        "--split-fractions", "0.5,0.5,0", "--seed", "3"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  std::map<std::string, std::set<char>> speciesIn;  // split -> first letters of its codes
  for (const auto& [code, split] : splitBySubject(storedSet("both")->id)) speciesIn[split].insert(code[0]);
  EXPECT_EQ(speciesIn["train"], (std::set<char>{'P', 'R'}));
  EXPECT_EQ(speciesIn["val"], (std::set<char>{'P', 'R'}));

  const auto chosen = build({"--name", "chosen", "--length", "5", "--horizon", "5", "--gap-human", "60", "--subjects",
                             "P02,R01"});
  ASSERT_EQ(chosen.exitCode, 0) << chosen.err;
  std::set<std::string> codes;
  for (const auto& [code, split] : splitBySubject(storedSet("chosen")->id)) codes.insert(code);
  EXPECT_EQ(codes, (std::set<std::string>{"P02", "R01"}));
  const auto unknown = build({"--name", "unknown", "--length", "5", "--horizon", "5", "--subjects", "P02,X9"});
  EXPECT_NE(unknown.exitCode, 0);
  EXPECT_NE(unknown.err.find("no subject 'X9'"), std::string::npos) << unknown.err;
  EXPECT_FALSE(storedSet("unknown"));
}

TEST_F(ClipsBuildCli, SplitListsPutTheNamedSubjectsIntoTheirSplits) {
  const auto r = build({"--name", "listed", "--length", "5", "--horizon", "5", "--gap-human", "60", "--split",
                        "train=P01", "--split", "test=P04,R01", "--split", "val=P03", "--split", "train=P02"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  // R02 is in no list: its clips stay, with an empty split.
  EXPECT_EQ(splitBySubject(storedSet("listed")->id),
            (std::map<std::string, std::string>{
                {"P01", "train"}, {"P02", "train"}, {"P03", "val"}, {"P04", "test"}, {"R01", "test"}, {"R02", ""}}));
  EXPECT_NE(r.out.find("split test: 2 subjects"), std::string::npos) << r.out;
}

TEST_F(ClipsBuildCli, BadValuesAreRefusedAndBuildNothing) {
  const QStringList base = {"--name", "bad", "--length", "5", "--horizon", "5"};
  const std::vector<std::pair<QStringList, std::string>> cases = {
      {{"--gap-human", "-1"}, "--gap-human must be a number >= 0, got '-1'"},
      {{"--gap-rodent", "ten"}, "--gap-rodent must be a number >= 0"},
      {{"--gap-human", "100000"}, "humanGapSeconds"},
      {{"--post-ictal", "nan"}, "--post-ictal must be a number >= 0"},
      {{"--normal-stride", "-2"}, "--normal-stride"},
      {{"--max-preictal-per-seizure", "1.5"}, "--max-preictal-per-seizure must be an integer >= 0"},
      {{"--max-ictal-per-seizure", "-1"}, "--max-ictal-per-seizure"},
      {{"--max-normal-per-recording", "99999999999"}, "--max-normal-per-recording is too large"},
      {{"--normal-per-preictal", "x"}, "--normal-per-preictal"},
      {{"--species", "cat"}, "--species must be human or rodent, got 'cat'"},
      {{"--split-fractions", "0.5,0.5"}, "--split-fractions must be three numbers"},
      {{"--split-fractions", "0,0,0"}, "--split-fractions"},
      {{"--split-fractions", "0.6,-0.2,0.6"}, "--split-fractions"},
      {{"--split", "train"}, "--split must be NAME=CODE"},
      {{"--split", "=P01"}, "--split must be NAME=CODE"},
      {{"--split", "train=P01", "--split-fractions", "1,0,0"}, "not both"},
      {{"--split", "train=P01,P99"}, "no subject 'P99'"},
      {{"--split", "train=R01", "--species", "human"}, "'R01' is rodent"},
      {{"--split", "train=P01", "--split", "val=P01"}, "'P01' is listed in both"},
      {{"--labels", "preictal,seizure"}, "unknown label 'seizure'"},
  };
  for (const auto& [flags, expected] : cases) {
    const auto r = build(base + flags);
    const std::string line = flags.join(' ').toStdString();
    EXPECT_EQ(r.exitCode, 2) << line << "\n" << r.err;
    std::vector<std::string> errors;
    std::istringstream lines(r.err);
    for (std::string l; std::getline(lines, l);)
      if (l.rfind("prodrome clips", 0) == 0) errors.push_back(l);
    ASSERT_EQ(errors.size(), 1u) << line << "\n" << r.err;
    EXPECT_NE(errors[0].find(expected), std::string::npos) << "expected '" << expected << "' in: " << errors[0];
    EXPECT_TRUE(r.out.empty()) << line << "\n" << r.out;
    EXPECT_FALSE(storedSet("bad")) << line;
  }
  // The same name with good values builds: the refusals were the values'.
  ASSERT_EQ(build(base + QStringList{"--split", "train=P01"}).exitCode, 0);
  EXPECT_TRUE(storedSet("bad"));
}

// Twenty-minute human recordings with a seizure in the middle cannot give
// normals 1800 s (the default human gap) from it: the build says why.
TEST_F(ClipsBuildCli, AnEmptyLabelIsExplained) {
  const auto r = build({"--name", "humans", "--length", "5", "--horizon", "5", "--species", "human"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find(", 0 normal,"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("note: No normal human windows"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Inter-ictal gap, human"), std::string::npos) << r.err;
  const auto fine = build({"--name", "humans-60", "--length", "5", "--horizon", "5", "--species", "human",
                           "--gap-human", "60"});
  ASSERT_EQ(fine.exitCode, 0) << fine.err;
  EXPECT_EQ(fine.err.find("No normal"), std::string::npos) << fine.err;
}

TEST_F(ClipsBuildCli, SetsAreListedRenamedAndDeleted) {
  ASSERT_EQ(build({"--name", "a", "--length", "5", "--horizon", "5", "--gap-human", "60", "--gap-rodent", "60"}).exitCode, 0);
  ASSERT_EQ(build({"--name", "b", "--length", "5", "--horizon", "5", "--gap-human", "60", "--gap-rodent", "60"}).exitCode, 0);
  const auto list = test::runProdrome({"clips", "list", q(db_)});
  ASSERT_EQ(list.exitCode, 0) << list.err;
  EXPECT_NE(list.out.find("id\tname\tpreictal\tnormal\tictal\tcreated\n"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("\ta\t"), std::string::npos) << list.out;

  const auto renamed = test::runProdrome({"clips", "rename", q(db_), "a", "rodents-YN"});
  ASSERT_EQ(renamed.exitCode, 0) << renamed.err;
  EXPECT_TRUE(storedSet("rodents-YN"));
  EXPECT_FALSE(storedSet("a"));
  const auto taken = test::runProdrome({"clips", "rename", q(db_), "b", "rodents-YN"});
  EXPECT_EQ(taken.exitCode, 1);
  EXPECT_NE(taken.err.find("already exists"), std::string::npos) << taken.err;
  EXPECT_TRUE(storedSet("b"));

  const auto id = storedSet("rodents-YN")->id;
  const auto deleted = test::runProdrome({"clips", "delete", q(db_), "rodents-YN"});
  ASSERT_EQ(deleted.exitCode, 0) << deleted.err;
  EXPECT_FALSE(storedSet("rodents-YN"));
  auto database = database::openProject(db_);
  EXPECT_EQ(database::ClipStore(database).countBySet(id), 0);
  const auto missing = test::runProdrome({"clips", "delete", q(db_), "rodents-YN"});
  EXPECT_EQ(missing.exitCode, 1);
  EXPECT_NE(missing.err.find("no clip set 'rodents-YN'"), std::string::npos) << missing.err;
}
