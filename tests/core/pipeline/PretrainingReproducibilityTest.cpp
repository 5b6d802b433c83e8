// Issue 12, item 9, the way the demo met it: two projects made from the same
// seeds (synthetic videos, clip sets, clip caches, the second reading the
// first one's cached frame indexes) pre-trained with the same seed give the
// same losses bit for bit, with the production thread split (intra-op 1,
// OpenBLAS 2) and precision (Auto); another seed changes them. The run
// records what its bit-exactness depends on.

#include "core/runs/RunRecord.h"
#include "core/pipeline/Pretraining.h"
#include "database/RunStore.h"
#include "database/Schema.h"
#include "tests/support/FixtureVideo.h"
#include "tests/support/TinyJobs.h"
#include "tests/support/TrainingProject.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <unistd.h>

using namespace prodrome;

namespace {

struct Run {
  std::vector<double> losses;
  QJsonObject reproducibility;
};

Run pretrain(const test::TrainingProject& project, const std::string& name, std::uint64_t seed) {
  auto db = database::openProject(project.file);
  auto config = test::tinyPretrain(name, {project.rodentSet, project.humanSet});
  config.steps = 8;
  config.checkpointEvery = 0;
  config.seed = seed;
  const auto outcome = core::runPretraining(db, config);
  const auto stored = database::RunStore(db).find(outcome.runId);
  const auto metrics = core::parseJsonObject(stored->metrics, "run metrics");
  return {outcome.losses, metrics["reproducibility"].toObject()};
}

}  // namespace

TEST(PretrainingReproducibility, SameSeedGivesTheSameLossesInAFreshProject) {
  // The production split; ctest's environment sets one thread per pool.
  ::setenv("PRODROME_CPU_THREADS", "1,2", 1);
  const auto root = test::scratchDirectory("pretrain-repro") / ("p" + std::to_string(::getpid()));
  std::filesystem::remove_all(root);
  const auto first = test::makeTrainingProject(root / "a");
  const auto second = test::makeTrainingProject(root / "b");

  const auto a = pretrain(first, "a", 1);
  const auto b = pretrain(second, "b", 1);
  const auto again = pretrain(first, "again", 1);  // its clip cache now read back, not decoded
  const auto other = pretrain(first, "other", 2);
  std::filesystem::remove_all(root);

  ASSERT_EQ(a.losses.size(), 8u);
  ASSERT_EQ(b.losses.size(), a.losses.size());
  ASSERT_EQ(again.losses.size(), a.losses.size());
  for (std::size_t i = 0; i < a.losses.size(); ++i) {
    EXPECT_EQ(b.losses[i], a.losses[i]) << "second project, step " << i + 1;
    EXPECT_EQ(again.losses[i], a.losses[i]) << "same project, step " << i + 1;
  }
  EXPECT_NE(other.losses, a.losses) << "another seed gave the same losses: the comparison could not fail";

  EXPECT_TRUE(a.reproducibility["deterministic"].toBool());
  EXPECT_FALSE(a.reproducibility["reason"].toString().isEmpty());
  EXPECT_EQ(a.reproducibility["device"].toString(), "cpu");
  EXPECT_EQ(a.reproducibility["intra_op_threads"].toInt(), 1);
  EXPECT_EQ(a.reproducibility["blas_threads"].toInt(), 2);
  const auto precision = a.reproducibility["precision"].toString();
  EXPECT_TRUE(precision == "bf16" || precision == "fp32") << precision.toStdString();
}
