#pragma once
// Shared by the exchange tests: a scratch project with recordings that need
// no video file, and a content dump to prove a failed import changed nothing.

#include "database/Database.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "database/Statement.h"
#include "database/SubjectStore.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

namespace prodrome::test {

// Every row of every table, as text: equal dumps mean equal content.
inline std::string dumpProject(database::Database& db) {
  std::string out;
  database::Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  while (tables.step()) {
    const std::string table = tables.getText(0);
    out += "## " + table + "\n";
    // Table names come from sqlite_master, not from input. Rows sorted as
    // text: some tables have no rowid to order by.
    database::Statement rows(db, "SELECT * FROM \"" + table + "\"");
    std::vector<std::string> lines;
    while (rows.step()) {
      std::string line;
      for (int c = 0; c < rows.columnCount(); ++c) line += (rows.isNull(c) ? "NULL" : rows.getText(c)) + "|";
      lines.push_back(line + "\n");
    }
    std::sort(lines.begin(), lines.end());
    for (const auto& line : lines) out += line;
  }
  return out;
}

inline void writeText(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

class ProjectFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = scratchDirectory("exchange") / std::to_string(counter++);
    std::filesystem::create_directories(dir_);
    db_.emplace(database::openProject(dir_ / "project.db"));
    database::SubjectStore subjects(*db_);
    const auto s = subjects.add(database::Subject{0, "P01", database::Species::Human, ""});
    database::RecordingStore recordings(*db_);
    for (const char* path : {"/videos/night1.mp4", "/videos/night2.mp4"}) {
      database::Recording r;
      r.subjectId = s;
      r.path = path;
      r.fingerprint = std::string("fp-") + path;
      r.fps = 30;
      r.frameCount = 1000;
      r.width = 64;
      r.height = 48;
      recordingIds_.push_back(recordings.add(r));
    }
  }
  void TearDown() override { db_.reset(); }

  std::filesystem::path dir_;
  std::optional<database::Database> db_;
  std::vector<std::int64_t> recordingIds_;
};

}  // namespace prodrome::test
