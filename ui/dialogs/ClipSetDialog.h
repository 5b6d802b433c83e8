#pragma once
// Clips ▸ Build Clip Set…: the builder's parameters (design.md §5), a live
// preview of the windows (on the timeline, through previewChanged) with the
// counts per label and subject, and Save, which stores the set through
// core::ClipSetService exactly as `prodrome clips build` does.
//
// Non-modal, so that the timeline under the video stays visible and usable.
// The preview runs the pure ClipSetBuilder over ClipSetService's timelines
// on the GUI thread's connection: it reads, never writes.

#include "core/clips/ClipSetBuilder.h"
#include "core/clips/ClipSetParams.h"
#include "core/clips/SubjectSplit.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

class ClipSetDialog : public QDialog {
  Q_OBJECT

 public:
  ClipSetDialog(database::Database& database, QWidget* parent = nullptr);

  core::ClipSetParams params() const;
  void setParams(const core::ClipSetParams& params);
  // The split the dialog applies (nullopt: none), drawn with the seed from
  // the subjects the set builds from (every subject, or its species').
  std::optional<core::SubjectSplit> split() const;
  const std::optional<core::ClipSetBuild>& preview() const { return preview_; }

  QLineEdit* nameEdit() const { return name_; }
  // "Start from": the settings of an existing set (item data: its id; row 0: the defaults).
  QComboBox* startFromBox() const { return startFrom_; }
  QLabel* statusLabel() const { return status_; }
  QTableWidget* countsTable() const { return counts_; }
  // Builds the preview now (the dialog also does it shortly after each change).
  void refreshPreview();
  // Stores the set; false (with the error shown in the dialog) on failure.
  bool save();
  std::optional<std::int64_t> savedId() const { return savedId_; }

 Q_SIGNALS:
  void previewChanged(const prodrome::core::ClipSetBuild& build);
  void previewCleared();
  void saved(qint64 clipSetId, const QString& name);

 private:
  QDoubleSpinBox* seconds(double min, double max, double step, const QString& suffix);
  void showCounts(const core::ClipSetBuild& build);
  void showError(const QString& message);
  void startFrom(int index);
  bool allSubjectsTicked() const;
  void greySubjectsOfOtherSpecies();

  database::Database& database_;
  QLineEdit* name_;
  QComboBox* startFrom_;
  QComboBox* species_ = nullptr;
  QListWidget* subjects_ = nullptr;
  QDoubleSpinBox *length_, *horizon_, *stride_, *normalStride_, *postIctal_, *humanGap_, *rodentGap_;
  QCheckBox *preictal_, *normal_, *ictal_, *artifacts_;
  QSpinBox *maxPreictal_, *maxIctal_, *maxNormal_;
  QDoubleSpinBox* normalPerPreictal_;
  QSpinBox* seed_;
  QComboBox* splitMode_;
  QDoubleSpinBox *train_, *validation_, *test_;
  QTableWidget* counts_;
  QLabel* status_;
  QTimer* debounce_;
  std::optional<core::ClipSetBuild> preview_;
  std::optional<std::int64_t> savedId_;
};

}  // namespace prodrome::ui
