#include "ui/training/ModelTransferDialogs.h"

#include "database/Database.h"
#include "database/ModelStore.h"
#include "ml/VideoMAEConfig.h"
#include "ui/DialogFolder.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>

namespace prodrome::ui {

std::optional<core::ModelImport> askModelImport(QWidget* parent, database::Database& db) {
  const QString project = QString::fromStdString(db.path());
  const QString file = QFileDialog::getOpenFileName(parent, QObject::tr("Import HF VideoMAE Weights"),
                                                    dialogStart(project),
                                                    QObject::tr("safetensors files (*.safetensors);;All files (*)"));
  rememberDialogChoice(project, file);
  if (file.isEmpty()) return std::nullopt;
  QDialog dialog(parent);
  dialog.setWindowTitle(QObject::tr("Import HF VideoMAE Weights"));
  auto* name = new QLineEdit(&dialog);
  const QFileInfo info(file);
  // HF folders name the weights model.safetensors: the folder names the model.
  name->setText(info.completeBaseName() == QLatin1String("model") ? info.dir().dirName() : info.completeBaseName());
  auto* preset = new QComboBox(&dialog);
  for (const auto& p : ml::presetNames()) preset->addItem(QString::fromStdString(p));
  preset->setCurrentText(QStringLiteral("vit-base"));
  auto* frames = new QSpinBox(&dialog);
  frames->setRange(2, 64);
  frames->setValue(16);
  auto* size = new QSpinBox(&dialog);
  size->setRange(16, 448);
  size->setSingleStep(16);
  size->setValue(224);
  auto* form = new QFormLayout(&dialog);
  form->addRow(QObject::tr("File:"), new QLineEdit(file, &dialog));
  form->addRow(QObject::tr("Model name:"), name);
  form->addRow(QObject::tr("Architecture preset:"), preset);
  form->addRow(QObject::tr("Frames:"), frames);
  form->addRow(QObject::tr("Input size:"), size);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  form->addRow(buttons);
  for (;;) {
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    if (name->text().trimmed().isEmpty() || database::ModelStore(db).findByName(name->text().trimmed().toStdString())) {
      QMessageBox::warning(&dialog, dialog.windowTitle(),
                           QObject::tr("Choose a model name that the project does not use yet."));
      continue;
    }
    break;
  }
  core::ModelImport m;
  m.name = name->text().trimmed().toStdString();
  m.file = file.toStdString();
  m.preset = preset->currentText().toStdString();
  m.frames = frames->value();
  m.size = size->value();
  return m;
}

std::optional<core::ModelExport> askModelExport(QWidget* parent, database::Database& db) {
  QStringList names;
  std::vector<std::int64_t> ids;
  for (const auto& m : database::ModelStore(db).list()) {
    names << QString::fromStdString(m.name);
    ids.push_back(m.id);
  }
  if (names.isEmpty()) {
    QMessageBox::information(parent, QObject::tr("Export Model"), QObject::tr("The project has no model yet."));
    return std::nullopt;
  }
  bool ok = false;
  const QString chosen =
      QInputDialog::getItem(parent, QObject::tr("Export Model"), QObject::tr("Model:"), names, 0, false, &ok);
  if (!ok) return std::nullopt;
  const QString project = QString::fromStdString(db.path());
  const QString dir = QFileDialog::getExistingDirectory(
      parent, QObject::tr("Folder for config.json and model.safetensors (HF transformers layout)"), dialogStart(project));
  rememberDialogChoice(project, dir);
  if (dir.isEmpty()) return std::nullopt;
  core::ModelExport e;
  e.model = ids[static_cast<std::size_t>(names.indexOf(chosen))];
  e.directory = dir.toStdString();
  return e;
}

}  // namespace prodrome::ui
