// The project commands end to end (project, recording, import, events,
// clips), their one-line errors, all-or-nothing imports seen from the command
// line, refusal of a newer project file, and the crash test of design.md §9
// through the real binary.

#include "core/io/AtomicFile.h"
#include "database/Database.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "database/Statement.h"
#include "database/SubjectStore.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "tests/app/CliRunner.h"

#include <QProcess>

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <thread>

using namespace prodrome;

namespace {

using Result = test::CliResult;

Result run(const QStringList& args) { return test::runProdrome(args); }

using test::q;

void writeText(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Every row of every table as sorted text: equal dumps, equal content.
std::string dump(const std::filesystem::path& file) {
  database::Database db(file, database::Database::OpenMode::ReadOnly);
  std::string out;
  database::Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  while (tables.step()) {
    const std::string table = tables.getText(0);
    database::Statement rows(db, "SELECT * FROM \"" + table + "\"");
    std::vector<std::string> lines;
    while (rows.step()) {
      std::string line;
      for (int c = 0; c < rows.columnCount(); ++c) line += (rows.isNull(c) ? "NULL" : rows.getText(c)) + "|";
      lines.push_back(line);
    }
    std::sort(lines.begin(), lines.end());
    out += "## " + table + "\n";
    for (const auto& l : lines) out += l + "\n";
  }
  return out;
}

class ProjectCli : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = test::scratchDirectory("project-cli") / std::to_string(counter++);
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = dir_ / "p.db";
  }
  // A project with fixture 0 as recording 1 (660 frames at 30 fps).
  void makeProject() {
    ASSERT_EQ(run({"project", "init", q(db_)}).exitCode, 0);
    const auto r = run({"recording", "add", q(db_), q(test::cliFixture(0)), "--subject", "P01", "--species", "human"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(r.out, "1\n");
  }
  // Runs a command that must fail with one error line holding `expected`
  // and leave the project's content as it was.
  void expectFailsUnchanged(const QStringList& args, const std::string& expected) {
    const std::string before = dump(db_);
    const auto r = run(args);
    EXPECT_EQ(r.exitCode, 1) << args.join(' ').toStdString() << "\n" << r.err;
    // Progress lines may come first; the error is the one "prodrome ..." line.
    std::vector<std::string> errors;
    std::istringstream lines(r.err);
    for (std::string line; std::getline(lines, line);)
      if (line.rfind("prodrome ", 0) == 0) errors.push_back(line);
    ASSERT_EQ(errors.size(), 1u) << r.err;
    EXPECT_NE(errors[0].find(expected), std::string::npos) << "expected '" << expected << "' in: " << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_EQ(dump(db_), before) << args.join(' ').toStdString();
  }

  std::filesystem::path dir_;
  std::filesystem::path db_;
};

}  // namespace

TEST_F(ProjectCli, HelpOnEveryCommandAndSubcommand) {
  const auto top = run({"--help"});
  for (const char* group : {"project", "recording", "import", "events", "clips"})
    EXPECT_NE(top.out.find(group), std::string::npos) << group;
  const std::vector<std::pair<QStringList, std::string>> cases = {
      {{"project", "--help"}, "init"},
      {{"project", "init", "--help"}, "DB"},
      {{"recording", "--help"}, "add"},
      {{"recording", "add", "--help"}, "--species"},
      {{"recording", "relink", "--help"}, "--folder"},
      {{"import", "--help"}, "rodepil"},
      {{"import", "csv", "--help"}, "hh:mm:ss.fff"},
      {{"import", "boris", "--help"}, "--skip-unknown"},
      {{"import", "rodepil", "--help"}, "Seizure_detection_10sec"},
      {{"events", "--help"}, "export"},
      {{"events", "list", "--help"}, "--json"},
      {{"events", "add", "--help"}, "--offset"},
      {{"events", "export", "--help"}, "frames"},
      {{"events", "export", "--help"}, "boris"},
      {{"clips", "--help"}, "build"},
      {{"clips", "build", "--help"}, "--horizon"},
      {{"clips", "export", "--help"}, "videomae"},
  };
  for (const auto& [args, expected] : cases) {
    const auto r = run(args);
    EXPECT_EQ(r.exitCode, 0) << args.join(' ').toStdString();
    EXPECT_NE(r.out.find(expected), std::string::npos) << args.join(' ').toStdString() << ": " << r.out;
  }
  EXPECT_EQ(run({"events"}).exitCode, 2);
  EXPECT_EQ(run({"events", "frobnicate"}).exitCode, 2);
  EXPECT_EQ(run({"events", "add", q(db_), "--onset", "3"}).exitCode, 2);
  EXPECT_EQ(run({"recording", "add", q(db_), "x.mp4", "--subject", "a", "--species", "cat"}).exitCode, 2);
}

TEST_F(ProjectCli, EndToEnd) {
  makeProject();
  EXPECT_EQ(run({"project", "init", q(db_)}).exitCode, 1);  // exists
  auto r = run({"recording", "add", q(db_), q(test::cliFixture(3)), "--subject", "R01", "--species", "rodent"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, "2\n");
  EXPECT_NE(run({"recording", "add", q(db_), q(test::cliFixture(3)), "--subject", "R01", "--species", "human"})
                .err.find("exists as rodent"),
            std::string::npos);

  r = run({"events", "add", q(db_), "--recording", "1", "--onset", "400", "--offset", "450", "--type", "focal",
           "--annotator", " A. Rater "});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, "1\n");
  // The same annotator's overlapping seizure is refused (another's is a
  // second rater's mark: issue 14).
  r = run({"events", "add", q(db_), "--recording", "1", "--onset", "420", "--annotator", "A. Rater"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.err.find("overlaps"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(run({"events", "add", q(db_), "--recording", "9", "--onset", "1"}).exitCode, 1);
  EXPECT_EQ(run({"events", "add", q(db_), "--recording", "1", "--onset", "650", "--offset", "700"}).exitCode, 1);

  const auto csv = dir_ / "in.csv";
  writeText(csv, "recording,onset,offset,type\nmjpeg_fullrange.avi,1.0s,2.0s,myoclonic\n1,00:00:20,,\n");
  r = run({"import", "csv", q(db_), q(csv)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("2 events"), std::string::npos) << r.out;

  r = run({"events", "list", q(db_), "--json"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const QJsonArray events = QJsonDocument::fromJson(QByteArray::fromStdString(r.out)).array();
  ASSERT_EQ(events.size(), 3);
  EXPECT_EQ(events[0].toObject()["onset"].toInteger(), 400);
  EXPECT_EQ(events[0].toObject()["type"].toString(), "focal");
  EXPECT_EQ(events[0].toObject()["annotator"].toString(), "A. Rater");  // the person named, trimmed
  EXPECT_EQ(events[1].toObject()["onset"].toInteger(), 600);
  EXPECT_TRUE(events[1].toObject()["offset"].isNull());
  EXPECT_EQ(events[2].toObject()["recording"].toInteger(), 2);
  EXPECT_EQ(events[2].toObject()["onset"].toInteger(), 30);
  r = run({"events", "list", q(db_)});
  EXPECT_EQ(test::lineCount(r.out), 4);

  ASSERT_EQ(run({"events", "export", q(db_), "--format", "csv", "-o", q(dir_ / "events.csv")}).exitCode, 0);
  EXPECT_EQ(test::lineCount(core::readWholeFile(dir_ / "events.csv")), 4);
  ASSERT_EQ(run({"events", "export", q(db_), "--format", "frames", "-o", q(dir_ / "frames.csv")}).exitCode, 0);
  EXPECT_EQ(test::lineCount(core::readWholeFile(dir_ / "frames.csv")), 1 + 660 + 200);

  r = run({"clips", "build", q(db_), "--name", "s", "--length", "3", "--horizon", "5", "--stride", "1", "--seed", "7"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("6 preictal"), std::string::npos) << r.out;
  EXPECT_EQ(run({"clips", "build", q(db_), "--name", "s", "--length", "3", "--horizon", "5"}).exitCode, 1);
  EXPECT_EQ(run({"clips", "build", q(db_), "--name", "t", "--length", "30", "--horizon", "5"}).exitCode, 2);
  r = run({"clips", "build", q(db_), "--name", "only-ictal", "--length", "3", "--horizon", "5", "--labels", "ictal"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("0 preictal, 0 normal"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(" 0 ictal"), std::string::npos) << r.out;
  EXPECT_EQ(run({"clips", "build", q(db_), "--name", "u", "--length", "3", "--horizon", "5", "--labels", "x"}).exitCode,
            2);

  ASSERT_EQ(run({"clips", "export", q(db_), "--set", "s", "--format", "manifest", "-o", q(dir_ / "m.csv")}).exitCode,
            0);
  EXPECT_EQ(test::lineCount(core::readWholeFile(dir_ / "m.csv")), 7);
  ASSERT_EQ(run({"clips", "export", q(db_), "--set", "s", "--format", "videomae", "-o", q(dir_ / "list.txt")}).exitCode,
            0);
  const std::string list = core::readWholeFile(dir_ / "list.txt");
  EXPECT_EQ(test::lineCount(list), 6);
  EXPECT_NE(list.find((dir_ / "clips" / "clip_000001.mp4").string() + " 1\n"), std::string::npos) << list;
  r = run({"clips", "export", q(db_), "--set", "s", "--format", "video", "-o", q(dir_ / "clips")});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "clips" / "clip_000006.mp4"));
  EXPECT_EQ(run({"clips", "export", q(db_), "--set", "none", "--format", "video", "-o", q(dir_ / "x")}).exitCode, 1);
}

// Issue 16 §8: a moved video is found again by content, one at a time or
// from a folder; a file of another content is refused, naming it.
TEST_F(ProjectCli, RelinkFindsAMovedVideoByContent) {
  const auto video = dir_ / "night.mp4";
  std::filesystem::copy_file(test::cliFixture(0), video);
  ASSERT_EQ(run({"project", "init", q(db_)}).exitCode, 0);
  ASSERT_EQ(run({"recording", "add", q(db_), q(video), "--subject", "P01", "--species", "human"}).exitCode, 0);
  const auto moved = dir_ / "drive" / "bed 3" / "renamed.mp4";
  std::filesystem::create_directories(moved.parent_path());
  std::filesystem::rename(video, moved);

  expectFailsUnchanged({"recording", "relink", q(db_), "1", q(test::cliFixture(1))}, "is not its video");
  auto r = run({"recording", "relink", q(db_), "--folder", q(dir_ / "drive")});
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, "1\t" + moved.string() + "\n");
  EXPECT_NE(r.err.find("1 of 1 missing recording(s) re-linked"), std::string::npos) << r.err;
  std::filesystem::rename(moved, video);
  r = run({"recording", "relink", q(db_), "1", q(video)});
  EXPECT_EQ(r.exitCode, 0) << r.err;
  std::filesystem::remove(video);
  r = run({"recording", "relink", q(db_), "--folder", q(dir_ / "drive")});
  EXPECT_EQ(r.exitCode, 1);  // still missing: said, and the exit status tells a script
  EXPECT_EQ(r.out, "1\tmissing\n");
  EXPECT_EQ(run({"recording", "relink", q(db_)}).exitCode, 2);
}

// A file whose recorder dropped a stretch is added at its mean rate, and
// whoever adds it is told how far seconds then land from the pictures (and
// what to do), with the figures of that file; a constant-rate file or one
// whose intervals only jitter gets no such note.
TEST_F(ProjectCli, AVideoWhoseFramesStrayFromItsClockIsAddedWithANote) {
  ASSERT_EQ(run({"project", "init", q(db_)}).exitCode, 0);
  const auto dropped = test::makeFixture(PRODROME_FIXTURE_DIR, test::droppedStretchFixture());
  auto r = run({"recording", "add", q(db_), q(dropped), "--subject", "P01", "--species", "human"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.err.find("300 frames at 20 fps"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("note: variable frame rate: counted at 20 fps, frame 150 is 2.50 s from its own time in the "
                       "file, so times given in seconds (imported events, exports, the clock) land up to 2.50 s off"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("ffmpeg -i IN -fps_mode cfr -r 20 OUT"), std::string::npos) << r.err;
  for (const int fixture : {0, 5}) {  // constant rate; variable by 20-67 ms intervals around the mean
    r = run({"recording", "add", q(db_), q(test::cliFixture(fixture)), "--subject", "P01", "--species", "human"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err.find("note:"), std::string::npos) << test::standardFixtures()[fixture].fileName << "\n" << r.err;
  }
}

// A project on read-only media (an archive, a share mounted read-only) is
// read without the -wal and -shm files WAL mode would make beside it, and a
// write is refused saying why. Before, even `events list` failed with
// "attempt to write a readonly database". The folder is bind-mounted read-only
// in a private mount namespace, as root cannot be kept out by permissions.
TEST_F(ProjectCli, AProjectInAFolderThatCannotBeWrittenIsReadAndAWriteSaysWhy) {
  if (std::system("unshare --user --map-root-user --mount true 2>/dev/null") != 0)
    GTEST_SKIP() << "no private mount namespace here (unshare --user --mount refused)";
  makeProject();
  ASSERT_EQ(run({"events", "add", q(db_), "--recording", "1", "--onset", "100", "--offset", "200", "--annotator", "a"})
                .exitCode,
            0);
  const std::string before = dump(db_);
  // A project copied to read-only media has no -wal or -shm beside it; the
  // read-only connection of dump() leaves an empty pair, which SQLite would
  // read the project through (the case a copy does not have).
  ASSERT_EQ(std::filesystem::file_size(dir_ / "p.db-wal"), 0u);
  std::filesystem::remove(dir_ / "p.db-wal");
  std::filesystem::remove(dir_ / "p.db-shm");
  const auto out = dir_.parent_path() / (dir_.filename().string() + "-out");
  std::filesystem::create_directories(out);
  const std::string script =
      "unshare --user --map-root-user --mount sh -c '"
      "mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" || exit 99; "
      "\"$2\" events list \"$1/p.db\" > \"$3/list.out\" 2> \"$3/list.err\"; echo $? > \"$3/list.exit\"; "
      "\"$2\" events add \"$1/p.db\" --recording 1 --onset 300 --offset 400 --annotator a "
      "> \"$3/add.out\" 2> \"$3/add.err\"; echo $? > \"$3/add.exit\"' sh \"" +
      dir_.string() + "\" \"" + std::string(PRODROME_BINARY) + "\" \"" + out.string() + "\"";
  ASSERT_EQ(std::system(script.c_str()), 0) << script;
  const auto read = [&](const char* name) { return core::readWholeFile(out / name); };
  EXPECT_EQ(read("list.exit"), "0\n") << read("list.err");
  EXPECT_NE(read("list.out").find("100"), std::string::npos) << read("list.out");
  EXPECT_EQ(read("add.exit"), "1\n") << read("add.err");
  EXPECT_NE(read("add.err").find("the project was opened read-only: it or its folder cannot be written here"),
            std::string::npos)
      << read("add.err");
  EXPECT_EQ(dump(db_), before);
  std::filesystem::remove_all(out);
}

TEST_F(ProjectCli, MalformedImportsChangeNothing) {
  makeProject();
  // The importer's own annotator: another annotator's seizure may be overlapped (issue 14).
  ASSERT_EQ(run({"events", "add", q(db_), "--recording", "1", "--onset", "100", "--offset", "200", "--annotator",
                 "import"})
                .exitCode,
            0);
  const std::string header = "recording,onset,offset,type\n";
  const auto csv = dir_ / "bad.csv";
  const std::string name = csv.string();
  const auto csvCase = [&](const std::string& text, const std::string& expected) {
    writeText(csv, text);
    expectFailsUnchanged({"import", "csv", q(db_), q(csv)}, expected);
  };
  csvCase("rec,onset,offset,type\n1,1,2,x\n", name + ":1: wrong columns");
  csvCase(header + "1,300,310,a\n1,20,10,b\n", name + ":3: onset (frame 20) is not before offset");
  csvCase(header + "1,300,310,a\nnight9.mp4,1,2,b\n", name + ":3: unknown recording 'night9.mp4'");
  csvCase(header + "1,300,310,a\n1,320,330,caf\xE9\n", name + ":3: invalid UTF-8");
  csvCase(header + "1,300,310,a\n1,150,160,b\n", name + ":3:");  // overlaps the stored seizure
  csvCase("", name + ": the file is empty (0 bytes)");

  const auto boris = dir_ / "bad.boris";
  writeText(boris, R"({"project_format_version": "7.0", "observations": {"o1": {"file": {"1": ["h264_bframes_gop300.mp4"]},
      "events": [[1, "", "GTCS", "", ""], [2, "", "GTCS", "", ""], [3, "", "GTCS", "", ""]]}}})");
  expectFailsUnchanged({"import", "boris", q(db_), q(boris)}, "bad.boris:observations.o1.events[2]: unpaired");
  writeText(boris, "");
  expectFailsUnchanged({"import", "boris", q(db_), q(boris)}, "bad.boris: the file is empty");

  const auto folder = dir_ / "rodepil";
  std::filesystem::create_directories(folder / "1");
  auto spec = test::standardFixtures()[3];
  spec.fileName = "a_R01_b_c_d.avi";
  spec.frameCount = 12;
  test::makeFixture(folder / "1", spec);
  writeText(folder / "1" / "a_R02_b_c_d.avi", "");
  expectFailsUnchanged({"import", "rodepil", q(db_), q(folder)}, "a_R02_b_c_d.avi: ");
  std::filesystem::remove(folder / "1" / "a_R02_b_c_d.avi");
  const auto ok = run({"import", "rodepil", q(db_), q(folder)});
  EXPECT_EQ(ok.exitCode, 0) << ok.err;
  EXPECT_NE(ok.out.find("1 recordings, 1 events, 1 clips"), std::string::npos) << ok.out;
  EXPECT_NE(ok.err.find("probing 1/1"), std::string::npos) << ok.err;
}

TEST_F(ProjectCli, NewerProjectIsRefusedUntouched) {
  makeProject();
  {
    database::Database raw(db_, database::Database::OpenMode::ReadWrite);
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE; PRAGMA user_version = 99");
  }
  const std::string before = core::readWholeFile(db_);
  for (const QStringList& args :
       {QStringList{"events", "list", q(db_)}, QStringList{"events", "add", q(db_), "--recording", "1", "--onset", "5"},
        QStringList{"import", "csv", q(db_), q(dir_ / "none.csv")}}) {
    const auto r = run(args);
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_EQ(test::lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("99"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
  }
  EXPECT_EQ(core::readWholeFile(db_), before);
  EXPECT_FALSE(std::filesystem::exists(db_.string() + "-wal"));
  const auto missing = run({"events", "list", q(dir_ / "absent.db")});
  EXPECT_EQ(missing.exitCode, 1);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "absent.db"));
}

// design.md §9 through the command line: a shell loop of `prodrome events
// add` (each printing its id after the commit) is killed with SIGKILL, the
// whole process group at once, at random moments, 24 times. Every id that
// reached stdout must be in the database, and the file must pass
// integrity_check.
TEST_F(ProjectCli, KilledEventsAddLosesNoPrintedId) {
  ASSERT_EQ(run({"project", "init", q(db_)}).exitCode, 0);
  {
    // A recording without a video file: long enough for every onset below.
    auto db = database::openProject(db_);
    const auto subject = database::SubjectStore(db).add(database::Subject{0, "crash", database::Species::Human, ""});
    database::Recording r;
    r.subjectId = subject;
    r.path = "/crash.mp4";
    r.fingerprint = "crash";
    r.fps = 30;
    r.frameCount = 1'000'000'000;
    database::RecordingStore(db).add(r);
  }
  std::mt19937 random(20261124);
  std::set<long long> printed;
  int rounds = 0;
  // At least 24 rounds; more (up to 80) while too few ids were printed to
  // test anything, which happens when a loaded machine starts the binary slowly.
  for (int round = 0; round < 24 || (printed.size() < 5 && round < 80); ++round) {
    // Onsets of round r start at r * 10^6: rounds never overlap each other.
    const QString script = QString(
                               "i=%1; while :; do \"$0\" events add \"$1\" --recording 1 --onset $i --offset "
                               "$((i + 5)) || exit 1; i=$((i + 10)); done")
                               .arg(round * 1'000'000);
    QProcess loop;
    loop.setChildProcessModifier([] { ::setpgid(0, 0); });
    loop.start("/bin/sh", {"-c", script, PRODROME_BINARY, q(db_)});
    ASSERT_TRUE(loop.waitForStarted());
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(50, 1500)(random)));
    ::kill(-static_cast<pid_t>(loop.processId()), SIGKILL);
    loop.waitForFinished(10000);
    ++rounds;
    std::istringstream lines(loop.readAllStandardOutput().toStdString());
    std::string line;
    while (std::getline(lines, line)) {
      if (lines.eof()) break;  // a last line without '\n' was cut by the kill
      printed.insert(std::stoll(line));
    }
  }
  EXPECT_GE(rounds, 20);
  EXPECT_GE(printed.size(), 5u) << "the loop printed too few ids to test anything";

  auto db = database::openProject(db_);
  database::Statement integrity(db, "PRAGMA integrity_check");
  ASSERT_TRUE(integrity.step());
  EXPECT_EQ(integrity.getText(0), "ok");
  database::Statement find(db, "SELECT count(*) FROM events WHERE id = ?");
  for (const long long id : printed) {
    find.bindAll(id);
    ASSERT_TRUE(find.step());
    EXPECT_EQ(find.getInt64(0), 1) << "printed id " << id << " is missing";
    find.reset();
  }
}

// issue 15: a BORIS project as labs hold them, unknown media refused or
// skipped, and the export that imports back to the same events.
TEST_F(ProjectCli, BorisUnknownMediaSkipAndRoundTrip) {
  makeProject();
  const auto boris = dir_ / "lab.boris";
  writeText(boris, R"({"project_format_version": "7.0", "behaviors_conf": {"0": {"type": "State event", "code": "GTCS"}},
    "observations": {
      "known": {"type": "MEDIA", "file": {"1": ["C:/lab/h264_bframes_gop300.mp4"]}, "time offset": -1.0,
                "events": [[1.0, "", "GTCS", "", ""], [2.5, "", "GTCS", "", ""]]},
      "away": {"type": "MEDIA", "file": {"1": ["/home/user/video/video1.mp4"]}, "events": []},
      "live": {"type": "LIVE", "file": {}, "events": [[1, "", "GTCS", "", ""]]}}})");
  expectFailsUnchanged({"import", "boris", q(db_), q(boris)},
                       "1 observation names media the project does not hold: 'away': /home/user/video/video1.mp4");
  EXPECT_EQ(run({"import", "boris", q(db_), q(boris), "--add-media", "--skip-unknown"}).exitCode, 2);
  EXPECT_EQ(run({"import", "boris", q(db_), q(boris), "--points", "maybe"}).exitCode, 2);
  auto r = run({"import", "boris", q(db_), q(boris), "--skip-unknown"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("1 events"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1 LIVE/IMAGES observations skipped; 1 observations of unknown media skipped"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("'away': media not in the project"), std::string::npos) << r.out;

  const auto exported = dir_ / "out.boris";
  r = run({"events", "export", q(db_), "--format", "boris", "-o", q(exported)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.err.find("wrote 1 events in 1 observations"), std::string::npos) << r.err;

  // Into a fresh project holding the same video: the same events CSV.
  const auto db2 = dir_ / "p2.db";
  ASSERT_EQ(run({"project", "init", q(db2)}).exitCode, 0);
  ASSERT_EQ(
      run({"recording", "add", q(db2), q(test::cliFixture(0)), "--subject", "P01", "--species", "human"}).exitCode, 0);
  r = run({"import", "boris", q(db2), q(exported)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto csv1 = dir_ / "1.csv", csv2 = dir_ / "2.csv";
  ASSERT_EQ(run({"events", "export", q(db_), "--format", "csv", "-o", q(csv1)}).exitCode, 0);
  ASSERT_EQ(run({"events", "export", q(db2), "--format", "csv", "-o", q(csv2)}).exitCode, 0);
  EXPECT_EQ(core::readWholeFile(csv2), core::readWholeFile(csv1));
  EXPECT_NE(core::readWholeFile(csv1).find(",60,105,GTCS,"), std::string::npos) << core::readWholeFile(csv1);
}
