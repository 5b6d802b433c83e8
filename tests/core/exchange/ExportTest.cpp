#include "core/Error.h"
#include "core/exchange/ClipSetExporter.h"
#include "core/exchange/CsvTable.h"
#include "core/exchange/EventCsvImporter.h"
#include "core/exchange/EventExporter.h"
#include "core/io/AtomicFile.h"
#include "core/video/FrameConverter.h"
#include "core/video/VideoSource.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/EventStore.h"
#include "tests/core/exchange/ExchangeTestUtil.h"

#include <set>

using namespace prodrome;

namespace {

class Export : public test::ProjectFixture {
 protected:
  std::int64_t addEvent(std::int64_t recording, std::int64_t onset, std::optional<std::int64_t> offset,
                        database::EventKind kind = database::EventKind::Seizure, const std::string& type = "",
                        const std::string& annotator = "") {
    database::Event e;
    e.annotator = annotator;
    e.recordingId = recording;
    e.onsetFrame = onset;
    e.offsetFrame = offset;
    e.kind = kind;
    e.seizureType = type;
    return database::EventStore(*db_).add(e);
  }

  std::int64_t addClipSet(const std::string& name, std::int64_t recording) {
    database::ClipSet set;
    set.name = name;
    const auto id = database::ClipSetStore(*db_).add(set);
    std::vector<database::Clip> clips(3);
    const database::ClipLabel labels[] = {database::ClipLabel::Preictal, database::ClipLabel::Normal,
                                          database::ClipLabel::Ictal};
    for (int k = 0; k < 3; ++k) {
      clips[k].clipSetId = id;
      clips[k].recordingId = recording;
      clips[k].startFrame = 100 + 50 * k;
      clips[k].endFrame = 110 + 50 * k;
      clips[k].label = labels[k];
      clips[k].split = k == 1 ? "val" : "train";
    }
    database::ClipStore(*db_).addAll(clips);
    return id;
  }
};

}  // namespace

TEST_F(Export, EventsCsvImportsBackToTheSameEvents) {
  addEvent(1, 100, 200, database::EventKind::Seizure, "focal, aware", "dr, k");
  addEvent(1, 120, 190, database::EventKind::Seizure, "", "tech");  // a second rater's mark of the same seizure
  addEvent(1, 150, 160, database::EventKind::Artifact);
  addEvent(2, 30, std::nullopt, database::EventKind::Seizure, "tonic");
  const auto out = dir_ / "events.csv";
  EXPECT_EQ(core::exportEventsCsv(*db_, out), 4);
  const auto rows = core::readCsvFile(out);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0].fields[0], "recording");
  EXPECT_EQ(rows[1].fields[3], "focal, aware");
  EXPECT_EQ(rows[1].fields[4], "3.333333");
  EXPECT_EQ(rows[4].fields[2], "");
  EXPECT_EQ(rows[0].fields.back(), "annotator");
  EXPECT_EQ(rows[1].fields.back(), "dr, k");

  const auto before = database::EventStore(*db_).list();
  for (const auto& e : before) database::EventStore(*db_).remove(e.id);
  EXPECT_EQ(core::importEventsCsv(*db_, out).events, 4);
  const auto after = database::EventStore(*db_).list();
  ASSERT_EQ(after.size(), before.size());
  for (size_t k = 0; k < after.size(); ++k) {
    EXPECT_EQ(after[k].recordingId, before[k].recordingId);
    EXPECT_EQ(after[k].onsetFrame, before[k].onsetFrame);
    EXPECT_EQ(after[k].offsetFrame, before[k].offsetFrame);
    EXPECT_EQ(after[k].kind, before[k].kind);
    EXPECT_EQ(after[k].seizureType, before[k].seizureType);
    // The annotator comes back; a row without one takes the importer's.
    EXPECT_EQ(after[k].annotator, before[k].annotator.empty() ? "import" : before[k].annotator);
  }
}

TEST_F(Export, FrameLabelsHaveOneRowPerFrame) {
  const auto seizure = addEvent(1, 100, 200);
  const auto artifact = addEvent(1, 150, 260, database::EventKind::Artifact);
  const auto open = addEvent(2, 30, std::nullopt);
  const auto out = dir_ / "frames.csv";
  EXPECT_EQ(core::exportFrameLabels(*db_, out), 2000);
  const auto rows = core::readCsvFile(out);
  ASSERT_EQ(rows.size(), 2001u);
  EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"recording", "frame", "time_s", "label", "event_id"}));
  const auto row = [&](int recording, int frame) {
    return rows[static_cast<size_t>(1 + (recording - 1) * 1000 + frame)];
  };
  EXPECT_EQ(row(1, 99).fields[3], "normal");
  EXPECT_EQ(row(1, 99).fields[4], "");
  EXPECT_EQ(row(1, 100).fields[3], "seizure");
  EXPECT_EQ(row(1, 100).fields[4], std::to_string(seizure));
  EXPECT_EQ(row(1, 199).fields[3], "seizure");
  EXPECT_EQ(row(1, 200).fields[3], "artifact");
  EXPECT_EQ(row(1, 200).fields[4], std::to_string(artifact));
  EXPECT_EQ(row(1, 260).fields[3], "normal");
  EXPECT_EQ(row(1, 999).fields[2], "33.300000");
  EXPECT_EQ(row(2, 0).fields[1], "0");
  EXPECT_EQ(row(2, 30).fields[4], std::to_string(open));
  EXPECT_EQ(row(2, 31).fields[3], "normal");
}

TEST_F(Export, VideoMaeListAndManifest) {
  addClipSet("set", 1);
  const auto list = dir_ / "train.txt";
  const auto result = core::exportVideoMaeList(*db_, "set", list, "/data/clips");
  EXPECT_EQ(result.written, 2);
  EXPECT_EQ(result.skipped, 1);
  EXPECT_EQ(core::readWholeFile(list), "/data/clips/clip_000001.mp4 1\n/data/clips/clip_000002.mp4 0\n");
  EXPECT_EQ(core::exportVideoMaeList(*db_, "set", list, "/c", std::string("val")).written, 1);

  const auto manifest = dir_ / "manifest.csv";
  EXPECT_EQ(core::exportClipManifest(*db_, "set", manifest).written, 3);
  const auto rows = core::readCsvFile(manifest);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1].fields, (std::vector<std::string>{"1", "1", "/videos/night1.mp4", "100", "110", "3.333333",
                                                      "3.666667", "preictal", "train", "P01", "clip_000001.mp4"}));
  EXPECT_EQ(rows[3].fields[7], "ictal");
  EXPECT_THROW(core::exportClipManifest(*db_, "nope", manifest), core::Error);
}

TEST_F(Export, ClipVideosHoldExactlyTheirFrames) {
  const auto video = test::makeFixture(PRODROME_FIXTURE_DIR, test::standardFixtures()[0]);
  database::RecordingStore(*db_).updatePath(1, video.string());
  addClipSet("set", 1);
  const auto out = dir_ / "clips";
  std::int64_t calls = 0;
  const auto result = core::exportClipVideos(*db_, "set", out, {}, [&](std::int64_t, std::int64_t) { ++calls; });
  EXPECT_EQ(result.written, 3);
  EXPECT_EQ(calls, 3);
  core::FrameConverter converter;
  for (int k = 0; k < 3; ++k) {
    core::VideoSource clip(out / core::clipFileName(k + 1));
    ASSERT_EQ(clip.frameCount(), 10);
    EXPECT_EQ(clip.info().codec, "h264");
    EXPECT_NEAR(clip.info().frameRate.value(), 30.0, 1e-9);
    for (int f : {0, 9}) {
      const auto frame = clip.frame(f);
      const auto rgb = converter.toRgb24(frame);
      EXPECT_EQ(test::readFrameNumber(rgb.data(), frame.width(), frame.height(), frame.width() * 3), 100 + 50 * k + f);
    }
  }
}

// A clip export that stops midway (here a cancel after the second clip; a
// full disk or a damaged frame takes the same path) writes no clip at all
// and leaves what the folder held before as it was, a previous export's
// clip of the same name included.
TEST_F(Export, AClipVideoExportThatStopsMidwayLeavesTheFolderAsItWas) {
  const auto video = test::makeFixture(PRODROME_FIXTURE_DIR, test::standardFixtures()[0]);
  database::RecordingStore(*db_).updatePath(1, video.string());
  addClipSet("set", 1);
  const auto out = dir_ / "clips-stopped";
  std::filesystem::create_directories(out);
  core::writeFileAtomically(out / core::clipFileName(1), "an earlier export's clip");
  core::writeFileAtomically(out / "notes.txt", "kept");
  EXPECT_THROW(core::exportClipVideos(*db_, "set", out, {},
                                      [](std::int64_t done, std::int64_t) {
                                        if (done == 2) throw core::Cancelled();
                                      }),
               core::Cancelled);
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(out)) names.insert(entry.path().filename().string());
  EXPECT_EQ(names, (std::set<std::string>{core::clipFileName(1), "notes.txt"}));
  EXPECT_EQ(core::readWholeFile(out / core::clipFileName(1)), "an earlier export's clip");

  // Run to its end, it replaces the earlier clip and adds the others.
  EXPECT_EQ(core::exportClipVideos(*db_, "set", out).written, 3);
  names.clear();
  for (const auto& entry : std::filesystem::directory_iterator(out)) names.insert(entry.path().filename().string());
  EXPECT_EQ(names,
            (std::set<std::string>{core::clipFileName(1), core::clipFileName(2), core::clipFileName(3), "notes.txt"}));
  EXPECT_EQ(core::VideoSource(out / core::clipFileName(1)).frameCount(), 10);
}
