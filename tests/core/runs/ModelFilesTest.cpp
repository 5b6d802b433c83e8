// Where a project keeps its models' files (core/runs/ModelFiles.h), and the
// snapshot rule read backwards: only the product's own layout is a snapshot.

#include "core/runs/ModelFiles.h"

#include "core/Error.h"

#include <gtest/gtest.h>

namespace prodrome::core {
namespace {

TEST(ModelFiles, EverythingLiesBesideTheProjectFile) {
  const std::filesystem::path project = "/data/night/rat.prodrome";
  EXPECT_EQ(modelsDirectory(project), "/data/night/rat.models");
  EXPECT_EQ(modelWeightsPath(project, "enc-1"), "/data/night/rat.models/enc-1.safetensors");
  EXPECT_EQ(checkpointDirectory(project, 4), "/data/night/rat.models/checkpoints/run-4");
  EXPECT_EQ(snapshotWeightsPath(project, 4, 150), "/data/night/rat.models/snapshots/run-4/step-150.safetensors");
  EXPECT_THROW(modelWeightsPath(project, "../x"), Error);
}

TEST(ModelFiles, ASnapshotsPathNamesItsRunAndStepWhereverTheProjectMoved) {
  for (const std::filesystem::path project : {"/data/night/rat.prodrome", "rat.prodrome", "/elsewhere/rat.prodrome"})
    for (const auto& [run, step] : std::vector<std::pair<std::int64_t, std::int64_t>>{{1, 0}, {4, 150}, {12, 3000}}) {
      const auto of = snapshotOfWeightsPath(snapshotWeightsPath(project, run, step));
      ASSERT_TRUE(of.has_value()) << project;
      EXPECT_EQ(of->runId, run);
      EXPECT_EQ(of->step, step);
    }
  // Anything else is no snapshot: a model's weights, another folder or file
  // name, a number that std::to_string would not have written.
  for (const char* other :
       {"/data/rat.models/enc.safetensors", "/data/rat.models/checkpoints/run-1/step-5.safetensors",
        "/data/rat.models/snapshots/run-1/step-5.pt", "/data/rat.models/snapshots/run-1/step-.safetensors",
        "/data/rat.models/snapshots/run-0/step-5.safetensors", "/data/rat.models/snapshots/run--1/step-5.safetensors",
        "/data/rat.models/snapshots/run-1/step-+5.safetensors", "/data/rat.models/snapshots/run-1x/step-5.safetensors",
        "/data/rat.models/snapshots/run-1/step-5.safetensors.part",
        "/data/rat.models/snapshots/run-99999999999999999999/step-5.safetensors", "snapshots/run-1",
        "step-5.safetensors", ""})
    EXPECT_FALSE(snapshotOfWeightsPath(other).has_value()) << other;
}

}  // namespace
}  // namespace prodrome::core
