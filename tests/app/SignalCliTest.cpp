// prodrome signal through the real binary (issue 14, section 2): import,
// list, offset; a malformed file refused in one line with nothing stored.

#include "tests/app/CliRunner.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace prodrome;
using test::q;

TEST(SignalCli, ImportListAndAlign) {
  const auto dir = test::scratchDirectory("signal-cli");
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto db = dir / "s.prodrome";
  ASSERT_EQ(test::runProdrome({"project", "init", q(db)}).exitCode, 0);
  const auto video = test::makeFixture(PRODROME_FIXTURE_DIR, test::standardFixtures()[0]);
  ASSERT_EQ(test::runProdrome({"recording", "add", q(db), q(video), "--subject", "R1", "--species", "rodent"}).exitCode, 0);
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
