#pragma once
// Asks for a subject: an existing one, or a new code with its species. Used
// for "New Subject…" and for choosing whose recordings are being added.

#include "database/SubjectStore.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace prodrome::ui {

class SubjectDialog : public QDialog {
  Q_OBJECT

 public:
  // With `existing` empty only a new subject can be entered.
  SubjectDialog(const QString& title, std::vector<database::Subject> existing, QWidget* parent = nullptr);

  QString code() const;
  database::Species species() const;
  QComboBox* subjectBox() const { return subject_; }
  QLineEdit* codeEdit() const { return code_; }
  QComboBox* speciesBox() const { return species_; }

 private:
  void update();

  std::vector<database::Subject> existing_;
  QComboBox* subject_;
  QLineEdit* code_;
  QComboBox* species_;
};

}  // namespace prodrome::ui
