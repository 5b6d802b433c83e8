// `prodrome demo --quick` end to end: the README's main job, small.

#include "database/ModelStore.h"
#include "database/RunStore.h"
#include "database/Schema.h"
#include "tests/app/CliRunner.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

using namespace prodrome;
using prodrome::test::q;
using prodrome::test::runProdrome;

namespace {

int lineCount(const std::filesystem::path& file) {
  std::ifstream in(file);
  int n = 0;
  for (std::string line; std::getline(in, line);) ++n;
  return n;
}

TEST(DemoCli, QuickDemoWritesItsReport) {
  const auto dir = test::scratchDirectory("demo-cli") / "quick";
  std::filesystem::remove_all(dir);
  const auto r = runProdrome({"demo", "--quick", "--dir", q(dir), "--no-open"}, 15 * 60 * 1000);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("stage 2, held-out patients"), std::string::npos) << r.out;
  for (const char* f : {"report.md", "fewshot.csv", "forecast.csv", "summary.csv", "demo.prodrome"})
    EXPECT_TRUE(std::filesystem::exists(dir / f)) << f;
#ifdef PRODROME_WITH_GUI
  EXPECT_TRUE(std::filesystem::exists(dir / "timeline.png"));
  EXPECT_TRUE(std::filesystem::exists(dir / "fewshot.png"));
  EXPECT_TRUE(std::filesystem::exists(dir / "probe.png"));
#endif
  // 5 arms (with and without stage 1, each also on its tokens alone, and the
  // motion baseline), and the stage-1 encoder at step 20 of 40 with its
  // tokens alone (the probe curve) x 3 shot counts x the quick plan's 10
  // paired episodes, plus the header.
  EXPECT_EQ(lineCount(dir / "fewshot.csv"), 1 + 7 * 3 * 10);
  // The report prints the targets beside the figures.
  std::ifstream report(dir / "report.md");
  const std::string text((std::istreambuf_iterator<char>(report)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("Against the targets"), std::string::npos);
  EXPECT_NE(text.find("window-level ROC-AUC"), std::string::npos);
  EXPECT_NE(text.find("| with stage 1, tokens alone |"), std::string::npos);
  EXPECT_NE(text.find("| without stage 1, tokens alone |"), std::string::npos);
  // The probe curve against stage-1 steps: 0, the snapshot at 20, and 40.
  EXPECT_NE(text.find("### Stage 1 on its own"), std::string::npos);
  EXPECT_NE(text.find("\n| 20 | "), std::string::npos) << text;
  EXPECT_NE(text.find("\n| 40 | "), std::string::npos) << text;
  EXPECT_NE(r.out.find("stage 1 probed along its steps, tokens alone, ROC-AUC over all shots (steps: value): 0: "),
            std::string::npos)
      << r.out;
  EXPECT_GT(lineCount(dir / "forecast.csv"), 100);
  // What the decoys cost beside the forecaster's false alarms: every held-out
  // recording holds at least one decoy, so the oracle pays for it; and what
  // perfect perception of the cues reaches through the same rule.
  EXPECT_NE(text.find("an oracle that knows when every pre-ictal phase"), std::string::npos);
  EXPECT_NE(text.find("an ideal observer that perceives every twitch"), std::string::npos);
  EXPECT_NE(text.find("also perceives every episode's start and every twitch"), std::string::npos);
  std::ifstream summary(dir / "summary.csv");
  double oracle = -1, observerSeizures = -1, observerSeizuresOf = -1, aloneSeizures = -1, falseAlarms = -1;
  double causes[4] = {-1, -1, -1, -1}, late = -1, forecast = -1;
  for (std::string line; std::getline(summary, line);) {
    const auto read = [&](const std::string& key, double& into) {
      if (line.rfind(key, 0) == 0) into = std::stod(line.substr(key.size()));
    };
    read("decoy_oracle_knows_end_false_alarms_per_hour,", oracle);
    read("ideal_observer_twitches_and_release_seizures_forecast,", observerSeizures);
    read("ideal_observer_twitches_alone_seizures_forecast,", aloneSeizures);
    read("forecast_seizures,", observerSeizuresOf);
    read("forecast_false_alarms,", falseAlarms);
    read("forecast_false_alarms_inside_look_alike,", causes[0]);
    read("forecast_false_alarms_after_look_alike,", causes[1]);
    read("forecast_false_alarms_early_in_preictal,", causes[2]);
    read("forecast_false_alarms_in_ordinary_time,", causes[3]);
    read("forecast_missed_seizures_alarmed_late,", late);
    read("forecast_seizures_forecast,", forecast);
  }
  // Seizures alarmed late are among those missed.
  EXPECT_GE(late, 0);
  EXPECT_LE(late, observerSeizuresOf - forecast);
  // Each of the forecaster's false alarms fell in exactly one place.
  EXPECT_GE(falseAlarms, 0);
  for (double c : causes) EXPECT_GE(c, 0);
  EXPECT_EQ(causes[0] + causes[1] + causes[2] + causes[3], falseAlarms);
  EXPECT_NE(r.out.find("where its false alarms fell:"), std::string::npos) << r.out;
  EXPECT_GT(oracle, 0);
  EXPECT_GE(observerSeizures, 0);
  EXPECT_LE(observerSeizures, observerSeizuresOf);
  EXPECT_GE(aloneSeizures, 0);
  EXPECT_LE(aloneSeizures, observerSeizuresOf);
  auto db = database::openProject(dir / "demo.prodrome");
  EXPECT_EQ(database::ModelStore(db).list().size(), 2u);  // stage 1 encoder, forecaster
  const auto runs = database::RunStore(db).list();
  // Stage 1, the few-shot runs at steps 0, 20 and 40, the forecaster, its forecast.
  EXPECT_EQ(runs.size(), 6u);
  // Stage 1's run knows its probes: `runs show` prints the same curve.
  const auto shown = runProdrome({"runs", "show", q(dir / "demo.prodrome"), "1"});
  ASSERT_EQ(shown.exitCode, 0) << shown.err;
  for (const char* row : {"\n0       ", "\n20      ", "\n40      "})
    EXPECT_NE(shown.out.find(row), std::string::npos) << row << shown.out;
  EXPECT_NE(shown.out.find("tokens alone best at step "), std::string::npos) << shown.out;
  for (const auto& run : runs) EXPECT_EQ(run.status, database::RunStatus::Succeeded);
  // A second demo into the same folder is refused rather than mixed in.
  const auto again = runProdrome({"demo", "--quick", "--dir", q(dir), "--no-open"});
  EXPECT_EQ(again.exitCode, 1);
  EXPECT_NE(again.err.find("not empty"), std::string::npos) << again.err;
}

}  // namespace
