// Where a project keeps its models' files (core/runs/ModelFiles.h), and the
// snapshot rule read backwards: only the product's own layout is a snapshot.

#include "core/runs/ModelFiles.h"

#include "core/Error.h"
#include "core/runs/PretrainMetrics.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>

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
      EXPECT_EQ(of->modelsFolder, "rat.models");
    }
  // Anything else is no snapshot: a model's weights, another folder or file
  // name, a number that std::to_string would not have written.
  for (const char* other :
       {"/data/rat.models/enc.safetensors", "/data/rat.models/checkpoints/run-1/step-5.safetensors",
        "/data/rat.models/snapshots/run-1/step-5.pt", "/data/rat.models/snapshots/run-1/step-.safetensors",
        "/data/rat.models/snapshots/run-0/step-5.safetensors", "/data/rat.models/snapshots/run--1/step-5.safetensors",
        "/data/rat.models/snapshots/run-1/step-+5.safetensors", "/data/rat.models/snapshots/run-1x/step-5.safetensors",
        "/data/rat.models/snapshots/run-1/step-5.safetensors.part",
        "/data/rat.models/snapshots/run-99999999999999999999/step-5.safetensors",
        "/data/rat.models/snapshots/run-01/step-5.safetensors", "/data/rat.models/snapshots/run-1/step-05.safetensors",
        "/data/rat/snapshots/run-1/step-5.safetensors",  // not in a models folder
        "snapshots/run-1/step-5.safetensors", "snapshots/run-1", "step-5.safetensors", ""})
    EXPECT_FALSE(snapshotOfWeightsPath(other).has_value()) << other;
}

// The snapshots a run lists, once per step and by step (a resumed run may
// list one twice), each where it is now beside the project.
TEST(ModelFiles, KeptSnapshotsAreListedOncePerStepWhereTheyAreNow) {
  const auto dir = std::filesystem::temp_directory_path() / ("prodrome-model-files-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  const auto project = dir / "rat.prodrome";
  std::filesystem::create_directories(snapshotWeightsPath(project, 3, 0).parent_path());
  std::ofstream(snapshotWeightsPath(project, 3, 50)) << "weights";
  std::filesystem::create_directory(snapshotWeightsPath(project, 3, 100));  // a folder is no snapshot
  PretrainMetrics m;
  m.snapshots = {{100, "/old/rat.models/snapshots/run-3/step-100.safetensors"},
                 {0, "/old/rat.models/snapshots/run-3/step-0.safetensors"},
                 {50, "/old/rat.models/snapshots/run-3/step-50.safetensors"},
                 {50, "/old/rat.models/snapshots/run-3/step-50.safetensors"}};
  const auto files = keptSnapshotFiles(m, project, 3);
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(files[0].step, 0);
  EXPECT_EQ(files[1].step, 50);
  EXPECT_EQ(files[2].step, 100);
  EXPECT_EQ(files[1].path, snapshotWeightsPath(project, 3, 50));
  EXPECT_FALSE(files[0].exists);
  EXPECT_TRUE(files[1].exists);
  EXPECT_FALSE(files[2].exists);
  EXPECT_TRUE(keptSnapshotFiles(PretrainMetrics{}, project, 3).empty());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace prodrome::core
