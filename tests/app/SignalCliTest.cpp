// prodrome signal through the real binary (issue 14, section 2): import,
// list, offset; a malformed file refused in one line with nothing stored.

#include "tests/app/CliRunner.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <vector>

using namespace prodrome;
using test::q;

namespace {

// A fresh folder with s.prodrome holding the fixture video as recording 1.
std::filesystem::path projectWithOneRecording(const std::string& name) {
  const auto dir = test::scratchDirectory(name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto db = dir / "s.prodrome";
  EXPECT_EQ(test::runProdrome({"project", "init", q(db)}).exitCode, 0);
  const auto video = test::makeFixture(PRODROME_FIXTURE_DIR, test::standardFixtures()[0]);
  EXPECT_EQ(test::runProdrome({"recording", "add", q(db), q(video), "--subject", "R1", "--species", "rodent"}).exitCode, 0);
  return dir;
}

}  // namespace

TEST(SignalCli, ImportListAndAlign) {
  const auto dir = projectWithOneRecording("signal-cli");
  const auto db = dir / "s.prodrome";
  std::ofstream(dir / "bad.csv") << "time,hr,accel\n0,60,0.1\n0.5,61,oops\n";
  auto r = test::runProdrome({"signal", "import", q(db), q(dir / "bad.csv"), "--recording", "1"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.err.find("bad.csv:3: column 'accel': 'oops' is not a number"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
  std::ofstream(dir / "good.csv") << "time,hr,accel\n0,60,0.1\n0.5,61,0.2\n1.0,,0.3\n";
  r = test::runProdrome({"signal", "import", q(db), q(dir / "good.csv"), "--recording", "1", "--prefix", "belt "});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, "1\n2\n");  // the bad file stored nothing, so these are the first ids
  ASSERT_EQ(test::runProdrome({"signal", "offset", q(db), "--signal", "2", "--seconds", "-0.25"}).exitCode, 0);
  r = test::runProdrome({"signal", "list", q(db)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("belt accel"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("-0.250"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(" 2 "), std::string::npos) << r.out;  // 2 Hz, even
  EXPECT_EQ(test::runProdrome({"signal", "offset", q(db), "--signal", "9", "--seconds", "1"}).exitCode, 1);
  EXPECT_EQ(test::runProdrome({"signal", "offset", q(db), "--signal", "1", "--seconds", "soon"}).exitCode, 2);
  EXPECT_EQ(test::runProdrome({"signal", "import", q(db), q(dir / "good.csv")}).exitCode, 2);
}

// A marker column through the command line, and the markers listed on the
// video's clock: the signal's offset moves them, the frame follows (30 fps).
TEST(SignalCli, MarkersAreListedOnTheVideosClock) {
  const auto dir = projectWithOneRecording("signal-cli-markers");
  const auto db = dir / "s.prodrome";
  std::ofstream(dir / "m.csv") << "time,hr,marker\n0,60,\n0.5,61,lights off\n1.0,62,\n1.5,63,\"sz?, check\"\n";
  auto r = test::runProdrome({"signal", "import", q(db), q(dir / "m.csv"), "--recording", "1"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.err.find("2 marker(s)"), std::string::npos) << r.err;
  ASSERT_EQ(test::runProdrome({"signal", "offset", q(db), "--signal", "1", "--seconds", "2"}).exitCode, 0);
  r = test::runProdrome({"signal", "markers", q(db), "--signal", "1"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  // Rows: video seconds, frame, duration (none here), label.
  std::istringstream rows(r.out);
  std::string header, first, second;
  std::getline(rows, header);
  std::getline(rows, first);
  std::getline(rows, second);
  const auto fields = [](const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string f; in >> f;) out.push_back(f);
    return out;
  };
  EXPECT_EQ(fields(first), (std::vector<std::string>{"2.500", "75", "lights", "off"})) << r.out;
  EXPECT_EQ(fields(second), (std::vector<std::string>{"3.500", "105", "sz?,", "check"})) << r.out;
  EXPECT_EQ(test::runProdrome({"signal", "markers", q(db), "--signal", "7"}).exitCode, 1);
  EXPECT_EQ(test::runProdrome({"signal", "markers", q(db)}).exitCode, 2);
}
