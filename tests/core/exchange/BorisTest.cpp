// BORIS projects as BORIS writes them (issue 15): hand-written fixtures in the
// shape of BORIS's own test projects (format "7.0"; several observations,
// some of media the project does not hold, LIVE ones, chained files, two
// players, two animals, point events, time offsets), and the export that
// imports back to the same frames.

#include "core/exchange/BorisExporter.h"
#include "core/exchange/BorisImporter.h"
#include "core/exchange/EventTypeText.h"
#include "core/io/AtomicFile.h"
#include "database/EventStore.h"
#include "database/PeriodStore.h"
#include "tests/core/exchange/ExchangeTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace prodrome;
using prodrome::test::dumpProject;
using prodrome::test::writeText;
using Options = core::BorisImportOptions;

namespace {

// The project holds night1.mp4 and night2.mp4 (30 fps, 1000 frames = 33.333 s).
class Boris : public test::ProjectFixture {
 protected:
  std::filesystem::path write(const std::string& observations, const std::string& behaviours = {}) {
    const auto file = dir_ / "project.boris";
    writeText(file, R"({"project_format_version": "7.0", "time_format": "hh:mm:ss", "subjects_conf": {},
      "behaviors_conf": {)" + (behaviours.empty() ? std::string(R"("0": {"type": "State event", "code": "GTCS"})")
                                                 : behaviours) +
                        R"(}, "observations": {)" + observations + "}}");
    return file;
  }

  template <class F>
  void expectRefused(F import, const std::vector<std::string>& expected) {
    const std::string before = dumpProject(*db_);
    try {
      import();
      ADD_FAILURE() << "import succeeded";
    } catch (const core::ImportError& e) {
      for (const auto& text : expected) EXPECT_NE(std::string(e.what()).find(text), std::string::npos) << e.what();
    }
    EXPECT_EQ(dumpProject(*db_), before);
    EXPECT_FALSE(db_->inTransaction());
  }

  std::vector<database::Event> events() { return database::EventStore(*db_).list(); }

  // Small MJPEG AVI videos to add as recordings.
  std::filesystem::path video(const std::filesystem::path& folder, const std::string& name, int frames) {
    std::filesystem::create_directories(folder);
    auto spec = test::standardFixtures()[3];
    spec.fileName = name;
    spec.frameCount = frames;
    spec.writer.width = 32;
    spec.writer.height = 32;
    return test::makeFixture(folder, spec);
  }
};

const char* kKnown = R"("known": {"type": "MEDIA", "file": {"1": ["C:/Users/lab/night1.mp4"], "2": []},
    "media_info": {"length": {"C:/Users/lab/night1.mp4": 33.333}, "offset": {"1": 0.0}},
    "time offset": 0.0, "events": [[10.0, "", "GTCS", "", "", 300], [20.0, "", "GTCS", "", "", 600]]})";

const char* kUnknownAndLive = R"("other videos": {"type": "MEDIA", "file": {"1": ["/home/user/video/video1.mp4",
    "/home/user/video/video2.mp4"], "2": ["/home/user/video/side.mp4"]}, "events": [[1.0, "", "GTCS", "", ""], [2.0, "", "GTCS", "", ""]]},
  "cage 4": {"type": "MEDIA", "file": {"1": ["cage4.avi"]}, "events": []},
  "live 1": {"type": "LIVE", "file": {}, "time offset": 0.0, "events": [[3.5, "", "GTCS", "", ""]]},
  "live old": {"type": "LIVE", "file": [], "events": []})";

}  // namespace

TEST_F(Boris, UnknownMediaAreRefusedWithEveryObservationAndFileNamed) {
  const auto file = write(std::string(kKnown) + "," + kUnknownAndLive);
  expectRefused([&] { core::importBoris(*db_, file); },
                {"2 observations name media the project does not hold",
                 "'other videos': /home/user/video/video1.mp4, /home/user/video/video2.mp4 (view of player 2..: "
                 "/home/user/video/side.mp4)",
                 "'cage 4': cage4.avi",
                 "--add-media", "--skip-unknown"});
  const auto survey = core::surveyBoris(*db_, file);
  EXPECT_EQ(survey.observations, 5);
  EXPECT_EQ(survey.withoutVideo, 2);
  EXPECT_EQ(survey.unknownMedia.size(), 2u);
}

TEST_F(Boris, SkipUnknownImportsTheRestAndSaysWhatItSkipped) {
  Options options;
  options.unknownMedia = Options::UnknownMedia::Skip;
  const auto summary = core::importBoris(*db_, write(std::string(kKnown) + "," + kUnknownAndLive), options);
  EXPECT_EQ(summary.events, 1);
  EXPECT_EQ(summary.skippedUnknown, 2);
  EXPECT_EQ(summary.skippedLive, 2);
  ASSERT_EQ(events().size(), 1u);
  EXPECT_EQ(events()[0].onsetFrame, 300);
  EXPECT_EQ(events()[0].offsetFrame, 600);
  std::string notes;
  for (const auto& n : summary.notes) notes += n + "\n";
  EXPECT_NE(notes.find("'cage 4': media not in the project (cage4.avi): skipped"), std::string::npos) << notes;
  EXPECT_NE(notes.find("'live 1': LIVE, no video: skipped"), std::string::npos) << notes;
}

TEST_F(Boris, AddMediaFindsFilesAsBorisDoesAndAddsThem) {
  // As stored relative to the .boris folder, and by file name beside it.
  const auto a = video(dir_ / "media", "cageA.avi", 20);
  const auto b = video(dir_, "cageB.avi", 24);
  const auto file = write(R"(
    "a": {"type": "MEDIA", "file": {"1": ["media/cageA.avi"]}, "events": [[0.1, "R9", "GTCS", "", ""], [0.4, "R9", "GTCS", "", ""]]},
    "b": {"type": "MEDIA", "file": {"1": ["D:/old lab/cageB.avi"]}, "events": [[0.2, "R9", "GTCS", "", ""], [0.5, "R9", "GTCS", "", ""]]},
    "c": {"type": "MEDIA", "file": {"1": ["cageA.avi"], "2": ["side/cageA-side.avi"]}, "events": []})");
  video(dir_ / "side", "cageA-side.avi", 20);
  Options options;
  options.unknownMedia = Options::UnknownMedia::Add;
  // R9 is new: its species must be given.
  expectRefused([&] { core::importBoris(*db_, file, options); }, {"observations.a: subject 'R9' is new", "--species"});
  options.species = database::Species::Rodent;
  int calls = 0;
  options.progress = [&](int, int, const std::string&) { ++calls; };
  const auto summary = core::importBoris(*db_, file, options);
  EXPECT_EQ(summary.recordings, 3);  // cageA.avi once, though two observations name it
  EXPECT_EQ(summary.subjects, 1);
  EXPECT_EQ(summary.events, 2);
  EXPECT_EQ(calls, 3);
  const auto recordings = database::RecordingStore(*db_).list();
  ASSERT_EQ(recordings.size(), 5u);
  EXPECT_EQ(recordings[4].camera, "player 2");  // the side view, told apart
  EXPECT_EQ(recordings[2].camera, "");
  EXPECT_EQ(std::filesystem::path(recordings[2].path), std::filesystem::absolute(a).lexically_normal());
  EXPECT_EQ(std::filesystem::path(recordings[3].path), std::filesystem::absolute(b).lexically_normal());
  const auto added = events();
  ASSERT_EQ(added.size(), 2u);
  EXPECT_EQ(added[0].recordingId, recordings[2].id);
  EXPECT_EQ(added[0].annotator, "boris/R9");
}

TEST_F(Boris, AddMediaThatCannotBeFoundChangesNothing) {
  video(dir_, "cageA.avi", 20);
  const auto file = write(R"(
    "a": {"type": "MEDIA", "file": {"1": ["cageA.avi"]}, "events": []},
    "z": {"type": "MEDIA", "file": {"1": ["/nowhere/lost.avi"]}, "events": []})");
  Options options;
  options.unknownMedia = Options::UnknownMedia::Add;
  options.subject = "R1";
  options.species = database::Species::Rodent;
  // cageA.avi would be added first: it is rolled back with the rest.
  expectRefused([&] { core::importBoris(*db_, file, options); },
                {"observations.z.file: media file '/nowhere/lost.avi' not found as stored, nor beside project.boris"});
}

TEST_F(Boris, ChainedMediaBecomeAPeriodWithTimeAcrossTheFiles) {
  // BORIS counts 33.333333 s for night1.mp4: 45 s of its clock is 11.667 s
  // into night2.mp4. A state from 30 s to 36 s runs over the file change.
  const auto file = write(R"("night": {"type": "MEDIA", "file": {"1": ["night1.mp4", "night2.mp4"]},
      "media_info": {"length": {"night1.mp4": 33.333333, "night2.mp4": 33.333333}},
      "events": [[30.0, "", "GTCS", "", ""], [36.0, "", "GTCS", "", ""],
                 [40.0, "", "GTCS", "", ""], [45.0, "", "GTCS", "", ""]]})");
  const auto summary = core::importBoris(*db_, file);
  EXPECT_EQ(summary.periods, 1);
  EXPECT_EQ(summary.splitAtBoundary, 1);
  const auto list = events();
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0].recordingId, recordingIds_[0]);
  EXPECT_EQ(list[0].onsetFrame, 900);
  EXPECT_EQ(list[0].offsetFrame, 1000);
  EXPECT_EQ(list[1].recordingId, recordingIds_[1]);
  EXPECT_EQ(list[1].onsetFrame, 0);
  EXPECT_EQ(list[1].offsetFrame, 80);
  EXPECT_EQ(list[2].onsetFrame, 200);
  EXPECT_EQ(list[2].offsetFrame, 350);
  database::PeriodStore periods(*db_);
  const auto period = periods.find(*periods.periodOf(recordingIds_[0]));
  ASSERT_TRUE(period);
  ASSERT_EQ(period->files.size(), 2u);
  EXPECT_EQ(period->files[0].recordingId, recordingIds_[0]);
  EXPECT_EQ(period->files[1].recordingId, recordingIds_[1]);
  EXPECT_EQ(period->name, "night");

  // Importing it again keeps the period (events then overlap: refused).
  database::EventStore store(*db_);
  for (const auto& e : list) store.remove(e.id);
  EXPECT_EQ(core::importBoris(*db_, file).periods, 0);
}

TEST_F(Boris, ChainedMediaWhoseLengthDisagreesAreRefusedNamingBoth) {
  const auto file = write(R"("night": {"type": "MEDIA", "file": {"1": ["night1.mp4", "night2.mp4"]},
      "media_info": {"length": {"night1.mp4": 35.0, "night2.mp4": 33.333}}, "events": []})");
  expectRefused([&] { core::importBoris(*db_, file); },
                {"observations.night.media_info.length.night1.mp4: BORIS counts 35.000 s for 'night1.mp4' but "
                 "recording #1 holds 33.333 s (1000 frames)"});
}

TEST_F(Boris, TwoPlayersPutEventsOnPlayerOneAndReportTheView) {
  const auto file = write(R"("two views": {"type": "MEDIA", "file": {"1": ["night1.mp4"], "2": ["night2.mp4"], "3": []},
      "media_info": {"offset": {"1": 0.0, "2": -20.0}},
      "events": [[1.0, "", "GTCS", "", ""], [2.0, "", "GTCS", "", ""]]})");
  const auto summary = core::importBoris(*db_, file);
  ASSERT_EQ(events().size(), 1u);
  EXPECT_EQ(events()[0].recordingId, recordingIds_[0]);
  ASSERT_EQ(summary.notes.size(), 1u);
  EXPECT_NE(summary.notes[0].find("player 2 ('night2.mp4') is a second view, recording #2"), std::string::npos)
      << summary.notes[0];
}

TEST_F(Boris, TwoAnimalsInOneObservationStayApart) {
  // Overlapping seizures of two mice, with modifiers kept apart as BORIS
  // pairs them (subject, code, modifier).
  const auto file = write(R"("cage": {"type": "MEDIA", "file": {"1": ["night1.mp4"]},
      "events": [[1.0, "mouse 1", "GTCS", "", ""], [2.0, "mouse 2", "GTCS", "", ""],
                 [3.0, "mouse 1", "GTCS", "", ""], [4.0, "mouse 2", "GTCS", "", ""],
                 [5.0, "mouse 1", "GTCS", "left", ""], [6.0, "mouse 1", "GTCS", "left", ""]]})");
  core::importBoris(*db_, file);
  const auto list = events();
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0].annotator, "boris/mouse 1");
  EXPECT_EQ(list[0].onsetFrame, 30);
  EXPECT_EQ(list[0].offsetFrame, 90);
  EXPECT_EQ(list[1].annotator, "boris/mouse 2");
  EXPECT_EQ(list[1].onsetFrame, 60);
  EXPECT_EQ(list[1].offsetFrame, 120);
  EXPECT_EQ(list[2].annotator, "boris/mouse 1");
  EXPECT_EQ(list[2].onsetFrame, 150);
}

TEST_F(Boris, PointEventsAreSkippedAndCountedOrBecomeOnsets) {
  const std::string behaviours =
      R"("0": {"type": "State event", "code": "GTCS"}, "1": {"type": "Point event", "code": "myoclonic"})";
  const auto file = write(R"("o": {"type": "MEDIA", "file": {"1": ["night1.mp4"]},
      "events": [[1.0, "", "myoclonic", "", ""], [2.0, "", "GTCS", "", ""], [3.0, "", "GTCS", "", ""],
                 [7.5, "", "myoclonic", "", ""]]})",
                          behaviours);
  auto summary = core::importBoris(*db_, file);
  EXPECT_EQ(summary.skipped, 2);
  EXPECT_EQ(summary.events, 1);
  for (const auto& e : events()) database::EventStore(*db_).remove(e.id);

  Options options;
  options.points = Options::Points::Onset;
  summary = core::importBoris(*db_, file, options);
  EXPECT_EQ(summary.skipped, 0);
  EXPECT_EQ(summary.events, 3);
  const auto list = events();
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0].onsetFrame, 30);
  EXPECT_FALSE(list[0].offsetFrame);
  EXPECT_EQ(list[0].seizureType, "myoclonic");
  EXPECT_EQ(list[2].onsetFrame, 225);
  EXPECT_FALSE(list[2].offsetFrame);
}

TEST_F(Boris, WhichBehavioursAreSeizures) {
  // Grooming overlaps the seizure: as seizures both, they collide.
  const std::string observation = R"("o": {"type": "MEDIA", "file": {"1": ["night1.mp4"]},
      "events": [[1.0, "", "GTCS", "", ""], [1.5, "", "grooming", "", ""], [3.0, "", "GTCS", "", ""],
                 [4.0, "", "grooming", "", ""], [5.0, "", "artifact", "", ""], [6.0, "", "artifact", "", ""]]})";
  const std::string plain = R"("0": {"type": "State event", "code": "GTCS"},
      "1": {"type": "State event", "code": "grooming"}, "2": {"type": "State event", "code": "artifact"})";
  auto file = write(observation, plain);
  expectRefused([&] { core::importBoris(*db_, file); }, {"overlaps", "--seizures CODE"});

  Options options;
  options.seizureCodes = {"GTCS"};
  core::importBoris(*db_, file, options);
  auto list = events();
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0].kind, database::EventKind::Seizure);
  EXPECT_EQ(list[0].seizureType, "GTCS");
  EXPECT_EQ(list[1].kind, database::EventKind::Other);
  EXPECT_EQ(list[1].seizureType, "grooming");
  EXPECT_EQ(list[2].kind, database::EventKind::Artifact);
  for (const auto& e : list) database::EventStore(*db_).remove(e.id);

  // The ethogram's category says the same without --seizures.
  file = write(observation, R"("0": {"type": "State event", "code": "GTCS", "category": "Seizure"},
      "1": {"type": "State event", "code": "grooming", "category": "maintenance"},
      "2": {"type": "State event", "code": "artifact", "category": ""})");
  core::importBoris(*db_, file);
  list = events();
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0].kind, database::EventKind::Seizure);
  EXPECT_EQ(list[1].kind, database::EventKind::Other);
  EXPECT_EQ(list[2].kind, database::EventKind::Artifact);
  EXPECT_EQ(core::surveyBoris(*db_, file).seizureCategory, std::set<std::string>{"GTCS"});
}

TEST_F(Boris, TimeOffsetsPositiveAndNegative) {
  // BORIS stores media time + offset.
  const auto file = write(R"(
    "late": {"type": "MEDIA", "file": {"1": ["night1.mp4"]}, "time offset": 10.0,
             "events": [[15.0, "", "GTCS", "", ""], [16.0, "", "GTCS", "", ""]]},
    "early": {"type": "MEDIA", "file": {"1": ["night2.mp4"]}, "time offset": -5.5,
              "events": [[0.0, "", "GTCS", "", ""], [1.0, "", "GTCS", "", ""]]})");
  core::importBoris(*db_, file);
  const auto list = events();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].onsetFrame, 150);
  EXPECT_EQ(list[0].offsetFrame, 180);
  EXPECT_EQ(list[1].onsetFrame, 165);
  EXPECT_EQ(list[1].offsetFrame, 195);

  const auto before = write(R"("o": {"type": "MEDIA", "file": {"1": ["night1.mp4"]}, "time offset": 10.0,
      "events": [[5.0, "", "GTCS", "", ""], [16.0, "", "GTCS", "", ""]]})");
  expectRefused([&] { core::importBoris(*db_, before); }, {"observations.o.events[0]", "before the start of the media"});
}

TEST_F(Boris, OnlyFormatVersionsSevenAndEightAreRead) {
  const auto file = dir_ / "v.boris";
  for (const char* version : {"\"6.0\"", "\"9.0\"", "\"x\""}) {
    writeText(file, std::string(R"({"project_format_version": )") + version + R"(, "observations": {}})");
    expectRefused([&] { core::importBoris(*db_, file); }, {"v.boris:project_format_version: format version"});
  }
  for (const char* version : {"\"7.0\"", "\"8.6\"", "7"}) {
    writeText(file, std::string(R"({"project_format_version": )") + version + R"(, "observations": {}})");
    EXPECT_NO_THROW(core::importBoris(*db_, file)) << version;
  }
}

TEST_F(Boris, AMalformedLaterObservationChangesNothing) {
  const auto file = write(std::string(kKnown) + R"(, "broken": {"type": "MEDIA", "file": {"1": ["night2.mp4"]},
      "events": [[1.0, "", "GTCS", "", ""]]})");
  expectRefused([&] { core::importBoris(*db_, file); }, {"observations.broken.events[0]: unpaired state event"});
}

TEST_F(Boris, ExportImportsBackToTheSameFrames) {
  // A period of both files (NTSC-like rate on the second), two annotators,
  // two animals, an untyped seizure, an artifact and an open event.
  database::RecordingStore recordings(*db_);
  auto second = *recordings.find(recordingIds_[1]);
  second.fps = 30000.0 / 1001.0;
  second.frameCount = 1799;
  recordings.update(second);
  database::PeriodStore(*db_).create(1, recordingIds_, "night of P01");
  database::EventStore store(*db_);
  const auto add = [&](std::int64_t recording, std::int64_t onset, std::optional<std::int64_t> offset,
                       const std::string& type, const std::string& annotator) {
    database::Event e;
    e.recordingId = recording;
    e.onsetFrame = onset;
    e.offsetFrame = offset;
    core::applyEventType(type, e);
    e.annotator = annotator;
    store.add(e);
  };
  add(recordingIds_[0], 7, 999, "focal", "dr.a");
  add(recordingIds_[0], 10, 400, "", "dr.b");
  add(recordingIds_[1], 0, 1799, "GTCS", "dr.a");
  add(recordingIds_[1], 1001, 1337, "GTCS", "dr.a/mouse 2");
  add(recordingIds_[1], 1500, 1501, "artifact", "dr.b");
  add(recordingIds_[1], 1400, 1600, "other", "dr.b");
  add(recordingIds_[1], 1450, 1650, "other", "dr.b");  // overlaps the one before
  {
    auto list = store.list();  // an 'other' event that keeps its BORIS behaviour
    for (auto& other : list) {
      if (other.kind != database::EventKind::Other) continue;
      other.seizureType = "grooming";
      store.update(other);
    }
  }
  add(recordingIds_[1], 1700, std::nullopt, "GTCS", "dr.b");
  const auto key = [](const database::Event& e) {
    return std::to_string(e.recordingId) + "|" + std::to_string(e.onsetFrame) + "|" +
           (e.offsetFrame ? std::to_string(*e.offsetFrame) : "open") + "|" + std::string(database::toString(e.kind)) +
           "|" + e.seizureType + "|" + e.annotator;
  };
  std::vector<std::string> before;
  for (const auto& e : store.list())
    if (e.offsetFrame) before.push_back(key(e));

  const auto out = dir_ / "export.boris";
  const auto written = core::exportBoris(*db_, out);
  EXPECT_EQ(written.events, 7);
  EXPECT_EQ(written.openLeftOut, 1);
  // One per annotator of the one period, and one for the overlapping grooming.
  EXPECT_EQ(written.observations, 3);

  const QJsonObject root = QJsonDocument::fromJson(QByteArray::fromStdString(core::readWholeFile(out))).object();
  EXPECT_EQ(root["project_format_version"].toString(), "7.0");
  const QJsonObject obs = root["observations"].toObject()["night of P01 (dr.a)"].toObject();
  EXPECT_EQ(obs["file"].toObject()["1"].toArray().size(), 2);
  EXPECT_EQ(obs["independent_variables"].toObject()["annotator"].toString(), "dr.a");
  EXPECT_TRUE(root["observations"].toObject().contains("night of P01 (dr.b) (overlap 2)"));
  EXPECT_DOUBLE_EQ(obs["events"].toArray()[0].toArray()[0].toDouble(), 0.233);  // frame 7 at 30 fps, in ms

  for (const auto& e : store.list()) store.remove(e.id);
  const auto summary = core::importBoris(*db_, out);
  EXPECT_EQ(summary.periods, 0);  // the period chains them already
  EXPECT_EQ(summary.splitAtBoundary, 0);
  std::vector<std::string> after;
  for (const auto& e : store.list()) after.push_back(key(e));
  EXPECT_EQ(after, before);
}
