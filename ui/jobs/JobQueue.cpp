#include "ui/jobs/JobQueue.h"

#include "core/Error.h"

#include <QDateTime>
#include <QMetaObject>
#include <QThread>
#include <QTimer>

namespace prodrome::ui {

QString jobStateName(JobState state) {
  switch (state) {
    case JobState::Queued:
      return JobQueue::tr("queued");
    case JobState::Running:
      return JobQueue::tr("running");
    case JobState::Succeeded:
      return JobQueue::tr("succeeded");
    case JobState::Failed:
      return JobQueue::tr("failed");
    case JobState::Cancelled:
      return JobQueue::tr("cancelled");
  }
  return {};
}

JobLane laneOf(JobKind kind) {
  switch (kind) {
    case JobKind::ImportData:
    case JobKind::ExportData:
    case JobKind::AddRecordings:
    case JobKind::RelinkRecordings:
      return JobLane::Files;
    default:
      return JobLane::Compute;
  }
}

void JobReporter::stage(const QString& name, double fraction, const QString& detail) {
  std::lock_guard lock(mutex_);
  latest_.stage = name;
  latest_.fraction = fraction;
  latest_.detail = detail;
  dirty_ = true;
}

void JobReporter::step(qint64 step, qint64 totalSteps, double loss, double lr, double clipsPerSecond,
                       double etaSeconds) {
  std::lock_guard lock(mutex_);
  latest_.step = step;
  latest_.totalSteps = totalSteps;
  latest_.loss = loss;
  latest_.lr = lr;
  latest_.clipsPerSecond = clipsPerSecond;
  latest_.etaSeconds = etaSeconds;
  newSteps_.push_back({step, loss, lr});
  dirty_ = true;
  const qint64 stop = cancelAfter_.load();
  if (stop > 0 && step >= stop) cancel_ = true;
}

void JobReporter::epoch(const EpochPoint& point) {
  std::lock_guard lock(mutex_);
  EpochPoint p = point;
  p.step = latest_.step;
  newEpochs_.push_back(p);
  dirty_ = true;
}

void JobReporter::setRunId(qint64 runId) {
  std::lock_guard lock(mutex_);
  runId_ = runId;
  dirty_ = true;
}

void JobReporter::setDevice(const QString& device) {
  std::lock_guard lock(mutex_);
  device_ = device;
  dirty_ = true;
}

JobQueue::JobQueue(QObject* parent) : QObject(parent), timer_(new QTimer(this)) {
  qRegisterMetaType<StepPoint>();
  qRegisterMetaType<EpochPoint>();
  timer_->setInterval(kPollMilliseconds);
  connect(timer_, &QTimer::timeout, this, &JobQueue::poll);
}

JobQueue::~JobQueue() {
  for (auto& w : workers_)
    if (w.thread) w.running->reporter->cancel_ = true;
  for (auto& w : workers_) {
    if (!w.thread) continue;
    w.thread->wait();
    delete w.thread;
  }
}

int JobQueue::enqueue(JobKind kind, const QString& title, JobWork work, const QString& project, qint64 resumedRunId) {
  auto e = std::make_unique<Entry>();
  e->info.id = nextId_++;
  e->info.kind = kind;
  e->info.title = title;
  e->info.project = project;
  e->info.resumedRunId = resumedRunId;
  e->info.runId = resumedRunId;
  e->work = std::move(work);
  e->reporter = std::make_shared<JobReporter>();
  const int id = e->info.id;
  entries_.push_back(std::move(e));
  Q_EMIT jobAdded(id);
  const JobLane lane = laneOf(kind);
  if (!workers_[static_cast<int>(lane)].running) startNext(lane);
  return id;
}

JobQueue::Entry* JobQueue::entry(int jobId) {
  for (auto& e : entries_)
    if (e->info.id == jobId) return e.get();
  return nullptr;
}

const JobInfo* JobQueue::job(int jobId) const {
  for (const auto& e : entries_)
    if (e->info.id == jobId) return &e->info;
  return nullptr;
}

QVector<int> JobQueue::jobIds() const {
  QVector<int> ids;
  for (const auto& e : entries_) ids.push_back(e->info.id);
  return ids;
}

std::optional<int> JobQueue::runningJob(JobLane lane) const {
  const Entry* running = workers_[static_cast<int>(lane)].running;
  if (!running) return std::nullopt;
  return running->info.id;
}

bool JobQueue::isBusy() const {
  for (const auto& e : entries_)
    if (e->info.state == JobState::Queued || e->info.state == JobState::Running) return true;
  return false;
}

bool JobQueue::ownsRun(qint64 runId) const {
  for (const auto& e : entries_) {
    const bool active = e->info.state == JobState::Queued || e->info.state == JobState::Running;
    if (active && (e->info.runId == runId || e->info.resumedRunId == runId)) return true;
  }
  return false;
}

void JobQueue::cancel(int jobId) {
  Entry* e = entry(jobId);
  if (!e) return;
  if (e->info.state == JobState::Queued) {
    e->info.state = JobState::Cancelled;
    e->work = {};
    Q_EMIT progressChanged(jobId);
    Q_EMIT jobFinished(jobId);
    if (!isBusy()) Q_EMIT idle();
  } else if (e->info.state == JobState::Running) {
    e->reporter->cancel_ = true;
  }
}

void JobQueue::cancelAfterStep(int jobId, qint64 step) {
  if (Entry* e = entry(jobId)) e->reporter->cancelAfter_ = step;
}

void JobQueue::cancelAll() {
  // Queued ones first, so that a running one's end starts nothing new.
  for (const auto& id : jobIds())
    if (job(id)->state == JobState::Queued) cancel(id);
  for (auto& w : workers_)
    if (w.running) cancel(w.running->info.id);
}

void JobQueue::startNext(JobLane lane) {
  Worker& worker = workers_[static_cast<int>(lane)];
  for (auto& e : entries_) {
    if (e->info.state != JobState::Queued || laneOf(e->info.kind) != lane) continue;
    worker.running = e.get();
    worker.running->info.state = JobState::Running;
    worker.startedMs = QDateTime::currentMSecsSinceEpoch();
    auto reporter = worker.running->reporter;
    auto work = std::move(worker.running->work);
    worker.thread = QThread::create([this, lane, reporter, work = std::move(work)] {
      JobState state = JobState::Succeeded;
      JobOutcome outcome;
      QString error;
      try {
        outcome = work(*reporter);
        if (outcome.cancelled) state = JobState::Cancelled;
      } catch (const core::Cancelled&) {
        state = JobState::Cancelled;
      } catch (const std::exception& ex) {
        state = JobState::Failed;
        error = QString::fromStdString(core::messageOf(ex));
      } catch (...) {
        state = JobState::Failed;
        error = tr("unknown error");
      }
      QMetaObject::invokeMethod(
          this, [this, lane, state, outcome, error] { finishRunning(lane, state, outcome, error); },
          Qt::QueuedConnection);
    });
    worker.thread->setObjectName(lane == JobLane::Compute ? QStringLiteral("compute job") : QStringLiteral("file job"));
    worker.thread->start();
    timer_->start();
    Q_EMIT jobStarted(worker.running->info.id);
    Q_EMIT progressChanged(worker.running->info.id);
    return;
  }
  if (!workers_[0].running && !workers_[1].running) timer_->stop();
  if (!isBusy()) Q_EMIT idle();
}

void JobQueue::poll() {
  for (auto& w : workers_)
    if (w.running) pollWorker(w);
}

void JobQueue::pollWorker(Worker& worker) {
  JobInfo& info = worker.running->info;
  QVector<StepPoint> steps;
  QVector<EpochPoint> epochs;
  qint64 runId = 0;
  {
    JobReporter& r = *worker.running->reporter;
    std::lock_guard lock(r.mutex_);
    if (!r.dirty_) return;
    r.dirty_ = false;
    info.progress = r.latest_;
    steps.swap(r.newSteps_);
    epochs.swap(r.newEpochs_);
    runId = r.runId_;
    if (!r.device_.isEmpty()) info.device = r.device_;
  }
  const int id = info.id;
  const bool newRun = runId != 0 && info.runId != runId;
  if (runId != 0) info.runId = runId;
  info.steps += steps;
  info.epochs += epochs;
  if (newRun) Q_EMIT runCreated(id, runId);
  if (!steps.isEmpty()) Q_EMIT stepsAdded(id, steps);
  if (!epochs.isEmpty()) Q_EMIT epochsAdded(id, epochs);
  Q_EMIT progressChanged(id);
}

void JobQueue::finishRunning(JobLane lane, JobState state, const JobOutcome& outcome, const QString& error) {
  Worker& worker = workers_[static_cast<int>(lane)];
  worker.thread->wait();
  delete worker.thread;
  worker.thread = nullptr;
  pollWorker(worker);  // the last steps, before the job is marked ended
  JobInfo& info = worker.running->info;
  info.state = state;
  info.outcome = outcome;
  info.error = error;
  info.seconds = (QDateTime::currentMSecsSinceEpoch() - worker.startedMs) / 1000.0;
  if (outcome.runId != 0 && info.runId != outcome.runId) {
    info.runId = outcome.runId;
    Q_EMIT runCreated(info.id, outcome.runId);
  }
  const int id = info.id;
  worker.running = nullptr;
  Q_EMIT progressChanged(id);
  Q_EMIT jobFinished(id);
  startNext(lane);
}

}  // namespace prodrome::ui
