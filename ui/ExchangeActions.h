#pragma once
// File ▸ Import / Export and adding recordings: each runs as a file job of
// the window's one JobQueue (its file lane: beside a training job, never
// behind it) on its own database connection, with progress and Cancel in the
// job dock, and tells the project session when rows changed. The start*
// methods take paths (no dialogs) so that tests and drag and drop use them
// too, and return the job's id.

#include "core/exchange/BorisImporter.h"
#include "database/SubjectStore.h"
#include "ui/jobs/JobQueue.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace prodrome::ui {

class ProjectSession;

class ExchangeActions : public QObject {
  Q_OBJECT

 public:
  enum class Import { EventsCsv, Boris, RodEpil };
  enum class Export { EventsCsv, FrameLabels, Boris, ClipManifest, VideoMaeList, ClipVideos };

  ExchangeActions(ProjectSession& project, JobQueue& jobs, QWidget* window);

  void populateImportMenu(QMenu* menu);
  void populateExportMenu(QMenu* menu);

  // `boris` holds the choices of a BORIS import (BorisImportDialog).
  int startImport(Import format, const QString& path, const core::BorisImportOptions& boris = {});
  // A signal CSV beside recording `recordingId`'s video (issue 14 §2).
  int startSignalImport(const QString& path, qint64 recordingId);
  // Where File ▸ Import ▸ Signal CSV… puts the signal: the open recording.
  void setCurrentRecording(std::function<std::optional<qint64>()> current) { currentRecording_ = std::move(current); }
  void importSignalWithDialog();
  int startExport(Export format, const QString& path, const QString& clipSet = {});
  int startAddRecordings(const QStringList& files, const QString& subjectCode, database::Species species);
  // Searches `folder` (and the folders under it) for every missing video, by content.
  int startRelinkFromFolder(const QString& folder);

  // Dialog-driven entries of the menus.
  void importWithDialog(Import format);
  // Reads `path` first and asks what to do with what it holds.
  void importBorisWithDialog(const QString& path);
  void exportWithDialog(Export format);
  void addRecordingsWithDialog(QStringList files = {});
  void relinkFromFolderWithDialog();

  // The last failure shown (a job's error), for tests.
  QString lastError() const { return lastError_; }
  // The last warning a finished job showed in its box (JobOutcome::warning), for tests.
  QString lastWarning() const { return lastWarning_; }

 Q_SIGNALS:
  void message(const QString& text);  // for the status bar
  void recordingAdded(qint64 recordingId);
  void recordingsRelinked(const QList<qint64>& recordingIds);

 private:
  int run(JobKind kind, const QString& title, JobWork work);
  void onJobFinished(int jobId);

  ProjectSession& project_;
  JobQueue& jobs_;
  QWidget* window_;
  QSet<int> mine_;  // jobs started here
  QString lastError_;
  QString lastWarning_;
  std::function<std::optional<qint64>()> currentRecording_;
};

}  // namespace prodrome::ui
