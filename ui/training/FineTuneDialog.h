#pragma once
// Train ▸ Forecasting fine-tune…: a base encoder (a project model, a weights
// file, or none), a clip set and either
// - one forecaster trained on a split and kept as a project model
//   (core::runFineTune, early stopping on the evaluation split), or
// - the paper's k-shot evaluation: independent episodes on the evaluation
//   split (core::runFewShot),
// with pooling (mean / first token), epochs and the optimiser settings.

#include "ui/training/PipelineJob.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

class WeightsChooser;

class FineTuneDialog : public QDialog {
  Q_OBJECT

 public:
  enum Mode { kTrain, kFewShot };

  FineTuneDialog(database::Database& db, QWidget* parent = nullptr);

  // A FineTune or FewShot job request (the core config's JSON).
  JobRequest request() const;
  QString problem() const;
  void accept() override;

  QComboBox* modeBox() const { return mode_; }
  QLineEdit* nameEdit() const { return name_; }
  QComboBox* clipSetBox() const { return clipSet_; }
  WeightsChooser* baseWeights() const { return base_; }
  QComboBox* poolingBox() const { return pooling_; }
  QSpinBox* epochsBox() const { return epochs_; }
  QSpinBox* batchBox() const { return batch_; }
  QSpinBox* framesBox() const { return frames_; }
  QSpinBox* sizeBox() const { return size_; }
  QLineEdit* trainSplitEdit() const { return trainSplit_; }
  QLineEdit* evaluationSplitEdit() const { return evalSplit_; }
  QLineEdit* shotsEdit() const { return shots_; }
  QSpinBox* episodesBox() const { return episodes_; }
  QComboBox* deviceBox() const { return device_; }

 private:
  std::vector<int> shots() const;

  database::Database& db_;
  QComboBox* mode_;
  QStackedWidget* modeFields_;
  QLineEdit* name_;
  QComboBox* clipSet_;
  WeightsChooser* base_;
  QComboBox *preset_, *species_, *pooling_, *head_;
  QSpinBox* sampleStride_ = nullptr;
  QCheckBox* recordingNorm_ = nullptr;
  QCheckBox* motionStats_ = nullptr;
  QComboBox* thresholdRule_ = nullptr;
  QDoubleSpinBox* maxFalseAlarms_ = nullptr;
  QSpinBox *frames_, *size_, *epochs_, *batch_, *seed_, *episodes_, *query_, *patience_;
  QDoubleSpinBox *lr_, *layerDecay_;
  QLineEdit *trainSplit_, *evalSplit_, *shots_;
  QComboBox* device_;
  QLabel* status_;
};

}  // namespace prodrome::ui
