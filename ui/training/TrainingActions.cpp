#include "ui/training/TrainingActions.h"

#include "core/runs/FineTuneConfig.h"
#include "core/runs/FineTuneMetrics.h"
#include "core/runs/ModelFiles.h"
#include "core/runs/PretrainConfig.h"
#include "core/runs/PretrainMetrics.h"
#include "core/runs/ProbeCurve.h"
#include "core/runs/RunLock.h"
#include "database/Database.h"
#include "database/RunStore.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/jobs/JobFailureBox.h"
#include "ui/training/FineTuneDialog.h"
#include "ui/training/ForecastDialog.h"
#include "ui/training/ModelTransferDialogs.h"
#include "ui/training/ModelView.h"
#include "ui/training/PretrainDialog.h"
#include "ui/training/RunView.h"

#include <QAction>

#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace prodrome::ui {

namespace {

template <typename Dialog>
Dialog* openDialog(Dialog* dialog) {
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
  dialog->raise();
  return dialog;
}

// A Train dialog reads the open project's rows: it goes when that project does.
template <typename Dialog>
Dialog* openProjectDialog(Dialog* dialog, ProjectSession* project) {
  QObject::connect(project, &ProjectSession::closed, dialog, &QDialog::reject);
  QObject::connect(project, &ProjectSession::opened, dialog, &QDialog::reject);
  return openDialog(dialog);
}

}  // namespace

TrainingActions::TrainingActions(MainWindow& window)
    : QObject(&window), window_(window), queue_(*window.jobs()), dock_(window.jobDock()) {
  QMenu* train = window.trainMenu();
  projectActions_ << train->addAction(tr("Continual &Pre-training…"), this, [this] { showPretrainDialog(); });
  projectActions_ << train->addAction(tr("&Forecasting Fine-tune…"), this, [this] { showFineTuneDialog(); });
  projectActions_ << train->addAction(tr("Run &Forecast…"), this, [this] { showForecastDialog(); });
  train->addSeparator();
  train->addAction(dock_->toggleViewAction());

  QMenu* model = window.modelMenu();
  projectActions_ << model->addAction(tr("&Import HF VideoMAE…"), this, [this] {
    if (!window_.project()->isOpen()) return;
    if (const auto request = askModelImport(&window_, window_.project()->database())) startImport(*request);
  });
  projectActions_ << model->addAction(tr("&Export…"), this, [this] {
    if (!window_.project()->isOpen()) return;
    if (const auto request = askModelExport(&window_, window_.project()->database())) startExport(*request);
  });

  ProjectSession* project = window.project();
  connect(project, &ProjectSession::opened, this, [this] {
    updateActions();
    refreshResumable();
  });
  connect(project, &ProjectSession::closed, this, [this] {
    updateActions();
    refreshResumable();
  });
  connect(project, &ProjectSession::changed, this, &TrainingActions::refreshResumable);
  connect(&window, &MainWindow::runActivated, this, [this](qint64 id) { showRun(id); });
  connect(&window, &MainWindow::modelActivated, this, [this](qint64 id) { showModel(id); });

  // A new run row (or a resumed one turning "running"): the tree lists it now.
  connect(&queue_, &JobQueue::runCreated, this, [this](int jobId) {
    if (ofOpenProject(jobId)) window_.project()->notifyChanged();
  });
  connect(&queue_, &JobQueue::jobFinished, this, &TrainingActions::onJobFinished);
  connect(&queue_, &JobQueue::idle, this, [this] {
    if (!closeWhenIdle_) return;
    closeWhenIdle_ = false;
    // Not from inside this signal: the queue may be reporting from the close event itself.
    QTimer::singleShot(0, &window_, &QWidget::close);
  });
  connect(dock_, &JobDock::resumeRequested, this, [this](qint64 id) { resume(id); });
  connect(dock_, &JobDock::runViewRequested, this, [this](qint64 id) { showRun(id); });

  window.addCloseGuard([self = QPointer<TrainingActions>(this)] { return !self || self->allowClose(); });
  updateActions();
  refreshResumable();
}

// The window's queue finishes or cancels the jobs started here when the window goes.
TrainingActions::~TrainingActions() = default;

QDockWidget* TrainingActions::jobDock() const { return dock_; }

RunView* TrainingActions::lastRunView() const { return lastRunView_; }

void TrainingActions::updateActions() {
  const bool open = window_.project()->isOpen();
  for (QAction* a : projectActions_) a->setEnabled(open);
}

PretrainDialog* TrainingActions::showPretrainDialog() {
  if (!window_.project()->isOpen()) return nullptr;
  auto* dialog = openProjectDialog(new PretrainDialog(window_.project()->database(), &window_), window_.project());
  connect(dialog, &QDialog::accepted, this, [this, dialog] {
    start({JobKind::Pretrain, dialog->config().toJson(), 0});
  });
  return dialog;
}

FineTuneDialog* TrainingActions::showFineTuneDialog() {
  if (!window_.project()->isOpen()) return nullptr;
  auto* dialog = openProjectDialog(new FineTuneDialog(window_.project()->database(), &window_), window_.project());
  connect(dialog, &QDialog::accepted, this, [this, dialog] { start(dialog->request()); });
  return dialog;
}

ForecastDialog* TrainingActions::showForecastDialog() {
  if (!window_.project()->isOpen()) return nullptr;
  auto* dialog = openProjectDialog(new ForecastDialog(window_.project()->database(), &window_), window_.project());
  connect(dialog, &QDialog::accepted, this, [this, dialog] { start(dialog->request()); });
  return dialog;
}

int TrainingActions::start(const JobRequest& request) {
  if (!window_.project()->isOpen()) return 0;
  const std::string project = window_.project()->path();
  return queue_.enqueue(request.kind, jobTitle(request, &window_.project()->database()), pipelineWork(request, project),
                        QString::fromStdString(project), request.resumeRunId);
}

bool TrainingActions::ofOpenProject(int jobId) const {
  if (!window_.project()->isOpen()) return false;
  const JobInfo* job = queue_.job(jobId);
  return !job || job->project.isEmpty() || job->project == QString::fromStdString(window_.project()->path());
}

int TrainingActions::resume(qint64 runId) {
  if (!window_.project()->isOpen()) return 0;
  const auto run = database::RunStore(window_.project()->database()).find(runId);
  if (!run || (run->kind != database::RunKind::Pretrain && run->kind != database::RunKind::Finetune)) return 0;
  JobRequest request;
  request.kind = run->kind == database::RunKind::Pretrain ? JobKind::Pretrain : JobKind::FineTune;
  request.resumeRunId = runId;
  const int id = start(request);
  refreshResumable();
  return id;
}

int TrainingActions::startImport(const core::ModelImport& request) {
  JobRequest r{JobKind::ImportModel, request.toJson(), 0};
  return start(r);
}

int TrainingActions::startExport(const core::ModelExport& request) {
  JobRequest r{JobKind::ExportModel, request.toJson(), 0};
  return start(r);
}

RunView* TrainingActions::showRun(qint64 runId) {
  if (!window_.project()->isOpen()) return nullptr;
  const auto run = database::RunStore(window_.project()->database()).find(runId);
  if (!run || run->kind == database::RunKind::Forecast) return nullptr;
  // A pre-training run shows the curves of the few-shot runs that probed its snapshots.
  const auto curves = run->kind == database::RunKind::Pretrain
                          ? core::storedProbeCurves(database::RunStore(window_.project()->database()).list(), runId)
                          : std::vector<std::vector<core::StoredProbe>>{};
  // ... and where the snapshots it kept are now (unreadable metrics list none).
  const auto snapshots =
      run->kind == database::RunKind::Pretrain
          ? core::keptSnapshotFiles(core::PretrainMetrics::fromJson(
                                        QJsonDocument::fromJson(QByteArray::fromStdString(run->metrics)).object()),
                                    std::filesystem::absolute(window_.project()->database().path()), runId)
          : std::vector<core::SnapshotFile>{};
  const bool interrupted = core::isInterrupted(window_.project()->database(), *run);
  auto* view = openProjectDialog(new RunView(*run, &window_, curves, snapshots, interrupted), window_.project());
  lastRunView_ = view;
  return view;
}

ModelView* TrainingActions::showModel(qint64 modelId) {
  if (!window_.project()->isOpen()) return nullptr;
  return openProjectDialog(new ModelView(window_.project()->database(), modelId, &window_), window_.project());
}

QVector<ResumableRun> TrainingActions::resumableRuns() const {
  QVector<ResumableRun> out;
  if (!window_.project()->isOpen()) return out;
  for (const auto& r : database::RunStore(window_.project()->database()).list()) {
    // Few-shot evaluations are not resumable (runFewShot keeps no checkpoint); a run of the other kinds is.
    const bool pretrain = r.kind == database::RunKind::Pretrain;
    const QJsonObject runConfig = QJsonDocument::fromJson(QByteArray::fromStdString(r.config)).object();
    if (!pretrain && !(r.kind == database::RunKind::Finetune && runConfig.contains("finetune"))) continue;
    if (r.status != database::RunStatus::Cancelled && r.status != database::RunStatus::Running) continue;
    // A running run is resumable only once its process has ended: one that a
    // job here or another process (a headless `prodrome pretrain`) still runs
    // is not offered, and its lock would refuse the resume anyway.
    const bool interrupted = core::isInterrupted(window_.project()->database(), r);
    if (r.status == database::RunStatus::Running && !interrupted) continue;
    if (ownsOpenRun(r.id)) continue;
    // The stored configs, read by their own types: a run whose config no
    // longer reads is not resumable (RunRecord::resumableJob refuses it too).
    const QJsonObject config = runConfig.value(pretrain ? "pretrain" : "finetune").toObject();
    QString name;
    std::int64_t planned = 0;
    try {
      if (pretrain) {
        const auto c = core::PretrainConfig::fromJson(config);
        name = QString::fromStdString(c.modelName);
        planned = c.steps;
      } else {
        const auto c = core::FineTuneConfig::fromJson(config);
        name = QString::fromStdString(c.modelName);
        planned = c.settings.epochs;
      }
    } catch (const std::exception&) {
      continue;
    }
    const QJsonObject metrics = QJsonDocument::fromJson(QByteArray::fromStdString(r.metrics)).object();
    const QString what = pretrain ? tr("pre-training") : tr("fine-tuning");
    QString text;
    if (interrupted)
      text = tr("Run %1 · %2 %3 · interrupted (left running)").arg(r.id).arg(what, name);
    else if (pretrain)
      text = tr("Run %1 · %2 %3 · cancelled at step %4/%5")
                 .arg(r.id)
                 .arg(what, name)
                 .arg(core::PretrainMetrics::fromJson(metrics).stepsDone)
                 .arg(planned);
    else
      text = tr("Run %1 · %2 %3 · cancelled after %4/%5 epochs")
                 .arg(r.id)
                 .arg(what, name)
                 .arg(core::FineTuneMetrics::fromJson(metrics).trainLoss.size())
                 .arg(planned);
    out.push_back({r.id, text});
  }
  return out;
}

bool TrainingActions::ownsOpenRun(qint64 runId) const {
  for (int id : queue_.jobIds()) {
    const JobInfo* job = queue_.job(id);
    const bool active = job->state == JobState::Queued || job->state == JobState::Running;
    if (active && (job->runId == runId || job->resumedRunId == runId) && ofOpenProject(id)) return true;
  }
  return false;
}

void TrainingActions::refreshResumable() { dock_->setResumableRuns(resumableRuns()); }

void TrainingActions::onJobFinished(int jobId) {
  const JobInfo* job = queue_.job(jobId);
  if (!job || laneOf(job->kind) != JobLane::Compute) return;
  if (job->state == JobState::Failed) {
    lastError_ = job->error;
    showJobFailure(&window_, *job);
  }
  // A job keeps running on its project when another one is opened; its run
  // ids mean nothing in the project now open.
  if (!ofOpenProject(jobId)) return;
  // The job's rows (run status, a new model) are committed by now.
  window_.project()->notifyChanged();
  refreshResumable();
  if (job->state == JobState::Failed) return;
  if (job->state != JobState::Succeeded) {
    if (job->state == JobState::Cancelled) window_.statusBar()->showMessage(tr("%1: cancelled").arg(job->title), 8000);
    return;
  }
  if (!job->outcome.summary.isEmpty()) window_.statusBar()->showMessage(job->outcome.summary, 15000);
  if (job->kind == JobKind::Forecast) {
    Q_EMIT forecastFinished(job->outcome.runId);
  } else if (job->outcome.runId != 0 && !closeWhenIdle_) {
    showRun(job->outcome.runId);
  }
}

bool TrainingActions::allowClose() {
  if (!queue_.isBusy()) return true;
  QuitAnswer answer = QuitAnswer::KeepRunning;
  if (quitQuestion_) {
    answer = quitQuestion_();
  } else {
    QMessageBox box(QMessageBox::Question, tr("Quit Prodrome"),
                    tr("A job is running. Cancel it and quit? A cancelled pre-training keeps its checkpoint "
                       "and can be resumed later."),
                    QMessageBox::NoButton, &window_);
    QPushButton* quit = box.addButton(tr("Cancel Job and Quit"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep Running"), QMessageBox::RejectRole);
    box.exec();
    answer = box.clickedButton() == quit ? QuitAnswer::CancelAndQuit : QuitAnswer::KeepRunning;
  }
  if (answer == QuitAnswer::KeepRunning) return false;
  // The window closes once the job has stopped at a step boundary and saved its checkpoint.
  closeWhenIdle_ = true;
  queue_.cancelAll();
  window_.statusBar()->showMessage(tr("Stopping the job; the window closes when it has saved its checkpoint…"));
  return false;
}

}  // namespace prodrome::ui
