#pragma once
// A generated project for the GUI suites: one human subject with the
// standard fixture video (its frames show their own number) as recording,
// optionally with seizures, made with the same stores and importer the
// application uses.

#include "database/Database.h"

#include <QImage>
#include <QString>

#include <cstdint>
#include <filesystem>

namespace prodrome::test {

struct TestProject {
  std::filesystem::path file;
  std::filesystem::path video;
  std::int64_t recordingId = 0;
  std::int64_t subjectId = 0;
  QString qfile() const { return QString::fromStdString(file.string()); }
};

// `name` picks the project file in the suite's scratch folder (replaced).
// `video` defaults to the first standard fixture (H.264, B-frames, GOP 300,
// 660 frames at 30 fps).
TestProject makeTestProject(const std::string& name, const std::filesystem::path& video = {});
// Adds a closed seizure [onset, offset) to the recording; returns its id.
std::int64_t addSeizure(const TestProject& project, std::int64_t onset, std::int64_t offset);

std::filesystem::path fixtureVideo();
std::filesystem::path scratch();
// The frame number a picture shows, or -1.
int shownNumber(const QImage& image);

}  // namespace prodrome::test
