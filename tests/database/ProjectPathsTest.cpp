// Issue 16 §8: a project folder can move. Files in the project's folder are
// stored relative to it, files elsewhere absolute; the stores hand out paths
// that open wherever the folder now is.

#include "StoreTest.h"

#include "database/ModelStore.h"
#include "database/ProjectPaths.h"
#include "database/Statement.h"

namespace prodrome::database::test {
namespace {

class ProjectPathsTest : public StoreTest {
 protected:
  std::string storedText(const char* sql) {
    Statement query(db(), sql);
    EXPECT_TRUE(query.step());
    return query.getText(0);
  }
  std::int64_t addRecording(const std::string& path) {
    if (!subject_) subject_ = SubjectStore(db()).add(Subject{0, "P01", Species::Human, ""});
    Recording r;
    r.subjectId = *subject_;
    r.path = path;
    r.fingerprint = "xxh3:" + path;
    r.fps = 30;
    r.frameCount = 300;
    return RecordingStore(db()).add(r);
  }
  std::optional<std::int64_t> subject_;
};

TEST_F(ProjectPathsTest, InsideTheFolderIsStoredRelativeOutsideAbsolute) {
  const ProjectPaths paths(db());
  const auto folder = file_.parent_path();
  EXPECT_EQ(paths.toStored((folder / "videos" / "night1.mp4").string()), "videos/night1.mp4");
  EXPECT_EQ(paths.toStored((folder / "night1.mp4").string()), "night1.mp4");
  EXPECT_EQ(paths.toStored((folder / "videos" / ".." / "night1.mp4").string()), "night1.mp4");
  EXPECT_EQ(paths.toStored("/emu/night1/cam1.mkv"), "/emu/night1/cam1.mkv");
  // A sibling folder is outside, however the name starts.
  const auto sibling = (folder.parent_path() / (folder.filename().string() + "-other") / "a.mp4").string();
  EXPECT_EQ(paths.toStored(sibling), sibling);
  EXPECT_EQ(paths.toOpenable("videos/night1.mp4"), (folder / "videos" / "night1.mp4").string());
  EXPECT_EQ(paths.toOpenable("/emu/night1/cam1.mkv"), "/emu/night1/cam1.mkv");
  EXPECT_EQ(paths.toStored(""), "");
}

TEST_F(ProjectPathsTest, AMovedFolderFindsItsVideosAndModels) {
  const auto folder = file_.parent_path();
  const auto inside = addRecording((folder / "videos" / "night1.mp4").string());
  const auto outside = addRecording("/emu/night2.mp4");
  Model model;
  model.name = "enc";
  model.architecture = "{}";
  model.weightsPath = (folder / "project.models" / "enc.safetensors").string();
  const auto modelId = ModelStore(db()).add(model);
  EXPECT_EQ(storedText("SELECT path FROM recordings ORDER BY id"), "videos/night1.mp4");
  EXPECT_EQ(storedText("SELECT weights_path FROM models"), "project.models/enc.safetensors");
  EXPECT_EQ(RecordingStore(db()).find(inside)->path, (folder / "videos" / "night1.mp4").string());
  EXPECT_EQ(RecordingStore(db()).findByPath((folder / "videos" / "night1.mp4").string())->id, inside);

  // The whole folder moves (a copy on another machine reads the same).
  database_.reset();
  const auto moved = folder.parent_path() / (folder.filename().string() + "-moved");
  std::filesystem::rename(folder, moved);
  directory_ = moved;  // TearDown removes it
  database_.emplace(openProject(moved / "project.prodrome"));
  EXPECT_EQ(RecordingStore(db()).find(inside)->path, (moved / "videos" / "night1.mp4").string());
  EXPECT_EQ(RecordingStore(db()).find(outside)->path, "/emu/night2.mp4");
  EXPECT_EQ(RecordingStore(db()).list().front().path, (moved / "videos" / "night1.mp4").string());
  EXPECT_EQ(ModelStore(db()).find(modelId)->weightsPath, (moved / "project.models" / "enc.safetensors").string());
  EXPECT_EQ(ModelStore(db()).list().front().weightsPath, (moved / "project.models" / "enc.safetensors").string());
  // Re-linking to a file inside the new folder stores it relative again.
  RecordingStore(db()).updatePath(outside, (moved / "night2.mp4").string());
  EXPECT_EQ(storedText("SELECT path FROM recordings WHERE id = 2"), "night2.mp4");
}

TEST_F(ProjectPathsTest, AnOlderProjectsAbsolutePathsStillReadAndMatch) {
  const auto folder = file_.parent_path();
  const auto id = addRecording("/placeholder.mp4");
  // As a project written before relative paths stored a file in its folder.
  const std::string absolute = (folder / "old.mp4").string();
  Statement(db(), "UPDATE recordings SET path = ? WHERE id = ?").bindAll(absolute, id).execute();
  EXPECT_EQ(RecordingStore(db()).find(id)->path, absolute);
  EXPECT_EQ(RecordingStore(db()).findByPath(absolute)->id, id);
}

}  // namespace
}  // namespace prodrome::database::test
