#pragma once
// Training, fine-tuning, forecasting and model import/export jobs, queued and
// run one after another on a worker thread of their own, so that two jobs
// never compete for the cores (and a job keeps running when the dialog that
// started it closes).
//
// A job's work runs on the worker and reports through its JobReporter, which
// only stores the numbers under a mutex. The queue, living on the GUI thread,
// collects them on a timer (kPollMilliseconds), so that however fast a job
// steps, the GUI thread sees at most 20 progress signals per second while the
// charts still receive every step's loss, batched.
//
// All public methods are for the GUI thread only.

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QVector>

#include <atomic>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>

class QThread;
class QTimer;

namespace prodrome::ui {

enum class JobKind { Pretrain, FineTune, FewShot, Forecast, ImportModel, ExportModel };
enum class JobState { Queued, Running, Succeeded, Failed, Cancelled };

QString jobStateName(JobState state);

// One optimisation step, as the charts plot it.
struct StepPoint {
  qint64 step = 0;
  double loss = 0;
  double lr = 0;
};

// One fine-tuning epoch's validation, plotted at the step where it ended.
struct EpochPoint {
  qint64 epoch = 0;
  qint64 step = 0;
  double trainLoss = 0;
  double rocAuc = std::numeric_limits<double>::quiet_NaN();
  double balancedAccuracy = std::numeric_limits<double>::quiet_NaN();
};

// The latest numbers of a job, for the dock's row.
struct JobProgress {
  QString stage;         // "decode clips", "pre-train", ...
  double fraction = -1;  // of the stage; < 0 unknown
  QString detail;
  qint64 step = 0;
  qint64 totalSteps = 0;
  double loss = std::numeric_limits<double>::quiet_NaN();
  double lr = std::numeric_limits<double>::quiet_NaN();
  double clipsPerSecond = std::numeric_limits<double>::quiet_NaN();
  double etaSeconds = std::numeric_limits<double>::quiet_NaN();
};

// What a job's work returns when it ends normally.
struct JobOutcome {
  qint64 runId = 0;
  qint64 modelId = 0;
  bool cancelled = false;
  QString summary;  // one line for the status bar
};

// Thread-safe sink for a job's progress; the worker writes, the queue reads.
class JobReporter {
 public:
  void stage(const QString& name, double fraction, const QString& detail);
  void step(qint64 step, qint64 totalSteps, double loss, double lr, double clipsPerSecond, double etaSeconds);
  void epoch(const EpochPoint& point);  // `step` filled in from the last step seen
  void setRunId(qint64 runId);
  void setDevice(const QString& device);
  const std::atomic<bool>* cancelFlag() const { return &cancel_; }
  bool cancelRequested() const { return cancel_.load(std::memory_order_relaxed); }

 private:
  friend class JobQueue;
  std::atomic<bool> cancel_{false};
  std::atomic<qint64> cancelAfter_{0};  // > 0: cancel once this step is reported

  // ---- guarded by mutex_: written by the worker, drained by the queue ----
  std::mutex mutex_;
  JobProgress latest_;
  QVector<StepPoint> newSteps_;
  QVector<EpochPoint> newEpochs_;
  qint64 runId_ = 0;
  QString device_;
  bool dirty_ = false;
};

using JobWork = std::function<JobOutcome(JobReporter&)>;

struct JobInfo {
  int id = 0;
  JobKind kind = JobKind::Pretrain;
  QString title;
  JobState state = JobState::Queued;
  JobProgress progress;
  QVector<StepPoint> steps;  // every step so far, for the charts
  QVector<EpochPoint> epochs;
  qint64 runId = 0;
  qint64 resumedRunId = 0;  // the run a resume job continues
  QString device;
  QString error;  // of a failed job
  JobOutcome outcome;
  double seconds = 0;  // wall time from start to end
};

class JobQueue : public QObject {
  Q_OBJECT

 public:
  static constexpr int kPollMilliseconds = 50;

  explicit JobQueue(QObject* parent = nullptr);
  // Cancels what runs and waits for it: a cancelled pre-training keeps a
  // consistent checkpoint.
  ~JobQueue() override;

  // Queues `work`; it starts when every earlier job has ended. Returns the job's id.
  int enqueue(JobKind kind, const QString& title, JobWork work, qint64 resumedRunId = 0);
  // A queued job is dropped (cancelled); a running one stops at its next check.
  void cancel(int jobId);
  void cancelAll();
  // Cancels the job exactly when it reports step `step` (decided on the
  // worker, so the job stops after that step whatever the GUI thread does).
  void cancelAfterStep(int jobId, qint64 step);

  const JobInfo* job(int jobId) const;
  QVector<int> jobIds() const;  // in queue order
  std::optional<int> runningJob() const;
  bool isBusy() const;  // a job runs or waits
  // Runs that jobs of this queue work on (a resumable run among them is not offered).
  bool ownsRun(qint64 runId) const;

 Q_SIGNALS:
  void jobAdded(int jobId);
  void jobStarted(int jobId);
  // The job's latest numbers changed (at most every kPollMilliseconds).
  void progressChanged(int jobId);
  // New chart points since the last signal.
  void stepsAdded(int jobId, const QVector<prodrome::ui::StepPoint>& points);
  void epochsAdded(int jobId, const QVector<prodrome::ui::EpochPoint>& points);
  // A job's run row exists now (its id is known): views listing runs reload.
  void runCreated(int jobId, qint64 runId);
  void jobFinished(int jobId);
  void idle();  // nothing runs or waits any more

 private:
  struct Entry {
    JobInfo info;
    JobWork work;
    std::shared_ptr<JobReporter> reporter;
  };
  Entry* entry(int jobId);
  void startNext();
  void poll();
  void finishRunning(JobState state, const JobOutcome& outcome, const QString& error);

  std::vector<std::unique_ptr<Entry>> entries_;
  int nextId_ = 1;
  Entry* running_ = nullptr;
  QThread* thread_ = nullptr;
  QTimer* timer_;
  qint64 startedMs_ = 0;
};

}  // namespace prodrome::ui

Q_DECLARE_METATYPE(prodrome::ui::StepPoint)
Q_DECLARE_METATYPE(prodrome::ui::EpochPoint)
