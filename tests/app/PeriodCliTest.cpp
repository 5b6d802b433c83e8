// prodrome period through the real binary (issue 14, section 1): files whose
// containers carry creation_time chained into a night with a gap; a file
// without one placed after the previous; user starts; mistakes refused in one
// line; recording add --period.

#include "core/video/VideoWriter.h"
#include "database/Database.h"
#include "database/Statement.h"
#include "tests/app/CliRunner.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>
#include <vector>

using namespace prodrome;
using test::q;

namespace {

// A small 10 s video at 30 fps, stamped with `creationTime` when given.
std::filesystem::path video(const std::filesystem::path& path, const std::string& creationTime) {
  core::VideoWriterOptions o;
  o.encoder = "mpeg4";
  o.width = 64;
  o.height = 48;
  o.gopSize = 30;
  o.maxBFrames = 0;
  o.quality = 5;
  if (!creationTime.empty()) o.metadata["creation_time"] = creationTime;
  core::VideoWriter writer(path, o);
  std::vector<std::uint8_t> rgb(64 * 48 * 3, 90);
  for (int f = 0; f < 300; ++f) writer.writeRgb(rgb.data(), 64 * 3, f);
  writer.finish();
  return path;
}

QJsonArray periods(const std::filesystem::path& db) {
  const auto r = test::runProdrome({"period", "list", q(db), "--json"});
  EXPECT_EQ(r.exitCode, 0) << r.err;
  return QJsonDocument::fromJson(QByteArray::fromStdString(r.out)).array();
}

}  // namespace

TEST(PeriodCli, ANightOfStampedFilesWithAGap) {
  const auto dir = test::scratchDirectory("period-cli");
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto db = dir / "p.prodrome";
  ASSERT_EQ(test::runProdrome({"project", "init", q(db)}).exitCode, 0);
  const std::vector<std::string> stamps = {"2026-03-01T22:00:00.000000Z", "2026-03-01T22:00:10.000000Z",
                                           "2026-03-01T22:00:25.000000Z"};
  for (std::size_t k = 0; k < stamps.size(); ++k) {
    const auto file = video(dir / ("night-" + std::to_string(k) + ".mp4"), stamps[k]);
    const auto r = test::runProdrome({"recording", "add", q(db), q(file), "--subject", "R1", "--species", "rodent"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
  }
  // Each file alone first, dated by its container.
  auto all = periods(db);
  ASSERT_EQ(all.size(), 3);
  EXPECT_EQ(all[1].toObject()["wall_start"].toString(), QStringLiteral("2026-03-01T22:00:10.000Z"));
  EXPECT_EQ(all[1].toObject()["files"].toArray()[0].toObject()["start_source"].toString(), QStringLiteral("container"));

  auto r = test::runProdrome({"period", "create", q(db), "--subject", "R1", "--recordings", "1,2,3", "--name", "night 1"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const QString period = QString::fromStdString(r.out).trimmed();
  // The next file of the night, without a stamp: directly after the last.
  const auto loose = video(dir / "night-3.mp4", "");
  r = test::runProdrome({"recording", "add", q(db), q(loose), "--subject", "R1", "--species", "rodent", "--period", period});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  all = periods(db);
  ASSERT_EQ(all.size(), 1);  // the one-file periods were emptied and deleted
  const QJsonObject night = all[0].toObject();
  EXPECT_EQ(night["name"].toString(), QStringLiteral("night 1"));
  EXPECT_DOUBLE_EQ(night["span_s"].toDouble(), 45);
  EXPECT_DOUBLE_EQ(night["observed_s"].toDouble(), 40);
  const QJsonArray files = night["files"].toArray();
  ASSERT_EQ(files.size(), 4);
  EXPECT_TRUE(files[1].toObject()["contiguous_with_previous"].toBool());
  EXPECT_FALSE(files[2].toObject()["contiguous_with_previous"].toBool());
  EXPECT_DOUBLE_EQ(files[2].toObject()["gap_before_s"].toDouble(), 5);
  EXPECT_DOUBLE_EQ(files[3].toObject()["start_s"].toDouble(), 35);
  EXPECT_EQ(files[3].toObject()["start_source"].toString(), QStringLiteral("previous"));

  // A seizure at frame 3 of file 2: its pre-ictal clips lie at the end of
  // file 1, which it follows without a gap (L = H = 5 s, stride 1 s: window
  // ends 303 - 30k on file 1's frames, k = 1..5).
  r = test::runProdrome({"events", "add", q(db), "--recording", "2", "--onset", "3", "--offset", "100"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  r = test::runProdrome(
      {"clips", "build", q(db), "--name", "pre", "--labels", "preictal", "--length", "5", "--horizon", "5"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  {
    database::Database project(db, database::Database::OpenMode::ReadOnly);
    database::Statement clips(project, "SELECT recording_id, start_frame, end_frame FROM clips ORDER BY start_frame");
    std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t>> rows;
    while (clips.step()) rows.emplace_back(clips.getInt64(0), clips.getInt64(1), clips.getInt64(2));
    const std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t>> expected = {
        {1, 3, 153}, {1, 33, 183}, {1, 63, 213}, {1, 93, 243}, {1, 123, 273}};
    EXPECT_EQ(rows, expected);
  }

  // The user dates the loose file; a gap of 10 s opens before it.
  r = test::runProdrome({"period", "set-start", q(db), "--recording", "4", "--start", "2026-03-01T22:00:45Z"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const QJsonObject dated = periods(db)[0].toObject()["files"].toArray()[3].toObject();
  EXPECT_EQ(dated["start_source"].toString(), QStringLiteral("user"));
  EXPECT_DOUBLE_EQ(dated["gap_before_s"].toDouble(), 10);

  // Two raters over the night (issue 14 §3 on a period): "cli" marked
  // [3, 100) of file 2; "tech" marks [5, 90) there and [100, 150) in file 1.
  // On the period's frame axis (file 2 from frame 300) one pair matches 2
  // frames apart; 1200 frames were watched (four files of 300, gaps out).
  for (const auto& [rec, on, off] : std::vector<std::tuple<const char*, const char*, const char*>>{
           {"2", "5", "90"}, {"1", "100", "150"}}) {
    r = test::runProdrome({"events", "add", q(db), "--recording", rec, "--onset", on, "--offset", off, "--annotator",
                           "tech"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
  }
  r = test::runProdrome({"agreement", q(db), "--period", period, "--tolerance", "1"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("Period #" + period.toStdString()), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("matched 1, only A 0, only B 1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("per-frame labels over 1200 frames: both 85, only A 12, only B 50, neither 1053"),
            std::string::npos)
      << r.out;

  // Mistakes: one line, nothing changed.
  const auto expectError = [&](const QStringList& args, int code, const std::string& text) {
    const auto e = test::runProdrome(args);
    EXPECT_EQ(e.exitCode, code) << e.err;
    EXPECT_NE(e.err.find(text), std::string::npos) << e.err;
    EXPECT_EQ(std::count(e.err.begin(), e.err.end(), '\n'), 1) << e.err;
  };
  expectError({"period", "set-start", q(db), "--recording", "4", "--start", "tomorrow"}, 2, "ISO 8601");
  expectError({"period", "set-start", q(db), "--recording", "4"}, 2, "--start");
  expectError({"period", "create", q(db), "--subject", "R9", "--recordings", "1"}, 1, "no subject 'R9'");
  expectError({"period", "create", q(db), "--subject", "R1", "--recordings", "1,x"}, 2, "--recordings");
  expectError({"period", "create", q(db), "--subject", "R1", "--recordings", "1,,2"}, 2,
              "--recordings: '' is not an id");
  expectError({"period", "create", q(db), "--subject", "R1", "--recordings", ""}, 2, "at least one recording id");
  expectError({"period", "create", q(db), "--subject", "R1", "--recordings", "1,1"}, 1, "listed twice");
  ASSERT_EQ(test::runProdrome({"recording", "add", q(db), q(loose), "--subject", "H1", "--species", "human"}).exitCode, 0);
  expectError({"period", "create", q(db), "--subject", "R1", "--recordings", "1,5"}, 1, "recording #5");
  // (recording add says "probing ..." first, then its one error line.)
  r = test::runProdrome({"recording", "add", q(db), q(loose), "--subject", "H1", "--species", "human", "--period", period});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.err.find("is of subject"), std::string::npos) << r.err;
  EXPECT_EQ(periods(db)[0].toObject()["files"].toArray().size(), 4);

  // What the GUI's period strip marks, the list says too: file 2 replaced by
  // another video, file 3 gone.
  std::filesystem::remove(dir / "night-1.mp4");
  video(dir / "night-1.mp4", "2026-03-02T08:00:00.000000Z");
  std::filesystem::remove(dir / "night-2.mp4");
  const QJsonArray checked = periods(db)[0].toObject()["files"].toArray();
  EXPECT_EQ(checked[0].toObject()["video"].toString(), QStringLiteral("ok"));
  EXPECT_EQ(checked[1].toObject()["video"].toString(), QStringLiteral("replaced"));
  EXPECT_EQ(checked[2].toObject()["video"].toString(), QStringLiteral("missing"));
  r = test::runProdrome({"period", "list", q(db)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("night-1.mp4"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("NOT THE VIDEO THAT WAS ADDED (replaced, re-encoded or cut)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("VIDEO MISSING"), std::string::npos) << r.out;
}
