#include "core/exchange/BorisImporter.h"
#include "core/exchange/EventCsvImporter.h"
#include "core/exchange/RodEpilImporter.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/EventStore.h"
#include "tests/core/exchange/ExchangeTestUtil.h"

using namespace prodrome;
using prodrome::test::dumpProject;
using prodrome::test::writeText;

namespace {

class Import : public test::ProjectFixture {
 protected:
  // Runs `import` expecting an ImportError whose message holds `expected`,
  // and checks that the project's content did not change.
  template <class F>
  void expectRejected(F import, const std::string& expected) {
    const std::string before = dumpProject(*db_);
    try {
      import();
      ADD_FAILURE() << "import succeeded; expected: " << expected;
    } catch (const core::ImportError& e) {
      EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
    }
    EXPECT_EQ(dumpProject(*db_), before);
    EXPECT_FALSE(db_->inTransaction());
  }

  void expectCsvRejected(const std::string& text, const std::string& expected) {
    const auto file = dir_ / "bad.csv";
    writeText(file, text);
    expectRejected([&] { core::importEventsCsv(*db_, file); }, expected);
  }
};

}  // namespace

TEST_F(Import, CsvAllForms) {
  const auto file = dir_ / "events.csv";
  writeText(file,
            "Recording,Onset,Offset,Type\n"
            "1,100,200,focal\n"
            "night2.mp4,10.5,12s,\n"
            "/videos/night1.mp4,00:00:20.000,00:00:21.5,artifact\n"
            "2,500,,tonic-clonic\n");
  const auto summary = core::importEventsCsv(*db_, file);
  EXPECT_EQ(summary.events, 4);
  const auto events = database::EventStore(*db_).list();
  ASSERT_EQ(events.size(), 4u);
  EXPECT_EQ(events[0].onsetFrame, 100);
  EXPECT_EQ(events[0].offsetFrame, 200);
  EXPECT_EQ(events[0].seizureType, "focal");
  EXPECT_EQ(events[1].onsetFrame, 600);
  EXPECT_EQ(events[1].kind, database::EventKind::Artifact);
  EXPECT_EQ(events[2].recordingId, 2);
  EXPECT_EQ(events[2].onsetFrame, 315);
  EXPECT_EQ(events[2].offsetFrame, 360);
  EXPECT_EQ(events[3].onsetFrame, 500);
  EXPECT_FALSE(events[3].offsetFrame);
}

TEST_F(Import, CsvErrorsNameFileAndLineAndChangeNothing) {
  const std::string header = "recording,onset,offset,type\n";
  expectCsvRejected("recording,start,offset,type\n1,1,2,x\n", "bad.csv:1: wrong columns");
  expectCsvRejected("recording,onset,offset\n1,1,2\n", "bad.csv:1: wrong columns");
  expectCsvRejected("recording,onset,offset,type,type\n1,1,2,x,y\n", "bad.csv:1: column 5 'type' repeats column 4");
  expectCsvRejected("recording,onset,offset,type,annotator,Annotator\n1,1,2,x,a,b\n",
                    "bad.csv:1: column 6 'Annotator' repeats column 5");
  expectCsvRejected(header + "1,10,20,\"Rac\nine\"\n", "bad.csv:2:");  // a line break in a type
  expectCsvRejected(header + "1,1,2,x,extra\n", "bad.csv:2: expected 4 fields");
  expectCsvRejected(header + "1,10,20,a\n1,300,200,b\n", "bad.csv:3: onset (frame 300) is not before offset");
  expectCsvRejected(header + "1,10,20,a\n7,30,40,b\n", "bad.csv:3: unknown recording #7");
  expectCsvRejected(header + "1,10,20,a\nmissing.mp4,30,40,b\n", "bad.csv:3: unknown recording 'missing.mp4'");
  expectCsvRejected(header + "1,10,20,a\n1,30,40,\xFF\xFE\n", "bad.csv:3: invalid UTF-8");
  expectCsvRejected(header + "1,10,20,a\n1,15,25,b\n", "bad.csv:3:");  // overlapping seizures
  expectCsvRejected(header + "1,10,2000,a\n", "bad.csv:2: event ends at frame 2000, past the end");
  expectCsvRejected(header + "1,ten,20,a\n", "bad.csv:2: onset: time 'ten'");
  expectCsvRejected("", "bad.csv: the file is empty (0 bytes)");
  expectRejected([&] { core::importEventsCsv(*db_, dir_ / "absent.csv"); }, "absent.csv: no such file");
}

TEST_F(Import, CsvOverlapWithStoredSeizureRollsBackEarlierRows) {
  database::Event stored;
  stored.recordingId = 2;
  stored.onsetFrame = 100;
  stored.offsetFrame = 200;
  stored.annotator = "import";  // the importer's own: another rater's seizure may be overlapped (issue 14)
  database::EventStore(*db_).add(stored);
  expectCsvRejected("recording,onset,offset,type\n1,10,20,a\n1,30,40,b\n2,150,250,c\n", "bad.csv:4:");
}

TEST_F(Import, BorisStatePairsBecomeEvents) {
  const auto file = dir_ / "project.boris";
  writeText(file, R"({
    "project_format_version": "7.0",
    "behaviors_conf": {"0": {"type": "State event", "code": "GTCS"}, "1": {"type": "Point event", "code": "jerk"}},
    "observations": {
      "obs 1": {"file": {"1": ["C:/clinic/night1.mp4"], "2": []}, "time offset": 0,
                "events": [[10.0, "", "GTCS", "", ""], [5.0, "", "jerk", "", ""], [20.0, "", "GTCS", "", ""],
                           [25.0, "", "artifact", "", ""], [26.0, "", "artifact", "", ""]]},
      "obs 2": {"file": {"1": ["night2.mp4"]}, "events": [["1.5", "rat", "GTCS", "", ""], [3, "rat", "GTCS", "", ""]]}
    }})");
  const auto summary = core::importBoris(*db_, file);
  EXPECT_EQ(summary.events, 3);
  EXPECT_EQ(summary.skipped, 1);
  const auto events = database::EventStore(*db_).list();
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].onsetFrame, 300);
  EXPECT_EQ(events[0].offsetFrame, 600);
  EXPECT_EQ(events[0].seizureType, "GTCS");
  EXPECT_EQ(events[1].kind, database::EventKind::Artifact);
  EXPECT_EQ(events[2].recordingId, 2);
  EXPECT_EQ(events[2].onsetFrame, 45);
  EXPECT_EQ(events[2].offsetFrame, 90);
}

TEST_F(Import, BorisErrorsNamePlaceAndChangeNothing) {
  const auto file = dir_ / "bad.boris";
  const auto rejected = [&](const std::string& text, const std::string& expected) {
    writeText(file, text);
    expectRejected([&] { core::importBoris(*db_, file); }, expected);
  };
  rejected(R"({"project_format_version": "7.0", "observations": {"o": {"file": {"1": ["night1.mp4"]},
           "events": [[1, "", "GTCS", "", ""], [2, "", "GTCS", "", ""], [3, "", "GTCS", "", ""]]}}})",
           "bad.boris:observations.o.events[2]: unpaired state event");
  rejected(R"({"project_format_version": "7.0", "observations": {"o": {"file": {"1": ["elsewhere.mp4"]}, "events": []}}})",
           "bad.boris: 1 observation names media the project does not hold: 'o': elsewhere.mp4");
  rejected(R"({"project_format_version": "7.0", "observations": {"o": {"file": {"1": ["night1.mp4"]}, "events": [[1, "", "GTCS"], "x"]}}})",
           "bad.boris:observations.o.events[1]: is not a list");
  rejected(R"({"project_format_version": "7.0", "observations": {"o": {"file": {"1": ["night1.mp4"]}, "events": [[1, "", "G"], [900, "", "G"]]}}})",
           "past the end");
  // A time no recording reaches, refused as such (as a frame it wrapped around).
  rejected(
      R"({"project_format_version": "7.0", "observations": {"o": {"file": {"1": ["night1.mp4"]}, "events": [[1, "", "G"], [1e20, "", "G"]]}}})",
      "bad.boris:observations.o.events[1]: at 100000000000000000000.000 s, beyond any recording");
  rejected("{\"observations\": \n{\"o\": [}", "bad.boris:2: not valid JSON");
  rejected("[1, 2]", "not a BORIS project");
  rejected("{\"observations\": {}, \"x\": \"\xC3\"}", "invalid UTF-8");
  rejected(R"({"observations": {}})", "bad.boris:project_format_version: missing");
  rejected("", "bad.boris: the file is empty");
}

namespace {

// Small MJPEG AVI clips; distinct frame counts give distinct fingerprints.
std::filesystem::path rodentClip(const std::filesystem::path& dir, const std::string& name, int frames) {
  auto spec = test::standardFixtures()[3];
  spec.fileName = name;
  spec.frameCount = frames;
  spec.writer.width = 32;
  spec.writer.height = 32;
  return test::makeFixture(dir, spec);
}

}  // namespace

TEST_F(Import, RodEpilFolder) {
  const auto root = dir_ / "RodEpil" / "Seizure_detection_10sec";
  std::filesystem::create_directories(root / "0");
  std::filesystem::create_directories(root / "1");
  rodentClip(root / "0", "cam_x_R07_2021_a_b.avi", 10);
  rodentClip(root / "0", "cam_x_R08_2021_a_b.avi", 11);
  rodentClip(root / "1", "cam_y_R07_2021_a_b.AVI", 12);
  int calls = 0;
  const auto summary = core::importRodEpil(*db_, dir_ / "RodEpil", [&](int, int, const auto&) { ++calls; });
  EXPECT_EQ(calls, 3);
  EXPECT_EQ(summary.recordings, 3);
  EXPECT_EQ(summary.subjects, 2);
  EXPECT_EQ(summary.events, 1);
  EXPECT_EQ(summary.clips, 3);
  const auto r07 = database::SubjectStore(*db_).findByCode("R07");
  ASSERT_TRUE(r07);
  EXPECT_EQ(r07->species, database::Species::Rodent);
  const auto set = database::ClipSetStore(*db_).findByName(core::kRodEpilClipSet);
  ASSERT_TRUE(set);
  const auto clips = database::ClipStore(*db_).listBySet(set->id);
  ASSERT_EQ(clips.size(), 3u);
  EXPECT_EQ(clips[0].label, database::ClipLabel::Normal);
  EXPECT_EQ(clips[0].endFrame, 10);
  EXPECT_EQ(clips[2].label, database::ClipLabel::Ictal);
  ASSERT_TRUE(clips[2].sourceEventId);
  const auto event = database::EventStore(*db_).find(*clips[2].sourceEventId);
  ASSERT_TRUE(event);
  EXPECT_EQ(event->onsetFrame, 0);
  EXPECT_EQ(event->offsetFrame, 12);
  // The same folder again: every file is already there; nothing changes.
  expectRejected([&] { core::importRodEpil(*db_, root); }, "already in the project as recording");
}

TEST_F(Import, RodEpilErrorsChangeNothing) {
  const auto root = dir_ / "bad";
  std::filesystem::create_directories(root / "1");
  rodentClip(root / "1", "a_R01_b_c_d.avi", 10);
  writeText(root / "1" / "a_R01_b_c_e.avi", "not a video");
  expectRejected([&] { core::importRodEpil(*db_, root); }, "a_R01_b_c_e.avi: ");
  std::filesystem::remove(root / "1" / "a_R01_b_c_e.avi");
  rodentClip(root / "1", "short_name.avi", 13);
  expectRejected([&] { core::importRodEpil(*db_, root); }, "short_name.avi: the file name has fewer than 4");
  expectRejected([&] { core::importRodEpil(*db_, dir_); }, "not a RodEpil folder");
  EXPECT_EQ(core::rodEpilSubject("Rat_2020_R12_x_y_z.avi"), "R12");
}
