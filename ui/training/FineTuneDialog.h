#pragma once
// Train ▸ Forecasting fine-tune…: a base encoder (a project model, a weights
// file, or none), a clip set and either
// - one forecaster trained on a split and kept as a project model
//   (core::runFineTune, early stopping on the evaluation split), or
// - the paper's k-shot evaluation: independent episodes on the evaluation
//   split (core::runFewShot),
// with pooling (mean / first token), epochs and the optimiser settings.

#include "ui/training/ClipSetCensus.h"
#include "ui/training/DialogMemory.h"
#include "ui/training/JobRequest.h"

#include <QDialog>

#include <functional>
#include <map>

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
  // Asked before a start that a split makes doubtful (the text says why);
  // true starts anyway. Tests answer without a message box.
  using StartQuestion = std::function<bool(const QString& text)>;

  FineTuneDialog(database::Database& db, QWidget* parent = nullptr);

  // A FineTune or FewShot job request (the core config's JSON).
  JobRequest request() const;
  QString problem() const;
  // Why the job may fail or go without validation (a split that holds no
  // pre-ictal or normal clip of the chosen species); empty when nothing is
  // amiss. accept() asks whether to start anyway and, when not, shows it.
  QString splitWarning() const;
  void accept() override;
  void setStartQuestion(StartQuestion question) { startQuestion_ = std::move(question); }

  QComboBox* modeBox() const { return mode_; }
  QLineEdit* nameEdit() const { return name_; }
  QComboBox* clipSetBox() const { return clipSet_; }
  QComboBox* speciesBox() const { return species_; }  // data: "human", "rodent", "" (any)
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
  QComboBox* headBox() const { return head_; }  // data: "finetune", "logreg", "ncm"
  QCheckBox* recordingNormBox() const { return recordingNorm_; }
  QCheckBox* motionStatsBox() const { return motionStats_; }
  QSpinBox* motionScalesBox() const { return motionScales_; }
  QSpinBox* motionLagsBox() const { return motionLags_; }
  QDoubleSpinBox* motionShareBox() const { return motionShare_; }
  QComboBox* thresholdRuleBox() const { return thresholdRule_; }  // data: "youden", "false-alarm-rate"
  QSpinBox* maxConsecutiveBox() const { return maxConsecutive_; }
  QCheckBox* crossFitBox() const { return crossFit_; }
  QCheckBox* chooseShareBox() const { return chooseShare_; }
  QCheckBox* weighJerksBox() const { return weighJerks_; }
  // Few-shot: "the base encoder below" or every snapshot of a pre-training
  // run that kept two or more (data: the run id, 0 for the first).
  QComboBox* probeSnapshotsBox() const { return probeSnapshots_; }

 private:
  std::vector<int> shots() const;
  // The first set with pre-ictal and normal clips of one species (else the first set).
  int trainableClipSetIndex() const;
  // The species follows the chosen set: the one it can train, or "any" when it can train both.
  void followClipSet();
  const ClipSetCensus& census() const;
  // Few-shot on every snapshot of a pre-training run: the base encoder is not asked.
  bool probing() const;
  void followEncoders();

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
  QSpinBox* motionScales_ = nullptr;
  QSpinBox* motionLags_ = nullptr;
  QDoubleSpinBox* motionShare_ = nullptr;
  QComboBox* thresholdRule_ = nullptr;
  QSpinBox* maxConsecutive_ = nullptr;
  QCheckBox* crossFit_ = nullptr;
  QCheckBox* chooseShare_ = nullptr;  // motion share chosen among core::standardMotionShareCandidates()
  QCheckBox* weighJerks_ = nullptr;   // jerk weight chosen among core::standardJerkWeightCandidates()
  QComboBox* probeSnapshots_ = nullptr;
  QDoubleSpinBox* maxFalseAlarms_ = nullptr;
  QSpinBox *frames_, *size_, *epochs_, *batch_, *seed_, *episodes_, *query_, *patience_;
  QDoubleSpinBox *lr_, *layerDecay_;
  QLineEdit *trainSplit_, *evalSplit_, *shots_;
  QComboBox* device_;
  QLabel* status_;
  std::map<qint64, ClipSetCensus> census_;  // by clip set id
  StartQuestion startQuestion_;
  DialogMemory memory_{QStringLiteral("fineTune")};  // every field but the new model's name
};

}  // namespace prodrome::ui
