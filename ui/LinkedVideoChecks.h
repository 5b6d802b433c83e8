#pragma once
// Whether each file of a monitoring period is the video that was added, for
// the period strip: a missing or replaced file is marked on the night's map
// before the reviewer travels to it. A file's answer is kept while its size
// and modification time stay the same, so that stepping across a boundary
// (which reloads the night) does not read every file's fingerprint again.
// The recording that is opened is still checked afresh by MainWindow: what
// it shows under the annotations must not rest on a cached answer.

#include "database/RecordingStore.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace prodrome::ui {

class LinkedVideoChecks {
  Q_DECLARE_TR_FUNCTIONS(prodrome::ui::LinkedVideoChecks)

 public:
  // Empty when the file is there and is the recording's video; else a
  // sentence saying what is wrong, naming the file.
  QString problemOf(const database::Recording& recording);

  // How many fingerprints have been read (for tests).
  std::int64_t filesRead() const { return filesRead_; }

 private:
  struct Answer {
    std::string path;
    std::string fingerprint;
    std::uintmax_t size = 0;
    std::filesystem::file_time_type modified;
    QString problem;
  };
  std::map<std::int64_t, Answer> answers_;  // by recording id
  std::int64_t filesRead_ = 0;
};

}  // namespace prodrome::ui
