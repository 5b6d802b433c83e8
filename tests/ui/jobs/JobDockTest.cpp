// The job dock's rows: a job that fails after a stage reached its end does
// not read "100 %" (issue 16); a job that succeeds does.

#include <QProgressBar>
#include <QTableWidget>
#include <QTest>

#include <memory>
#include <stdexcept>

#include "ui/jobs/JobDock.h"
#include "ui/jobs/JobQueue.h"

using namespace prodrome::ui;

class JobDockTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void aFailedJobDoesNotReadComplete() {
    JobQueue queue;
    JobDock dock(queue);
    const int failed = queue.enqueue(JobKind::FineTune, "fails", [](JobReporter& r) -> JobOutcome {
      r.stage("decode clips", 1.0, {});  // the first stage done, the next one fails
      throw std::runtime_error("split 'train' needs both pre-ictal and normal clips");
    });
    const int succeeded = queue.enqueue(JobKind::FineTune, "succeeds", [](JobReporter& r) {
      r.stage("train", 0.5, {});
      return JobOutcome{};
    });
    QTRY_VERIFY_WITH_TIMEOUT(!queue.isBusy(), 10000);
    QVERIFY(queue.job(failed)->state == JobState::Failed);
    QVERIFY(queue.job(succeeded)->state == JobState::Succeeded);
    const auto bar = [&](int row) {
      return static_cast<QProgressBar*>(dock.table()->cellWidget(row, JobDock::kProgress));
    };
    QCOMPARE(bar(0)->text(), jobStateName(JobState::Failed));
    QVERIFY(!bar(0)->text().contains("100"));
    QCOMPARE(bar(1)->text(), QStringLiteral("100%"));
  }
};

std::unique_ptr<QObject> makeJobDockTest() { return std::make_unique<JobDockTest>(); }

#include "JobDockTest.moc"
