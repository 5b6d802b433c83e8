// `prodrome review` end to end: the forecast run of the GUI's review suites
// (tests/support/ReviewFixture.h, alarms known by construction) reviewed from
// the command line, with the decisions read back from the project as the
// GUI reads them (core::ForecastReview).
//
// At the run's threshold 0.5 the alarms are 210 (false), 360 (true: the
// seizure [420, 480) begins within H = 60 frames), 510 (during the
// post-ictal period) and 600 (false).

#include "core/review/ForecastReview.h"
#include "database/AlarmReviewStore.h"
#include "database/Database.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "database/RunStore.h"
#include "database/Schema.h"
#include "database/SubjectStore.h"
#include "tests/app/CliRunner.h"
#include "tests/support/FixtureVideo.h"
#include "tests/support/ReviewFixture.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace prodrome;

namespace {

using test::q;

struct ReviewProject {
  std::filesystem::path file;
  qint64 recording = 0;
  qint64 seizure = 0;
  qint64 run = 0;
};

// A project made by `prodrome project init`, then the fixture's rows: a
// 660-frame recording at 30 fps (no video needed: the review reads rows),
// its seizure and a finished forecast run.
ReviewProject makeSetup(const std::string& name) {
  ReviewProject s;
  s.file = test::scratchDirectory(name) / "project.prodrome";
  const auto init = test::runProdrome({"project", "init", q(s.file)});
  EXPECT_EQ(init.exitCode, 0) << init.err;
  database::Database db = database::openProject(s.file);
  database::Subject subject;
  subject.code = "R1";
  subject.species = database::Species::Rodent;
  const auto subjectId = database::SubjectStore(db).add(subject);
  database::Recording r;
  r.subjectId = subjectId;
  r.path = "/nonexistent/cage1.mp4";
  r.fingerprint = "sha256:cage1";
  r.fps = 30;
  r.frameCount = 660;
  r.width = 320;
  r.height = 240;
  s.recording = database::RecordingStore(db).add(r);
  database::Event e;
  e.recordingId = s.recording;
  e.onsetFrame = 420;
  e.offsetFrame = 480;
  e.annotator = "test";
  s.seizure = database::EventStore(db).add(e);
  s.run = test::addForecastRun(db, s.recording, database::RunStatus::Succeeded);
  return s;
}

QStringList args(const ReviewProject& s, const QString& action, const QStringList& more = {}) {
  return QStringList{"review", action, q(s.file), "--run", QString::number(s.run)} + more;
}

core::ForecastReview reviewOf(const ReviewProject& s) {
  database::Database db = database::openProject(s.file);
  database::RunStore runs(db);
  const auto info = core::parseForecastRun(*runs.find(s.run));
  return core::ForecastReview::load(db, *info, s.recording);
}

std::size_t eventCount(const ReviewProject& s) {
  database::Database db = database::openProject(s.file);
  return database::EventStore(db).listByRecording(s.recording).size();
}

std::string readAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST(ReviewCli, ListsRunsThenAlarmsWithTheirOutcomes) {
  const ReviewProject s = makeSetup("cli-review-list");
  const auto runs = test::runProdrome({"review", "list", q(s.file)});
  ASSERT_EQ(runs.exitCode, 0) << runs.err;
  EXPECT_NE(runs.out.find("succeeded"), std::string::npos) << runs.out;

  const auto text = test::runProdrome(args(s, "list"));
  ASSERT_EQ(text.exitCode, 0) << text.err;
  EXPECT_NE(text.out.find("1 of 1 seizures forecast"), std::string::npos) << text.out;
  // Each seizure's fate: 360 fired 60 frames (2 s at 30 fps) before the onset.
  EXPECT_NE(text.out.find("  seizures (onset frame): 420 forecast 2.0 s ahead\n"), std::string::npos) << text.out;

  const auto json = test::runProdrome(args(s, "list", {"--json"}));
  ASSERT_EQ(json.exitCode, 0) << json.err;
  const QJsonObject root = QJsonDocument::fromJson(QByteArray::fromStdString(json.out)).object();
  EXPECT_EQ(root["run"].toInteger(), s.run);
  const QJsonArray recordings = root["recordings"].toArray();
  ASSERT_EQ(recordings.size(), 1);
  const QJsonArray alarms = recordings[0].toObject()["alarms"].toArray();
  ASSERT_EQ(alarms.size(), 4) << json.out;
  const std::pair<qint64, const char*> expected[] = {
      {210, "false"}, {360, "true"}, {510, "during-seizure"}, {600, "false"}};
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(alarms[i].toObject()["frame"].toInteger(), expected[i].first);
    EXPECT_EQ(alarms[i].toObject()["outcome"].toString().toStdString(), expected[i].second);
    EXPECT_TRUE(alarms[i].toObject()["decision"].isNull());
  }
  EXPECT_DOUBLE_EQ(recordings[0].toObject()["metrics"].toObject()["sensitivity"].toDouble(), 1.0);
  const QJsonObject fate = recordings[0]["metrics"]["per_seizure"][0].toObject();
  EXPECT_EQ(fate["onset_frame"].toInteger(), 420) << json.out;
  EXPECT_DOUBLE_EQ(fate["onset_seconds"].toDouble(), 14.0);
  EXPECT_TRUE(fate["forecast"].toBool());
  EXPECT_DOUBLE_EQ(fate["warning_seconds"].toDouble(), 2.0);
  EXPECT_TRUE(fate["late_seconds"].isNull());
  EXPECT_EQ(recordings[0]["metrics"]["missed_alarmed_after_onset"].toInt(-1), 0);

  // Other options, other alarms: at 0.92 only 510 fires.
  const auto high = test::runProdrome(args(s, "list", {"--json", "--threshold", "0.92"}));
  ASSERT_EQ(high.exitCode, 0) << high.err;
  const QJsonObject highRoot = QJsonDocument::fromJson(QByteArray::fromStdString(high.out)).object();
  EXPECT_EQ(highRoot["recordings"].toArray()[0].toObject()["alarms"].toArray().size(), 1);
  EXPECT_DOUBLE_EQ(highRoot["options"].toObject()["threshold"].toDouble(), 0.92);
  // 510 falls after the offset: the seizure is missed with no alarm while it lasted.
  const QJsonObject missed = highRoot["recordings"][0]["metrics"]["per_seizure"][0].toObject();
  EXPECT_FALSE(missed["forecast"].toBool(true)) << high.out;
  EXPECT_TRUE(missed["warning_seconds"].isNull());
  EXPECT_TRUE(missed["late_seconds"].isNull());
  const auto highText = test::runProdrome(args(s, "list", {"--threshold", "0.92"}));
  EXPECT_NE(highText.out.find("  seizures (onset frame): 420 missed\n"), std::string::npos) << highText.out;
}

// Issue 12: a run that judged the motion-statistics forecaster beside the
// model lists it on each recording at its own operating point (0.76, 2 in a
// row) under the review's other options, in text and JSON; the curve 1 - p
// is high over the windows ending 150-180, 240-330, 420-480, 540-570 and
// 630-660, so it alarms at 180, 270, 330 (the refractory time, = H, over),
// 450 (during the seizure), 570 and 660: the seizure missed, 5 false alarms.
TEST(ReviewCli, ListsTheMotionBaselineOnEachRecordingAtItsOwnOperatingPoint) {
  const ReviewProject s = makeSetup("cli-review-baseline");
  EXPECT_EQ(test::runProdrome(args(s, "list")).out.find("motion baseline"), std::string::npos);
  {
    database::Database db = database::openProject(s.file);
    core::ForecastMetrics m;
    m.threshold = 0.5;
    m.recordings.resize(1);
    m.motionBaseline = core::ForecastMetrics::Baseline{0.76, 2, core::EventTotals{1, 0, 5, 0.0}, 0.2, 0.1};
    test::addMirroredMotionBaseline(db, s.run, m);
  }
  const auto text = test::runProdrome(args(s, "list"));
  ASSERT_EQ(text.exitCode, 0) << text.err;
  EXPECT_NE(text.out.find("  motion baseline beside it (the statistics alone, no encoder; threshold 0.760, 2 in a "
                          "row): 0/1 seizures forecast (sensitivity 0.000, 95% CI 0.000-0.975), 5 false alarms"),
            std::string::npos)
      << text.out;
  // Its alarms, as the review's timeline draws them on its curve.
  EXPECT_NE(text.out.find("  its alarms (frame, outcome): 180 false, 270 false, 330 false, 450 during-seizure, 570 "
                          "false, 660 false\n"),
            std::string::npos)
      << text.out;
  // 450 came 30 frames into the seizure: seen, but 1 s after its onset.
  EXPECT_NE(text.out.find("  its seizures (onset frame): 420 missed (alarmed 1.0 s after its onset)\n"),
            std::string::npos)
      << text.out;
  // The model's own line is as before, and a threshold given moves only it.
  EXPECT_NE(text.out.find("1 of 1 seizures forecast"), std::string::npos) << text.out;
  const auto json = test::runProdrome(args(s, "list", {"--json", "--threshold", "0.99"}));
  ASSERT_EQ(json.exitCode, 0) << json.err;
  const auto recording = QJsonDocument::fromJson(QByteArray::fromStdString(json.out))["recordings"][0].toObject();
  EXPECT_EQ(recording["metrics"]["false_alarms"].toInt(), 0) << json.out;
  const auto baseline = recording["motion_baseline"].toObject();
  EXPECT_EQ(baseline["threshold"].toDouble(), 0.76) << json.out;
  EXPECT_EQ(baseline["consecutive"].toInt(), 2);
  EXPECT_EQ(baseline["seizures"].toInt(), 1);
  EXPECT_EQ(baseline["forecast_seizures"].toInt(), 0);
  EXPECT_EQ(baseline["false_alarms"].toInt(), 5);
  EXPECT_EQ(baseline["missed_alarmed_after_onset"].toInt(), 1);
  EXPECT_DOUBLE_EQ(baseline["per_seizure"][0]["late_seconds"].toDouble(), 1.0) << json.out;
  const auto its = baseline["alarms"].toArray();
  ASSERT_EQ(its.size(), 6) << json.out;
  EXPECT_EQ(its[3].toObject()["frame"].toInteger(), 450);
  EXPECT_EQ(its[3].toObject()["outcome"].toString().toStdString(), "during-seizure");
  EXPECT_FALSE(its[3].toObject().contains("decision"));  // the reviewer judges the model's alarms only
}

TEST(ReviewCli, DecisionsLandInTheProjectAsTheGuiReadsThem) {
  const ReviewProject s = makeSetup("cli-review-decide");
  const auto reject = test::runProdrome(args(s, "reject", {"--frame", "210", "--reviewer", "ana"}));
  ASSERT_EQ(reject.exitCode, 0) << reject.err;
  EXPECT_NE(reject.out.find("rejected"), std::string::npos);
  // By number: alarm 2 is the true alarm at 360; accepting it confirms the
  // annotated seizure and marks none.
  const auto accept = test::runProdrome(args(s, "accept", {"--alarm", "2"}));
  ASSERT_EQ(accept.exitCode, 0) << accept.err;
  EXPECT_NE(accept.out.find("seizure event " + std::to_string(s.seizure)), std::string::npos) << accept.out;
  EXPECT_EQ(eventCount(s), 1u);

  const auto review = reviewOf(s);
  ASSERT_TRUE(review.decision(210));
  EXPECT_EQ(review.decision(210)->decision, database::AlarmDecision::Rejected);
  EXPECT_EQ(review.decision(210)->reviewer, "ana");
  ASSERT_TRUE(review.decision(360));
  EXPECT_EQ(review.decision(360)->decision, database::AlarmDecision::Accepted);
  EXPECT_EQ(review.decision(360)->eventId.value_or(-1), s.seizure);
  EXPECT_EQ(review.decision(360)->reviewer, "cli");

  // A seizure marked after the rejection contradicts it: `list` says so.
  const auto mark = test::runProdrome({"events", "add", q(s.file), "--recording", QString::number(s.recording),
                                       "--onset", "240", "--offset", "300"});
  ASSERT_EQ(mark.exitCode, 0) << mark.err;
  const auto list = test::runProdrome(args(s, "list", {"--json"}));
  const QJsonArray alarms = QJsonDocument::fromJson(QByteArray::fromStdString(list.out))
                                .object()["recordings"]
                                .toArray()[0]
                                .toObject()["alarms"]
                                .toArray();
  ASSERT_FALSE(alarms.isEmpty()) << list.out;
  EXPECT_EQ(alarms[0].toObject()["frame"].toInteger(), 210);
  EXPECT_TRUE(alarms[0].toObject()["check_again"].toBool());
  EXPECT_EQ(alarms[0].toObject()["decision"].toString(), QString("rejected"));

  // Forgetting takes the decision off the record, nothing else.
  const auto forget = test::runProdrome(args(s, "forget", {"--frame", "210"}));
  ASSERT_EQ(forget.exitCode, 0) << forget.err;
  EXPECT_FALSE(reviewOf(s).decision(210));
  EXPECT_TRUE(reviewOf(s).decision(360));
  EXPECT_EQ(eventCount(s), 2u);
}

TEST(ReviewCli, AcceptingAFalseAlarmMarksItsSeizureOrChangesNothing) {
  const ReviewProject s = makeSetup("cli-review-onset");
  // No seizure follows 600: accepting it needs the onset of one.
  const auto bare = test::runProdrome(args(s, "accept", {"--frame", "600"}));
  EXPECT_EQ(bare.exitCode, 1);
  EXPECT_NE(bare.err.find("onset"), std::string::npos) << bare.err;
  EXPECT_EQ(bare.err.find('\n'), bare.err.size() - 1) << "one line: " << bare.err;
  // An onset inside the annotated seizure is refused by the event rules;
  // neither the seizure nor the decision is stored.
  const auto inside = test::runProdrome(args(s, "accept", {"--frame", "600", "--onset", "450"}));
  EXPECT_EQ(inside.exitCode, 1) << inside.out;
  EXPECT_EQ(eventCount(s), 1u);
  EXPECT_FALSE(reviewOf(s).decision(600));
  const auto outside = test::runProdrome(args(s, "accept", {"--frame", "600", "--onset", "700"}));
  EXPECT_EQ(outside.exitCode, 1);
  EXPECT_NE(outside.err.find("outside recording"), std::string::npos) << outside.err;
  EXPECT_EQ(eventCount(s), 1u);

  const auto accept = test::runProdrome(args(s, "accept", {"--frame", "600", "--onset", "640"}));
  ASSERT_EQ(accept.exitCode, 0) << accept.err;
  ASSERT_EQ(eventCount(s), 2u);
  const auto review = reviewOf(s);
  ASSERT_TRUE(review.decision(600));
  const auto created = review.decision(600)->eventId;
  ASSERT_TRUE(created);
  EXPECT_EQ(review.seizures().back().id, *created);
  EXPECT_EQ(review.seizures().back().onsetFrame, 640);
  // The new seizure follows the alarm within H: it is a true alarm now.
  EXPECT_EQ(review.alarms()[static_cast<std::size_t>(review.alarmAt(600))].outcome, core::AlarmOutcome::True);
}

TEST(ReviewCli, RefusesWhatItCannotDoWithOneLine) {
  const ReviewProject s = makeSetup("cli-review-errors");
  const auto expectLine = [](const test::CliResult& r, int code, const std::string& words) {
    EXPECT_EQ(r.exitCode, code) << r.err;
    EXPECT_NE(r.err.find(words), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  };
  expectLine(test::runProdrome({"review", "accept", q(s.file), "--frame", "210"}), 2, "--run ID is required");
  expectLine(test::runProdrome(args(s, "reject")), 2, "exactly one of --frame");
  expectLine(test::runProdrome(args(s, "reject", {"--frame", "210", "--alarm", "1"})), 2, "exactly one of --frame");
  expectLine(test::runProdrome(args(s, "reject", {"--frame", "211"})), 1, "no alarm fired at frame 211");
  expectLine(test::runProdrome(args(s, "reject", {"--alarm", "9"})), 1, "no alarm 9");
  expectLine(test::runProdrome(args(s, "list", {"--threshold", "1.5"})), 2, "--threshold");
  expectLine(test::runProdrome(args(s, "list", {"--recording", "99"})), 1, "did not forecast recording 99");
  expectLine(test::runProdrome({"review", "list", q(s.file), "--run", "99"}), 1, "no run 99");
  expectLine(test::runProdrome(args(s, "export")), 2, "nothing to write");
  expectLine(test::runProdrome({"review", "list", q(s.file.parent_path() / "missing.prodrome")}), 1, "missing");
  // A run still going has no curve to review.
  {
    database::Database db = database::openProject(s.file);
    const auto running = test::addForecastRun(db, s.recording, database::RunStatus::Running);
    expectLine(test::runProdrome({"review", "list", q(s.file), "--run", QString::number(running)}), 1,
               "not finished");
  }
  {
    database::Database db = database::openProject(s.file);
    EXPECT_TRUE(database::AlarmReviewStore(db).listByRun(s.run).empty()) << "a refusal stored a decision";
  }
  const auto help = test::runProdrome({"review", "--help"});
  EXPECT_EQ(help.exitCode, 0);
  for (const char* sub : {"list", "accept", "reject", "forget", "export"})
    EXPECT_NE(help.out.find(sub), std::string::npos) << sub;
}

TEST(ReviewCli, ExportsTheProbabilitiesAndTheReport) {
  const ReviewProject s = makeSetup("cli-review-export");
  ASSERT_EQ(test::runProdrome(args(s, "reject", {"--frame", "210"})).exitCode, 0);
  const auto dir = s.file.parent_path();
  const auto csv = test::runProdrome(args(s, "export", {"--probabilities", q(dir / "p.csv")}));
  ASSERT_EQ(csv.exitCode, 0) << csv.err;
  const std::string rows = readAll(dir / "p.csv");
  EXPECT_EQ(rows.rfind("recording,window_end_frame,window_end_seconds,probability,motion_baseline_probability\n", 0),
            0u);
  EXPECT_EQ(std::count(rows.begin(), rows.end(), '\n'), 1 + 18);  // window ends 150, 180, ..., 660
  // This run stored no motion baseline: its column is empty.
  EXPECT_NE(rows.find("," + std::to_string(210) + ",7.000000,0.8,\n"), std::string::npos) << rows;
#ifdef PRODROME_WITH_GUI
  const auto html = test::runProdrome(args(s, "export", {"--report", q(dir / "r.html")}));
  ASSERT_EQ(html.exitCode, 0) << html.err;
  const std::string report = readAll(dir / "r.html");
  EXPECT_NE(report.find("data:image/png;base64,"), std::string::npos);
  EXPECT_NE(report.find("cage1.mp4 (recording " + std::to_string(s.recording) + ")"), std::string::npos);
  EXPECT_NE(report.find("rejected"), std::string::npos);
  const auto pdf = test::runProdrome(args(s, "export", {"--report", q(dir / "r.pdf")}));
  ASSERT_EQ(pdf.exitCode, 0) << pdf.err;
  EXPECT_EQ(readAll(dir / "r.pdf").rfind("%PDF", 0), 0u);
  EXPECT_FALSE(std::filesystem::exists(dir / "r.pdf.part"));
#endif
  // An unwritable target fails naming it and leaves nothing behind.
  const auto bad = test::runProdrome(args(s, "export", {"--probabilities", q(dir / "no-such-dir" / "p.csv")}));
  EXPECT_EQ(bad.exitCode, 1);
  EXPECT_NE(bad.err.find("no-such-dir"), std::string::npos) << bad.err;
}
