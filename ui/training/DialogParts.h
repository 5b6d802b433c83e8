#pragma once
// What the Train dialogs (pre-training, fine-tuning, forecast) share: their
// number fields, the model-input block whose shape follows a chosen base
// model, the device rows, and the frame around the form (a red problem line
// above Start / Cancel, the groups in two columns).

#include <QString>

#include <initializer_list>
#include <string>

class QComboBox;
class QDialog;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLayout;
class QSpinBox;
class QWidget;

namespace prodrome::ui {

class WeightsChooser;

QSpinBox* intSpin(QWidget* parent, int min, int max, int value, int step = 1);
QDoubleSpinBox* realSpin(QWidget* parent, double min, double max, double step, int decimals, double value,
                         const QString& suffix = {});

// Preset and "T frames of S px"; a model picked in `follow` sets T and S,
// since a base encoder fixes its input shape.
struct InputShapeFields {
  QComboBox* preset = nullptr;
  QSpinBox* frames = nullptr;
  QSpinBox* size = nullptr;
};
InputShapeFields inputShapeFields(QWidget* parent, const std::string& preset, int frames, int size,
                                  WeightsChooser* follow);
void addInputShapeRows(QFormLayout* form, const InputShapeFields& fields, QWidget* parent);

// "Device:" and, under it, whether a GPU is there.
void addDeviceRows(QFormLayout* form, QComboBox* device, QWidget* parent);

// Lays `dialog` out: `body` (a layout), the problem line `status`, then
// Start and Cancel; Start calls the dialog's (virtual) accept().
void layOutWithStartButtons(QDialog* dialog, QLayout* body, QLabel* status);
// `left` stacked over each other beside `right`.
QLayout* twoColumns(std::initializer_list<QWidget*> left, QWidget* right);

}  // namespace prodrome::ui
