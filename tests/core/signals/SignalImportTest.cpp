// Signals from CSV (issue 14, section 2): seconds or wall-clock times, even
// or uneven sampling, missing samples, and every malformed file refused with
// its line and nothing stored.

#include "core/signals/SignalCsvImporter.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "database/SignalStore.h"
#include "database/SubjectStore.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <fstream>

using namespace prodrome;

namespace {

class SignalImport : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("prodrome-signals-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_.emplace(database::openProject((dir_ / "s.prodrome").string()));
    const auto subject = database::SubjectStore(*db_).add({0, "R1", database::Species::Rodent, ""});
    database::Recording r{};
    r.subjectId = subject;
    r.path = std::string("/nowhere/r1.mp4");
    r.fingerprint = std::string("fingerprint-r1");
    r.fps = 30;
    r.frameCount = 108000;
    recording_ = database::RecordingStore(*db_).add(r);
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path csv(const std::string& text) {
    const auto path = dir_ / "signal.csv";
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::string refusal(const std::string& text) {
    try {
      core::importSignalCsv(*db_, recording_, csv(text));
    } catch (const core::ImportError& e) {
      EXPECT_TRUE(database::SignalStore(*db_).list().empty()) << "stored despite: " << e.what();
      return e.what();
    }
    return {};
  }
  std::filesystem::path dir_;
  std::optional<database::Database> db_;
  std::int64_t recording_ = 0;
};

// A marker column (any of the usual names) holds text: each non-empty cell
// is a marker at its row's time, kept with the first channel; progress is
// heard as the file is read.
TEST_F(SignalImport, AMarkerColumnBecomesMarkersOfTheFirstChannel) {
  // Markers alone are no signal; two marker columns are one too many.
  EXPECT_NE(refusal("time,marker\n0,a\n1,b\n").find("no value column"), std::string::npos);
  EXPECT_NE(refusal("time,marker,hr,note\n0,a,1,b\n").find("two marker columns"), std::string::npos);
  std::string text = "time,Event,hr,accel\n";
  for (int i = 0; i < 200000; ++i)
    text += std::to_string(i * 0.25) + "," + (i == 4 ? "lights off" : i == 9 ? "\"sz?, check\"" : "") + ",60,0.5\n";
  std::vector<double> heard;
  const auto result =
      core::importSignalCsv(*db_, recording_, csv(text), {}, [&](double fraction) { heard.push_back(fraction); });
  ASSERT_EQ(result.signalIds.size(), 2u);  // hr and accel; the marker column is no channel
  EXPECT_EQ(result.markers, 2);
  const auto hr = database::SignalStore(*db_).load(result.signalIds[0]);
  ASSERT_TRUE(hr);
  EXPECT_EQ(hr->info.name, "hr");
  ASSERT_EQ(hr->markers.size(), 2u);
  EXPECT_EQ(hr->markers[0].label, "lights off");
  EXPECT_DOUBLE_EQ(hr->markers[0].seconds, 1.0);
  EXPECT_EQ(hr->markers[1].label, "sz?, check");
  EXPECT_DOUBLE_EQ(hr->markers[1].seconds, 2.25);
  EXPECT_TRUE(database::SignalStore(*db_).load(result.signalIds[1])->markers.empty());
  ASSERT_FALSE(heard.empty());  // the file is ~4 MB: a report per MB
  EXPECT_TRUE(std::is_sorted(heard.begin(), heard.end()));
  EXPECT_LE(heard.back(), 1.0);
  // A cancel from the progress callback stores nothing.
  EXPECT_THROW(core::importSignalCsv(*db_, recording_, csv(text), "again ",
                                     [](double) { throw std::runtime_error("cancelled"); }),
               std::runtime_error);
  EXPECT_EQ(database::SignalStore(*db_).list().size(), 2u);
}

TEST_F(SignalImport, EvenSecondsBecomeAStartAndARate) {
  const auto result = core::importSignalCsv(*db_, recording_, csv("time,accel_x,hr\n10.0,0.5,61\n10.25,,62\n10.5,-1.5,63\n"),
                                            "belt ");
  ASSERT_EQ(result.signalIds.size(), 2u);
  EXPECT_TRUE(result.regular);
  EXPECT_EQ(result.samples, 3);
  const auto accel = database::SignalStore(*db_).load(result.signalIds[0]);
  ASSERT_TRUE(accel);
  EXPECT_EQ(accel->info.name, "belt accel_x");
  EXPECT_EQ(accel->info.source, "signal.csv");
  ASSERT_TRUE(accel->info.sampleRate);
  EXPECT_DOUBLE_EQ(*accel->info.sampleRate, 4.0);
  EXPECT_DOUBLE_EQ(accel->info.startSeconds, 10.0);
  EXPECT_TRUE(accel->times.empty());
  ASSERT_EQ(accel->samples.size(), 3u);
  EXPECT_FLOAT_EQ(accel->samples[0], 0.5f);
  EXPECT_TRUE(std::isnan(accel->samples[1]));  // an empty cell: no sample
  EXPECT_DOUBLE_EQ(accel->timeOf(2), 10.5);
  EXPECT_FLOAT_EQ(database::SignalStore(*db_).load(result.signalIds[1])->samples[2], 63.0f);
  // The alignment nudge is kept per signal.
  database::SignalStore(*db_).setOffset(result.signalIds[0], -0.04);
  EXPECT_DOUBLE_EQ(database::SignalStore(*db_).load(result.signalIds[0])->info.offsetSeconds, -0.04);
}

TEST_F(SignalImport, UnevenTimesAreKept) {
  const auto result = core::importSignalCsv(*db_, recording_, csv("t,v\n0,1\n0.5,2\n2.0,3\n"));
  EXPECT_FALSE(result.regular);
  const auto s = database::SignalStore(*db_).load(result.signalIds[0]);
  EXPECT_FALSE(s->info.sampleRate);
  EXPECT_EQ(s->times, (std::vector<double>{0, 0.5, 2.0}));
}

// Wall-clock times land on the recording's clock through its start.
TEST_F(SignalImport, WallClockTimesNeedTheRecordingsStart) {
  const std::string text = "time,hr\n2026-03-01T22:00:10.000Z,60\n2026-03-01T22:00:11.000Z,61\n";
  EXPECT_NE(refusal(text).find("no known start"), std::string::npos) << refusal(text);
  database::PeriodStore(*db_).setStart(recording_, "2026-03-01T22:00:00.000Z");
  const auto result = core::importSignalCsv(*db_, recording_, csv(text));
  const auto s = database::SignalStore(*db_).load(result.signalIds[0]);
  EXPECT_DOUBLE_EQ(s->info.startSeconds, 10.0);
  EXPECT_DOUBLE_EQ(*s->info.sampleRate, 1.0);
}

TEST_F(SignalImport, MalformedFilesAreRefusedByLineAndStoreNothing) {
  EXPECT_NE(refusal("time,a,b\n0,1,2\n1,1,x\n").find("signal.csv:3: column 'b': 'x' is not a number"), std::string::npos);
  EXPECT_NE(refusal("time,a\n0,1\n1\n").find("signal.csv:3: expected 2 fields"), std::string::npos);
  EXPECT_NE(refusal("time,a\n0,1\n2,1\n1,1\n").find("signal.csv:4: time '1' does not come after"), std::string::npos);
  EXPECT_NE(refusal("time,a\n0,1\nsoon,1\n").find("signal.csv:3: time 'soon'"), std::string::npos);
  EXPECT_NE(refusal("time\n0\n").find("value column"), std::string::npos);
  EXPECT_NE(refusal("time,a\n").find("no samples"), std::string::npos);
  EXPECT_NE(refusal("time,,b\n0,1,2\n").find("column 2 has no name"), std::string::npos);
  // Said of the file, not as a clash with a signal that exists only inside
  // the import's own rolled-back transaction.
  EXPECT_NE(refusal("time,a,a\n0,1,2\n").find("signal.csv:1: column 3 'a' repeats the name of column 2"),
            std::string::npos)
      << refusal("time,a,a\n0,1,2\n");
  // The first row decides between seconds and wall-clock times: neither is
  // said as such, not as a wall-clock time the recording has no start for.
  EXPECT_NE(refusal("time,a\nabc,1\n1,2\n")
                .find("signal.csv:2: time 'abc' is neither a number of seconds nor an ISO 8601 time"),
            std::string::npos)
      << refusal("time,a\nabc,1\n1,2\n");
  EXPECT_NE(refusal("time,a,b\n0,1,\n1,2,\n").find("column 'b' has no value in any row"), std::string::npos)
      << refusal("time,a,b\n0,1,\n1,2,\n");
  // A second import of the same channel names is refused whole.
  core::importSignalCsv(*db_, recording_, csv("time,a\n0,1\n1,2\n"));
  try {
    core::importSignalCsv(*db_, recording_, csv("time,b,a\n0,1,2\n"));
    FAIL();
  } catch (const core::ImportError& e) {
    EXPECT_NE(std::string(e.what()).find("'a'"), std::string::npos) << e.what();
  }
  EXPECT_EQ(database::SignalStore(*db_).list().size(), 1u);  // b was not kept either
}

}  // namespace
