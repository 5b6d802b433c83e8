// A run's lock (core/runs/RunLock.h): held by the process that runs it, freed
// by the kernel however that process ends, read by everyone else to tell a
// run in progress from one left "running" by a dead process; and RunRecord,
// which holds it from a job's start to its end and takes it before a resume.

#include "core/runs/RunLock.h"

#include "core/Error.h"
#include "core/runs/ModelFiles.h"
#include "core/runs/RunRecord.h"
#include "database/Database.h"
#include "database/RunStore.h"
#include "database/Schema.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace prodrome::core {
namespace {

namespace fs = std::filesystem;

class RunLockTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("prodrome-runlock-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    file_ = dir_ / "rats.prodrome";
    db_.emplace(database::openProject(file_));
  }
  void TearDown() override {
    stopChild();
    db_.reset();
    fs::remove_all(dir_);
  }

  // A run as a job leaves it when its process dies: stored as running.
  std::int64_t runningPretrainRun() {
    database::RunStore runs(*db_);
    const auto id = runs.add(database::RunKind::Pretrain, R"({"pretrain": {"model_name": "enc"}})");
    runs.markStarted(id);
    return id;
  }

  // Another process that takes run `id`'s lock and keeps it until killed.
  void holdInAnotherProcess(std::int64_t id) {
    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    child_ = ::fork();
    ASSERT_GE(child_, 0);
    if (child_ == 0) {
      ::close(ready[0]);
      try {
        RunLock lock(*db_, id);
        const char ok = '1';
        if (::write(ready[1], &ok, 1) != 1) ::_exit(2);
        for (;;) ::pause();
      } catch (...) {
        ::_exit(1);
      }
    }
    ::close(ready[1]);
    char ok = 0;
    ASSERT_EQ(::read(ready[0], &ok, 1), 1) << "the child could not take the lock";
    ::close(ready[0]);
  }

  // SIGKILL: no destructor runs, nothing is cleaned up; only the kernel acts.
  void stopChild() {
    if (child_ <= 0) return;
    ::kill(child_, SIGKILL);
    int status = 0;
    ::waitpid(child_, &status, 0);
    child_ = -1;
  }

  fs::path dir_, file_;
  std::optional<database::Database> db_;
  pid_t child_ = -1;
};

TEST_F(RunLockTest, HeldWhileItsProcessLivesFreeOnceItIsKilled) {
  const auto id = runningPretrainRun();
  // Never locked (a run stored before locks existed reads the same): its process is gone.
  EXPECT_EQ(runLockState(*db_, id).kind, RunLockState::Kind::Free);
  EXPECT_TRUE(isInterrupted(*db_, *database::RunStore(*db_).find(id)));
  EXPECT_EQ(shownStatus(*db_, *database::RunStore(*db_).find(id)), "interrupted");

  holdInAnotherProcess(id);
  const auto held = runLockState(*db_, id);
  ASSERT_EQ(held.kind, RunLockState::Kind::Held);
  EXPECT_EQ(held.holder.pid, std::to_string(child_));
  EXPECT_FALSE(held.holder.host.empty());
  EXPECT_FALSE(held.holder.since.empty());
  EXPECT_FALSE(isInterrupted(*db_, *database::RunStore(*db_).find(id)));
  EXPECT_EQ(shownStatus(*db_, *database::RunStore(*db_).find(id)), "running");

  stopChild();
  EXPECT_TRUE(fs::exists(runLockPath(file_, id))) << "a killed process removes nothing";
  EXPECT_EQ(runLockState(*db_, id).kind, RunLockState::Kind::Free);
  EXPECT_TRUE(isInterrupted(*db_, *database::RunStore(*db_).find(id)));
}

TEST_F(RunLockTest, OnlyARunningRunCanBeInterrupted) {
  database::RunStore runs(*db_);
  for (const auto status : {database::RunStatus::Pending, database::RunStatus::Succeeded, database::RunStatus::Failed,
                            database::RunStatus::Cancelled}) {
    const auto id = runs.add(database::RunKind::Forecast, "{}");
    runs.setStatus(id, status);
    EXPECT_FALSE(isInterrupted(*db_, *runs.find(id)));
    EXPECT_EQ(shownStatus(*db_, *runs.find(id)), database::toString(status));
  }
  // A project without a file has no locks to ask: its rows read as stored.
  database::Database memory(":memory:", database::Database::OpenMode::ReadWriteCreate);
  database::Run running;
  running.id = 1;
  running.status = database::RunStatus::Running;
  EXPECT_EQ(runLockState(memory, running.id).kind, RunLockState::Kind::Unknown);
  EXPECT_FALSE(isInterrupted(memory, running));
  RunLock nothing(memory, running.id);  // takes nothing, refuses nothing
  RunLock nothingEither(memory, running.id);
  EXPECT_FALSE(fs::exists(":memory:.cache"));
}

TEST_F(RunLockTest, ASecondHolderIsRefusedByNameEvenInTheSameProcess) {
  const auto id = runningPretrainRun();
  RunLock first(*db_, id);
  EXPECT_EQ(runLockPath(file_, id), dir_ / "rats.cache" / "runs" / ("run-" + std::to_string(id) + ".lock"));
  EXPECT_TRUE(fs::exists(runLockPath(file_, id)));
  try {
    RunLock second(*db_, id);
    FAIL() << "a second job of the same run was let in";
  } catch (const Error& e) {
    const std::string text = e.what();
    EXPECT_NE(text.find("run " + std::to_string(id) + " is being run by process " + std::to_string(::getpid())),
              std::string::npos)
        << text;
    EXPECT_NE(text.find(runLockPath(file_, id).string()), std::string::npos) << text;
  }
  first.release();
  EXPECT_FALSE(fs::exists(runLockPath(file_, id))) << "a run that ends leaves no lock file";
  first.release();  // idempotent
  RunLock third(*db_, id);
  EXPECT_EQ(runLockState(*db_, id).kind, RunLockState::Kind::Held);
}

TEST_F(RunLockTest, ARunRecordHoldsItsLockFromItsStartToItsEnd) {
  std::int64_t finished = 0;
  {
    RunRecord run(*db_, database::RunKind::Forecast, QJsonObject{{"forecast", QJsonObject{}}});
    finished = run.id();
    EXPECT_EQ(runLockState(*db_, finished).kind, RunLockState::Kind::Held);
    EXPECT_EQ(shownStatus(*db_, *database::RunStore(*db_).find(finished)), "running");
    run.finish(database::RunStatus::Succeeded, {});
    EXPECT_EQ(runLockState(*db_, finished).kind, RunLockState::Kind::Free);
  }
  EXPECT_FALSE(fs::exists(runLockPath(file_, finished)));
  std::int64_t abandoned = 0;
  {
    RunRecord run(*db_, database::RunKind::Forecast, QJsonObject{});
    abandoned = run.id();
  }  // an exception passing: marked failed, lock released
  EXPECT_EQ(database::RunStore(*db_).find(abandoned)->status, database::RunStatus::Failed);
  EXPECT_EQ(runLockState(*db_, abandoned).kind, RunLockState::Kind::Free);
}

TEST_F(RunLockTest, AResumeWaitsForTheRunsProcessToEndAndChangesNothingMeanwhile) {
  const auto id = runningPretrainRun();
  database::RunStore(*db_).appendLog(id, "step 3\n");
  const auto before = *database::RunStore(*db_).find(id);
  holdInAnotherProcess(id);
  try {
    RunRecord resumed(*db_, id, database::RunKind::Pretrain);
    FAIL() << "a run still in progress in another process was resumed";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("is being run by process " + std::to_string(child_)), std::string::npos)
        << e.what();
  }
  const auto after = *database::RunStore(*db_).find(id);
  EXPECT_EQ(after.status, before.status);
  EXPECT_EQ(after.log, before.log);
  EXPECT_EQ(after.ended, before.ended);

  stopChild();  // the process dies mid-run: the run is interrupted and resumes here
  EXPECT_TRUE(isInterrupted(*db_, *database::RunStore(*db_).find(id)));
  RunRecord resumed(*db_, id, database::RunKind::Pretrain);
  EXPECT_EQ(runLockState(*db_, id).holder.pid, std::to_string(::getpid()));
  EXPECT_FALSE(isInterrupted(*db_, *database::RunStore(*db_).find(id)));
  resumed.finish(database::RunStatus::Cancelled, {});
}

TEST_F(RunLockTest, ALockThatCannotBeMadeFailsTheRunByNameNeverLeavingItPending) {
  std::ofstream(cacheDirectory(file_)) << "a file where the cache folder goes";
  try {
    RunRecord run(*db_, database::RunKind::Forecast, QJsonObject{});
    FAIL() << "a run started without its lock";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find((dir_ / "rats.cache" / "runs").string()), std::string::npos) << e.what();
  }
  const auto runs = database::RunStore(*db_).list();
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs.front().status, database::RunStatus::Failed);
  EXPECT_NE(runs.front().log.find("lock"), std::string::npos) << runs.front().log;
}

}  // namespace
}  // namespace prodrome::core
