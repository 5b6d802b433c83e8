#include "ui/jobs/JobProgressDialog.h"

#include "ui/jobs/BackgroundJob.h"

#include <QMessageBox>

#include <cmath>

namespace prodrome::ui {

JobProgressDialog::JobProgressDialog(BackgroundJob* job, QWidget* parent)
    : QProgressDialog(job->title(), tr("Cancel"), 0, 1000, parent), job_(job) {
  setWindowTitle(job->title());
  setWindowModality(Qt::WindowModal);
  setMinimumDuration(300);  // quick jobs finish without a flashing dialog
  setAutoClose(false);
  setAutoReset(false);
  setValue(0);
  job->setParent(this);
  connect(this, &QProgressDialog::canceled, job, [this, job] {
    setLabelText(tr("Cancelling…"));
    job->cancel();
  });
  connect(job, &BackgroundJob::progressChanged, this, [this](double fraction, const QString& text) {
    if (fraction < 0) {
      setMaximum(0);  // busy indicator
    } else {
      setMaximum(1000);
      setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)));
    }
    if (!text.isEmpty()) setLabelText(text);
  });
  connect(job, &BackgroundJob::failed, this, [this, job](const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, job->title(), tr("%1 failed.").arg(job->title()), QMessageBox::Ok,
                                parentWidget());
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
  });
  connect(job, &BackgroundJob::finished, this, [this] {
    close();
    deleteLater();
  });
  job->start();
}

BackgroundJob* runWithProgress(BackgroundJob* job, QWidget* parent) {
  new JobProgressDialog(job, parent);
  return job;
}

}  // namespace prodrome::ui
