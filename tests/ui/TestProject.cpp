#include "tests/ui/TestProject.h"

#include "core/exchange/RecordingImporter.h"
#include "database/EventStore.h"
#include "database/Schema.h"
#include "tests/support/FixtureVideo.h"
#include "ui/LastPosition.h"

namespace prodrome::test {

std::filesystem::path scratch() {
  static const std::filesystem::path dir = scratchDirectory("ui_tests");
  return dir;
}

std::filesystem::path fixtureVideo() { return makeFixture(PRODROME_FIXTURE_DIR, standardFixtures()[0]); }

TestProject makeTestProject(const std::string& name, const std::filesystem::path& video) {
  TestProject p;
  p.file = scratch() / (name + ".prodrome");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p.file.string() + suffix);
  // A new project: no position left over from an earlier run's namesake.
  ui::forgetLastPosition(QString::fromStdString(p.file.string()));
  p.video = video.empty() ? fixtureVideo() : video;
  database::Database db = database::openProject(p.file);
  const auto added = core::addRecording(db, p.video, "P01", database::Species::Human);
  p.recordingId = added.recordingId;
  p.subjectId = added.subjectId;
  return p;
}

std::int64_t addSeizure(const TestProject& project, std::int64_t onset, std::int64_t offset) {
  database::Database db = database::openProject(project.file);
  database::Event e;
  e.recordingId = project.recordingId;
  e.onsetFrame = onset;
  e.offsetFrame = offset;
  e.seizureType = "FIAS";
  e.annotator = "test";
  return database::EventStore(db).add(e);
}

int shownNumber(const QImage& image) {
  if (image.isNull()) return -1;
  const QImage img = image.convertToFormat(QImage::Format_RGB888);
  return readFrameNumber(img.constBits(), img.width(), img.height(), static_cast<int>(img.bytesPerLine()));
}

}  // namespace prodrome::test
