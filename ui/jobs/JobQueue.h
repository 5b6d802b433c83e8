#pragma once
// The one queue of the GUI's long work: training, fine-tuning, forecasting
// and model import/export, and the file jobs (imports, exports, adding and
// indexing recordings). A job keeps running when the dialog that started it
// closes; the job dock (ui/jobs/JobDock) shows every one of them.
//
// Jobs run on two workers (JobLane): compute jobs one after another, so that
// two never compete for the cores, and file jobs one after another beside
// them, so that a short import never waits behind an hour of pre-training.
// Either stops the same way, by core::Cancelled (core/Progress.h).
//
// A job's work runs on the worker and reports through its JobReporter, which
// only stores the numbers under a mutex. The queue, living on the GUI thread,
// collects them on a timer (kPollMilliseconds), so that however fast a job
// steps, the GUI thread sees at most 20 progress signals per second while the
// charts still receive every step's loss, batched.
//
// All public methods are for the GUI thread only.

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QVector>

#include <array>
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

enum class JobKind {
  Pretrain, FineTune, FewShot, Forecast, ImportModel, ExportModel, Demo,  // compute
  ImportData, ExportData, AddRecordings, RelinkRecordings,           // files
};
enum class JobState { Queued, Running, Succeeded, Failed, Cancelled };
// Model import/export is compute work: it holds a whole model in LibTorch.
enum class JobLane { Compute, Files };
inline constexpr int kJobLanes = 2;
JobLane laneOf(JobKind kind);

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
  QString summary;          // one line for the status bar
  QString warning;          // what the user must read, not miss in the status bar: shown in a box
  QList<qint64> addedRows;  // rows a file job added or re-linked (the recordings of an add or a re-link)
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
  QString project;  // the project file the job works on (empty: none)
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

  // Queues `work`; it starts when every earlier job of its lane has ended.
  // `project`: the project file it works on (JobInfo::project). Returns the job's id.
  int enqueue(JobKind kind, const QString& title, JobWork work, const QString& project = {}, qint64 resumedRunId = 0);
  // A queued job is dropped (cancelled); a running one stops at its next check.
  void cancel(int jobId);
  void cancelAll();
  // Cancels the job exactly when it reports step `step` (decided on the
  // worker, so the job stops after that step whatever the GUI thread does).
  void cancelAfterStep(int jobId, qint64 step);

  const JobInfo* job(int jobId) const;
  QVector<int> jobIds() const;  // in queue order
  std::optional<int> runningJob(JobLane lane) const;
  bool isBusy() const;  // a job runs or waits, in any lane
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
  void idle();  // nothing runs or waits any more, in any lane

 private:
  struct Entry {
    JobInfo info;
    JobWork work;
    std::shared_ptr<JobReporter> reporter;
  };
  // One lane's worker: the job it runs and its thread.
  struct Worker {
    Entry* running = nullptr;
    QThread* thread = nullptr;
    qint64 startedMs = 0;
  };
  Entry* entry(int jobId);
  void startNext(JobLane lane);
  void poll();
  void pollWorker(Worker& worker);
  void finishRunning(JobLane lane, JobState state, const JobOutcome& outcome, const QString& error);

  std::vector<std::unique_ptr<Entry>> entries_;
  int nextId_ = 1;
  std::array<Worker, kJobLanes> workers_{};
  QTimer* timer_;
};

}  // namespace prodrome::ui

Q_DECLARE_METATYPE(prodrome::ui::StepPoint)
Q_DECLARE_METATYPE(prodrome::ui::EpochPoint)
