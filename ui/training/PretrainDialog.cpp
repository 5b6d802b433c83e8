#include "ui/training/PretrainDialog.h"

#include "core/runs/ModelFiles.h"
#include "database/ClipSetStore.h"
#include "database/ModelStore.h"
#include "ui/training/DialogParts.h"
#include "ui/training/WeightsChooser.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

namespace prodrome::ui {

PretrainDialog::PretrainDialog(database::Database& db, QWidget* parent)
    : QDialog(parent),
      db_(db),
      name_(new QLineEdit(this)),
      clipSets_(new QListWidget(this)),
      status_(new QLabel(this)) {
  setWindowTitle(tr("Continual Pre-training"));
  setObjectName(QStringLiteral("pretrainDialog"));
  const core::PretrainConfig defaults;
  name_->setPlaceholderText(tr("e.g. enc-rynh-m09"));
  for (const auto& cs : database::ClipSetStore(db).list()) {
    auto* item = new QListWidgetItem(QString::fromStdString(cs.name), clipSets_);
    item->setData(Qt::UserRole, static_cast<qint64>(cs.id));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
  }
  clipSets_->setMaximumHeight(110);

  mix_ = new QComboBox(this);
  // The paper's data configurations: which species and labels of the
  // chosen sets' clips the model learns from.
  mix_->addItem(tr("+H: human inter-ictal clips"), "H");
  mix_->addItem(tr("+Rodents(Y): rodent seizure clips"), "RY");
  mix_->addItem(tr("+Rodents(N): rodent normal clips"), "RN");
  mix_->addItem(tr("+Rodents(Y/N): rodent seizure and normal clips"), "RYN");
  mix_->addItem(tr("+Rodents(Y/N)+H: all of the above"), "RYNH");
  mix_->setCurrentIndex(mix_->findData(QString::fromStdString(defaults.mix)));
  humanSplit_ = new QLineEdit(QString::fromStdString(defaults.humanSplit), this);
  humanSplit_->setToolTip(
      tr("Human clips only from this split, so that evaluation subjects stay unseen (empty: all)."));

  init_ = new WeightsChooser(db, tr("None (random initialisation)"), this);
  const auto shape = inputShapeFields(this, defaults.preset, defaults.frames, defaults.size, init_);
  preset_ = shape.preset;
  frames_ = shape.frames;
  size_ = shape.size;

  mask_ = realSpin(this, 0.1, 0.9, 0.1, 2, defaults.maskRatio);
  steps_ = intSpin(this, 1, 10000000, static_cast<int>(defaults.steps));
  batch_ = intSpin(this, 1, 4096, static_cast<int>(defaults.batchSize));
  warmup_ = intSpin(this, 0, 1000000, static_cast<int>(defaults.warmupSteps));
  lr_ = realSpin(this, 0, 1, 1e-5, 6, defaults.lr);
  device_ = deviceCombo(this);
  seed_ = intSpin(this, 0, std::numeric_limits<int>::max(), static_cast<int>(defaults.seed));
  checkpoint_ = intSpin(this, 0, 1000000, static_cast<int>(defaults.checkpointEvery));
  checkpoint_->setSpecialValueText(tr("only at the end"));

  auto* data = new QGroupBox(tr("Data"), this);
  auto* df = new QFormLayout(data);
  df->addRow(tr("Model name:"), name_);
  df->addRow(tr("Clip sets:"), clipSets_);
  df->addRow(tr("Data mix:"), mix_);
  df->addRow(tr("Human split:"), humanSplit_);

  auto* model = new QGroupBox(tr("Model"), this);
  auto* mf = new QFormLayout(model);
  addInputShapeRows(mf, shape, this);
  mf->addRow(tr("Initial weights:"), init_);

  auto* training = new QGroupBox(tr("Training"), this);
  auto* tf = new QFormLayout(training);
  tf->addRow(tr("Mask ratio:"), mask_);
  tf->addRow(tr("Steps:"), steps_);
  tf->addRow(tr("Batch size:"), batch_);
  tf->addRow(tr("Learning rate:"), lr_);
  tf->addRow(tr("Warm-up steps:"), warmup_);
  tf->addRow(tr("Checkpoint every:"), checkpoint_);
  tf->addRow(tr("Seed:"), seed_);
  addDeviceRows(tf, device_, this);
  layOutWithStartButtons(this, twoColumns({data, model}, training), status_);

  memory_.add(QStringLiteral("mix"), mix_);
  memory_.add(QStringLiteral("humanSplit"), humanSplit_);
  memory_.add(QStringLiteral("initialWeights"), init_->combo());  // sets the input shape: before it
  memory_.add(QStringLiteral("initialWeightsFile"), init_->findChild<QLineEdit*>());
  memory_.add(QStringLiteral("preset"), preset_);
  memory_.add(QStringLiteral("frames"), frames_);
  memory_.add(QStringLiteral("size"), size_);
  memory_.add(QStringLiteral("mask"), mask_);
  memory_.add(QStringLiteral("steps"), steps_);
  memory_.add(QStringLiteral("batch"), batch_);
  memory_.add(QStringLiteral("warmup"), warmup_);
  memory_.add(QStringLiteral("lr"), lr_);
  memory_.add(QStringLiteral("device"), device_);
  memory_.add(QStringLiteral("seed"), seed_);
  memory_.add(QStringLiteral("checkpoint"), checkpoint_);
  memory_.restore();
}

core::PretrainConfig PretrainDialog::config() const {
  core::PretrainConfig c;
  c.modelName = name_->text().trimmed().toStdString();
  for (int i = 0; i < clipSets_->count(); ++i)
    if (clipSets_->item(i)->checkState() == Qt::Checked)
      c.clipSets.push_back(clipSets_->item(i)->data(Qt::UserRole).toLongLong());
  c.mix = mix_->currentData().toString().toStdString();
  c.humanSplit = humanSplit_->text().trimmed().toStdString();
  c.preset = preset_->currentText().toStdString();
  c.frames = frames_->value();
  c.size = size_->value();
  c.initModel = init_->model();
  c.initWeights = init_->file().toStdString();
  c.maskRatio = mask_->value();
  c.steps = steps_->value();
  c.batchSize = batch_->value();
  c.warmupSteps = warmup_->value();
  c.lr = lr_->value();
  c.device = deviceOf(device_).toStdString();
  c.seed = static_cast<std::uint64_t>(seed_->value());
  c.checkpointEvery = checkpoint_->value();
  return c;
}

QString PretrainDialog::problem() const {
  const auto c = config();
  if (c.modelName.empty()) return tr("Name the model to create.");
  try {
    core::validateModelName(c.modelName);
  } catch (const std::exception& e) {
    return QString::fromUtf8(e.what());
  }
  if (database::ModelStore(db_).findByName(c.modelName))
    return tr("A model named '%1' already exists.").arg(QString::fromStdString(c.modelName));
  if (c.clipSets.empty()) return tr("Choose at least one clip set.");
  if (c.frames % 2 != 0) return tr("The frame count must be even (tubelets of 2 frames).");
  if (c.size % 16 != 0) return tr("The input size must be a multiple of 16 (the patch size).");
  if (init_->combo()->currentIndex() == init_->combo()->count() - 1 && c.initWeights.empty())
    return tr("Choose the weights file to start from.");
  return {};
}

void PretrainDialog::accept() {
  const QString p = problem();
  status_->setText(p);
  if (!p.isEmpty()) return;
  memory_.save();
  QDialog::accept();
}

}  // namespace prodrome::ui
