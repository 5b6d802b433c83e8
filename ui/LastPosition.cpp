#include "ui/LastPosition.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

#include <algorithm>

namespace prodrome::ui {

namespace {

// A settings key per project: a hash of its absolute path (a path's slashes
// would nest settings groups).
QString keyOf(const QString& projectFile) {
  const QByteArray path = QFileInfo(projectFile).absoluteFilePath().toUtf8();
  return QStringLiteral("lastPosition/") +
         QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(20));
}

}  // namespace

void rememberLastPosition(const QString& projectFile, const LastPosition& position) {
  if (projectFile.isEmpty() || position.recordingId <= 0) return;
  QSettings().setValue(keyOf(projectFile), QStringList{QString::number(position.recordingId),
                                                       QString::number(std::max<qint64>(0, position.frame))});
}

std::optional<LastPosition> lastPosition(const QString& projectFile) {
  const QStringList stored = QSettings().value(keyOf(projectFile)).toStringList();
  if (stored.size() != 2) return std::nullopt;
  bool idOk = false, frameOk = false;
  LastPosition p{stored[0].toLongLong(&idOk), stored[1].toLongLong(&frameOk)};
  if (!idOk || !frameOk || p.recordingId <= 0 || p.frame < 0) return std::nullopt;
  return p;
}

void forgetLastPosition(const QString& projectFile) { QSettings().remove(keyOf(projectFile)); }

}  // namespace prodrome::ui
