#pragma once
// A scratch project file with one subject and two recordings, for the
// annotation suites (the database suites' fixture is GoogleTest-bound).

#include "database/Database.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "database/SubjectStore.h"

#include <QTemporaryDir>

#include <memory>

namespace prodrome::ui::test {

struct TempProject {
  TempProject() : database(database::openProject((dir.path() + "/project.prodrome").toStdString())) {
    const std::int64_t subject =
        database::SubjectStore(database).add(database::Subject{0, "P01", database::Species::Human, ""});
    recordingA = addRecording(subject, "night1.mp4", "sha256:a1");
    recordingB = addRecording(subject, "night2.mp4", "sha256:b2");
  }

  std::int64_t addRecording(std::int64_t subject, const std::string& name, const std::string& fingerprint) {
    database::Recording recording;
    recording.subjectId = subject;
    recording.path = "/videos/" + name;
    recording.fingerprint = fingerprint;
    recording.fps = 30.0;
    recording.frameCount = 100000;
    recording.width = 1280;
    recording.height = 720;
    return database::RecordingStore(database).add(recording);
  }

  QTemporaryDir dir;
  database::Database database;
  std::int64_t recordingA = 0;
  std::int64_t recordingB = 0;
};

}  // namespace prodrome::ui::test
