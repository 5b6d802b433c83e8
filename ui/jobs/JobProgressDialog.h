#pragma once
// The Widgets face of a BackgroundJob: a window-modal progress dialog with a
// Cancel button, and a warning box naming the job and the cause when it
// fails. Neither blocks the event loop (open(), not exec()).

#include <QProgressDialog>

namespace prodrome::ui {

class BackgroundJob;

class JobProgressDialog : public QProgressDialog {
  Q_OBJECT

 public:
  // Takes ownership of `job` and starts it; the dialog deletes itself (and
  // the job) when the job has finished.
  JobProgressDialog(BackgroundJob* job, QWidget* parent);

  BackgroundJob* job() const { return job_; }

 private:
  BackgroundJob* job_;
};

// Starts `job` under a JobProgressDialog; returns the job for connecting to
// its outcome signals (connect before returning to the event loop).
BackgroundJob* runWithProgress(BackgroundJob* job, QWidget* parent);

}  // namespace prodrome::ui
