#include "ui/training/FineTuneDialog.h"

#include "core/pipeline/FineTuning.h"
#include "core/pipeline/ModelFiles.h"
#include "database/ClipSetStore.h"
#include "database/ModelStore.h"
#include "ml/ModelConfig.h"
#include "ui/training/WeightsChooser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace prodrome::ui {

namespace {

QSpinBox* spin(QWidget* parent, int min, int max, int value) {
  auto* s = new QSpinBox(parent);
  s->setRange(min, max);
  s->setValue(value);
  return s;
}

QDoubleSpinBox* real(QWidget* parent, double min, double max, double step, int decimals, double value) {
  auto* s = new QDoubleSpinBox(parent);
  s->setRange(min, max);
  s->setSingleStep(step);
  s->setDecimals(decimals);
  s->setValue(value);
  return s;
}

}  // namespace

FineTuneDialog::FineTuneDialog(database::Database& db, QWidget* parent)
    : QDialog(parent),
      db_(db),
      mode_(new QComboBox(this)),
      modeFields_(new QStackedWidget(this)),
      name_(new QLineEdit(this)),
      clipSet_(new QComboBox(this)),
      status_(new QLabel(this)) {
  setWindowTitle(tr("Forecasting Fine-tune"));
  setObjectName(QStringLiteral("fineTuneDialog"));
  const core::FineTuneConfig defaults;
  const core::FewShotConfig fewDefaults;
  const auto& s = defaults.settings;
  mode_->addItem(tr("Train a forecaster (kept as a model)"));
  mode_->addItem(tr("Evaluate k-shot episodes"));
  name_->setPlaceholderText(tr("e.g. forecaster-rynh"));
  for (const auto& cs : database::ClipSetStore(db).list())
    clipSet_->addItem(QString::fromStdString(cs.name), static_cast<qint64>(cs.id));
  base_ = new WeightsChooser(db, tr("None (no stage 1: random encoder)"), this);
  preset_ = new QComboBox(this);
  for (const auto& p : ml::presetNames()) preset_->addItem(QString::fromStdString(p));
  preset_->setCurrentText(QString::fromStdString(s.preset));
  frames_ = spin(this, 2, 64, s.frames);
  frames_->setSingleStep(2);
  size_ = spin(this, 16, 448, s.size);
  size_->setSingleStep(16);
  connect(base_, &WeightsChooser::modelShape, this, [this](int frames, int size) {
    frames_->setValue(frames);
    size_->setValue(size);
  });
  species_ = new QComboBox(this);
  species_->addItem(tr("human"), "human");
  species_->addItem(tr("rodent"), "rodent");
  species_->addItem(tr("any"), "");
  pooling_ = new QComboBox(this);
  pooling_->addItem(tr("mean of the tokens"), true);
  pooling_->addItem(tr("first token"), false);
  epochs_ = spin(this, 1, 100000, static_cast<int>(s.epochs));
  batch_ = spin(this, 1, 4096, static_cast<int>(s.batchSize));
  lr_ = real(this, 0, 1, 1e-4, 6, s.lr);
  layerDecay_ = real(this, 0, 1, 0.05, 2, s.layerDecay);
  seed_ = spin(this, 0, std::numeric_limits<int>::max(), static_cast<int>(s.seed));
  device_ = deviceCombo(this);

  trainSplit_ = new QLineEdit(QString::fromStdString(defaults.trainSplit), this);
  evalSplit_ = new QLineEdit(QString::fromStdString(defaults.validationSplit), this);
  evalSplit_->setToolTip(
      tr("Train mode: the validation split for early stopping (empty: none). "
         "k-shot mode: the split whose subjects the episodes draw from."));
  patience_ = spin(this, 0, 1000, static_cast<int>(defaults.patience));
  shots_ = new QLineEdit(QStringLiteral("2,3,4"), this);
  episodes_ = spin(this, 1, 1000, fewDefaults.episodes);
  query_ = spin(this, 0, 100000, fewDefaults.queryPerClass);
  query_->setSpecialValueText(tr("all eligible"));

  auto* trainPage = new QWidget(this);
  auto* tp = new QFormLayout(trainPage);
  tp->addRow(tr("Model name:"), name_);
  tp->addRow(tr("Training split:"), trainSplit_);
  tp->addRow(tr("Early-stopping patience:"), patience_);
  auto* fewPage = new QWidget(this);
  auto* fp = new QFormLayout(fewPage);
  fp->addRow(tr("Shots k:"), shots_);
  fp->addRow(tr("Episodes per k:"), episodes_);
  fp->addRow(tr("Query clips per class:"), query_);
  modeFields_->addWidget(trainPage);
  modeFields_->addWidget(fewPage);
  connect(mode_, &QComboBox::currentIndexChanged, this, [this](int mode) {
    modeFields_->setCurrentIndex(mode);
    evalSplit_->setText(mode == kFewShot ? QStringLiteral("test") : QStringLiteral("val"));
  });

  auto* what = new QGroupBox(tr("Task"), this);
  auto* wf = new QFormLayout(what);
  wf->addRow(tr("Mode:"), mode_);
  wf->addRow(modeFields_);
  wf->addRow(tr("Clip set:"), clipSet_);
  wf->addRow(tr("Evaluation split:"), evalSplit_);
  wf->addRow(tr("Species:"), species_);

  auto* model = new QGroupBox(tr("Model"), this);
  auto* mf = new QFormLayout(model);
  mf->addRow(tr("Base encoder:"), base_);
  mf->addRow(tr("Preset:"), preset_);
  auto* shape = new QHBoxLayout;
  shape->addWidget(frames_);
  shape->addWidget(new QLabel(tr("frames of"), this));
  shape->addWidget(size_);
  shape->addWidget(new QLabel(tr("px"), this));
  mf->addRow(tr("Input:"), shape);
  mf->addRow(tr("Pooling:"), pooling_);

  auto* training = new QGroupBox(tr("Training"), this);
  auto* tf = new QFormLayout(training);
  tf->addRow(tr("Epochs:"), epochs_);
  tf->addRow(tr("Batch size:"), batch_);
  tf->addRow(tr("Learning rate:"), lr_);
  tf->addRow(tr("Layer decay:"), layerDecay_);
  tf->addRow(tr("Seed:"), seed_);
  tf->addRow(tr("Device:"), device_);
  tf->addRow(QString(), new QLabel(gpuAvailabilityText(), this));

  status_->setWordWrap(true);
  status_->setStyleSheet(QStringLiteral("color: #b02020"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
  connect(buttons, &QDialogButtonBox::accepted, this, &FineTuneDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* columns = new QHBoxLayout;
  auto* left = new QVBoxLayout;
  left->addWidget(what);
  left->addWidget(model);
  left->addStretch();
  columns->addLayout(left, 3);
  columns->addWidget(training, 2);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(columns);
  layout->addWidget(status_);
  layout->addWidget(buttons);
}

std::vector<int> FineTuneDialog::shots() const {
  std::vector<int> out;
  for (const auto& part : shots_->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    bool ok = false;
    const int k = part.trimmed().toInt(&ok);
    if (!ok || k < 1) return {};
    out.push_back(k);
  }
  return out;
}

JobRequest FineTuneDialog::request() const {
  core::FineTuneSettings s;
  s.baseModel = base_->model();
  s.baseWeights = base_->file().toStdString();
  s.preset = preset_->currentText().toStdString();
  s.frames = frames_->value();
  s.size = size_->value();
  s.species = species_->currentData().toString().toStdString();
  s.epochs = epochs_->value();
  s.batchSize = batch_->value();
  s.lr = lr_->value();
  s.layerDecay = layerDecay_->value();
  s.meanPooling = pooling_->currentData().toBool();
  s.seed = static_cast<std::uint64_t>(seed_->value());
  s.device = deviceOf(device_).toStdString();
  JobRequest r;
  if (mode_->currentIndex() == kFewShot) {
    core::FewShotConfig c;
    c.label = base_->combo()->currentText().toStdString();
    c.clipSet = clipSet_->currentData().toLongLong();
    c.split = evalSplit_->text().trimmed().toStdString();
    c.shots = shots();
    c.episodes = episodes_->value();
    c.queryPerClass = query_->value();
    c.settings = s;
    r.kind = JobKind::FewShot;
    r.config = c.toJson();
  } else {
    core::FineTuneConfig c;
    c.modelName = name_->text().trimmed().toStdString();
    c.clipSet = clipSet_->currentData().toLongLong();
    c.trainSplit = trainSplit_->text().trimmed().toStdString();
    c.validationSplit = evalSplit_->text().trimmed().toStdString();
    c.patience = patience_->value();
    c.settings = s;
    r.kind = JobKind::FineTune;
    r.config = c.toJson();
  }
  return r;
}

QString FineTuneDialog::problem() const {
  if (clipSet_->count() == 0) return tr("The project has no clip set yet (Clips ▸ Build Clip Set…).");
  if (base_->combo()->currentIndex() == base_->combo()->count() - 1 && base_->file().isEmpty())
    return tr("Choose the weights file to start from.");
  if (frames_->value() % 2 != 0) return tr("The frame count must be even (tubelets of 2 frames).");
  if (size_->value() % 16 != 0) return tr("The input size must be a multiple of 16 (the patch size).");
  if (mode_->currentIndex() == kFewShot)
    return shots().empty() ? tr("Give the shots as numbers, e.g. 2,3,4.") : QString();
  const std::string name = name_->text().trimmed().toStdString();
  if (name.empty()) return tr("Name the model to create.");
  try {
    core::validateModelName(name);
  } catch (const std::exception& e) {
    return QString::fromUtf8(e.what());
  }
  if (database::ModelStore(db_).findByName(name))
    return tr("A model named '%1' already exists.").arg(QString::fromStdString(name));
  return {};
}

void FineTuneDialog::accept() {
  const QString p = problem();
  status_->setText(p);
  if (p.isEmpty()) QDialog::accept();
}

}  // namespace prodrome::ui
