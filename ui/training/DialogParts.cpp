#include "ui/training/DialogParts.h"

#include "ml/VideoMAEConfig.h"
#include "ui/training/WeightsChooser.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace prodrome::ui {

QSpinBox* intSpin(QWidget* parent, int min, int max, int value, int step) {
  auto* s = new QSpinBox(parent);
  s->setRange(min, max);
  s->setSingleStep(step);
  s->setValue(value);
  return s;
}

QDoubleSpinBox* realSpin(QWidget* parent, double min, double max, double step, int decimals, double value,
                         const QString& suffix) {
  auto* s = new QDoubleSpinBox(parent);
  s->setRange(min, max);
  s->setSingleStep(step);
  s->setDecimals(decimals);
  s->setValue(value);
  s->setSuffix(suffix);
  return s;
}

InputShapeFields inputShapeFields(QWidget* parent, const std::string& preset, int frames, int size,
                                  WeightsChooser* follow) {
  InputShapeFields f;
  f.preset = new QComboBox(parent);
  for (const auto& p : ml::presetNames()) f.preset->addItem(QString::fromStdString(p));
  f.preset->setCurrentText(QString::fromStdString(preset));
  f.frames = intSpin(parent, 2, 64, frames, 2);
  f.size = intSpin(parent, 16, 448, size, 16);
  if (follow) {
    QObject::connect(follow, &WeightsChooser::modelShape, parent, [f](int t, int s) {
      f.frames->setValue(t);
      f.size->setValue(s);
    });
  }
  return f;
}

void addInputShapeRows(QFormLayout* form, const InputShapeFields& fields, QWidget* parent) {
  form->addRow(QCoreApplication::translate("prodrome::ui::TrainDialogs", "Preset:"), fields.preset);
  auto* shape = new QHBoxLayout;
  shape->addWidget(fields.frames);
  shape->addWidget(new QLabel(QCoreApplication::translate("prodrome::ui::TrainDialogs", "frames of"), parent));
  shape->addWidget(fields.size);
  shape->addWidget(new QLabel(QCoreApplication::translate("prodrome::ui::TrainDialogs", "px"), parent));
  form->addRow(QCoreApplication::translate("prodrome::ui::TrainDialogs", "Input:"), shape);
}

void addDeviceRows(QFormLayout* form, QComboBox* device, QWidget* parent) {
  form->addRow(QCoreApplication::translate("prodrome::ui::TrainDialogs", "Device:"), device);
  form->addRow(QString(), new QLabel(gpuAvailabilityText(), parent));
}

void layOutWithStartButtons(QDialog* dialog, QLayout* body, QLabel* status) {
  status->setWordWrap(true);
  status->setStyleSheet(QStringLiteral("color: #b02020"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
  buttons->button(QDialogButtonBox::Ok)->setText(QCoreApplication::translate("prodrome::ui::TrainDialogs", "Start"));
  QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
  QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
  auto* layout = new QVBoxLayout(dialog);
  layout->addLayout(body);
  layout->addWidget(status);
  layout->addWidget(buttons);
}

QLayout* twoColumns(std::initializer_list<QWidget*> left, QWidget* right) {
  auto* columns = new QHBoxLayout;
  auto* stack = new QVBoxLayout;
  for (QWidget* w : left) stack->addWidget(w);
  stack->addStretch();
  columns->addLayout(stack, 3);
  columns->addWidget(right, 2);
  return columns;
}

}  // namespace prodrome::ui
