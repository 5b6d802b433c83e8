#include "ui/DialogFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace prodrome::ui {

namespace {

// One key per project file (its absolute path, hashed: settings keys cannot
// hold slashes), one for "no project".
QString settingsKey(const QString& projectFile) {
  if (projectFile.isEmpty()) return QStringLiteral("dialogFolders/none");
  const QByteArray path = QFileInfo(projectFile).absoluteFilePath().toUtf8();
  return QStringLiteral("dialogFolders/") +
         QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

}  // namespace

QString dialogStart(const QString& projectFile, const QString& fileName) {
  QString folder = QSettings().value(settingsKey(projectFile)).toString();
  if (folder.isEmpty() || !QFileInfo(folder).isDir())
    folder = projectFile.isEmpty() ? QDir::homePath() : QFileInfo(projectFile).absolutePath();
  return fileName.isEmpty() ? folder : QDir(folder).filePath(fileName);
}

void rememberDialogChoice(const QString& projectFile, const QString& chosen) {
  if (chosen.isEmpty()) return;
  const QFileInfo info(chosen);
  // A folder dialog returns the folder itself; a file dialog a file in it
  // (which a save dialog has not written yet).
  const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
  QSettings().setValue(settingsKey(projectFile), folder);
}

}  // namespace prodrome::ui
