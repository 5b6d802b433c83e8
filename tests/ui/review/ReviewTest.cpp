// Forecast review on the main window, offscreen, against a real project file:
// a stored forecast run opens as the timeline's probability lane, alarms are
// found, accepted and rejected into the database, the metrics follow the
// threshold wherever it is moved, decisions survive reopening, and the
// exports hold what was reviewed.
//
// The run is stored the way core::runForecast stores one (a "forecast" run
// whose config is {"forecast": ForecastConfig::toJson()}, predictions per
// window end); the curve is made by hand so that every alarm's outcome is
// known:
//   recording: the 660-frame fixture at 30 fps; seizure [420, 480)
//   window L = 5 s (150 frames), stride 1 s: window ends 150, 180, ..., 660
//   p = 0.1 except 210: 0.80, 360: 0.90, 390: 0.85, 510: 0.95, 600: 0.70
//   H = 2 s (60 frames), refractory = H, post-ictal 2 s (until 540)
// At threshold 0.5 the alarms are 210 (false), 360 (true: the seizure at 420
// is within H), 510 (during the post-ictal period) and 600 (false); 390 is
// within the refractory time after 360.

#include "core/runs/ForecastMetrics.h"
#include "database/AlarmReviewStore.h"
#include "database/Database.h"
#include "database/EventStore.h"
#include "database/PredictionStore.h"
#include "database/RecordingStore.h"
#include "database/RunStore.h"
#include "database/Schema.h"
#include "tests/ui/TestProject.h"
#include "tests/support/ReviewFixture.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/MainWindow.h"
#include "ui/PlaybackController.h"
#include "ui/review/AlarmTableModel.h"
#include "ui/review/ReviewActions.h"
#include "ui/review/ReviewModel.h"
#include "ui/review/ReviewPanel.h"
#include "ui/review/ReviewReport.h"
#include "ui/timeline/TimelineWidget.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

#include <cmath>
#include <memory>
#include <optional>
#include <utility>

using namespace prodrome;
using prodrome::test::addForecastRun;
using prodrome::test::forecastConfig;

namespace {

constexpr qint64 kSeizureOnset = 420, kSeizureOffset = 480;

// The decisions several tests start from: the first alarm rejected, the
// second (the true one) accepted.
bool rejectFirstAcceptSecond(ui::ReviewActions& review) {
  review.selectAlarm(0, true);
  if (!review.rejectAlarm()) return false;
  review.selectAlarm(1, true);
  return review.acceptAlarm();
}

std::vector<qint64> alarmFrames(const ui::ReviewModel& model) {
  std::vector<qint64> frames;
  for (const auto& a : model.alarms()) frames.push_back(a.frame);
  return frames;
}

void sendMouse(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons) {
  QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
  QApplication::sendEvent(w, &event);
}

QString readAll(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(f.readAll());
}

}  // namespace

class ReviewTest : public QObject {
  Q_OBJECT

 private:
  // A project with the fixture recording, its seizure and a finished run.
  struct Setup {
    test::TestProject project;
    qint64 run = 0;
    qint64 seizure = 0;
  };
  Setup makeSetup(const std::string& name) {
    Setup s{test::makeTestProject(name)};
    s.seizure = test::addSeizure(s.project, kSeizureOnset, kSeizureOffset);
    database::Database db = database::openProject(s.project.file);
    s.run = addForecastRun(db, s.project.recordingId, database::RunStatus::Succeeded);
    return s;
  }
  // Shows `w` and opens the setup's project in it: where a reviewer starts.
  static bool showWithProject(ui::MainWindow& w, const Setup& s) {
    w.show();
    return QTest::qWaitForWindowExposed(&w) && w.openProject(s.project.qfile());
  }
  static bool waitForVideo(ui::MainWindow& w) {
    return QTest::qWaitFor([&] { return w.playback()->hasVideo() && w.currentFrame() >= 0; }, 20000);
  }
  static std::vector<database::AlarmReview> decisionsIn(const Setup& s) {
    database::Database db = database::openProject(s.project.file);
    return database::AlarmReviewStore(db).listByRunAndRecording(s.run, s.project.recordingId);
  }

 private Q_SLOTS:
  void openingARunPopulatesTheProbabilityLane() {
    const Setup s = makeSetup("review-open");
    ui::MainWindow w;
    QVERIFY(showWithProject(w, s));
    ui::ReviewActions review(w);
    QVERIFY(!w.timeline()->probabilityLaneVisible());
    QVERIFY(!review.reviewDock()->isVisible());

    // The project tree's activation names the run.
    Q_EMIT w.runActivated(s.run);
    QCOMPARE(review.runId(), s.run);
    QVERIFY(review.model()->isLoaded());
    QCOMPARE(review.model()->recordingId(), s.project.recordingId);
    QVERIFY(review.reviewDock()->isVisible());
    QVERIFY(w.timeline()->probabilityLaneVisible());
    QCOMPARE(review.model()->points().size(), 18u);
    QCOMPARE(review.model()->points().front().windowEndFrame, 150);
    QCOMPARE(review.model()->points().back().windowEndFrame, 660);
    QCOMPARE(review.model()->windowFrames(), 150);
    QCOMPARE(w.timeline()->probabilityWindow(), 150);
    QCOMPARE(w.timeline()->threshold(), 0.5);
    QCOMPARE(alarmFrames(*review.model()), (std::vector<qint64>{210, 360, 510, 600}));
    const auto& marks = w.timeline()->alarms();
    QCOMPARE(marks.size(), 4u);
    QVERIFY(marks[0].outcome == ui::TimelineAlarm::Outcome::False);
    QVERIFY(marks[1].outcome == ui::TimelineAlarm::Outcome::True);
    QVERIFY(marks[2].outcome == ui::TimelineAlarm::Outcome::DuringSeizure);
    QVERIFY(marks[3].outcome == ui::TimelineAlarm::Outcome::False);
    QCOMPARE(review.panel()->alarmTable()->model()->rowCount(), 4);

    // Hovering the lane names the window nearest the cursor and its probability.
    const QPointF at(w.timeline()->xForFrame(360), w.timeline()->probabilityLaneCentreY());
    const QString tip = w.timeline()->probabilityToolTip(at);
    QVERIFY2(tip.contains("[210, 360)") && tip.contains("0.900") && tip.contains("true alarm"), qPrintable(tip));

    // The review menu holds the commands, with their keys.
    QMenu* menu = w.reviewMenu();
    QVERIFY(menu);
    QStringList texts;
    for (QAction* a : menu->actions()) texts << a->text();
    QVERIFY2(texts.contains("&Next Alarm") && texts.contains("&Accept Alarm") && texts.contains("&Reject Alarm"),
             qPrintable(texts.join('|')));

    // Runs that are not finished forecasts are refused, with a reason.
    database::Database db = database::openProject(s.project.file);
    const qint64 running = database::RunStore(db).add(database::RunKind::Forecast, forecastConfig({1}, 0.5));
    QVERIFY(!review.openRun(running));
    const qint64 pretrain = database::RunStore(db).add(database::RunKind::Pretrain, "{}");
    QVERIFY(!review.openRun(pretrain));
    QVERIFY(!review.openRun(9999));
    QCOMPARE(review.runId(), s.run);  // the open review stays
    Q_EMIT w.runActivated(pretrain);  // not ours: ignored
    QCOMPARE(review.runId(), s.run);

    // Closing the project closes the review and empties the lane.
    w.closeProject();
    QCOMPARE(review.runId(), 0);
    QVERIFY(!w.timeline()->probabilityLaneVisible());
    QVERIFY(w.timeline()->alarms().empty());
  }

  // A run that judged a monitoring period as one night (issue 14) shows the
  // night's stored figures beside the file's live ones; a run without one
  // shows no such row.
  void aNightJudgedAsOneCurveIsShownBesideTheFile() {
    const Setup s = makeSetup("review-night");
    {
      database::Database db = database::openProject(s.project.file);
      core::ForecastMetrics m;
      m.threshold = 0.6;
      core::ForecastMetrics::Period night;
      night.period = 4;
      night.windows = 120;
      night.seizures = 4;
      night.alarms = 9;
      night.sensitivity = 0.75;
      night.falseAlarmsPerHour = 12.5;
      night.observedHours = 2.0;
      night.spanHours = 2.5;
      m.periods.push_back(night);
      database::RunStore(db).setMetrics(s.run, QJsonDocument(m.toJson()).toJson().toStdString());
    }
    ui::MainWindow w;
    QVERIFY(showWithProject(w, s));
    ui::ReviewActions review(w);
    QVERIFY(review.openRun(s.run));
    auto* night = review.panel()->findChild<QLabel*>(QStringLiteral("nightMetrics"));
    QVERIFY(night);
    const QString text = night->text();
    QVERIFY2(text.contains("period 4") && text.contains("3 / 4 (75.0%)") && text.contains("12.50 / h") &&
                 text.contains("2.00 h observed") && text.contains("2.50 h in all") && text.contains("0.600"),
             qPrintable(text));
    QVERIFY(!night->isHidden());
    QVERIFY2(review.panel()->metricsText().contains("Night: period 4"), qPrintable(review.panel()->metricsText()));
    // The threshold moves the file's figures, not the night's stored ones.
    review.panel()->thresholdSpin()->setValue(0.9);
    QCOMPARE(night->text(), text);

    w.closeProject();
    QVERIFY(night->isHidden());
  }

  // Issue 12: the motion-statistics forecaster the run judged beside the
  // model is shown with its own operating point and intervals, fixed; a run
  // without one shows no such row.
  void theMotionBaselineStandsBesideTheModel() {
    const Setup s = makeSetup("review-baseline");
    {
      database::Database db = database::openProject(s.project.file);
      core::ForecastMetrics m;
      m.threshold = 0.6;
      m.recordings.resize(3);
      m.motionBaseline =
          core::ForecastMetrics::Baseline{0.76,  2,   core::EventTotals{6, 4, 11, 0.242},
                                          0.919, 0.5, core::RocAucDifference{0.006, -0.0104, 0.0201, 24, 1000}};
      test::addMirroredMotionBaseline(db, s.run, m);
    }
    ui::MainWindow w;
    QVERIFY(showWithProject(w, s));
    ui::ReviewActions review(w);
    QVERIFY(review.openRun(s.run));
    auto* baseline = review.panel()->findChild<QLabel*>(QStringLiteral("baselineMetrics"));
    QVERIFY(baseline);
    const QString text = baseline->text();
    // 4 of 6 (Clopper-Pearson 22.3-95.7 %), 11 in 0.242 h (Garwood 22.73-81.35 per hour).
    QVERIFY2(text.contains("3 recording(s)") && text.contains("threshold 0.760, 2 window(s) in a row") &&
                 text.contains("4 / 6 (66.7%); 95 % CI 22.3–95.7%") && text.contains("45.45 / h (11 in 14.5 min inter-ictal); 95 % CI 22.") && text.contains("window ROC-AUC 0.919"),
             qPrintable(text));
    QVERIFY(!baseline->isHidden());
    QVERIFY2(
        text.contains(QString::fromUtf8("window ROC-AUC 0.919; the model's minus its +0.006 (95 % CI \u22120.010 to "
                                        "+0.020, paired)")),
        qPrintable(text));
    // On this recording, at its own operating point (0.76, 2 in a row): its
    // curve 1 - p is high wherever the model's is low, and low just before
    // the onset at 420 (0.1 and 0.15 at 360 and 390), so it misses the
    // seizure and raises false alarms elsewhere.
    QVERIFY2(text.contains("On this recording (dotted on the timeline): seizures 0 / 1 (0.0%); false alarms "),
             qPrintable(text));
    QVERIFY2(review.panel()->metricsText().contains("Statistics alone (no encoder): over the run's"),
             qPrintable(review.panel()->metricsText()));
    // The curve: on the timeline, in the window's tool tip, in the CSV.
    QVERIFY(w.timeline()->probabilityLaneHasMotionBaseline());
    const auto& points = review.model()->points();
    const auto& curve = review.model()->review().motionBaselinePoints();
    QCOMPARE(curve.size(), points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
      QCOMPARE(curve[i].windowEndFrame, points[i].windowEndFrame);
      QCOMPARE(curve[i].probability, 1.0 - points[i].probability);
    }
    const auto& here = review.model()->review().motionBaselineMetrics();
    QVERIFY(here);
    QCOMPARE(here->forecastSeizures, 0);
    // Its alarms sit on its curve, each with its outcome; none is true here.
    QVERIFY(here->falseAlarms > 0);
    const auto& marks = w.timeline()->baselineAlarms();
    QCOMPARE(marks.size(), here->alarms.size());
    for (std::size_t i = 0; i < marks.size(); ++i) {
      QCOMPARE(marks[i].frame, here->alarms[i].frame);
      QVERIFY(marks[i].outcome != ui::TimelineAlarm::Outcome::True);
    }
    QTemporaryDir dir;
    QString error;
    QVERIFY2(review.exportProbabilities(dir.filePath("p.csv"), &error), qPrintable(error));
    const QString csv = readAll(dir.filePath("p.csv"));
    QVERIFY2(csv.contains(QString::number(s.project.recordingId) + ",210,7.000000,0.8,0.19999999999999996\n"),
             qPrintable(csv));
    review.panel()->thresholdSpin()->setValue(0.9);
    QCOMPARE(baseline->text(), text);
    // The exported report carries the same row.
    const QString html = ui::reviewReportHtml(review.model()->review(), "fixture", "plot.png");
    QVERIFY2(html.contains("Statistics alone (no encoder)") && html.contains("threshold 0.760, 2 window(s) in a row"),
             qPrintable(html));
    w.closeProject();
    QVERIFY(baseline->isHidden());
    QVERIFY(w.timeline()->baselineAlarms().empty());
  }

  void thresholdMovesTheMetricsEverywhere() {
    const Setup s = makeSetup("review-threshold");
    ui::MainWindow w;
    QVERIFY(showWithProject(w, s));
    ui::ReviewActions review(w);
    QVERIFY(review.openRun(s.run));
    ui::ReviewModel& model = *review.model();
    ui::ReviewPanel& panel = *review.panel();
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("nightMetrics"))->isHidden());  // no period in this run
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("baselineMetrics"))->isHidden());  // nor a baseline
    QVERIFY(!ui::reviewReportHtml(model.review(), "fixture", "plot.png").contains("Statistics alone"));
    QCOMPARE(model.metrics().falseAlarms, 2);
    QCOMPARE(model.metrics().sensitivity, 1.0);
    // 540 inter-ictal frames at 30 fps are 0.005 h.
    QVERIFY(std::abs(model.metrics().falseAlarmsPerHour - 400.0) < 1e-6);
    QVERIFY2(panel.metricsText().contains("1 / 1 (100.0%)"), qPrintable(panel.metricsText()));
    QVERIFY2(panel.metricsText().contains("400.00 / h"), qPrintable(panel.metricsText()));

    // The spin box.
    panel.thresholdSpin()->setValue(0.75);
    QCOMPARE(model.options().threshold, 0.75);
    QCOMPARE(alarmFrames(model), (std::vector<qint64>{210, 360, 510}));
    QCOMPARE(model.metrics().falseAlarms, 1);
    QVERIFY2(panel.metricsText().contains("200.00 / h"), qPrintable(panel.metricsText()));
    QCOMPARE(w.timeline()->threshold(), 0.75);
    QCOMPARE(w.timeline()->alarms().size(), 3u);
    QCOMPARE(panel.thresholdSlider()->value(), 750);

    // The slider.
    panel.thresholdSlider()->setValue(920);
    QCOMPARE(model.options().threshold, 0.92);
    QCOMPARE(alarmFrames(model), (std::vector<qint64>{510}));
    QCOMPARE(model.metrics().sensitivity, 0.0);
    QVERIFY2(panel.metricsText().contains("0 / 1 (0.0%)"), qPrintable(panel.metricsText()));
    QCOMPARE(panel.thresholdSpin()->value(), 0.92);

    // Dragging the threshold line in the lane: live while it moves.
    ui::TimelineWidget* t = w.timeline();
    const double x = t->xForFrame(300);
    const QPointF grab(x, t->thresholdY());
    sendMouse(t, QEvent::MouseMove, grab, Qt::NoButton, Qt::NoButton);
    sendMouse(t, QEvent::MouseButtonPress, grab, Qt::LeftButton, Qt::LeftButton);
    const double lane = t->probabilityLaneCentreY();
    // The lane's centre is p = 0.5 (the lane's 3-pixel insets are symmetric).
    sendMouse(t, QEvent::MouseMove, QPointF(x, lane), Qt::NoButton, Qt::LeftButton);
    QVERIFY(std::abs(model.options().threshold - 0.5) < 0.03);
    QCOMPARE(alarmFrames(model), (std::vector<qint64>{210, 360, 510, 600}));
    QCOMPARE(panel.thresholdSpin()->value(), model.options().threshold);
    sendMouse(t, QEvent::MouseButtonRelease, QPointF(x, lane), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(model.metrics().falseAlarms, 2);

    // Consecutive windows and the refractory time.
    panel.thresholdSpin()->setValue(0.8);
    QCOMPARE(alarmFrames(model), (std::vector<qint64>{210, 360, 510}));
    panel.consecutiveSpin()->setValue(2);  // only 360 and 390 are two in a row
    QCOMPARE(alarmFrames(model), (std::vector<qint64>{390}));
    panel.consecutiveSpin()->setValue(1);
    panel.refractorySpin()->setValue(0.5);  // 15 frames: 390 fires 30 frames after 360
    QCOMPARE(alarmFrames(model), (std::vector<qint64>{210, 360, 390, 510}));
    QCOMPARE(model.options().refractorySeconds, 0.5);
    panel.refractorySpin()->setValue(panel.refractorySpin()->minimum());
    QCOMPARE(model.options().refractorySeconds, -1.0);
    QCOMPARE(alarmFrames(model), (std::vector<qint64>{210, 360, 510}));
  }

  // A missed seizure during which an alarm fired was seen, not forecast: the
  // panel and the report say so apart from one no alarm saw (issue 12).
  void missedSeizuresSayWhetherAnAlarmSawThem() {
    const Setup s = makeSetup("review-missed");
    test::addSeizure(s.project, 500, 560);  // 510 fires 10 frames into it
    ui::MainWindow w;
    QVERIFY(showWithProject(w, s));
    ui::ReviewActions review(w);
    QVERIFY(review.openRun(s.run));
    ui::ReviewPanel& panel = *review.panel();
    // At 0.5, 360 forecasts the first; the second is seen only by 510.
    QVERIFY2(panel.metricsText().contains("Missed: 1 of 2: 1 alarmed only after the onset (0.3 s late: seen, not "
                                          "forecast)\n"),
             qPrintable(panel.metricsText()));
    // At 0.92 only 510 fires: the first seizure no alarm saw.
    panel.thresholdSpin()->setValue(0.92);
    QVERIFY2(panel.metricsText().contains("Missed: 2 of 2: 1 alarmed only after the onset (0.3 s late: seen, not "
                                          "forecast); 1 with no alarm while it lasted\n"),
             qPrintable(panel.metricsText()));
    QVERIFY2(ui::reviewReportHtml(review.model()->review(), "fixture", "plot.png")
                 .contains("<th>Seizures missed</th><td>2 of 2: 1 alarmed only after the onset"),
             qPrintable(ui::reviewReportHtml(review.model()->review(), "fixture", "plot.png")));
    // Below every peak nothing is missed.
    panel.thresholdSpin()->setValue(0.05);
    QVERIFY2(panel.metricsText().contains("Missed: none\n"), qPrintable(panel.metricsText()));
  }

  void acceptRejectAndNavigate() {
    const Setup s = makeSetup("review-decide");
    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openProject(s.project.qfile()));
    ui::ReviewActions review(w);
    QVERIFY(review.openRun(s.run));
    QVERIFY(waitForVideo(w));
    w.showFrame(0);
    QCOMPARE(w.currentFrame(), 0);
    ui::ReviewModel& model = *review.model();

    // N goes to the first alarm: the playhead is on its window end, whose
    // window the timeline highlights.
    QTest::keyClick(&w, Qt::Key_N);
    QCOMPARE(w.currentFrame(), 210);
    QCOMPARE(review.selectedAlarm(), 0);
    QCOMPARE(w.timeline()->selectedAlarm().value_or(-1), 210);
    QCOMPARE(w.timeline()->currentWindowEnd().value_or(-1), 210);
    QCOMPARE(review.panel()->alarmTable()->currentIndex().row(), 0);

    // Stepping through its window keeps one's place: W goes to the window
    // start, the frame keys step, N then goes on to the next alarm.
    QTest::keyClick(&w, Qt::Key_W);
    QCOMPARE(w.currentFrame(), 60);
    QTest::keyClick(&w, Qt::Key_Right);
    QCOMPARE(w.currentFrame(), 61);
    QCOMPARE(w.timeline()->currentWindowEnd().value_or(-1), 150);  // the first window end at or after 61

    // Reject: a false alarm on record, no event.
    QTest::keyClick(&w, Qt::Key_Backspace, Qt::ControlModifier);
    auto decisions = decisionsIn(s);
    QCOMPARE(decisions.size(), 1u);
    QCOMPARE(decisions[0].frame, 210);
    QVERIFY(decisions[0].decision == database::AlarmDecision::Rejected);
    QVERIFY(!decisions[0].eventId);
    QVERIFY(w.timeline()->alarms()[0].decision == ui::TimelineAlarm::Decision::Rejected);

    QTest::keyClick(&w, Qt::Key_N);
    QCOMPARE(w.currentFrame(), 360);
    QCOMPARE(review.selectedAlarm(), 1);

    // Accept the true alarm: it confirms the annotated seizure, creates nothing.
    const int undoBefore = w.undoStack()->count();
    QTest::keyClick(&w, Qt::Key_Return, Qt::ControlModifier);
    decisions = decisionsIn(s);
    QCOMPARE(decisions.size(), 2u);
    QCOMPARE(decisions[1].frame, 360);
    QVERIFY(decisions[1].decision == database::AlarmDecision::Accepted);
    QCOMPARE(decisions[1].eventId.value_or(-1), s.seizure);
    QCOMPARE(w.undoStack()->count(), undoBefore + 1);  // the decision, undoable; no event
    {
      database::Database db = database::openProject(s.project.file);
      QCOMPARE(database::EventStore(db).listByRecording(s.project.recordingId).size(), 1u);
    }

    // Previous and next.
    QVERIFY(review.previousAlarm());
    QCOMPARE(w.currentFrame(), 210);
    QVERIFY(review.nextAlarm());
    QCOMPARE(w.currentFrame(), 360);
    QVERIFY(review.nextAlarm());
    QVERIFY(review.nextAlarm());
    QCOMPARE(w.currentFrame(), 600);
    QVERIFY(!review.nextAlarm());  // the last one
    QCOMPARE(w.currentFrame(), 600);

    // Accept the false alarm at 600 with the playhead after it, at 615: no
    // seizure to confirm, so the reviewer is asked where one begins
    // (proposed at the playhead). Cancelling records nothing.
    std::optional<std::pair<qint64, qint64>> asked;
    review.setOnsetConfirmation([&](qint64 proposed, qint64 alarmFrame) {
      asked = std::make_pair(proposed, alarmFrame);
      return std::optional<qint64>();
    });
    w.showFrame(615);
    QCOMPARE(w.currentFrame(), 615);
    const int undoBeforeAccept = w.undoStack()->count();
    QVERIFY(!review.acceptAlarm());
    QVERIFY(asked);
    QCOMPARE(asked->first, 615);
    QCOMPARE(asked->second, 600);
    QCOMPARE(decisionsIn(s).size(), 2u);
    QCOMPARE(w.undoStack()->count(), undoBeforeAccept);
    QCOMPARE(model.metrics().seizures.size(), 1u);

    // An onset inside the annotated seizure [420, 480) is refused by the
    // review, though the reviewer is another annotator whom the store would
    // let mark it again (issue 14): nothing is stored, the status says why.
    review.setOnsetConfirmation([](qint64, qint64) { return std::optional<qint64>(450); });
    QVERIFY(!review.acceptAlarm());
    QVERIFY2(w.statusBar()->currentMessage().contains("inside seizure"),
             qPrintable(w.statusBar()->currentMessage()));
    QCOMPARE(decisionsIn(s).size(), 2u);
    QCOMPARE(w.undoStack()->count(), undoBeforeAccept);
    {
      database::Database db = database::openProject(s.project.file);
      QCOMPARE(database::EventStore(db).listByRecording(s.project.recordingId).size(), 1u);
    }

    // Confirmed (moved 3 frames on): the onset and the decision land at once
    // in the database, as one undo step; the alarm becomes a true one.
    review.setOnsetConfirmation([](qint64 proposed, qint64) { return std::optional<qint64>(proposed + 3); });
    QVERIFY(review.acceptAlarm());
    QCOMPARE(w.undoStack()->count(), undoBeforeAccept + 1);
    qint64 created = 0;
    {
      database::Database db = database::openProject(s.project.file);
      const auto events = database::EventStore(db).listByRecording(s.project.recordingId);
      QCOMPARE(events.size(), 2u);
      QCOMPARE(events[1].onsetFrame, 618);
      QVERIFY(!events[1].offsetFrame);
      created = events[1].id;
    }
    decisions = decisionsIn(s);
    QCOMPARE(decisions.size(), 3u);
    QCOMPARE(decisions[2].frame, 600);
    QCOMPARE(decisions[2].eventId.value_or(-1), created);
    QCOMPARE(model.metrics().seizures.size(), 2u);
    QVERIFY(model.alarms()[3].outcome == core::AlarmOutcome::True);
    QCOMPARE(model.metrics().sensitivity, 1.0);
    QVERIFY(w.timeline()->alarms()[3].outcome == ui::TimelineAlarm::Outcome::True);
    QVERIFY(w.timeline()->alarms()[3].decision == ui::TimelineAlarm::Decision::Accepted);

    // Undo takes the event and the decision back together (no "accepted" is
    // left on an alarm that is false again); redo brings both, same ids.
    w.undoStack()->undo();
    QCOMPARE(model.metrics().seizures.size(), 1u);
    QVERIFY(model.alarms()[3].outcome == core::AlarmOutcome::False);
    QCOMPARE(decisionsIn(s).size(), 2u);
    QVERIFY(!model.decision(600));
    w.undoStack()->redo();
    QCOMPARE(model.metrics().seizures.size(), 2u);
    decisions = decisionsIn(s);
    QCOMPARE(decisions.size(), 3u);
    QCOMPARE(decisions[2].eventId.value_or(-1), created);
    QCOMPARE(model.contradictedCount(), 0);
    w.undoStack()->undo();

    // Accepting with the playhead before the alarm proposes the alarm's frame.
    review.setOnsetConfirmation([](qint64 proposed, qint64) { return std::optional<qint64>(proposed); });
    QVERIFY(review.previousAlarm());  // the playhead (615) is past 600's window: back to 600 itself
    QCOMPARE(w.currentFrame(), 600);
    QVERIFY(review.previousAlarm());  // 510, during the post-ictal period
    QCOMPARE(w.currentFrame(), 510);
    w.showFrame(500);
    QVERIFY(review.acceptAlarm());
    {
      database::Database db = database::openProject(s.project.file);
      const auto events = database::EventStore(db).listByRecording(s.project.recordingId);
      QCOMPARE(events.size(), 2u);
      QCOMPARE(events[1].onsetFrame, 510);
    }
  }

  // Issue 16: a seizure marked after a decision that it contradicts flags the
  // decision for another look; a rejection is one undo step of its own.
  void contradictedDecisionsAreFlaggedAndDecisionsUndo() {
    const Setup s = makeSetup("review-contradicted");
    ui::MainWindow w;
    w.setAnnotatorName(QString());
    QVERIFY(w.openProject(s.project.qfile()));
    ui::ReviewActions review(w);
    QVERIFY(review.openRun(s.run));
    const ui::ReviewModel& model = *review.model();
    // The reviewer is asked for their name once, before the first decision;
    // it lands on the decision, in the settings and in the status bar.
    int asked = 0;
    w.setAnnotatorRequest([&] {
      ++asked;
      return QStringLiteral("Dr. Review");
    });
    review.selectAlarm(0, true);  // 210: false, no seizure follows
    QVERIFY(review.rejectAlarm());
    QCOMPARE(decisionsIn(s).size(), 1u);
    QCOMPARE(decisionsIn(s)[0].reviewer, std::string("Dr. Review"));
    QCOMPARE(asked, 1);
    QCOMPARE(w.annotatorName(), QString("Dr. Review"));
    QVERIFY(w.findChild<QLabel*>("annotatorLabel")->text().contains("Dr. Review"));
    QCOMPARE(model.contradictedCount(), 0);
    const QAbstractItemModel* table = review.panel()->alarmTable()->model();
    QCOMPARE(table->index(0, ui::AlarmTableModel::Decision).data().toString(), QString("rejected"));

    // A seizure marked 20 frames after the rejected alarm makes it a true one.
    const auto marked = w.annotations()->markOnset(230);
    QVERIFY(marked);
    QCOMPARE(asked, 1);  // once
    QCOMPARE(w.annotations()->event(*marked)->annotator, std::string("Dr. Review"));
    QVERIFY(model.alarms()[0].outcome == core::AlarmOutcome::True);
    QVERIFY(model.contradicted(0));
    QCOMPARE(model.contradictedCount(), 1);
    QVERIFY(table->index(0, ui::AlarmTableModel::Decision).data().toString().contains("check again"));
    QVERIFY(!table->index(0, ui::AlarmTableModel::Decision).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY2(review.panel()->metricsText().contains("1 to check again"), qPrintable(review.panel()->metricsText()));

    // Undo the onset: consistent again. Undo the rejection: no decision.
    w.undoStack()->undo();
    QCOMPARE(model.contradictedCount(), 0);
    QVERIFY(!review.panel()->metricsText().contains("check again"));
    w.undoStack()->undo();
    QVERIFY(decisionsIn(s).empty());
    QVERIFY(!model.decision(210));
    w.undoStack()->redo();
    QCOMPARE(decisionsIn(s).size(), 1u);
    QVERIFY(model.decision(210)->decision == database::AlarmDecision::Rejected);
  }

  // A forecast that deferred to the model's operating point is reviewed at
  // the threshold it applied (its metrics), not at the config's placeholder.
  void theReviewOpensAtTheThresholdTheRunApplied() {
    const Setup s = makeSetup("review-applied-threshold");
    database::Database db = database::openProject(s.project.file);
    database::RunStore runs(db);
    for (const bool deferred : {true, false}) {
      std::string config = forecastConfig({s.project.recordingId}, 0.5);
      if (deferred) config.replace(config.find("\"consecutive\""), 0, "\"model_threshold\": true, ");
      const qint64 run = runs.add(database::RunKind::Forecast, config);
      runs.setMetrics(run, R"({"threshold": 0.88})");
      QString error;
      const auto info = core::parseForecastRun(*runs.find(run), &error);
      QVERIFY2(info, qPrintable(error));
      QCOMPARE(info->alarms.threshold, deferred ? 0.88 : 0.5);
    }
  }

  void decisionsSurviveReopening() {
    const Setup s = makeSetup("review-reopen");
    {
      ui::MainWindow w;
      QVERIFY(w.openProject(s.project.qfile()));
      ui::ReviewActions review(w);
      QVERIFY(review.openRun(s.run));
      QVERIFY(rejectFirstAcceptSecond(review));
    }
    ui::MainWindow w;
    QVERIFY(w.openProject(s.project.qfile()));
    ui::ReviewActions review(w);
    QVERIFY(review.openRun(s.run));
    const ui::ReviewModel& model = *review.model();
    QCOMPARE(model.decisions().size(), 2u);
    QCOMPARE(model.acceptedCount(), 1);
    QCOMPARE(model.rejectedCount(), 1);
    QCOMPARE(model.decision(360)->eventId.value_or(-1), s.seizure);
    const auto& marks = w.timeline()->alarms();
    QVERIFY(marks[0].decision == ui::TimelineAlarm::Decision::Rejected);
    QVERIFY(marks[1].decision == ui::TimelineAlarm::Decision::Accepted);
    QVERIFY(marks[2].decision == ui::TimelineAlarm::Decision::None);
    const QAbstractItemModel* table = review.panel()->alarmTable()->model();
    QCOMPARE(table->index(0, ui::AlarmTableModel::Decision).data().toString(), QString("rejected"));
    QCOMPARE(table->index(1, ui::AlarmTableModel::Decision).data().toString(), QString("accepted"));
    QVERIFY2(review.panel()->metricsText().contains("1 accepted, 1 rejected, 2 open"),
             qPrintable(review.panel()->metricsText()));

    // A decision is kept per alarm frame: hidden by a higher threshold, back
    // with its alarm.
    review.panel()->thresholdSpin()->setValue(0.92);
    QCOMPARE(model.acceptedCount() + model.rejectedCount(), 0);
    review.panel()->thresholdSpin()->setValue(0.5);
    QCOMPARE(model.acceptedCount(), 1);
  }

  void exportsHoldTheReview() {
    const Setup s = makeSetup("review-export");
    ui::MainWindow w;
    QVERIFY(w.openProject(s.project.qfile()));
    ui::ReviewActions review(w);
    QVERIFY(review.openRun(s.run));
    QVERIFY(rejectFirstAcceptSecond(review));

    QTemporaryDir dir;
    const QString csv = dir.filePath("probabilities.csv");
    QString error;
    QVERIFY2(review.exportProbabilities(csv, &error), qPrintable(error));
    const QStringList lines = readAll(csv).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 19);
    QCOMPARE(lines[0],
             QString("recording,window_end_frame,window_end_seconds,probability,motion_baseline_probability"));
    const QString rec = QString::number(s.project.recordingId);
    QCOMPARE(lines[1], rec + ",150,5.000000,0.1,");
    QCOMPARE(lines[3], rec + ",210,7.000000,0.8,");
    QCOMPARE(lines[18], rec + ",660,22.000000,0.1,");

    const QString html = dir.filePath("report.html");
    QVERIFY2(review.exportReport(html, &error), qPrintable(error));
    const QString text = readAll(html);
    QVERIFY(text.startsWith("<!DOCTYPE html>"));
    QVERIFY(text.contains(QString("run %1").arg(s.run)));
    QVERIFY(text.contains("<img src=\"data:image/png;base64,iVBOR"));  // an inlined PNG
    // With the exact 95 % intervals of 1 of 1 seizures and 2 alarms in 0.005 h.
    QVERIFY2(text.contains("<th>Sensitivity</th><td>1 / 1 (100.0%); 95 % CI 2.5–100.0%</td>"), qPrintable(text));
    QVERIFY2(text.contains("<th>False alarms per hour</th><td>400.00 / h; 95 % CI 48.44–1444.94 / h</td>"),
             qPrintable(text));
    QVERIFY(text.contains("<th>Window (L)</th><td>5 s (150 frames)</td>"));
    QVERIFY(text.contains("<th>Threshold</th><td>0.500</td>"));
    QVERIFY(text.contains("<td class=\"num\">210</td><td class=\"num\">0.800</td><td>false</td><td>rejected</td>"));
    QVERIFY(text.contains("<td class=\"num\">360</td><td class=\"num\">0.900</td><td>true</td><td>accepted</td>"));
    QVERIFY(text.contains("<td class=\"num\">600</td><td class=\"num\">0.700</td><td>false</td><td>—</td>"));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).size() == 2);  // no temporary left behind

    const QString pdf = dir.filePath("report.pdf");
    QVERIFY2(review.exportReport(pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 10000);  // the plot is in it
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).size() == 3);

    // A path that cannot be written is an error, not a crash.
    QVERIFY(!review.exportProbabilities(dir.filePath("missing/dir/p.csv"), &error));
    QVERIFY(!error.isEmpty());
  }

  // A night-sized curve (10^5 windows) on a recording whose video is
  // missing: the lane still shows it, and the seek falls back to the
  // timeline's playhead. Prints the load time (GUI thread).
  void largeRunWithoutVideo() {
    const Setup s = makeSetup("review-large");
    qint64 run = 0, recording = 0;
    {
      database::Database db = database::openProject(s.project.file);
      database::Recording r;
      r.subjectId = s.project.subjectId;
      r.path = "/nonexistent/night.mp4";
      r.fingerprint = "sha256:night";
      r.fps = 30;
      r.frameCount = 3'000'030;
      r.width = 1280;
      r.height = 720;
      recording = database::RecordingStore(db).add(r);
      database::RunStore runs(db);
      run = runs.add(database::RunKind::Forecast, forecastConfig({recording}, 0.97));
      std::vector<database::Prediction> rows;
      for (qint64 i = 0; i < 100000; ++i)
        rows.push_back({run, recording, 150 + 30 * i, 0.5 + 0.49 * std::sin(i / 50.0) * std::cos(i / 3000.0)});
      database::PredictionStore(db).addAll(rows);
      runs.markEnded(run, database::RunStatus::Succeeded);
    }
    ui::MainWindow w;
    QVERIFY(w.openProject(s.project.qfile()));
    ui::ReviewActions review(w);
    QVERIFY(review.openRun(run));
    QCOMPARE(w.currentRecordingId(), recording);
    QCOMPARE(review.model()->points().size(), 100000u);
    QVERIFY(w.timeline()->probabilityLaneVisible());
    qInfo("loaded 10^5 windows, %zu alarms at 0.97, in %.1f ms", review.model()->alarms().size(),
          review.model()->loadMilliseconds());
    QVERIFY(review.model()->alarms().size() > 10);
    QVERIFY(review.nextAlarm());
    QCOMPARE(w.timeline()->playhead(), review.model()->alarms()[0].frame);
    QVERIFY(review.goToWindowStart());
    QCOMPARE(w.timeline()->playhead(), review.model()->alarms()[0].frame - 150);

    // Another recording, not in the run, hides the lane; back again shows it.
    QVERIFY(w.openRecording(s.project.recordingId));
    QVERIFY(!w.timeline()->probabilityLaneVisible());
    QCOMPARE(review.runId(), run);
    QVERIFY(w.openRecording(recording));
    QVERIFY(w.timeline()->probabilityLaneVisible());
  }

  // Offscreen screenshot of review mode for a person to look at, when
  // PRODROME_SCREENSHOT_DIR names a folder.
  void screenshot() {
    const QString dir = qEnvironmentVariable("PRODROME_SCREENSHOT_DIR");
    if (dir.isEmpty()) QSKIP("PRODROME_SCREENSHOT_DIR not set");
    const Setup s = makeSetup("review-screenshot");
    ui::MainWindow w;
    w.resize(1500, 950);
    QVERIFY(showWithProject(w, s));
    ui::ReviewActions review(w);
    QVERIFY(review.openRun(s.run));
    QVERIFY(waitForVideo(w));
    QVERIFY(rejectFirstAcceptSecond(review));
    QVERIFY(review.nextAlarm());
    QTest::qWait(300);  // let the decoded frame arrive (picture only; nothing is asserted on it)
    const QPointF hover(w.timeline()->xForFrame(450), w.timeline()->probabilityLaneCentreY());
    sendMouse(w.timeline(), QEvent::MouseMove, hover, Qt::NoButton, Qt::NoButton);
    QVERIFY(w.grab().save(dir + "/review-window.png"));
    QVERIFY(w.timeline()->grab().save(dir + "/review-timeline.png"));
    QVERIFY(review.reviewDock()->grab().save(dir + "/review-dock.png"));
    // The exports, and the report's plot and first page as images.
    QVERIFY(review.exportReport(dir + "/review-report.html"));
    QVERIFY(review.exportReport(dir + "/review-report.pdf"));
    QVERIFY(review.exportProbabilities(dir + "/review-probabilities.csv"));
    QVERIFY(ui::renderReviewPlot(review.model()->review()).save(dir + "/review-plot.png"));
    QTextDocument document;
    document.addResource(QTextDocument::ImageResource, QUrl("plot.png"), ui::renderReviewPlot(review.model()->review()));
    document.setHtml(ui::reviewReportHtml(review.model()->review(), "fixture", "plot.png"));
    document.setTextWidth(1000);
    QImage page(1000, static_cast<int>(document.size().height()), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    document.drawContents(&painter);
    painter.end();
    QVERIFY(page.save(dir + "/review-report-page.png"));
  }
};

std::unique_ptr<QObject> makeReviewTest() { return std::make_unique<ReviewTest>(); }

#include "ReviewTest.moc"
