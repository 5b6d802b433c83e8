#include "ui/ExchangeActions.h"

#include "core/Progress.h"
#include "core/exchange/BorisExporter.h"
#include "core/exchange/BorisImporter.h"
#include "core/exchange/ClipSetExporter.h"
#include "core/exchange/EventCsvImporter.h"
#include "core/exchange/EventExporter.h"
#include "core/exchange/RecordingImporter.h"
#include "core/exchange/RecordingRelinker.h"
#include "core/exchange/RodEpilImporter.h"
#include "core/signals/EdfSignalImporter.h"
#include "core/video/VideoSource.h"
#include "database/ClipSetStore.h"
#include "database/Database.h"
#include "ui/DialogFolder.h"
#include "ui/ProjectSession.h"
#include "ui/dialogs/BorisImportDialog.h"
#include "ui/dialogs/SubjectDialog.h"
#include "ui/jobs/JobFailureBox.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace prodrome::ui {

namespace {

QString summaryText(const core::ImportSummary& s) {
  QString text = ExchangeActions::tr("Imported %1 subject(s), %2 recording(s), %3 event(s), %4 clip(s); %5 skipped.")
                     .arg(s.subjects)
                     .arg(s.recordings)
                     .arg(s.events)
                     .arg(s.clips)
                     .arg(s.skipped);
  if (s.periods > 0) text += QLatin1Char(' ') + ExchangeActions::tr("%1 monitoring period(s) made.").arg(s.periods);
  if (s.skippedLive + s.skippedUnknown > 0)
    text += QLatin1Char(' ') + ExchangeActions::tr("%1 observation(s) skipped.").arg(s.skippedLive + s.skippedUnknown);
  // What was added or left out, one line each (the import's own words).
  for (const auto& note : s.notes) text += QLatin1Char('\n') + QString::fromStdString(note);
  return text;
}

}  // namespace

ExchangeActions::ExchangeActions(ProjectSession& project, JobQueue& jobs, QWidget* window)
    : QObject(window), project_(project), jobs_(jobs), window_(window) {
  connect(&jobs_, &JobQueue::jobFinished, this, &ExchangeActions::onJobFinished);
}

int ExchangeActions::run(JobKind kind, const QString& title, JobWork work) {
  const int id = jobs_.enqueue(kind, title, std::move(work), QString::fromStdString(project_.path()));
  mine_.insert(id);
  return id;
}

void ExchangeActions::onJobFinished(int jobId) {
  if (!mine_.remove(jobId)) return;
  const JobInfo* job = jobs_.job(jobId);
  if (job->state == JobState::Failed) {
    lastError_ = job->error;
    showJobFailure(window_, *job);
  } else if (job->state == JobState::Cancelled) {
    Q_EMIT message(tr("%1: cancelled").arg(job->title));
  }
  // The rows belong to the project the job ran on; another may be open now.
  if (!project_.isOpen() || QString::fromStdString(project_.path()) != job->project) return;
  // Imports are all-or-nothing, but adding several recordings commits each:
  // reload after any outcome.
  project_.notifyChanged();
  if (job->state != JobState::Succeeded) return;
  if (!job->outcome.summary.isEmpty()) Q_EMIT message(job->outcome.summary);
  if (!job->outcome.warning.isEmpty()) {
    lastWarning_ = job->outcome.warning;
    // open(), not exec(): nothing waits on the answer (the work is done and
    // stored); the box is there so the warning is not missed.
    auto* box = new QMessageBox(QMessageBox::Warning, job->title, job->outcome.warning, QMessageBox::Ok, window_);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
  }
  if (job->kind == JobKind::AddRecordings && !job->outcome.addedRows.isEmpty())
    Q_EMIT recordingAdded(job->outcome.addedRows.last());
  if (job->kind == JobKind::RelinkRecordings && !job->outcome.addedRows.isEmpty())
    Q_EMIT recordingsRelinked(job->outcome.addedRows);
}

void ExchangeActions::populateImportMenu(QMenu* menu) {
  menu->addAction(tr("Events &CSV…"), this, [this] { importWithDialog(Import::EventsCsv); });
  menu->addAction(tr("&BORIS Project…"), this, [this] { importWithDialog(Import::Boris); });
  menu->addAction(tr("&RodEpil-style Folder…"), this, [this] { importWithDialog(Import::RodEpil); });
  menu->addSeparator();
  menu->addAction(tr("&Signal (CSV, EDF) for This Recording…"), this, [this] { importSignalWithDialog(); });
}

int ExchangeActions::startSignalImport(const QString& path, qint64 recordingId) {
  const std::string db = project_.path();
  const std::filesystem::path file = path.toStdString();
  return run(JobKind::ImportData, tr("Import signal"), [db, file, recordingId](JobReporter& r) {
    auto database = ProjectSession::openWorkerConnection(db);
    r.stage(tr("import"), -1, tr("Reading %1…").arg(QString::fromStdString(file.filename().string())));
    const QString reading = tr("Reading %1…").arg(QString::fromStdString(file.filename().string()));
    // Progress as the file is read; a cancel stops it and stores nothing.
    const core::SignalImport imported = core::importSignalFile(*database, recordingId, file, {}, [&r, reading](double f) {
      core::throwIfCancelled(r.cancelFlag());
      r.stage(tr("import"), f, reading);
    });
    JobOutcome outcome;
    outcome.summary = tr("Imported %1 signal(s) of %2 samples each (%3 sampling) and %4 marker(s) beside recording %5")
                          .arg(imported.signalIds.size())
                          .arg(imported.samples)
                          .arg(imported.regular ? tr("even") : tr("uneven"))
                          .arg(imported.markers)
                          .arg(recordingId);
    return outcome;
  });
}

void ExchangeActions::importSignalWithDialog() {
  if (!project_.isOpen()) return;
  const auto recording = currentRecording_ ? currentRecording_() : std::nullopt;
  if (!recording) {
    QMessageBox::information(window_, tr("Import Signal"),
                             tr("Open the recording the signal belongs to first: its time column is read on that "
                                "recording's clock."));
    return;
  }
  const QString project = QString::fromStdString(project_.path());
  const QString path = QFileDialog::getOpenFileName(
      window_, tr("Import Signal"), dialogStart(project),
      tr("Signals (*.csv *.edf *.bdf *.EDF *.BDF);;CSV files (*.csv);;EDF and BDF files (*.edf *.bdf);;All files (*)"));
  rememberDialogChoice(project, path);
  if (!path.isEmpty()) startSignalImport(path, *recording);
}

void ExchangeActions::populateExportMenu(QMenu* menu) {
  menu->addAction(tr("Events &CSV…"), this, [this] { exportWithDialog(Export::EventsCsv); });
  menu->addAction(tr("&Frame Labels CSV…"), this, [this] { exportWithDialog(Export::FrameLabels); });
  menu->addAction(tr("&BORIS Project…"), this, [this] { exportWithDialog(Export::Boris); });
  menu->addSeparator();
  menu->addAction(tr("Clip Set &Manifest CSV…"), this, [this] { exportWithDialog(Export::ClipManifest); });
  menu->addAction(tr("Clip Set &VideoMAE List…"), this, [this] { exportWithDialog(Export::VideoMaeList); });
  menu->addAction(tr("Clip &Videos…"), this, [this] { exportWithDialog(Export::ClipVideos); });
}

int ExchangeActions::startImport(Import format, const QString& path, const core::BorisImportOptions& boris) {
  const std::string db = project_.path();
  const std::filesystem::path file = path.toStdString();
  const QString title = format == Import::EventsCsv ? tr("Import events CSV")
                        : format == Import::Boris   ? tr("Import BORIS project")
                                                    : tr("Import RodEpil folder");
  return run(JobKind::ImportData, title, [db, file, format, boris](JobReporter& r) {
    auto database = ProjectSession::openWorkerConnection(db);
    core::BorisImportOptions borisOptions = boris;
    // Adding media probes each file: progress, and a cancel that rolls back.
    borisOptions.progress = [&r](int done, int total, const std::string& f) {
      core::throwIfCancelled(r.cancelFlag());
      r.stage(tr("import"), total > 0 ? static_cast<double>(done) / total : -1,
              tr("Adding %1 (%2 of %3)…")
                  .arg(QString::fromStdString(std::filesystem::path(f).filename().string()))
                  .arg(done + 1)
                  .arg(total));
    };
    r.stage(tr("import"), -1, tr("Reading %1…").arg(QString::fromStdString(file.filename().string())));
    core::ImportSummary summary;
    if (format == Import::EventsCsv) {
      summary = core::importEventsCsv(*database, file);
    } else if (format == Import::Boris) {
      summary = core::importBoris(*database, file, borisOptions);
    } else {
      // The importer probes every file before it writes anything, so a
      // cancel between files leaves the project untouched.
      summary = core::importRodEpil(*database, file, [&r](int done, int total, const std::filesystem::path& f) {
        core::throwIfCancelled(r.cancelFlag());
        r.stage(
            tr("import"), total > 0 ? static_cast<double>(done) / total : -1,
            tr("Probing %1 (%2 of %3)…").arg(QString::fromStdString(f.filename().string())).arg(done + 1).arg(total));
      });
    }
    JobOutcome outcome;
    outcome.summary = summaryText(summary);
    return outcome;
  });
}

int ExchangeActions::startExport(Export format, const QString& path, const QString& clipSet) {
  const std::string db = project_.path();
  const std::filesystem::path out = path.toStdString();
  const std::string set = clipSet.toStdString();
  return run(JobKind::ExportData, tr("Export"), [db, out, set, format](JobReporter& r) {
    auto database = ProjectSession::openWorkerConnection(db);
    r.stage(tr("export"), -1, tr("Writing %1…").arg(QString::fromStdString(out.filename().string())));
    std::int64_t rows = 0;
    switch (format) {
      case Export::EventsCsv:
        rows = core::exportEventsCsv(*database, out);
        break;
      case Export::FrameLabels:
        rows = core::exportFrameLabels(*database, out);
        break;
      case Export::Boris: {
        const auto written = core::exportBoris(*database, out);
        JobOutcome outcome;
        outcome.summary = tr("Wrote %1: %2 event(s) in %3 observation(s).")
                              .arg(QString::fromStdString(out.string()))
                              .arg(written.events)
                              .arg(written.observations);
        if (written.openLeftOut > 0)
          outcome.summary += QLatin1Char(' ') + tr("%1 open event(s) left out: BORIS has no state without a stop.")
                                                    .arg(written.openLeftOut);
        return outcome;
      }
      case Export::ClipManifest:
        rows = core::exportClipManifest(*database, set, out).written;
        break;
      case Export::VideoMaeList:
        rows = core::exportVideoMaeList(*database, set, out, std::filesystem::absolute(out).parent_path() / "clips")
                   .written;
        break;
      case Export::ClipVideos:
        rows = core::exportClipVideos(*database, set, out, std::nullopt, [&r](std::int64_t done, std::int64_t total) {
                 core::throwIfCancelled(r.cancelFlag());
                 r.stage(tr("export"), total > 0 ? static_cast<double>(done) / total : -1,
                         tr("Clip %1 of %2").arg(done).arg(total));
               }).written;
        break;
    }
    JobOutcome outcome;
    outcome.summary = tr("Wrote %1 (%2 rows or files).").arg(QString::fromStdString(out.string())).arg(rows);
    return outcome;
  });
}

int ExchangeActions::startAddRecordings(const QStringList& files, const QString& subjectCode,
                                        database::Species species) {
  const std::string db = project_.path();
  return run(JobKind::AddRecordings, tr("Add recordings"), [db, files, subjectCode, species](JobReporter& r) {
    auto database = ProjectSession::openWorkerConnection(db);
    JobOutcome outcome;
    QStringList drifting;
    for (int i = 0; i < files.size(); ++i) {
      const QString name = QFileInfo(files[i]).fileName();
      // Index first, with progress and cancel; addRecording then finds the
      // index in the cache and only stores the row.
      core::VideoSourceOptions options;
      options.cancel = r.cancelFlag();
      options.indexProgress = [&](double f) {
        r.stage(tr("index"), (i + f) / files.size(),
                tr("Indexing %1 (%2 of %3)…").arg(name).arg(i + 1).arg(files.size()));
      };
      { core::VideoSource index(files[i].toStdString(), options); }
      core::throwIfCancelled(r.cancelFlag());
      const auto added = core::addRecording(*database, files[i].toStdString(), subjectCode.toStdString(), species);
      outcome.addedRows << added.recordingId;
      if (added.drifts())
        drifting << tr("%1 has a variable frame rate: times in seconds (imported events, exports, the clock) land up "
                       "to %2 s off its pictures. Mark events in frames, or re-encode it at a constant rate and add "
                       "that file instead.")
                        .arg(name)
                        .arg(added.driftSeconds, 0, 'f', 2);
    }
    outcome.summary = tr("Added %n recording(s).", "", static_cast<int>(outcome.addedRows.size()));
    outcome.warning = drifting.join(QStringLiteral("\n\n"));
    return outcome;
  });
}

int ExchangeActions::startRelinkFromFolder(const QString& folder) {
  if (!project_.isOpen()) return 0;
  const std::string db = project_.path();
  return run(JobKind::RelinkRecordings, tr("Re-link missing videos from %1").arg(QFileInfo(folder).fileName()),
             [db, folder](JobReporter& r) {
               auto database = ProjectSession::openWorkerConnection(db);
               r.stage(tr("search"), -1, tr("Looking for files of the missing videos' sizes…"));
               const auto found = core::relinkFromFolder(
                   *database, folder.toStdString(),
                   [&](double f) { r.stage(tr("compare"), f, tr("Comparing content fingerprints…")); },
                   r.cancelFlag());
               JobOutcome outcome;
               // addedRows: the recordings whose rows changed (their paths).
               for (const auto& [id, file] : found.relinked) outcome.addedRows << id;
               outcome.summary = found.missing == 0
                                     ? tr("No video of the project is missing.")
                                     : tr("Re-linked %1 of %2 missing recording(s); %3 still missing.")
                                           .arg(found.relinked.size())
                                           .arg(found.missing)
                                           .arg(found.stillMissing.size());
               return outcome;
             });
}

void ExchangeActions::relinkFromFolderWithDialog() {
  if (!project_.isOpen()) return;
  const QString project = QString::fromStdString(project_.path());
  const QString folder =
      QFileDialog::getExistingDirectory(window_, tr("Folder Holding the Missing Videos"), dialogStart(project));
  rememberDialogChoice(project, folder);
  if (!folder.isEmpty()) startRelinkFromFolder(folder);
}

void ExchangeActions::importWithDialog(Import format) {
  if (!project_.isOpen()) return;
  const QString project = QString::fromStdString(project_.path());
  QString path;
  if (format == Import::EventsCsv) {
    path = QFileDialog::getOpenFileName(window_, tr("Import Events CSV"), dialogStart(project),
                                        tr("CSV files (*.csv);;All files (*)"));
  } else if (format == Import::Boris) {
    path = QFileDialog::getOpenFileName(window_, tr("Import BORIS Project"), dialogStart(project),
                                        tr("BORIS projects (*.boris);;All files (*)"));
    rememberDialogChoice(project, path);
    if (!path.isEmpty()) importBorisWithDialog(path);
    return;
  } else {
    path = QFileDialog::getExistingDirectory(window_, tr("Import RodEpil-style Folder"), dialogStart(project));
  }
  rememberDialogChoice(project, path);
  if (!path.isEmpty()) startImport(format, path);
}

void ExchangeActions::importBorisWithDialog(const QString& path) {
  core::BorisSurvey survey;
  try {
    survey = core::surveyBoris(project_.database(), path.toStdString());
  } catch (const std::exception& e) {
    lastError_ = QString::fromUtf8(e.what());
    QMessageBox::warning(window_, tr("Import BORIS Project"), lastError_);
    return;
  }
  BorisImportDialog dialog(path, survey, window_);
  if (dialog.exec() == QDialog::Accepted) startImport(Import::Boris, path, dialog.options());
}

void ExchangeActions::exportWithDialog(Export format) {
  if (!project_.isOpen()) return;
  QString set;
  if (format == Export::ClipManifest || format == Export::VideoMaeList || format == Export::ClipVideos) {
    QStringList names;
    for (const auto& cs : database::ClipSetStore(project_.database()).list()) names << QString::fromStdString(cs.name);
    if (names.isEmpty()) {
      QMessageBox::information(window_, tr("Export"), tr("The project has no clip set yet (Clips ▸ Build Clip Set…)."));
      return;
    }
    bool ok = false;
    set = QInputDialog::getItem(window_, tr("Export Clip Set"), tr("Clip set:"), names, 0, false, &ok);
    if (!ok) return;
  }
  const QString project = QString::fromStdString(project_.path());
  QString path;
  if (format == Export::ClipVideos) {
    path = QFileDialog::getExistingDirectory(window_, tr("Folder for the Clip Videos"), dialogStart(project));
  } else {
    const QString filter = format == Export::VideoMaeList ? tr("Text files (*.txt)")
                           : format == Export::Boris      ? tr("BORIS projects (*.boris)")
                                                          : tr("CSV files (*.csv)");
    path = QFileDialog::getSaveFileName(window_, tr("Export"), dialogStart(project), filter);
  }
  rememberDialogChoice(project, path);
  if (!path.isEmpty()) startExport(format, path, set);
}

void ExchangeActions::addRecordingsWithDialog(QStringList files) {
  if (!project_.isOpen()) return;
  if (files.isEmpty()) {
    const QString project = QString::fromStdString(project_.path());
    files = QFileDialog::getOpenFileNames(window_, tr("Add Recordings"), dialogStart(project),
                                          tr("Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v *.mts);;All files (*)"));
    if (!files.isEmpty()) rememberDialogChoice(project, files.front());
  }
  if (files.isEmpty()) return;
  SubjectDialog dialog(tr("Subject of the Recordings"), database::SubjectStore(project_.database()).list(), window_);
  if (dialog.exec() != QDialog::Accepted) return;
  startAddRecordings(files, dialog.code(), dialog.species());
}

}  // namespace prodrome::ui
