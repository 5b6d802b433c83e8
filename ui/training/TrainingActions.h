#pragma once
// The training part of the main window: Train ▸ Continual pre-training…,
// Forecasting fine-tune…, Run forecast…, Model ▸ Import HF VideoMAE… and
// Export…, their jobs on the window's queue (the job dock's resumable runs),
// the run view of pre-training and fine-tuning runs, and the question asked
// when the window closes with a job running.
//
// Dialogs are non-modal and hand their config to the queue when accepted;
// jobs outlive them. When a job creates or changes rows (its run at start,
// its model at the end), the project session is told on the GUI thread, so
// the project tree lists them at once.

#include "ui/jobs/JobDock.h"
#include "ui/jobs/JobQueue.h"
#include "ui/training/JobRequest.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <string>

class QAction;
class QDockWidget;

namespace prodrome::core {
struct ModelExport;
struct ModelImport;
}  // namespace prodrome::core

namespace prodrome::ui {

class FineTuneDialog;
class ForecastDialog;
class MainWindow;
class ModelView;
class PretrainDialog;
class RunView;

class TrainingActions : public QObject {
  Q_OBJECT

 public:
  enum class QuitAnswer { CancelAndQuit, KeepRunning };

  // Fills window.trainMenu() and window.modelMenu(), offers unfinished runs in the window's job dock, registers a
  // close guard, and opens the run view when window.runActivated names a pre-train or fine-tune run and the
  // model view when window.modelActivated names a model.
  explicit TrainingActions(MainWindow& window);
  ~TrainingActions() override;

  JobQueue& queue() { return queue_; }  // the window's
  QDockWidget* jobDock() const;
  JobDock* dock() const { return dock_; }

  // Open (non-modal) dialogs; null without a project.
  PretrainDialog* showPretrainDialog();
  FineTuneDialog* showFineTuneDialog();
  ForecastDialog* showForecastDialog();
  // Queue a job; returns its id (0 without a project).
  int start(const JobRequest& request);
  int resume(qint64 runId);
  int startImport(const core::ModelImport& request);
  int startExport(const core::ModelExport& request);
  // Opens the run view of a pre-training or fine-tuning run (null for others).
  RunView* showRun(qint64 runId);
  RunView* lastRunView() const;
  // Opens what a model is and stores (window.modelActivated opens it too).
  ModelView* showModel(qint64 modelId);

  // Pre-training runs left cancelled or running (by a crashed process) that
  // no job of this queue works on.
  QVector<ResumableRun> resumableRuns() const;

  // What the close guard asks when a job runs (tests answer without a message box).
  void setQuitQuestion(std::function<QuitAnswer()> question) { quitQuestion_ = std::move(question); }
  // The last error shown (a failed job's message), for tests and the status bar.
  QString lastError() const { return lastError_; }

 Q_SIGNALS:
  void forecastFinished(qint64 runId);  // a forecast run succeeded; the review part opens it

 private:
  bool allowClose();
  // The end of a compute job (training, forecasting, model import/export);
  // file jobs are ExchangeActions'.
  void onJobFinished(int jobId);
  // The job was started on the project open now (false after another was opened).
  bool ofOpenProject(int jobId) const;
  bool ownsOpenRun(qint64 runId) const;
  void refreshResumable();
  void updateActions();

  MainWindow& window_;
  JobQueue& queue_;
  JobDock* dock_;
  QList<QAction*> projectActions_;
  QPointer<RunView> lastRunView_;
  std::function<QuitAnswer()> quitQuestion_;
  bool closeWhenIdle_ = false;
  QString lastError_;
};

}  // namespace prodrome::ui
