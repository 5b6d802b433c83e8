#pragma once
// The choices of a BORIS import (issue 15), in one dialog, as the command
// line offers them: what the file holds (read before anything is written),
// what to do with observations of media the project does not hold (refuse,
// add them as recordings of a subject, skip them), point events as onsets,
// which behaviours are seizures, and whose marks these are.

#include "core/exchange/BorisImporter.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace prodrome::ui {

class BorisImportDialog : public QDialog {
  Q_OBJECT

 public:
  BorisImportDialog(const QString& file, const core::BorisSurvey& survey, QWidget* parent = nullptr);

  core::BorisImportOptions options() const;

  QRadioButton* refuseButton() const { return refuse_; }
  QRadioButton* addButton() const { return add_; }
  QRadioButton* skipButton() const { return skip_; }
  QLineEdit* subjectEdit() const { return subject_; }
  QComboBox* speciesBox() const { return species_; }
  QCheckBox* pointsBox() const { return points_; }
  QLineEdit* annotatorEdit() const { return annotator_; }
  QLineEdit* seizuresEdit() const { return seizures_; }

 private:
  void update();

  QRadioButton* refuse_;
  QRadioButton* add_;
  QRadioButton* skip_;
  QLineEdit* subject_;
  QComboBox* species_;
  QCheckBox* points_;
  QLineEdit* annotator_;
  QLineEdit* seizures_;
};

}  // namespace prodrome::ui
