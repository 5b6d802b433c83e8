#include "ui/jobs/JobFailureBox.h"

#include "ui/jobs/JobQueue.h"

#include <QMessageBox>

namespace prodrome::ui {

void showJobFailure(QWidget* parent, const JobInfo& job) {
  // Not exec(): the failure must not stop the event loop of whatever runs.
  auto* box = new QMessageBox(QMessageBox::Warning, job.title, JobQueue::tr("%1 failed.").arg(job.title),
                              QMessageBox::Ok, parent);
  box->setObjectName(QStringLiteral("jobFailureBox"));
  box->setInformativeText(job.error);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

}  // namespace prodrome::ui
