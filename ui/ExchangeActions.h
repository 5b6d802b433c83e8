#pragma once
// File ▸ Import / Export and adding recordings: each runs as a BackgroundJob
// on its own database connection, under a progress dialog with Cancel, and
// tells the project session when rows changed. The start* methods take
// paths (no dialogs) so that tests and drag and drop use them too.

#include "database/SubjectStore.h"

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace prodrome::ui {

class BackgroundJob;
class ProjectSession;

class ExchangeActions : public QObject {
  Q_OBJECT

 public:
  enum class Import { EventsCsv, Boris, RodEpil };
  enum class Export { EventsCsv, FrameLabels, ClipManifest, VideoMaeList, ClipVideos };

  ExchangeActions(ProjectSession& project, QWidget* window);

  void populateImportMenu(QMenu* menu);
  void populateExportMenu(QMenu* menu);

  BackgroundJob* startImport(Import format, const QString& path);
  BackgroundJob* startExport(Export format, const QString& path, const QString& clipSet = {});
  BackgroundJob* startAddRecordings(const QStringList& files, const QString& subjectCode, database::Species species);

  // Dialog-driven entries of the menus.
  void importWithDialog(Import format);
  void exportWithDialog(Export format);
  void addRecordingsWithDialog(QStringList files = {});

 Q_SIGNALS:
  void message(const QString& text);  // for the status bar
  void recordingAdded(qint64 recordingId);

 private:
  BackgroundJob* run(BackgroundJob* job);

  ProjectSession& project_;
  QWidget* window_;
};

}  // namespace prodrome::ui
