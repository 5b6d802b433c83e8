#pragma once
// The job dock: every job of the window's one queue (training, forecasts,
// imports, exports, adding recordings) with its state, stage ("decode
// clips", "pre-train", ...), progress bar, step, loss, throughput, ETA and
// device; Cancel for the selected job; the live chart of the selected (by
// default the running) job; and the pre-training runs that a crash or a
// cancel left unfinished, each resumable from its last checkpoint.
//
// It reads the queue only; the runs offered for resuming are given to it
// (setResumableRuns), so it never touches the database.

#include "ui/jobs/JobQueue.h"

#include <QDockWidget>

class QListWidget;
class QPushButton;
class QTableWidget;

namespace prodrome::ui {

class TrainingChart;

struct ResumableRun {
  qint64 runId = 0;
  QString text;  // "Run 4 · enc · cancelled at step 3/6"
};

class JobDock : public QDockWidget {
  Q_OBJECT

 public:
  enum Column { kTitle, kState, kStage, kProgress, kStep, kLoss, kThroughput, kEta, kDevice, kColumns };

  JobDock(JobQueue& queue, QWidget* parent = nullptr);

  void setResumableRuns(const QVector<ResumableRun>& runs);
  // The user closed the dock (its close button, or View ▸ Jobs unticked):
  // new jobs then leave it closed (issue 16 §7); opening it again clears this.
  bool closedByUser() const { return closedByUser_; }
  void selectJob(int jobId);
  std::optional<int> selectedJob() const;

  QTableWidget* table() const { return table_; }
  QListWidget* resumableList() const { return resumable_; }
  QPushButton* cancelButton() const { return cancel_; }
  QPushButton* resumeButton() const { return resume_; }
  TrainingChart* chart() const { return chart_; }

 Q_SIGNALS:
  void resumeRequested(qint64 runId);
  void runViewRequested(qint64 runId);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  int rowOf(int jobId) const;
  void addRow(int jobId);
  void updateRow(int jobId);
  void showSelected();
  void updateButtons();

  JobQueue& queue_;
  QTableWidget* table_;
  TrainingChart* chart_;
  QPushButton* cancel_;
  QListWidget* resumable_;
  QPushButton* resume_;
  int chartJob_ = 0;
  bool closedByUser_ = false;
};

}  // namespace prodrome::ui
