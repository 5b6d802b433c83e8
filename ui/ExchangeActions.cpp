#include "ui/ExchangeActions.h"

#include "core/exchange/BorisImporter.h"
#include "core/exchange/ClipSetExporter.h"
#include "core/exchange/EventCsvImporter.h"
#include "core/exchange/EventExporter.h"
#include "core/exchange/RecordingImporter.h"
#include "core/exchange/RodEpilImporter.h"
#include "core/video/VideoSource.h"
#include "database/ClipSetStore.h"
#include "database/Database.h"
#include "ui/ProjectSession.h"
#include "ui/dialogs/SubjectDialog.h"
#include "ui/jobs/BackgroundJob.h"
#include "ui/jobs/JobProgressDialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace prodrome::ui {

namespace {

QString summaryText(const core::ImportSummary& s) {
  return ExchangeActions::tr("Imported %1 subject(s), %2 recording(s), %3 event(s), %4 clip(s); %5 skipped.")
      .arg(s.subjects)
      .arg(s.recordings)
      .arg(s.events)
      .arg(s.clips)
      .arg(s.skipped);
}

}  // namespace

ExchangeActions::ExchangeActions(ProjectSession& project, QWidget* window)
    : QObject(window), project_(project), window_(window) {}

BackgroundJob* ExchangeActions::run(BackgroundJob* job) {
  runWithProgress(job, window_);
  connect(job, &BackgroundJob::succeeded, this, [this](const QVariant& result) {
    if (result.canConvert<QString>()) Q_EMIT message(result.toString().section('|', 0, 0));
  });
  // Imports are all-or-nothing, but adding several recordings commits each:
  // reload after any outcome.
  connect(job, &BackgroundJob::finished, &project_, &ProjectSession::notifyChanged);
  return job;
}

void ExchangeActions::populateImportMenu(QMenu* menu) {
  menu->addAction(tr("Events &CSV…"), this, [this] { importWithDialog(Import::EventsCsv); });
  menu->addAction(tr("&BORIS Project…"), this, [this] { importWithDialog(Import::Boris); });
  menu->addAction(tr("&RodEpil-style Folder…"), this, [this] { importWithDialog(Import::RodEpil); });
}

void ExchangeActions::populateExportMenu(QMenu* menu) {
  menu->addAction(tr("Events &CSV…"), this, [this] { exportWithDialog(Export::EventsCsv); });
  menu->addAction(tr("&Frame Labels CSV…"), this, [this] { exportWithDialog(Export::FrameLabels); });
  menu->addSeparator();
  menu->addAction(tr("Clip Set &Manifest CSV…"), this, [this] { exportWithDialog(Export::ClipManifest); });
  menu->addAction(tr("Clip Set &VideoMAE List…"), this, [this] { exportWithDialog(Export::VideoMaeList); });
  menu->addAction(tr("Clip &Videos…"), this, [this] { exportWithDialog(Export::ClipVideos); });
}

BackgroundJob* ExchangeActions::startImport(Import format, const QString& path) {
  const std::string db = project_.path();
  const std::filesystem::path file = path.toStdString();
  const QString title = format == Import::EventsCsv ? tr("Import events CSV")
                        : format == Import::Boris   ? tr("Import BORIS project")
                                                    : tr("Import RodEpil folder");
  return run(new BackgroundJob(title, [db, file, format](JobContext& ctx) {
    auto database = ProjectSession::openWorkerConnection(db);
    ctx.progress(-1, tr("Reading %1…").arg(QString::fromStdString(file.filename().string())));
    core::ImportSummary summary;
    if (format == Import::EventsCsv) {
      summary = core::importEventsCsv(*database, file);
    } else if (format == Import::Boris) {
      summary = core::importBoris(*database, file);
    } else {
      // The importer probes every file before it writes anything, so a
      // cancel between files leaves the project untouched.
      summary = core::importRodEpil(*database, file, [&ctx](int done, int total, const std::filesystem::path& f) {
        ctx.throwIfCancelled();
        ctx.progress(
            total > 0 ? static_cast<double>(done) / total : -1,
            tr("Probing %1 (%2 of %3)…").arg(QString::fromStdString(f.filename().string())).arg(done + 1).arg(total));
      });
    }
    ctx.setResult(summaryText(summary));
  }));
}

BackgroundJob* ExchangeActions::startExport(Export format, const QString& path, const QString& clipSet) {
  const std::string db = project_.path();
  const std::filesystem::path out = path.toStdString();
  const std::string set = clipSet.toStdString();
  return run(new BackgroundJob(tr("Export"), [db, out, set, format](JobContext& ctx) {
    auto database = ProjectSession::openWorkerConnection(db);
    ctx.progress(-1, tr("Writing %1…").arg(QString::fromStdString(out.filename().string())));
    std::int64_t rows = 0;
    switch (format) {
      case Export::EventsCsv:
        rows = core::exportEventsCsv(*database, out);
        break;
      case Export::FrameLabels:
        rows = core::exportFrameLabels(*database, out);
        break;
      case Export::ClipManifest:
        rows = core::exportClipManifest(*database, set, out).written;
        break;
      case Export::VideoMaeList:
        rows = core::exportVideoMaeList(*database, set, out, std::filesystem::absolute(out).parent_path() / "clips")
                   .written;
        break;
      case Export::ClipVideos:
        rows = core::exportClipVideos(*database, set, out, std::nullopt, [&ctx](std::int64_t done, std::int64_t total) {
                 ctx.throwIfCancelled();
                 ctx.progress(total > 0 ? static_cast<double>(done) / total : -1,
                              tr("Clip %1 of %2").arg(done).arg(total));
               }).written;
        break;
    }
    ctx.setResult(tr("Wrote %1 (%2 rows or files).").arg(QString::fromStdString(out.string())).arg(rows));
  }));
}

BackgroundJob* ExchangeActions::startAddRecordings(const QStringList& files, const QString& subjectCode,
                                                   database::Species species) {
  const std::string db = project_.path();
  auto* job = new BackgroundJob(tr("Add recordings"), [db, files, subjectCode, species](JobContext& ctx) {
    auto database = ProjectSession::openWorkerConnection(db);
    QStringList added;
    for (int i = 0; i < files.size(); ++i) {
      const QString name = QFileInfo(files[i]).fileName();
      // Index first, with progress and cancel; addRecording then finds the
      // index in the cache and only stores the row.
      core::VideoSourceOptions options;
      options.cancel = ctx.cancelFlag();
      options.indexProgress = [&](double f) {
        ctx.progress((i + f) / files.size(), tr("Indexing %1 (%2 of %3)…").arg(name).arg(i + 1).arg(files.size()));
      };
      { core::VideoSource index(files[i].toStdString(), options); }
      ctx.throwIfCancelled();
      const auto r = core::addRecording(*database, files[i].toStdString(), subjectCode.toStdString(), species);
      added << QString::number(r.recordingId);
    }
    ctx.setResult(tr("Added %n recording(s).", "", static_cast<int>(added.size())) + QLatin1Char('|') +
                  added.join(','));
  });
  run(job);
  connect(job, &BackgroundJob::succeeded, this, [this](const QVariant& result) {
    const QStringList ids = result.toString().section('|', 1).split(',', Qt::SkipEmptyParts);
    if (!ids.isEmpty()) Q_EMIT recordingAdded(ids.last().toLongLong());
  });
  return job;
}

void ExchangeActions::importWithDialog(Import format) {
  if (!project_.isOpen()) return;
  QString path;
  if (format == Import::EventsCsv) {
    path = QFileDialog::getOpenFileName(window_, tr("Import Events CSV"), {}, tr("CSV files (*.csv);;All files (*)"));
  } else if (format == Import::Boris) {
    path = QFileDialog::getOpenFileName(window_, tr("Import BORIS Project"), {},
                                        tr("BORIS projects (*.boris);;All files (*)"));
  } else {
    path = QFileDialog::getExistingDirectory(window_, tr("Import RodEpil-style Folder"));
  }
  if (!path.isEmpty()) startImport(format, path);
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
  QString path;
  if (format == Export::ClipVideos) {
    path = QFileDialog::getExistingDirectory(window_, tr("Folder for the Clip Videos"));
  } else {
    const QString filter = format == Export::VideoMaeList ? tr("Text files (*.txt)") : tr("CSV files (*.csv)");
    path = QFileDialog::getSaveFileName(window_, tr("Export"), {}, filter);
  }
  if (!path.isEmpty()) startExport(format, path, set);
}

void ExchangeActions::addRecordingsWithDialog(QStringList files) {
  if (!project_.isOpen()) return;
  if (files.isEmpty()) {
    files = QFileDialog::getOpenFileNames(window_, tr("Add Recordings"), {},
                                          tr("Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v *.mts);;All files (*)"));
  }
  if (files.isEmpty()) return;
  SubjectDialog dialog(tr("Subject of the Recordings"), database::SubjectStore(project_.database()).list(), window_);
  if (dialog.exec() != QDialog::Accepted) return;
  startAddRecordings(files, dialog.code(), dialog.species());
}

}  // namespace prodrome::ui
