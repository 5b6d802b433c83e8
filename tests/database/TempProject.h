#pragma once

// Shared by the database tests: a scratch directory per test and helpers to
// look at files byte by byte.

#include "database/Database.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "database/Statement.h"
#include "database/SubjectStore.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace prodrome::database::test {

class TempProject : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "prodrome-db-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    directory_ = pattern;
    file_ = directory_ / "project.prodrome";
  }
  void TearDown() override {
    std::error_code ignored;
    std::filesystem::remove_all(directory_, ignored);
  }

  static std::vector<char> readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::vector<char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  static void writeBytes(const std::filesystem::path& file, const std::vector<char>& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  static bool exists(const std::filesystem::path& file) { return std::filesystem::exists(file); }
  static std::filesystem::path sibling(const std::filesystem::path& file, const std::string& suffix) {
    std::filesystem::path result = file;
    result += suffix;
    return result;
  }

  // A subject and a recording to hang events, clips and predictions on.
  static std::int64_t addRecording(Database& database, const std::string& code = "S1",
                                   const std::string& fingerprint = "sha256:aa") {
    SubjectStore subjects(database);
    auto subject = subjects.findByCode(code);
    const std::int64_t subjectId = subject ? subject->id : subjects.add(Subject{0, code, Species::Human, ""});
    Recording recording;
    recording.subjectId = subjectId;
    recording.path = "/videos/" + code + "-" + fingerprint + ".mp4";
    recording.fingerprint = fingerprint;
    recording.fps = 29.97;
    recording.frameCount = 108000;
    recording.width = 1280;
    recording.height = 720;
    if (database.userVersion() >= 5) return RecordingStore(database).add(recording);
    // A file of an older schema (upgrade tests): the row as that version's
    // code wrote it, before recordings had periods.
    Statement insert(database,
                     "INSERT INTO recordings (subject_id, path, fingerprint, fps, frame_count, width, height) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bindAll(subjectId, recording.path, recording.fingerprint, recording.fps, recording.frameCount,
                   recording.width, recording.height)
        .execute();
    return database.lastInsertRowId();
  }

  static std::string pragmaText(Database& database, const char* sql) {
    Statement statement(database, sql);
    return statement.step() ? statement.getText(0) : std::string();
  }

  std::filesystem::path directory_;
  std::filesystem::path file_;
};

}  // namespace prodrome::database::test
