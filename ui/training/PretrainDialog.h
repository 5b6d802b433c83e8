#pragma once
// Train ▸ Continual pre-training…: the clip sets and the data mix chosen by
// species and label (the paper's +H, +Rodents(Y), +Rodents(N),
// +Rodents(Y/N), +Rodents(Y/N)+H), model preset and input size, initial
// weights, mask ratio, steps, batch size, learning rate, device and seed.
// It produces the core::PretrainConfig that `prodrome pretrain` would run;
// accepting checks it (a name not yet used, at least one clip set) and
// keeps the dialog open with the problem shown otherwise.

#include "core/runs/PretrainConfig.h"
#include "ui/training/DialogMemory.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

class WeightsChooser;

class PretrainDialog : public QDialog {
  Q_OBJECT

 public:
  PretrainDialog(database::Database& db, QWidget* parent = nullptr);

  core::PretrainConfig config() const;
  // Empty when the config can be run.
  QString problem() const;
  void accept() override;

  QLineEdit* nameEdit() const { return name_; }
  QListWidget* clipSetList() const { return clipSets_; }  // checkable items, data: clip set id
  QComboBox* mixBox() const { return mix_; }
  QComboBox* presetBox() const { return preset_; }
  QSpinBox* framesBox() const { return frames_; }
  QSpinBox* sizeBox() const { return size_; }
  WeightsChooser* initialWeights() const { return init_; }
  QDoubleSpinBox* maskBox() const { return mask_; }
  QSpinBox* stepsBox() const { return steps_; }
  QSpinBox* batchBox() const { return batch_; }
  QSpinBox* warmupBox() const { return warmup_; }
  QDoubleSpinBox* lrBox() const { return lr_; }
  QComboBox* deviceBox() const { return device_; }
  QSpinBox* seedBox() const { return seed_; }
  QSpinBox* checkpointBox() const { return checkpoint_; }

 private:
  database::Database& db_;
  QLineEdit* name_;
  QListWidget* clipSets_;
  QComboBox* mix_;
  QLineEdit* humanSplit_;
  QComboBox* preset_;
  QSpinBox *frames_, *size_;
  WeightsChooser* init_;
  QDoubleSpinBox* mask_;
  QSpinBox *steps_, *batch_, *warmup_;
  QDoubleSpinBox* lr_;
  QComboBox* device_;
  QSpinBox *seed_, *checkpoint_;
  QLabel* status_;
  DialogMemory memory_{QStringLiteral("pretrain")};  // every field but the new model's name
};

}  // namespace prodrome::ui
