#include "ui/training/DemoActions.h"

#include "core/Error.h"
#include "core/pipeline/Demo.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/StartPage.h"
#include "ui/jobs/JobQueue.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace prodrome::ui {

namespace {

constexpr char kSetting[] = "demo/project";

}  // namespace

DemoActions::DemoActions(MainWindow& window) : QObject(&window), window_(window), queue_(*window.jobs()) {
  window.startPage()->setDemoAvailable(true);
  connect(&window, &MainWindow::demoRequested, this, [this] { openDemo(); });
  connect(&queue_, &JobQueue::jobFinished, this, &DemoActions::onJobFinished);
}

QString DemoActions::builtProject() {
  const QString file = QSettings().value(kSetting).toString();
  return !file.isEmpty() && QFileInfo(file).isFile() ? file : QString();
}

int DemoActions::openDemo() {
  if (const QString built = builtProject(); !built.isEmpty()) {
    window_.openProject(built);
    return 0;
  }
  if (jobId_ != 0) return 0;  // one build at a time; the dock shows it
  const QString parent = parent_.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                             : parent_;
  const QString directory =
      QDir(parent).filePath(QStringLiteral("demo-") + QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss"));
  core::DemoOptions options;
  options.directory = directory.toStdString();
  options.quick = true;  // about two minutes on two cores: a newcomer's wait, not a benchmark
  Plotter plotter = plotter_;
  JobWork work = [options, plotter](JobReporter& reporter) -> JobOutcome {
    core::JobCallbacks callbacks;
    callbacks.cancel = reporter.cancelFlag();
    callbacks.stage = [&reporter](const std::string& stage, double fraction, const std::string& detail) {
      reporter.stage(QString::fromStdString(stage), fraction, QString::fromStdString(detail));
    };
    // Stage 1's steps fill the dock's step, loss and ETA columns as a pre-training job's do.
    callbacks.training = [&reporter](const ml::TrainingProgress& p) {
      reporter.step(p.step, p.total_steps, p.loss, p.lr, p.clips_per_second, p.eta_seconds);
    };
    JobOutcome outcome;
    core::DemoResult result;
    try {
      result = core::runDemo(options, callbacks);
    } catch (const core::Cancelled&) {
      outcome.cancelled = true;
      return outcome;
    }
    reporter.stage(JobQueue::tr("report"), -1, {});
    core::writeDemoReport(result);
    QString plotNote;
    if (plotter) plotNote = plotter(result);
    outcome.modelId = result.forecasterModel;
    outcome.summary =
        JobQueue::tr("Demo project built in %1 s: %2").arg(result.totalSeconds, 0, 'f', 0).arg(
            QString::fromStdString(result.report.string()));
    if (!plotNote.isEmpty()) outcome.summary += QStringLiteral(" (") + plotNote + QLatin1Char(')');
    return outcome;
  };
  building_ = QString::fromStdString(core::demoProjectFile(options.directory).string());
  jobId_ = queue_.enqueue(JobKind::Demo, tr("Build the demo project"), std::move(work), building_);
  window_.startPage()->setDemoBusy(true);
  window_.statusBar()->showMessage(
      tr("Building the demo project in %1: about two minutes; the Jobs dock shows it and can cancel it")
          .arg(QDir::toNativeSeparators(directory)),
      15000);
  return jobId_;
}

void DemoActions::onJobFinished(int jobId) {
  if (jobId != jobId_) return;
  jobId_ = 0;
  window_.startPage()->setDemoBusy(false);
  const JobInfo* job = queue_.job(jobId);
  // A failure is shown by the training part, as for every compute job.
  if (!job || job->state != JobState::Succeeded) return;
  QSettings().setValue(kSetting, building_);
  window_.statusBar()->showMessage(job->outcome.summary, 15000);
  // Not over a project the person opened meanwhile.
  if (!window_.project()->isOpen()) window_.openProject(building_);
}

}  // namespace prodrome::ui
