#include "ui/training/WeightsChooser.h"

#include "database/Database.h"
#include "database/ModelStore.h"
#include "ml/CudaDevices.h"
#include "ui/DialogFolder.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>

namespace prodrome::ui {

namespace {
constexpr qint64 kFileChoice = -1;
}

WeightsChooser::WeightsChooser(database::Database& db, const QString& noneText, QWidget* parent)
    : QWidget(parent),
      project_(QString::fromStdString(db.path())),
      combo_(new QComboBox(this)),
      path_(new QLineEdit(this)),
      browse_(new QPushButton(tr("Browse…"), this)) {
  combo_->addItem(noneText, qint64{0});
  for (const auto& m : database::ModelStore(db).list()) {
    const QJsonObject a = QJsonDocument::fromJson(QByteArray::fromStdString(m.architecture)).object();
    combo_->addItem(tr("Model: %1").arg(QString::fromStdString(m.name)), static_cast<qint64>(m.id));
    combo_->setItemData(combo_->count() - 1, QPoint(a.value("num_frames").toInt(), a.value("img_size").toInt()),
                        Qt::UserRole + 1);
  }
  combo_->addItem(tr("Weights file (ours or HF VideoMAE)…"), kFileChoice);
  path_->setPlaceholderText(tr("model.safetensors"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(combo_, 1);
  layout->addWidget(path_, 2);
  layout->addWidget(browse_);
  const auto update = [this] {
    const bool isFile = combo_->currentData().toLongLong() == kFileChoice;
    path_->setEnabled(isFile);
    browse_->setEnabled(isFile);
    const QPoint shape = combo_->currentData(Qt::UserRole + 1).toPoint();
    if (shape.x() > 0 && shape.y() > 0) Q_EMIT modelShape(shape.x(), shape.y());
  };
  connect(combo_, &QComboBox::currentIndexChanged, this, update);
  connect(browse_, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getOpenFileName(this, tr("Initial Weights"), dialogStart(project_),
                                                   tr("safetensors files (*.safetensors);;All files (*)"));
    rememberDialogChoice(project_, f);
    if (!f.isEmpty()) path_->setText(f);
  });
  update();
}

qint64 WeightsChooser::model() const { return std::max<qint64>(0, combo_->currentData().toLongLong()); }

QString WeightsChooser::file() const {
  return combo_->currentData().toLongLong() == kFileChoice ? path_->text().trimmed() : QString();
}

void WeightsChooser::chooseModel(qint64 modelId) {
  const int i = combo_->findData(modelId);
  if (i >= 0) combo_->setCurrentIndex(i);
}

void WeightsChooser::chooseFile(const QString& path) {
  combo_->setCurrentIndex(combo_->findData(kFileChoice));
  path_->setText(path);
}

QString gpuAvailabilityText() {
  const int gpus = ml::cudaDeviceCount();
  return gpus > 0 ? WeightsChooser::tr("GPU available (%n CUDA device(s))", "", gpus)
                  : WeightsChooser::tr("No GPU available: training runs on the CPU");
}

QComboBox* deviceCombo(QWidget* parent) {
  auto* c = new QComboBox(parent);
  const bool gpu = ml::cudaDeviceCount() > 0;
  c->addItem(gpu ? WeightsChooser::tr("Automatic (GPU)") : WeightsChooser::tr("Automatic (CPU: no GPU)"), "auto");
  c->addItem(WeightsChooser::tr("CPU"), "cpu");
  c->addItem(gpu ? WeightsChooser::tr("GPU (CUDA)") : WeightsChooser::tr("GPU (CUDA, not available)"), "cuda");
  if (!gpu) {
    // Visible but not selectable: the user sees why the GPU is not used.
    if (auto* model = qobject_cast<QStandardItemModel*>(c->model())) model->item(2)->setEnabled(false);
  }
  c->setToolTip(gpuAvailabilityText());
  return c;
}

QString deviceOf(const QComboBox* combo) { return combo->currentData().toString(); }

}  // namespace prodrome::ui
