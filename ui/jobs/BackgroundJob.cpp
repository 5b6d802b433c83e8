#include "ui/jobs/BackgroundJob.h"

#include "core/Progress.h"

#include <QMetaObject>
#include <QThread>

namespace prodrome::ui {

namespace {
enum Outcome { kSucceeded, kFailed, kCancelled };
}

void JobContext::progress(double fraction, const QString& text) {
  // Queued: the job object lives on the GUI thread.
  QMetaObject::invokeMethod(
      job_, [job = job_, fraction, text] { Q_EMIT job->progressChanged(fraction, text); }, Qt::QueuedConnection);
}

void JobContext::throwIfCancelled() const {
  core::throwIfCancelled(&cancel_);
}

BackgroundJob::BackgroundJob(QString title, Work work, QObject* parent)
    : QObject(parent), title_(std::move(title)), work_(std::move(work)), context_(new JobContext(this)) {}

BackgroundJob::~BackgroundJob() {
  if (thread_) {
    context_->cancel_ = true;
    thread_->wait();
    delete thread_;
  }
}

void BackgroundJob::start() {
  if (running_ || thread_) return;
  running_ = true;
  thread_ = QThread::create([this] {
    int outcome = kSucceeded;
    QString message;
    try {
      work_(*context_);
      if (context_->cancelRequested()) outcome = kCancelled;
    } catch (const core::Cancelled&) {
      outcome = kCancelled;
    } catch (const std::exception& e) {
      outcome = context_->cancelRequested() ? kCancelled : kFailed;
      message = QString::fromUtf8(e.what());
    } catch (...) {
      outcome = kFailed;
      message = tr("unknown error");
    }
    QMetaObject::invokeMethod(
        this, [this, outcome, message] { reportFinished(outcome, message); }, Qt::QueuedConnection);
  });
  thread_->setObjectName(title_.left(15));
  thread_->start();
}

void BackgroundJob::cancel() { context_->cancel_ = true; }

void BackgroundJob::reportFinished(int outcome, const QString& message) {
  thread_->wait();
  delete thread_;
  thread_ = nullptr;
  running_ = false;
  if (outcome == kSucceeded) {
    Q_EMIT succeeded(context_->result_);
  } else if (outcome == kCancelled) {
    Q_EMIT cancelled();
  } else {
    Q_EMIT failed(message);
  }
  Q_EMIT finished();
}

}  // namespace prodrome::ui
