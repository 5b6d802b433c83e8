// The queue alone, with work that waits on flags (no timing): one job at a
// time in order within a lane, file jobs beside a compute job, cancel of
// queued and running jobs, failures, every step delivered to the charts in
// batches.

#include "ui/jobs/JobQueue.h"

#include "core/Error.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace prodrome::ui;

namespace {

// Work that runs until released (or cancelled), counting how many run at once.
struct Gate {
  std::atomic<bool> open{false};
  std::atomic<int> active{0};
  std::atomic<int> maxActive{0};
  std::atomic<int> started{0};

  JobWork work(qint64 runId, int steps = 0) {
    return [this, runId, steps](JobReporter& r) {
      const int now = ++active;
      int seen = maxActive.load();
      while (now > seen && !maxActive.compare_exchange_weak(seen, now)) {
      }
      ++started;
      for (int s = 1; s <= steps; ++s) r.step(s, steps, 1.0 / s, 1e-4, 10, steps - s);
      while (!open && !r.cancelRequested()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
      --active;
      if (r.cancelRequested()) throw prodrome::core::Cancelled();
      JobOutcome o;
      o.runId = runId;
      return o;
    };
  }
};

}  // namespace

class JobQueueTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void runsJobsOneAfterAnotherInOrder() {
    JobQueue queue;
    Gate a, b;
    QSignalSpy started(&queue, &JobQueue::jobStarted);
    const int first = queue.enqueue(JobKind::Pretrain, "a", a.work(11));
    const int second = queue.enqueue(JobKind::FineTune, "b", b.work(12));
    QVERIFY(queue.job(first)->state == JobState::Running);
    QVERIFY(queue.job(second)->state == JobState::Queued);
    QTRY_VERIFY_WITH_TIMEOUT(a.started == 1, 10000);
    QVERIFY(queue.isBusy());
    QCOMPARE(b.started.load(), 0);  // waits while the first one runs
    a.open = true;
    QTRY_VERIFY_WITH_TIMEOUT(queue.job(second)->state == JobState::Running, 10000);
    QVERIFY(queue.job(first)->state == JobState::Succeeded);
    QCOMPARE(queue.job(first)->runId, qint64{11});
    b.open = true;
    QTRY_VERIFY_WITH_TIMEOUT(!queue.isBusy(), 10000);
    QVERIFY(queue.job(second)->state == JobState::Succeeded);
    QCOMPARE(a.maxActive.load() + b.maxActive.load(), 2);
    QCOMPARE(started.count(), 2);
    QCOMPARE(started.at(0).at(0).toInt(), first);
  }

  // An import must not wait behind an hour of pre-training, and two file
  // jobs still run one after another (issue 13 §3).
  void fileJobsRunBesideComputeJobsAndInOrder() {
    JobQueue queue;
    Gate training, import, exportJob;
    QSignalSpy idle(&queue, &JobQueue::idle);
    const int t = queue.enqueue(JobKind::Pretrain, "train", training.work(1));
    const int i = queue.enqueue(JobKind::ImportData, "import", import.work(0), "p.prodrome");
    const int e = queue.enqueue(JobKind::ExportData, "export", exportJob.work(0));
    QVERIFY(laneOf(JobKind::AddRecordings) == JobLane::Files);
    QVERIFY(laneOf(JobKind::ExportModel) == JobLane::Compute);
    QCOMPARE(queue.job(i)->project, QStringLiteral("p.prodrome"));
    QTRY_VERIFY_WITH_TIMEOUT(training.started == 1 && import.started == 1, 10000);
    QCOMPARE(queue.runningJob(JobLane::Compute).value_or(0), t);
    QCOMPARE(queue.runningJob(JobLane::Files).value_or(0), i);
    QVERIFY(queue.job(e)->state == JobState::Queued);  // behind the import, not beside it
    import.open = true;
    QTRY_VERIFY_WITH_TIMEOUT(queue.job(e)->state == JobState::Running, 10000);
    QVERIFY(queue.job(i)->state == JobState::Succeeded);
    QVERIFY(queue.job(t)->state == JobState::Running);  // training went on all along
    exportJob.open = true;
    QTRY_VERIFY_WITH_TIMEOUT(queue.job(e)->state == JobState::Succeeded, 10000);
    QCOMPARE(idle.count(), 0);  // the compute lane still works
    QVERIFY(queue.isBusy());
    queue.cancelAll();
    QTRY_VERIFY_WITH_TIMEOUT(!queue.isBusy(), 10000);
    QVERIFY(queue.job(t)->state == JobState::Cancelled);
    QCOMPARE(idle.count(), 1);
    QCOMPARE(import.maxActive.load() + exportJob.maxActive.load(), 2);
  }

  void cancelsQueuedAndRunningJobs() {
    JobQueue queue;
    Gate a, b;
    const int first = queue.enqueue(JobKind::Pretrain, "a", a.work(1));
    const int second = queue.enqueue(JobKind::Pretrain, "b", b.work(2));
    queue.cancel(second);
    QVERIFY(queue.job(second)->state == JobState::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(a.started == 1, 10000);
    queue.cancel(first);
    QTRY_VERIFY_WITH_TIMEOUT(!queue.isBusy(), 10000);
    QVERIFY(queue.job(first)->state == JobState::Cancelled);
    QCOMPARE(b.started.load(), 0);
  }

  void failureCarriesTheMessage() {
    JobQueue queue;
    QSignalSpy finished(&queue, &JobQueue::jobFinished);
    const int id = queue.enqueue(
        JobKind::Forecast, "f", [](JobReporter&) -> JobOutcome { throw std::runtime_error("cannot open 'gone.mp4'"); });
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 10000);
    QVERIFY(queue.job(id)->state == JobState::Failed);
    QCOMPARE(queue.job(id)->error, QStringLiteral("cannot open 'gone.mp4'"));
  }

  void everyStepReachesTheChartsInBatches() {
    JobQueue queue;
    Gate a;
    QVector<StepPoint> received;
    int batches = 0;
    connect(&queue, &JobQueue::stepsAdded, this, [&](int, const QVector<StepPoint>& points) {
      received += points;
      ++batches;
    });
    a.open = true;
    const int id = queue.enqueue(JobKind::Pretrain, "a", a.work(3, 5000));
    QTRY_VERIFY_WITH_TIMEOUT(!queue.isBusy(), 20000);
    QCOMPARE(received.size(), 5000);
    for (int i = 0; i < received.size(); ++i) QCOMPARE(received[i].step, qint64{i + 1});
    QVERIFY(batches < 5000);  // batched, not one signal per step
    QCOMPARE(queue.job(id)->steps.size(), 5000);
    QCOMPARE(queue.job(id)->progress.step, qint64{5000});
  }

  void cancelAfterStepStopsExactlyThere() {
    JobQueue queue;
    Gate gate;  // holds the queue, so that the stop is set before the job starts
    queue.enqueue(JobKind::Pretrain, "gate", gate.work(0));
    const int id = queue.enqueue(JobKind::Pretrain, "s", [](JobReporter& r) {
      JobOutcome o;
      for (int s = 1; s <= 100; ++s) {
        if (r.cancelRequested()) {
          o.cancelled = true;
          return o;
        }
        r.step(s, 100, 1, 1, 1, 1);
      }
      return o;
    });
    queue.cancelAfterStep(id, 3);
    gate.open = true;
    QTRY_VERIFY_WITH_TIMEOUT(!queue.isBusy(), 10000);
    const JobInfo* job = queue.job(id);
    QVERIFY(job->state == JobState::Cancelled);
    QCOMPARE(job->progress.step, qint64{3});
    QCOMPARE(job->steps.size(), 3);
  }
};

std::unique_ptr<QObject> makeJobQueueTest() { return std::make_unique<JobQueueTest>(); }

#include "JobQueueTest.moc"
