// Signals and their markers (issue 14 §2, schema v7): markers are stored
// with their signal in one transaction, come back in time order, go when the
// signal goes, and a bad one stores nothing; a v6 project (signals, no
// markers) upgrades with its signals as they were.

#include "StoreTest.h"

#include "database/DatabaseError.h"
#include "database/SignalStore.h"
#include "database/Statement.h"
#include "database/migrations/MigrationStep.h"

#include <cmath>
#include <span>

namespace prodrome::database::test {
namespace {

class SignalStoreTest : public StoreTest {
 protected:
  std::int64_t count(const char* table) {
    Statement q(db(), std::string("SELECT count(*) FROM ") + table);
    q.step();
    return q.getInt64(0);
  }
  static Signal belt(std::int64_t recording) {
    Signal s;
    s.info.recordingId = recording;
    s.info.name = "belt";
    s.info.sampleRate = 10;
    s.samples = {1, 2, 3, 4};
    return s;
  }
};

TEST_F(SignalStoreTest, MarkersComeBackInTimeOrderAndGoWithTheirSignal) {
  const auto r = addRecording(db(), "S1", "a");
  Signal s = belt(r);
  s.markers = {{12.5, std::nullopt, "lights off"}, {3.25, 1.5, "button"}};
  const auto id = SignalStore(db()).add(s);
  const auto back = SignalStore(db()).load(id);
  ASSERT_TRUE(back);
  ASSERT_EQ(back->markers.size(), 2u);
  EXPECT_EQ(back->markers[0].label, "button");
  EXPECT_EQ(back->markers[0].seconds, 3.25);
  EXPECT_EQ(back->markers[0].duration, std::optional<double>(1.5));
  EXPECT_EQ(back->markers[1].label, "lights off");
  EXPECT_FALSE(back->markers[1].duration);
  EXPECT_TRUE(SignalStore(db()).remove(id));
  EXPECT_EQ(count("signal_markers"), 0);
}

TEST_F(SignalStoreTest, ABadMarkerStoresNothing) {
  const auto r = addRecording(db(), "S1", "a");
  Signal s = belt(r);
  s.markers = {{1.0, std::nullopt, "ok"}, {NAN, std::nullopt, "broken"}};
  EXPECT_THROW(SignalStore(db()).add(s), ValidationError);
  s.markers = {{1.0, -2.0, "negative"}};
  EXPECT_THROW(SignalStore(db()).add(s), ValidationError);
  EXPECT_EQ(count("signals"), 0);
  EXPECT_EQ(count("signal_markers"), 0);
}

TEST_F(SignalStoreTest, AVersion6ProjectUpgradesWithItsSignals) {
  database_.reset();
  std::filesystem::remove(file_);
  std::int64_t id = 0;
  {
    Database v6 = openProject(file_, {}, nullptr, std::span<const MigrationStep>(builtinMigrationSteps()).first(6));
    ASSERT_EQ(v6.userVersion(), 6);
    const auto r = addRecording(v6, "S1", "a");
    Statement insert(v6,
                     "INSERT INTO signals (recording_id, name, sample_count, start_seconds, sample_rate, samples) "
                     "VALUES (?, 'hr', 2, 0.5, 1.0, ?)");
    const std::vector<float> samples = {60, 61};
    insert.bindAll(r);
    insert.bindBlob(2, std::span<const std::byte>(reinterpret_cast<const std::byte*>(samples.data()), 8));
    insert.execute();
    id = v6.lastInsertRowId();
  }
  OpenReport report;
  database_.emplace(openProject(file_, {}, &report));
  EXPECT_EQ(report.fromVersion, 6);
  EXPECT_EQ(report.toVersion, kSchemaVersion);
  EXPECT_TRUE(report.backup);
  const auto back = SignalStore(db()).load(id);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->samples, (std::vector<float>{60, 61}));
  EXPECT_EQ(back->info.startSeconds, 0.5);
  EXPECT_TRUE(back->markers.empty());
}

}  // namespace
}  // namespace prodrome::database::test
