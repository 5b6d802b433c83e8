#include "TempProject.h"

#include "database/DatabaseError.h"
#include "database/Schema.h"
#include "database/Transaction.h"

#include <sqlite3.h>

#include <algorithm>

namespace prodrome::database::test {
namespace {

using Reason = ProjectOpenError::Reason;

class SchemaTest : public TempProject {
 protected:
  // A closed v1 project with a few rows spread over several pages.
  void makeProject(int events = 0) {
    Database database = openProject(file_);
    const std::int64_t recording = addRecording(database);
    EventStore store(database);
    Transaction transaction(database);
    for (int i = 0; i < events; ++i) {
      Event event;
      event.recordingId = recording;
      event.onsetFrame = i * 100;
      event.offsetFrame = i * 100 + 50;
      event.seizureType = "focal to bilateral tonic-clonic, annotated at length to fill pages";
      store.add(event);
    }
    transaction.commit();
  }

  ProjectOpenError refusal(const std::filesystem::path& file) {
    try {
      openProject(file);
    } catch (const ProjectOpenError& error) {
      return error;
    }
    ADD_FAILURE() << "opened '" << file << "'";
    return ProjectOpenError(Reason::NotFound, "", 0, 0);
  }

  void expectNoSidecars() {
    EXPECT_FALSE(exists(sibling(file_, "-wal")));
    EXPECT_FALSE(exists(sibling(file_, "-shm")));
    EXPECT_FALSE(exists(sibling(file_, "-journal")));
  }

  static std::span<const MigrationStep> versionOneSteps() {
    return std::span<const MigrationStep>(builtinMigrationSteps()).first(1);
  }

  static std::vector<std::string> columnsOf(Database& database) {
    std::vector<std::string> columns;
    Statement query(database,
                    "SELECT m.name || '.' || p.name || ':' || p.type || (CASE p.pk WHEN 0 THEN '' ELSE '*' END) "
                    "FROM sqlite_schema m, pragma_table_info(m.name) p WHERE m.type = 'table' "
                    "ORDER BY m.name, p.cid");
    while (query.step()) columns.push_back(query.getText(0));
    return columns;
  }
};

// Trips when the newest schema version changes: a new version needs a new
// migration step, a test that upgrades a file of the previous version, and
// then this pin moved.
TEST_F(SchemaTest, NewestVersionIsPinned) {
  EXPECT_EQ(kSchemaVersion, 8) << "schema version bumped: add an upgrade test for it, then update this pin";
  ASSERT_FALSE(builtinMigrationSteps().empty());
  EXPECT_EQ(builtinMigrationSteps().back().version, kSchemaVersion);
}

// Trips when a released step is edited instead of a new step being added:
// the file is built by step 1 alone, as v1 builds in the field built it.
TEST_F(SchemaTest, VersionOneColumnsArePinned) {
  Database database = openProject(file_, {}, nullptr, versionOneSteps());
  ASSERT_EQ(database.userVersion(), 1);
  const std::vector<std::string> expected = {"clip_sets.id:INTEGER*",
                                             "clip_sets.name:TEXT",
                                             "clip_sets.params:TEXT",
                                             "clip_sets.seed:INTEGER",
                                             "clip_sets.created:TEXT",
                                             "clips.id:INTEGER*",
                                             "clips.clip_set_id:INTEGER",
                                             "clips.recording_id:INTEGER",
                                             "clips.start_frame:INTEGER",
                                             "clips.end_frame:INTEGER",
                                             "clips.label:TEXT",
                                             "clips.split:TEXT",
                                             "clips.source_event_id:INTEGER",
                                             "events.id:INTEGER*",
                                             "events.recording_id:INTEGER",
                                             "events.onset_frame:INTEGER",
                                             "events.offset_frame:INTEGER",
                                             "events.kind:TEXT",
                                             "events.seizure_type:TEXT",
                                             "events.annotator:TEXT",
                                             "events.confidence:REAL",
                                             "events.created:TEXT",
                                             "events.modified:TEXT",
                                             "models.id:INTEGER*",
                                             "models.name:TEXT",
                                             "models.architecture:TEXT",
                                             "models.weights_path:TEXT",
                                             "models.parent_id:INTEGER",
                                             "models.created:TEXT",
                                             "predictions.run_id:INTEGER*",
                                             "predictions.recording_id:INTEGER*",
                                             "predictions.window_end_frame:INTEGER*",
                                             "predictions.probability:REAL",
                                             "recordings.id:INTEGER*",
                                             "recordings.subject_id:INTEGER",
                                             "recordings.path:TEXT",
                                             "recordings.fingerprint:TEXT",
                                             "recordings.fps:REAL",
                                             "recordings.frame_count:INTEGER",
                                             "recordings.width:INTEGER",
                                             "recordings.height:INTEGER",
                                             "recordings.start_time:TEXT",
                                             "recordings.camera:TEXT",
                                             "runs.id:INTEGER*",
                                             "runs.kind:TEXT",
                                             "runs.config:TEXT",
                                             "runs.status:TEXT",
                                             "runs.metrics:TEXT",
                                             "runs.log:TEXT",
                                             "runs.started:TEXT",
                                             "runs.ended:TEXT",
                                             "subjects.id:INTEGER*",
                                             "subjects.code:TEXT",
                                             "subjects.species:TEXT",
                                             "subjects.notes:TEXT"};
  EXPECT_EQ(columnsOf(database), expected);
}

TEST_F(SchemaTest, NewProjectIsConfigured) {
  OpenReport report;
  Database database = openProject(file_, {}, &report);
  EXPECT_EQ(report.fromVersion, 0);
  EXPECT_EQ(report.toVersion, kSchemaVersion);
  EXPECT_FALSE(report.backup) << "nothing to back up in a new file";
  EXPECT_EQ(database.userVersion(), kSchemaVersion);
  EXPECT_EQ(database.applicationId(), kApplicationId);
  EXPECT_EQ(pragmaText(database, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(pragmaText(database, "PRAGMA foreign_keys"), "1");
  EXPECT_EQ(pragmaText(database, "PRAGMA synchronous"), "2") << "FULL";

  // Indexes the app's lookups rely on.
  for (const char* index : {"events_by_recording_onset", "clips_by_set", "recordings_by_fingerprint"}) {
    Statement query(database, "SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?");
    query.bindAll(index);
    EXPECT_TRUE(query.step()) << index;
  }
  // The predictions key is the read order.
  Statement plan(database,
                 "EXPLAIN QUERY PLAN SELECT window_end_frame FROM predictions "
                 "WHERE run_id = 1 AND recording_id = 2 ORDER BY window_end_frame");
  std::string steps;
  while (plan.step()) steps += plan.getText(3) + "; ";
  EXPECT_NE(steps.find("SEARCH predictions USING PRIMARY KEY (run_id=? AND recording_id=?)"), std::string::npos)
      << steps;
  EXPECT_EQ(steps.find("TEMP B-TREE"), std::string::npos) << "needs a separate sort step: " << steps;
}

TEST_F(SchemaTest, ConstraintsRejectBadRows) {
  Database database = openProject(file_);
  const std::int64_t recording = addRecording(database);
  auto rejects = [&](const std::string& sql) {
    try {
      database.execute(sql);
    } catch (const DatabaseError& error) {
      return error.code() == SQLITE_CONSTRAINT;
    }
    return false;
  };
  const std::string r = std::to_string(recording);
  EXPECT_TRUE(rejects("INSERT INTO subjects (code, species) VALUES ('X', 'cat')"));
  EXPECT_TRUE(rejects("INSERT INTO events (recording_id, onset_frame, offset_frame) VALUES (" + r + ", 10, 10)"));
  EXPECT_TRUE(rejects("INSERT INTO events (recording_id, onset_frame, kind) VALUES (" + r + ", 1, 'nap')"));
  EXPECT_TRUE(rejects("INSERT INTO events (recording_id, onset_frame) VALUES (999, 1)")) << "foreign keys off";
  EXPECT_TRUE(rejects("INSERT INTO clip_sets (name, params, seed) VALUES ('a', '{not json', 1)"));
  EXPECT_TRUE(rejects("INSERT INTO runs (kind) VALUES ('train')"));
  EXPECT_TRUE(rejects("INSERT INTO events (recording_id, onset_frame) VALUES ('" + r + "x', 1)")) << "not STRICT";
  EXPECT_FALSE(rejects("INSERT INTO events (recording_id, onset_frame) VALUES (" + r + ", 1)"));
}

TEST_F(SchemaTest, NewerVersionIsRefusedAndLeftByteIdentical) {
  makeProject(10);
  {
    Database raw(file_, Database::OpenMode::ReadWrite);
    raw.execute("PRAGMA user_version = " + std::to_string(kSchemaVersion + 1));
  }
  expectNoSidecars();
  const std::vector<char> before = readBytes(file_);

  const ProjectOpenError error = refusal(file_);
  EXPECT_EQ(error.reason(), Reason::TooNew);
  EXPECT_EQ(error.foundVersion(), kSchemaVersion + 1);
  EXPECT_EQ(error.supportedVersion(), kSchemaVersion);
  const std::string message = error.what();
  EXPECT_NE(message.find("schema version " + std::to_string(kSchemaVersion + 1)), std::string::npos) << message;
  EXPECT_NE(message.find("knows up to " + std::to_string(kSchemaVersion)), std::string::npos) << message;
  EXPECT_NE(message.find(file_.string()), std::string::npos) << message;

  EXPECT_EQ(readBytes(file_), before) << "a refused file was modified";
  expectNoSidecars();
}

// A negative version is no state to upgrade from: before, the first step
// was tried on it and the message said the file "stays at version -1".
TEST_F(SchemaTest, ANegativeVersionIsRefusedAsDamageAndLeftByteIdentical) {
  makeProject(10);
  {
    Database raw(file_, Database::OpenMode::ReadWrite);
    raw.execute("PRAGMA user_version = -1");
  }
  const std::vector<char> before = readBytes(file_);
  const ProjectOpenError error = refusal(file_);
  EXPECT_EQ(error.reason(), Reason::Corrupt);
  const std::string message = error.what();
  EXPECT_NE(message.find("its schema version is -1, which no Prodrome writes"), std::string::npos) << message;
  EXPECT_EQ(readBytes(file_), before) << "a refused file was modified";
  expectNoSidecars();
}

TEST_F(SchemaTest, NonSqliteFileIsRefused) {
  writeBytes(file_, std::vector<char>(4096, 'x'));
  const std::vector<char> before = readBytes(file_);
  const ProjectOpenError error = refusal(file_);
  EXPECT_EQ(error.reason(), Reason::NotSqlite);
  EXPECT_NE(std::string(error.what()).find("not an SQLite database"), std::string::npos) << error.what();
  EXPECT_EQ(readBytes(file_), before);

  writeBytes(file_, {'S', 'Q', 'L'});  // too short for a header
  EXPECT_EQ(refusal(file_).reason(), Reason::NotSqlite);
}

TEST_F(SchemaTest, ForeignSqliteFileIsRefused) {
  {
    Database raw(file_, Database::OpenMode::ReadWriteCreate);
    raw.execute("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')");
  }
  const std::vector<char> before = readBytes(file_);
  const ProjectOpenError error = refusal(file_);
  EXPECT_EQ(error.reason(), Reason::NotProdrome);
  EXPECT_NE(std::string(error.what()).find("not a Prodrome project"), std::string::npos) << error.what();
  EXPECT_EQ(readBytes(file_), before);
  expectNoSidecars();

  // Another program's application_id, even on an empty database.
  const auto other = directory_ / "other.db";
  {
    Database raw(other, Database::OpenMode::ReadWriteCreate);
    raw.execute("PRAGMA application_id = 1234");
  }
  EXPECT_EQ(refusal(other).reason(), Reason::NotProdrome);
}

TEST_F(SchemaTest, CorruptedFileIsRefused) {
  makeProject(2000);
  std::vector<char> bytes = readBytes(file_);
  const std::size_t pageSize = 4096;
  ASSERT_GT(bytes.size(), 20 * pageSize) << "test data too small to corrupt a middle page";
  for (std::size_t i = 10 * pageSize; i < 12 * pageSize; ++i) bytes[i] = static_cast<char>((i * 7919) & 0xff);
  writeBytes(file_, bytes);

  const ProjectOpenError error = refusal(file_);
  EXPECT_EQ(error.reason(), Reason::Corrupt);
  EXPECT_NE(std::string(error.what()).find("damaged"), std::string::npos) << error.what();
  EXPECT_EQ(readBytes(file_), bytes) << "a refused file was modified";
}

TEST_F(SchemaTest, TruncatedFileIsRefused) {
  makeProject(2000);
  std::vector<char> bytes = readBytes(file_);
  bytes.resize(bytes.size() / 2);
  writeBytes(file_, bytes);
  EXPECT_EQ(refusal(file_).reason(), Reason::Corrupt);
}

TEST_F(SchemaTest, MissingFileIsCreatedOnlyWhenAsked) {
  OpenOptions options;
  options.createIfMissing = false;
  try {
    openProject(file_, options);
    FAIL() << "opened a missing file";
  } catch (const ProjectOpenError& error) {
    EXPECT_EQ(error.reason(), Reason::NotFound);
  }
  EXPECT_FALSE(exists(file_));
  // An empty file likewise: a project emptied by a failed copy is not made
  // a new, empty one by a command that only reads.
  writeBytes(file_, {});
  try {
    openProject(file_, options);
    FAIL() << "opened an empty file as a project";
  } catch (const ProjectOpenError& error) {
    EXPECT_EQ(error.reason(), Reason::NotFound);
    EXPECT_NE(std::string(error.what()).find("the file is empty (0 bytes)"), std::string::npos) << error.what();
  }
  EXPECT_TRUE(readBytes(file_).empty());
  openProject(file_);  // asked to create: made there
  EXPECT_FALSE(readBytes(file_).empty());
  EXPECT_NO_THROW(openProject(file_, options));
}

TEST_F(SchemaTest, ReopeningKeepsData) {
  makeProject(3);
  OpenReport report;
  Database database = openProject(file_, {}, &report);
  EXPECT_EQ(report.fromVersion, kSchemaVersion);
  EXPECT_FALSE(report.backup) << "no upgrade, no backup";
  EXPECT_EQ(EventStore(database).list().size(), 3u);
}

// A file written by a v1 build (step 1 only, rows inserted with the v1
// columns) opens in this build: backed up, upgraded to v2, every row kept,
// and the new notes column empty until someone writes it.
TEST_F(SchemaTest, VersionOneFileUpgradesToEventNotesKeepingRows) {
  {
    Database v1 = openProject(file_, {}, nullptr, versionOneSteps());
    const std::int64_t recording = addRecording(v1);
    Transaction transaction(v1);
    for (int i = 0; i < 40; ++i) {
      Statement insert(v1,
                       "INSERT INTO events (recording_id, onset_frame, offset_frame, kind, seizure_type, annotator) "
                       "VALUES (?, ?, ?, 'seizure', 'focal', 'dr.v1')");
      insert.bindAll(recording, i * 100, i * 100 + 50).execute();
    }
    transaction.commit();
    EXPECT_THROW(Statement(v1, "SELECT notes FROM events"), DatabaseError);
  }

  OpenReport report;
  Database database = openProject(file_, {}, &report);
  EXPECT_EQ(report.fromVersion, 1);
  EXPECT_EQ(report.toVersion, kSchemaVersion);
  ASSERT_TRUE(report.backup);
  EXPECT_TRUE(exists(*report.backup));
  EXPECT_EQ(database.userVersion(), kSchemaVersion);

  EventStore store(database);
  const std::vector<Event> events = store.list();
  ASSERT_EQ(events.size(), 40u);
  for (std::size_t i = 0; i < events.size(); ++i) {
    EXPECT_EQ(events[i].onsetFrame, static_cast<std::int64_t>(i) * 100);
    EXPECT_EQ(events[i].offsetFrame, static_cast<std::int64_t>(i) * 100 + 50);
    EXPECT_EQ(events[i].seizureType, "focal");
    EXPECT_EQ(events[i].annotator, "dr.v1");
    EXPECT_EQ(events[i].notes, "");
  }
  Event edited = events[3];
  edited.notes = "written after the upgrade";
  store.update(edited);
  EXPECT_EQ(store.find(edited.id)->notes, "written after the upgrade");
  EXPECT_EQ(pragmaText(database, "PRAGMA integrity_check"), "ok");
}

// The newest schema is v1's plus events.notes, appended last.
TEST_F(SchemaTest, VersionTwoAddsEventNotes) {
  Database database = openProject(file_);
  std::vector<std::string> eventColumns;
  for (const std::string& column : columnsOf(database))
    if (column.rfind("events.", 0) == 0) eventColumns.push_back(column);
  ASSERT_FALSE(eventColumns.empty());
  EXPECT_EQ(eventColumns.back(), "events.notes:TEXT");
  EXPECT_EQ(eventColumns.size(), 11u);  // v1's ten and notes
}

// --- upgrades ---------------------------------------------------------
// The same openProject() the app uses, given one more step than this build
// has: what a v(kSchemaVersion) file meets when the next version ships.

class UpgradeTest : public SchemaTest {
 protected:
  std::vector<MigrationStep> withNextStep(std::function<void(Database&)> apply) {
    std::vector<MigrationStep> steps = builtinMigrationSteps();
    steps.push_back({kSchemaVersion + 1, "test step", std::move(apply)});
    return steps;
  }
};

TEST_F(UpgradeTest, UpgradeTakesBackupFirstAndSetsVersion) {
  makeProject(5);
  int calls = 0;
  const auto steps = withNextStep([&](Database& database) {
    ++calls;
    database.execute("ALTER TABLE subjects ADD COLUMN sex TEXT NOT NULL DEFAULT ''");
  });

  OpenReport report;
  {
    Database database = openProject(file_, {}, &report, steps);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(database.userVersion(), kSchemaVersion + 1);
    EXPECT_EQ(EventStore(database).list().size(), 5u);
    Statement column(database, "SELECT sex FROM subjects");
    EXPECT_TRUE(column.step());
  }
  EXPECT_EQ(report.fromVersion, kSchemaVersion);
  EXPECT_EQ(report.toVersion, kSchemaVersion + 1);
  ASSERT_TRUE(report.backup);
  EXPECT_EQ(*report.backup, upgradeBackupPath(file_, kSchemaVersion).parent_path() /
                                ("project.prodrome.v" + std::to_string(kSchemaVersion) + ".bak"));
  ASSERT_TRUE(exists(*report.backup));
  EXPECT_FALSE(exists(sibling(*report.backup, ".partial")));

  // The backup is the file as it was: old version, same rows, no new column.
  {
    Database backup = openProject(*report.backup, {}, nullptr);
    EXPECT_EQ(backup.userVersion(), kSchemaVersion);
    EXPECT_EQ(EventStore(backup).list().size(), 5u);
    EXPECT_THROW(Statement(backup, "SELECT sex FROM subjects"), DatabaseError);
  }
  // The upgraded file is now too new for this build.
  EXPECT_EQ(refusal(file_).reason(), Reason::TooNew);
  // Reopening with the same steps does not run them again.
  openProject(file_, {}, nullptr, steps);
  EXPECT_EQ(calls, 1);
}

TEST_F(UpgradeTest, NewFileWalksTheSameStepsWithoutBackup) {
  int calls = 0;
  OpenReport report;
  Database database = openProject(file_, {}, &report, withNextStep([&](Database&) { ++calls; }));
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(report.fromVersion, 0);
  EXPECT_EQ(report.toVersion, kSchemaVersion + 1);
  EXPECT_FALSE(report.backup);
  EXPECT_EQ(database.applicationId(), kApplicationId);
}

TEST_F(UpgradeTest, FailedStepRollsBackToThePreviousVersion) {
  makeProject(5);
  const auto steps = withNextStep([](Database& database) {
    database.execute("ALTER TABLE subjects ADD COLUMN sex TEXT NOT NULL DEFAULT ''");
    database.execute("DELETE FROM events");
    throw std::runtime_error("step exploded");
  });
  try {
    openProject(file_, {}, nullptr, steps);
    FAIL() << "failed step reported success";
  } catch (const ProjectOpenError& error) {
    EXPECT_EQ(error.reason(), Reason::UpgradeFailed);
    const std::string message = error.what();
    EXPECT_NE(message.find("step exploded"), std::string::npos) << message;
    EXPECT_NE(message.find("stays at version " + std::to_string(kSchemaVersion)), std::string::npos) << message;
    EXPECT_NE(message.find(".bak"), std::string::npos) << "backup not named: " << message;
  }
  Database database = openProject(file_);
  EXPECT_EQ(database.userVersion(), kSchemaVersion);
  EXPECT_EQ(EventStore(database).list().size(), 5u);
  EXPECT_THROW(Statement(database, "SELECT sex FROM subjects"), DatabaseError);
}

// Steps run with foreign keys off: rebuilding a parent table the SQLite way
// (create, copy, drop, rename) must not cascade-delete its children.
TEST_F(UpgradeTest, TableRebuildDoesNotCascade) {
  makeProject(5);
  const auto steps = withNextStep([](Database& database) {
    database.execute(R"sql(
            CREATE TABLE subjects_new (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
                species TEXT NOT NULL CHECK (species IN ('human', 'rodent', 'other')),
                notes TEXT NOT NULL DEFAULT ''
            ) STRICT;
            INSERT INTO subjects_new SELECT id, code, species, notes FROM subjects;
            DROP TABLE subjects;
            ALTER TABLE subjects_new RENAME TO subjects;
        )sql");
  });
  Database database = openProject(file_, {}, nullptr, steps);
  EXPECT_EQ(EventStore(database).list().size(), 5u) << "events lost in a table rebuild";
  EXPECT_EQ(pragmaText(database, "PRAGMA foreign_keys"), "1") << "foreign keys left off after upgrading";
}

TEST_F(UpgradeTest, StepLeavingBrokenReferencesIsRejected) {
  makeProject(1);
  const auto steps = withNextStep([](Database& database) { database.execute("DELETE FROM recordings"); });
  try {
    openProject(file_, {}, nullptr, steps);
    FAIL() << "dangling events accepted";
  } catch (const ProjectOpenError& error) {
    EXPECT_EQ(error.reason(), Reason::UpgradeFailed);
    EXPECT_NE(std::string(error.what()).find("refer to missing rows"), std::string::npos) << error.what();
  }
  Database database = openProject(file_);
  EXPECT_EQ(EventStore(database).list().size(), 1u);
}

}  // namespace
}  // namespace prodrome::database::test
