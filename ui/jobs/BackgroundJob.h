#pragma once
// One piece of long work (indexing a video, an import, an export) run on its
// own thread, with progress, cancel and error propagation. Qt Core only.
//
// The work function runs on the worker thread and must not touch widgets or
// any object of the GUI thread (a Database included: open a connection of its
// own there). It reports through the JobContext, which is thread-safe, and
// signals failure by throwing: the exception's what() becomes failed()'s
// message. Signals are delivered on the thread that owns the BackgroundJob.
//
// Exactly one of succeeded(), failed() or cancelled() is emitted, then
// finished(). The object may be deleted after finished() (deleteLater).

#include <QObject>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace prodrome::ui {

class BackgroundJob;

class JobContext {
 public:
  // fraction in [0, 1], or negative when the amount of work is unknown.
  void progress(double fraction, const QString& text = {});
  bool cancelRequested() const { return cancel_.load(std::memory_order_relaxed); }
  // For code that polls a std::atomic<bool> itself (VideoSourceOptions::cancel).
  const std::atomic<bool>* cancelFlag() const { return &cancel_; }
  // Throws core::Cancelled when cancel was requested: the job ends as
  // cancelled (core's pipeline code stops the same way).
  void throwIfCancelled() const;
  // What succeeded() carries (e.g. a summary for the status bar).
  void setResult(QVariant value) { result_ = std::move(value); }

 private:
  friend class BackgroundJob;
  explicit JobContext(BackgroundJob* job) : job_(job) {}
  BackgroundJob* job_;
  std::atomic<bool> cancel_{false};
  QVariant result_;
};

class BackgroundJob : public QObject {
  Q_OBJECT

 public:
  using Work = std::function<void(JobContext&)>;

  BackgroundJob(QString title, Work work, QObject* parent = nullptr);
  ~BackgroundJob() override;  // requests cancel and waits for the worker

  const QString& title() const { return title_; }
  void start();
  // Asks the work to stop; it ends at its next check (cancelled()).
  void cancel();
  bool isRunning() const { return running_; }

 Q_SIGNALS:
  void progressChanged(double fraction, const QString& text);
  void succeeded(const QVariant& result);
  void failed(const QString& message);
  void cancelled();
  void finished();

 private:
  friend class JobContext;
  void reportFinished(int outcome, const QString& message);

  QString title_;
  Work work_;
  std::unique_ptr<JobContext> context_;
  QThread* thread_ = nullptr;
  bool running_ = false;
};

}  // namespace prodrome::ui
