// prodrome agreement through the real binary (issue 14, section 3): a second
// rater's marks over the first's, the report's figures, the CSV files, and
// the mistakes refused in one line.

#include "tests/app/CliRunner.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace prodrome;
using test::q;

namespace {

std::string readText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class AgreementCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::scratchDirectory("agreement-cli");
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = dir_ / "a.prodrome";
    ASSERT_EQ(test::runProdrome({"project", "init", q(db_)}).exitCode, 0);
    const auto video = test::makeFixture(PRODROME_FIXTURE_DIR, test::standardFixtures()[0]);  // 660 frames, 30 fps
    const auto r = test::runProdrome({"recording", "add", q(db_), q(video), "--subject", "R1", "--species", "rodent"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
  }
  void mark(const char* onset, const char* offset, const char* who) {
    const auto r = test::runProdrome(
        {"events", "add", q(db_), "--recording", "1", "--onset", onset, "--offset", offset, "--annotator", who});
    ASSERT_EQ(r.exitCode, 0) << r.err;
  }
  std::filesystem::path dir_, db_;
};

}  // namespace

// dr.k marks [60, 180) and [400, 500); tech marks [90, 200) over the first,
// 30 frames (exactly 1 s) later. At a 1 s tolerance they match: sensitivity
// of dr.k against tech 1 of 1, of tech against dr.k 1 of 2. Frames: both
// [90,180) = 90, only dr.k 30 + 100 = 130, only tech [180,200) = 20, neither
// 660 - 240 = 420; p_o = 510/660, p_e = (220/660)(110/660) + (440/660)(550/660).
TEST_F(AgreementCli, TwoRatersOnOneRecording) {
  mark("60", "180", "dr.k");
  mark("400", "500", "dr.k");
  mark("90", "200", "tech");  // over dr.k's: a second rater may
  const auto r = test::runProdrome({"agreement", q(db_), "--recording", "1", "--raters", "dr.k,tech", "--tolerance",
                                    "1", "--csv", q(dir_ / "pairs.csv"), "--summary-csv", q(dir_ / "summary.csv")});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("matched 1, only A 1, only B 0"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sensitivity of A against B: 1.000 (1 of 1)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("of B against A: 0.500 (1 of 2)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("mean |d| 1.000 s"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("both 90, only A 130, only B 20, neither 420"), std::string::npos) << r.out;
  const double po = 510.0 / 660, pa = 220.0 / 660, pb = 110.0 / 660;
  const double pe = pa * pb + (1 - pa) * (1 - pb);
  char kappa[32];
  std::snprintf(kappa, sizeof kappa, "Cohen's kappa %.4f", (po - pe) / (1 - pe));
  EXPECT_NE(r.out.find(kappa), std::string::npos) << r.out << " expected " << kappa;
  const std::string pairs = readText(dir_ / "pairs.csv");
  EXPECT_NE(pairs.find("\nmatched,1,60,2.000000,180,6.000000,3,90,3.000000,200,6.666667,30,1.000000,20,0.666667\n"),
            std::string::npos)
      << pairs;
  EXPECT_NE(pairs.find("\nonly_a,2,400,"), std::string::npos) << pairs;
  EXPECT_NE(readText(dir_ / "summary.csv").find("\nfps,30.000000\n"), std::string::npos);
  // Half a second of tolerance: no match.
  const auto strict = test::runProdrome({"agreement", q(db_), "--recording", "1", "--tolerance", "0.5"});
  ASSERT_EQ(strict.exitCode, 0) << strict.err;  // the only two annotators, found without --raters
  EXPECT_NE(strict.out.find("matched 0, only A 2, only B 1"), std::string::npos) << strict.out;
}

TEST_F(AgreementCli, MistakesAreRefusedInOneLine) {
  mark("60", "180", "dr.k");
  const auto expectError = [&](const QStringList& args, int code, const std::string& text) {
    const auto r = test::runProdrome(args);
    EXPECT_EQ(r.exitCode, code) << r.err;
    EXPECT_NE(r.err.find(text), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_EQ(r.out, "");
  };
  expectError({"agreement", q(db_), "--recording", "1"}, 2, "has 1 annotator(s) (dr.k); name two");
  expectError({"agreement", q(db_), "--recording", "1", "--raters", "dr.k,tehc"}, 1, "'tehc' annotated nothing");
  expectError({"agreement", q(db_), "--recording", "1", "--raters", "dr.k"}, 2, "two names");
  expectError({"agreement", q(db_), "--recording", "1", "--raters", "a,b", "--tolerance", "-1"}, 2, "--tolerance");
  expectError({"agreement", q(db_), "--recording", "1", "--raters", "a,b", "--kind", "fits"}, 2, "--kind");
  expectError({"agreement", q(db_), "--recording", "7", "--raters", "a,b"}, 1, "no recording #7");
  expectError({"agreement", q(db_)}, 2, "--recording ID is required");
  expectError({"agreement", q(db_), "--recording", "1", "--period", "1"}, 2, "not both");
  expectError({"agreement", q(db_), "--period", "9", "--raters", "a,b"}, 1, "no period #9");
}

// A second rater's export imports under their name over the first rater's
// seizures; an export of both keeps each event's annotator.
TEST_F(AgreementCli, ASecondRatersFileImportsUnderTheirName) {
  mark("60", "180", "dr.k");
  std::ofstream(dir_ / "tech.csv") << "recording,onset,offset,type\n1,90,200,Racine 3\n";
  const auto imported = test::runProdrome({"import", "csv", q(db_), q(dir_ / "tech.csv"), "--annotator", "tech"});
  ASSERT_EQ(imported.exitCode, 0) << imported.err;
  // dr.k's own file overlapping dr.k's seizure is refused, nothing stored.
  std::ofstream(dir_ / "mine.csv") << "recording,onset,offset,type\n1,100,150,\n";
  const auto refused = test::runProdrome({"import", "csv", q(db_), q(dir_ / "mine.csv"), "--annotator", "dr.k"});
  EXPECT_EQ(refused.exitCode, 1);
  EXPECT_NE(refused.err.find("overlaps"), std::string::npos) << refused.err;
  const auto exported = test::runProdrome({"events", "export", q(db_), "--format", "csv", "-o", q(dir_ / "all.csv")});
  ASSERT_EQ(exported.exitCode, 0) << exported.err;
  const std::string all = readText(dir_ / "all.csv");
  EXPECT_NE(all.find(",annotator\n"), std::string::npos) << all;
  EXPECT_NE(all.find(",dr.k\n"), std::string::npos) << all;
  EXPECT_NE(all.find(",tech\n"), std::string::npos) << all;
  const auto r = test::runProdrome({"agreement", q(db_), "--recording", "1", "--raters", "dr.k,tech"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("matched 1, only A 0, only B 0"), std::string::npos) << r.out;
}
