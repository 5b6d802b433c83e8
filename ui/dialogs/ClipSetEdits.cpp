#include "ui/dialogs/ClipSetEdits.h"

#include "core/clips/ClipSetService.h"
#include "core/runs/RunDescription.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/RunStore.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace prodrome::ui {

namespace {

struct EditText {
  Q_DECLARE_TR_FUNCTIONS(prodrome::ui::ClipSetEdits)
};

}  // namespace

bool renameClipSetWithDialog(QWidget* parent, database::Database& db, qint64 clipSetId) {
  const auto set = database::ClipSetStore(db).find(clipSetId);
  if (!set) return false;
  const QString old = QString::fromStdString(set->name);
  bool ok = false;
  const QString name = QInputDialog::getText(parent, EditText::tr("Rename Clip Set"),
                                             EditText::tr("New name of clip set %1:").arg(old), QLineEdit::Normal, old,
                                             &ok)
                           .trimmed();
  if (!ok || name == old) return false;
  try {
    core::ClipSetService(db).rename(clipSetId, name.toStdString());
    return true;
  } catch (const std::exception& e) {
    QMessageBox::warning(parent, EditText::tr("Rename Clip Set"), QString::fromUtf8(e.what()));
    return false;
  }
}

bool deleteClipSetWithDialog(QWidget* parent, database::Database& db, qint64 clipSetId) {
  const auto set = database::ClipSetStore(db).find(clipSetId);
  if (!set) return false;
  const QString name = QString::fromStdString(set->name);
  const auto clips = static_cast<int>(database::ClipStore(db).countBySet(clipSetId));
  int runs = 0;
  for (const auto& run : database::RunStore(db).list())
    if (core::describeRun(run, db).clipSets.contains(name)) ++runs;
  QString text = EditText::tr("Delete clip set %1 and its %n clip(s)?", "", clips).arg(name);
  if (runs > 0)
    text += QLatin1Char(' ') +
            EditText::tr("%n run(s) used it; their records stay and will name it by its id.", "", runs);
  if (QMessageBox::question(parent, EditText::tr("Delete Clip Set"), text,
                            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
    return false;
  try {
    core::ClipSetService(db).remove(clipSetId);
    return true;
  } catch (const std::exception& e) {
    QMessageBox::warning(parent, EditText::tr("Delete Clip Set"), QString::fromUtf8(e.what()));
    return false;
  }
}

}  // namespace prodrome::ui
