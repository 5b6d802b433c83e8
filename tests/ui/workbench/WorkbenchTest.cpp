// The product end to end, as `prodrome` opens it: train a forecaster from
// Train ▸ Forecasting fine-tune…, run it from Train ▸ Run forecast… and find
// the curve on the timeline and the alarms in the review without another
// click; decide an alarm and find the decision in the project file.
//
// With PRODROME_SCREENSHOT_DIR set it also saves the window in review mode.
// Real fonts under Xvfb:
//   xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb
//     PRODROME_SCREENSHOT_DIR=/tmp/shots ui_workbench_tests

#include "tests/support/TrainingProject.h"
#include "database/AlarmReviewStore.h"
#include "database/Database.h"
#include "database/ModelStore.h"
#include "database/PredictionStore.h"
#include "database/RunStore.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/StartPage.h"
#include "ui/review/ReviewActions.h"
#include "ui/review/ReviewModel.h"
#include "ui/timeline/TimelineWidget.h"
#include "ui/training/FineTuneDialog.h"
#include "ui/training/ForecastDialog.h"
#include "ui/jobs/JobQueue.h"
#include "ui/training/DemoActions.h"
#include "ui/training/TrainingActions.h"
#include "ui/workbench/Workbench.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

extern "C" {
#include <libavutil/log.h>
}

using namespace prodrome;
using namespace prodrome::ui;

namespace {
constexpr int kJobTimeout = 180000;  // ms; the jobs take seconds, a loaded machine more
}

class WorkbenchTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    project_ = test::makeTrainingProject(dir_.path().toStdString());
    bench_ = std::make_unique<Workbench>();
    bench_->training().setQuitQuestion([] { return TrainingActions::QuitAnswer::CancelAndQuit; });
    bench_->window().resize(1600, 1000);
    bench_->window().show();
    QVERIFY(bench_->window().openProject(QString::fromStdString(project_.file.string())));
  }

  void cleanupTestCase() { bench_.reset(); }

  void partsAreAttached() {
    MainWindow& w = bench_->window();
    QVERIFY(!w.trainMenu()->actions().isEmpty());
    QVERIFY(!w.modelMenu()->actions().isEmpty());
    QVERIFY(!w.reviewMenu()->actions().isEmpty());
    QVERIFY(bench_->training().jobDock()->parent() == &w);
    QVERIFY(bench_->review().reviewDock()->parent() == &w);
  }

  // The start page's demo (issue 16 §7): a demo project built before opens
  // at once; without one, the button starts the build as a compute job in the
  // dock (the full build is `prodrome demo --quick`'s, tested by DemoCli),
  // which the dock can cancel, leaving nothing remembered and nothing open.
  void theStartPagesDemoOpensOrBuildsTheDemoProject() {
    QSettings().remove(QStringLiteral("demo/project"));
    Workbench bench;
    MainWindow& w = bench.window();
    w.show();
    QVERIFY(w.startPageShown());
    QPushButton* demo = w.startPage()->demoButton();
    QVERIFY(demo->isVisibleTo(&w));
    bench.demo().setParentDirectory(dir_.path());
    QTest::mouseClick(demo, Qt::LeftButton);
    const int job = bench.demo().jobId();
    QVERIFY(job != 0);
    const JobInfo* info = w.jobs()->job(job);
    QVERIFY(info && info->kind == JobKind::Demo);
    QVERIFY(laneOf(info->kind) == JobLane::Compute);
    QVERIFY(info->project.startsWith(dir_.path()) && info->project.endsWith("demo.prodrome"));
    QVERIFY(!demo->isEnabled());  // one build at a time
    QCOMPARE(bench.demo().openDemo(), 0);
    w.jobs()->cancel(job);
    QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->job(job)->state == JobState::Cancelled, kJobTimeout);
    QVERIFY(demo->isEnabled());
    QVERIFY(DemoActions::builtProject().isEmpty());
    QVERIFY(!w.project()->isOpen());
    QVERIFY(w.startPageShown());

    // Built before: the same project opens, no job.
    QSettings().setValue(QStringLiteral("demo/project"), QString::fromStdString(project_.file.string()));
    const int jobsBefore = static_cast<int>(w.jobs()->jobIds().size());
    QTest::mouseClick(demo, Qt::LeftButton);
    QVERIFY(w.project()->isOpen());
    QCOMPARE(QString::fromStdString(w.project()->path()), QString::fromStdString(project_.file.string()));
    QCOMPARE(static_cast<int>(w.jobs()->jobIds().size()), jobsBefore);
    QVERIFY(!w.startPageShown());
    w.closeProject();
    QSettings().remove(QStringLiteral("demo/project"));
  }

  void forecastFromTheMenuOpensInTheReview() {
    MainWindow& w = bench_->window();
    FineTuneDialog* ft = bench_->training().showFineTuneDialog();
    QVERIFY(ft);
    ft->nameEdit()->setText("forecaster");
    ft->clipSetBox()->setCurrentIndex(ft->clipSetBox()->findData(static_cast<qint64>(project_.humanSet)));
    ft->framesBox()->setValue(4);
    ft->sizeBox()->setValue(32);
    ft->epochsBox()->setValue(2);
    ft->batchBox()->setValue(4);
    ft->deviceBox()->setCurrentIndex(ft->deviceBox()->findData("cpu"));
    QVERIFY2(ft->problem().isEmpty(), qPrintable(ft->problem()));
    ft->accept();
    JobQueue& queue = bench_->training().queue();
    QTRY_VERIFY_WITH_TIMEOUT(!queue.isBusy(), kJobTimeout);
    const JobInfo* trained = queue.job(queue.jobIds().back());
    QVERIFY2(trained->state == JobState::Succeeded, qPrintable(trained->error));

    ForecastDialog* fd = bench_->training().showForecastDialog();
    QVERIFY(fd);
    fd->modelBox()->setCurrentIndex(fd->modelBox()->findText("forecaster", Qt::MatchStartsWith));
    QVERIFY(fd->modelBox()->currentIndex() >= 0);
    bool checked = false;
    for (int i = 0; i < fd->recordingList()->count(); ++i) {
      QListWidgetItem* item = fd->recordingList()->item(i);
      const bool mine = item->data(Qt::UserRole).toLongLong() == project_.recordingId;
      item->setCheckState(mine ? Qt::Checked : Qt::Unchecked);
      checked = checked || mine;
    }
    QVERIFY(checked);
    fd->windowBox()->setValue(3);
    fd->strideBox()->setValue(1);
    // An untrained-looking forecaster scores near 0.5: a low threshold makes
    // sure there are alarms to review.
    fd->thresholdBox()->setValue(fd->thresholdBox()->minimum());
    QVERIFY2(fd->problem().isEmpty(), qPrintable(fd->problem()));
    fd->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!queue.isBusy(), kJobTimeout);
    const JobInfo* forecast = queue.job(queue.jobIds().back());
    QVERIFY2(forecast->state == JobState::Succeeded, qPrintable(forecast->error));
    QVERIFY(forecast->runId > 0);

    // No click: the finished forecast is in the review, on its recording.
    QTRY_COMPARE(bench_->review().runId(), forecast->runId);
    QTRY_COMPARE(w.currentRecordingId().value_or(0), project_.recordingId);
    QTRY_VERIFY(w.timeline()->probabilityLaneVisible());
    database::Database& db = w.project()->database();
    const auto stored = database::PredictionStore(db).listByRunAndRecording(forecast->runId, project_.recordingId);
    QVERIFY(!stored.empty());
    QCOMPARE(bench_->review().model()->points().size(), stored.size());
    QVERIFY(!bench_->review().model()->alarms().empty());

    // Reject the first alarm: a false alarm on record.
    bench_->review().selectAlarm(0, true);
    const qint64 frame = bench_->review().model()->alarms()[0].frame;
    QVERIFY(bench_->review().rejectAlarm());
    bool found = false;
    for (const auto& d : database::AlarmReviewStore(db).listByRunAndRecording(forecast->runId, project_.recordingId))
      found = found || (d.frame == frame && d.decision == database::AlarmDecision::Rejected);
    QVERIFY(found);
    forecastRun_ = forecast->runId;
  }

  void screenshots() {
    const QString dir = qEnvironmentVariable("PRODROME_SCREENSHOT_DIR");
    if (dir.isEmpty()) QSKIP("set PRODROME_SCREENSHOT_DIR to take screenshots");
    QVERIFY(forecastRun_ > 0);
    MainWindow& w = bench_->window();
    // A threshold inside the curve's range, so that some windows alarm and some do not.
    const auto& points = bench_->review().model()->points();
    double low = 1, high = 0;
    for (const auto& p : points) low = std::min(low, p.probability), high = std::max(high, p.probability);
    bench_->review().model()->setThreshold(low + 0.6 * (high - low));
    bench_->review().selectAlarm(0, true);
    QTest::qWait(1500);  // let the exact frame arrive
    QVERIFY(w.grab().save(dir + "/workbench_review.png"));
  }

 private:
  QTemporaryDir dir_;
  test::TrainingProject project_;
  std::unique_ptr<Workbench> bench_;
  qint64 forecastRun_ = 0;
};

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("ProdromeTests");
  QStandardPaths::setTestModeEnabled(true);
  QSettings().remove(QStringLiteral("dialogs"));  // the Train dialogs start from their defaults
  av_log_set_level(AV_LOG_QUIET);  // the synthetic project's encoder is chatty
  WorkbenchTest test;
  return QTest::qExec(&test, argc, argv);
}

#include "WorkbenchTest.moc"
