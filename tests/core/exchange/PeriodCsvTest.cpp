// Events CSV on a monitoring period's clock (issue 14 §1 import): a row may
// name a period, with wall-clock (ISO 8601) times or seconds from its start,
// and a recording row may give wall-clock times.

#include "core/exchange/EventCsvImporter.h"
#include "database/EventStore.h"
#include "database/PeriodStore.h"
#include "tests/core/exchange/ExchangeTestUtil.h"

using namespace prodrome;
using prodrome::test::dumpProject;
using prodrome::test::writeText;

namespace {

// night1.mp4 and night2.mp4 (30 fps, 1000 frames = 33.333 s each) chained as
// the period "night 1", the first dated 22:00:00 UTC, the second directly after.
class PeriodCsv : public test::ProjectFixture {
 protected:
  void SetUp() override {
    ProjectFixture::SetUp();
    database::PeriodStore periods(*db_);
    periodId_ = periods.create(1, recordingIds_, "night 1");
    periods.setStart(recordingIds_[0], "2026-03-01T22:00:00Z");
  }

  core::ImportSummary import(const std::string& rows) {
    const auto file = dir_ / "night.csv";
    writeText(file, "recording,onset,offset,type\n" + rows);
    return core::importEventsCsv(*db_, file);
  }

  void expectRefused(const std::string& rows, const std::string& expected) {
    const std::string before = dumpProject(*db_);
    try {
      import(rows);
      ADD_FAILURE() << "imported; expected: " << expected;
    } catch (const core::ImportError& e) {
      EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
    }
    EXPECT_EQ(dumpProject(*db_), before);
  }

  std::int64_t periodId_ = 0;
};

}  // namespace

TEST_F(PeriodCsv, WallClockAndPeriodSecondsLandInTheirFiles) {
  const auto summary = import(
      "period:night 1,2026-03-01T22:00:10Z,2026-03-01T23:00:20+01:00,focal\n"  // the same clock in another zone
      "period:" + std::to_string(periodId_) + ",40s,45.0,GTCS\n"
      "period:night 1,00:00:30,00:00:36,GTCS\n"   // over the boundary: cut in two
      "night2.mp4,2026-03-01T22:01:00Z,,GTCS\n");  // a recording row on its own clock: an open event
  EXPECT_EQ(summary.events, 5);
  EXPECT_EQ(summary.splitAtBoundary, 1);
  const auto events = database::EventStore(*db_).list();
  ASSERT_EQ(events.size(), 5u);
  EXPECT_EQ(events[0].recordingId, recordingIds_[0]);
  EXPECT_EQ(events[0].onsetFrame, 300);
  EXPECT_EQ(events[0].offsetFrame, 600);
  EXPECT_EQ(events[1].onsetFrame, 900);
  EXPECT_EQ(events[1].offsetFrame, 1000);
  EXPECT_EQ(events[2].recordingId, recordingIds_[1]);
  EXPECT_EQ(events[2].onsetFrame, 0);
  EXPECT_EQ(events[2].offsetFrame, 80);
  EXPECT_EQ(events[3].onsetFrame, 200);
  EXPECT_EQ(events[3].offsetFrame, 350);
  EXPECT_EQ(events[4].onsetFrame, 800);
  EXPECT_FALSE(events[4].offsetFrame);
}

TEST_F(PeriodCsv, GapsFramesAndUnknownPeriodsAreRefused) {
  // 26.7 s of nothing between the files.
  database::PeriodStore(*db_).setStart(recordingIds_[1], "2026-03-01T22:01:00Z");
  expectRefused("period:night 1,45s,50s,x\n", "night.csv:2: onset: time 00:00:45.000 falls in the gap between recording #1 and #2");
  expectRefused("period:night 1,30s,65s,x\n", "night.csv:2: the event runs over the gap before recording #2");
  expectRefused("period:night 1,300,600,x\n", "night.csv:2: onset: '300' is a frame number (digits only), and frames belong to one file: give a period's times as seconds from its start (300s)");
  expectRefused("period:night 1,2026-03-01T21:00:00Z,5s,x\n", "lies outside the period");
  expectRefused("period:day 2,1s,2s,x\n", "night.csv:2: no period named 'day 2'");
  expectRefused("period:99,1s,2s,x\n", "night.csv:2: no period #99");
  expectRefused("night1.mp4,2026-03-01T22:00:40Z,,x\n", "lies outside recording #1");

  database::PeriodStore(*db_).setStart(recordingIds_[0], std::nullopt);
  database::PeriodStore(*db_).setStart(recordingIds_[1], std::nullopt);
  expectRefused("period:night 1,2026-03-01T22:00:10Z,,x\n", "no file of the period has a wall-clock start");
  EXPECT_EQ(import("period:night 1,10s,20s,x\n").events, 1);  // its own clock still works
}
