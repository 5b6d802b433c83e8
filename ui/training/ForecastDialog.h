#pragma once
// Train ▸ Run forecast…: a forecaster (a model with a head; pre-training
// encoders, which cannot forecast, are not offered) over whole recordings, a
// window of L seconds every s seconds, and the alarm settings the review
// starts from (the model's stored operating point, or a threshold and
// consecutive windows of the user's; the horizon). Produces the
// core::ForecastConfig that `prodrome forecast` would run. A chosen file of a
// monitoring period of several files can bring its whole night, judged as
// one curve (`prodrome forecast --period`, issue 14).

#include "ui/training/DialogMemory.h"
#include "ui/training/JobRequest.h"
#include "core/pipeline/ModelOperatingPoint.h"

#include <QDialog>

#include <map>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

class ForecastDialog : public QDialog {
  Q_OBJECT

 public:
  ForecastDialog(database::Database& db, QWidget* parent = nullptr);

  JobRequest request() const;
  QString problem() const;
  void accept() override;

  QComboBox* modelBox() const { return model_; }
  QListWidget* recordingList() const { return recordings_; }  // checkable, data: recording id
  QDoubleSpinBox* windowBox() const { return window_; }
  QDoubleSpinBox* strideBox() const { return stride_; }
  QDoubleSpinBox* thresholdBox() const { return threshold_; }
  QCheckBox* wholeNightBox() const { return wholeNight_; }
  QCheckBox* modelOperatingPointBox() const { return modelPoint_; }
  QSpinBox* consecutiveBox() const { return consecutive_; }
  QDoubleSpinBox* horizonBox() const { return horizon_; }

 private:
  void showOperatingPoint();


  // model_'s items' stored operating points, by index (none: unreadable).
  std::vector<std::optional<core::ModelOperatingPoint>> operatingPoints_;
  QComboBox* model_;
  QListWidget* recordings_;
  QDoubleSpinBox *window_, *stride_, *threshold_, *horizon_;
  QSpinBox *consecutive_, *batch_;
  QComboBox* device_;
  QCheckBox* modelPoint_;  // ticked: the model's stored threshold and windows in a row
  QCheckBox* wholeNight_;
  // Recording id → its period's id and files, for periods of several files.
  std::map<qint64, std::pair<qint64, std::vector<qint64>>> nights_;
  QLabel* status_;
  DialogMemory memory_{QStringLiteral("forecast")};  // the model and the numbers, not the recordings
};

}  // namespace prodrome::ui
