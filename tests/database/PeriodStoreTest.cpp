// Monitoring periods (issue 14): every recording in exactly one period, a
// new one alone in its own; chaining, appending and removing keep that; a
// period is one subject's; an older project upgrades with each recording its
// own one-file period.

#include "StoreTest.h"

#include "database/DatabaseError.h"
#include "database/PeriodStore.h"
#include "database/Statement.h"
#include "database/migrations/MigrationStep.h"

#include <span>

namespace prodrome::database::test {
namespace {

class PeriodStoreTest : public StoreTest {
 protected:
  std::vector<std::int64_t> fileIds(const Period& p) {
    std::vector<std::int64_t> ids;
    for (const auto& f : p.files) ids.push_back(f.recordingId);
    return ids;
  }
  std::int64_t count(const char* table) {
    Statement q(db(), std::string("SELECT count(*) FROM ") + table);
    q.step();
    return q.getInt64(0);
  }
};

TEST_F(PeriodStoreTest, ANewRecordingHasAPeriodOfItsOwn) {
  const auto r = addRecording(db(), "S1", "a");
  PeriodStore periods(db());
  const auto p = periods.periodOf(r);
  ASSERT_TRUE(p);
  const auto period = periods.find(*p);
  ASSERT_TRUE(period);
  EXPECT_EQ(fileIds(*period), std::vector<std::int64_t>{r});
  EXPECT_EQ(period->files[0].source, StartSource::Previous);  // no start known
  // A start known when adding came from the container.
  Recording dated = *RecordingStore(db()).find(r);
  dated.id = 0;
  dated.fingerprint = "b";
  dated.startTime = "2026-03-01T22:00:00.000Z";
  const auto d = RecordingStore(db()).add(dated);
  EXPECT_EQ(periods.find(*periods.periodOf(d))->files[0].source, StartSource::Container);
}

TEST_F(PeriodStoreTest, ChainingMovesRecordingsAndDeletesEmptiedPeriods) {
  const auto a = addRecording(db(), "S1", "a"), b = addRecording(db(), "S1", "b"), c = addRecording(db(), "S1", "c");
  const auto subject = RecordingStore(db()).find(a)->subjectId;
  PeriodStore periods(db());
  EXPECT_EQ(count("periods"), 3);
  const auto night = periods.create(subject, {c, a}, "night 1");
  auto period = periods.find(night);
  ASSERT_TRUE(period);
  EXPECT_EQ(period->name, "night 1");
  EXPECT_EQ(fileIds(*period), (std::vector<std::int64_t>{c, a}));
  EXPECT_EQ(period->files[1].position, 1);
  EXPECT_EQ(count("periods"), 2);  // c's and a's own periods are gone; b keeps its own
  periods.append(night, b);
  EXPECT_EQ(fileIds(*periods.find(night)), (std::vector<std::int64_t>{c, a, b}));
  EXPECT_EQ(count("periods"), 1);
  // Removing the middle file keeps the order; appending again goes last.
  ASSERT_TRUE(RecordingStore(db()).remove(a));
  EXPECT_EQ(fileIds(*periods.find(night)), (std::vector<std::int64_t>{c, b}));
  const auto d = addRecording(db(), "S1", "d");
  periods.append(night, d);
  EXPECT_EQ(fileIds(*periods.find(night)), (std::vector<std::int64_t>{c, b, d}));
  // Moving the first file out keeps the others in order.
  const auto single = periods.create(subject, {c});
  EXPECT_EQ(fileIds(*periods.find(single)), std::vector<std::int64_t>{c});
  period = periods.find(night);
  EXPECT_EQ(fileIds(*period), (std::vector<std::int64_t>{b, d}));
  EXPECT_LT(period->files[0].position, period->files[1].position);
  // The last file removed takes the period with it.
  ASSERT_TRUE(RecordingStore(db()).remove(c));
  EXPECT_FALSE(periods.find(single));
}

TEST_F(PeriodStoreTest, APeriodIsOneSubjects) {
  const auto a = addRecording(db(), "S1", "a"), other = addRecording(db(), "S2", "x");
  const auto subject = RecordingStore(db()).find(a)->subjectId;
  PeriodStore periods(db());
  const auto message = [&](auto&& call) {
    try {
      call();
    } catch (const ValidationError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_NE(message([&] { periods.create(subject, {a, other}); }).find("recording #" + std::to_string(other)),
            std::string::npos);
  EXPECT_NE(message([&] { periods.create(subject, {a, a}); }).find("listed twice"), std::string::npos);
  EXPECT_NE(message([&] { periods.create(subject, {a, 999}); }).find("#999 does not exist"), std::string::npos);
  EXPECT_NE(message([&] { periods.create(subject, {}); }).find("no recordings"), std::string::npos);
  const auto night = periods.create(subject, {a});
  EXPECT_NE(message([&] { periods.append(night, other); }).find("subject"), std::string::npos);
  EXPECT_NE(message([&] { periods.append(night, a); }).find("already"), std::string::npos);
  EXPECT_NE(message([&] { periods.append(4242, a); }).find("period #4242 does not exist"), std::string::npos);
  // Nothing refused changed anything: a is alone in `night`, other in its own.
  EXPECT_EQ(fileIds(*periods.find(night)), std::vector<std::int64_t>{a});
  EXPECT_EQ(count("periods"), 2);
  // A recording chained with another cannot change subject; alone it can.
  const auto b = addRecording(db(), "S1", "b");
  periods.append(night, b);
  Recording moved = *RecordingStore(db()).find(b);
  moved.subjectId = RecordingStore(db()).find(other)->subjectId;
  EXPECT_THROW(RecordingStore(db()).update(moved), ValidationError);
  Recording alone = *RecordingStore(db()).find(other);
  alone.subjectId = subject;
  EXPECT_NO_THROW(RecordingStore(db()).update(alone));
  EXPECT_EQ(periods.find(*periods.periodOf(other))->subjectId, subject);
}

TEST_F(PeriodStoreTest, StartsAreTheUsersOrFollowThePreviousFile) {
  const auto a = addRecording(db(), "S1", "a");
  PeriodStore periods(db());
  periods.setStart(a, "2026-03-01T22:00:00.000Z");
  EXPECT_EQ(RecordingStore(db()).find(a)->startTime, std::optional<std::string>("2026-03-01T22:00:00.000Z"));
  EXPECT_EQ(periods.find(*periods.periodOf(a))->files[0].source, StartSource::User);
  periods.setStart(a, std::nullopt);
  EXPECT_FALSE(RecordingStore(db()).find(a)->startTime);
  EXPECT_EQ(periods.find(*periods.periodOf(a))->files[0].source, StartSource::Previous);
  EXPECT_THROW(periods.setStart(a, std::string()), ValidationError);
  EXPECT_THROW(periods.setStart(77, std::nullopt), ValidationError);
}

// A v4 file (before periods) opens with each recording its own one-file
// period, its start kept as the user's; events and everything else as before.
TEST_F(PeriodStoreTest, AnOlderProjectOpensWithOneFilePeriods) {
  database_.reset();
  std::filesystem::remove(file_);
  std::int64_t a = 0, b = 0;
  {
    Database v4 = openProject(file_, {}, nullptr, std::span<const MigrationStep>(builtinMigrationSteps()).first(4));
    ASSERT_EQ(v4.userVersion(), 4);
    a = addRecording(v4, "S1", "a");
    b = addRecording(v4, "S2", "b");
    Statement dated(v4, "UPDATE recordings SET start_time = '2026-03-01T22:00:00Z' WHERE id = ?");
    dated.bindAll(b).execute();
    Event e;
    e.recordingId = a;
    e.onsetFrame = 10;
    e.offsetFrame = 20;
    EventStore(v4).add(e);
  }
  OpenReport report;
  database_.emplace(openProject(file_, {}, &report));
  EXPECT_EQ(report.fromVersion, 4);
  EXPECT_EQ(report.toVersion, kSchemaVersion);
  ASSERT_TRUE(report.backup);
  PeriodStore periods(db());
  const auto all = periods.list();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(fileIds(all[0]), std::vector<std::int64_t>{a});
  EXPECT_EQ(fileIds(all[1]), std::vector<std::int64_t>{b});
  EXPECT_EQ(all[0].subjectId, RecordingStore(db()).find(a)->subjectId);
  EXPECT_EQ(all[0].files[0].source, StartSource::Previous);
  EXPECT_EQ(all[1].files[0].source, StartSource::User);
  EXPECT_EQ(EventStore(db()).listByRecording(a).size(), 1u);
  // New periods continue after the migrated ones.
  const auto c = addRecording(db(), "S1", "c");
  EXPECT_GT(*periods.periodOf(c), *periods.periodOf(b));
}

}  // namespace
}  // namespace prodrome::database::test
