#pragma once
// Where a model's weights start from, for the training dialogs: nothing
// (random initialisation), a project model, or a safetensors file (ours or
// HF VideoMAE). Choosing a project model reports its input size and frame
// count so that the dialog can match them.

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

class WeightsChooser : public QWidget {
  Q_OBJECT

 public:
  WeightsChooser(database::Database& db, const QString& noneText, QWidget* parent = nullptr);

  qint64 model() const;  // 0 unless a project model is chosen
  QString file() const;  // empty unless a file is chosen
  void chooseModel(qint64 modelId);
  void chooseFile(const QString& path);
  QComboBox* combo() const { return combo_; }

 Q_SIGNALS:
  void modelShape(int frames, int size);

 private:
  QString project_;  // the project file, where its file dialog starts
  QComboBox* combo_;
  QLineEdit* path_;
  QPushButton* browse_;
};

// Device choices for a job ("auto", "cpu", "cuda") with whether LibTorch sees
// a GPU; and the text saying so.
QComboBox* deviceCombo(QWidget* parent);
QString gpuAvailabilityText();
QString deviceOf(const QComboBox* combo);

}  // namespace prodrome::ui
