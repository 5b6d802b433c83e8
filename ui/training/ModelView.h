#pragma once
// What a project model is and stores, opened from the project tree: the
// lines `prodrome model show` prints (core/pipeline/ModelDescription.h), so
// the GUI and the command line say the same of a model, and a reviewer can
// see which operating point, window, horizon and frame rate a forecast with
// it will use before running one. A model whose file cannot be read shows
// why instead.

#include <QDialog>

class QPlainTextEdit;

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

class ModelView : public QDialog {
  Q_OBJECT

 public:
  ModelView(database::Database& db, qint64 modelId, QWidget* parent = nullptr);

  // The text shown: the description, or why there is none.
  QString text() const;
  // False when the model or its file could not be read.
  bool described() const { return described_; }

 private:
  QPlainTextEdit* text_;
  bool described_ = false;
};

}  // namespace prodrome::ui
