#include "StoreTest.h"

#include "database/DatabaseError.h"
#include "database/RunStore.h"

namespace prodrome::database::test {
namespace {

using RunStoreTest = StoreTest;

TEST_F(RunStoreTest, Lifecycle) {
  RunStore store(db());
  const std::int64_t id = store.add(RunKind::Finetune, R"({"seed":1,"device":"cpu"})");
  auto run = store.find(id);
  ASSERT_TRUE(run);
  EXPECT_EQ(run->kind, RunKind::Finetune);
  EXPECT_EQ(run->status, RunStatus::Pending);
  EXPECT_EQ(run->config, R"({"seed":1,"device":"cpu"})");
  EXPECT_FALSE(run->started);
  EXPECT_FALSE(run->ended);

  store.markStarted(id);
  store.appendLog(id, "step 1 loss 0.7\n");
  store.appendLog(id, "step 2 loss 0.6\n");
  store.setMetrics(id, R"({"roc_auc":0.81})");
  run = store.find(id);
  EXPECT_EQ(run->status, RunStatus::Running);
  EXPECT_TRUE(run->started);
  EXPECT_EQ(run->log, "step 1 loss 0.7\nstep 2 loss 0.6\n");
  EXPECT_EQ(run->metrics, R"({"roc_auc":0.81})");

  store.markEnded(id, RunStatus::Succeeded);
  run = store.find(id);
  EXPECT_EQ(run->status, RunStatus::Succeeded);
  ASSERT_TRUE(run->ended);
  EXPECT_GE(*run->ended, *run->started);

  EXPECT_THROW(store.setMetrics(id, "{oops"), DatabaseError);
  EXPECT_THROW(store.setStatus(id + 1, RunStatus::Failed), ValidationError);
  EXPECT_EQ(store.list().size(), 1u);
  EXPECT_TRUE(store.remove(id));
  EXPECT_FALSE(store.find(id));
}

}  // namespace
}  // namespace prodrome::database::test
