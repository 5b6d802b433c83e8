#pragma once
// Annotate ▸ Rater Agreement… (issue 14, section 3): two annotators compared
// on the open recording, as `prodrome agreement` does: matched events,
// onset and offset differences, each one's sensitivity against the other,
// Cohen's kappa on the per-frame labels, and both tables as CSV. When the
// recording is one file of a monitoring period, the whole period can be
// compared instead (`prodrome agreement --period`). The figures are
// core/agreement's; this dialog only picks and shows them.

#include "core/agreement/RecordingAgreement.h"

#include <QDialog>

#include <cstdint>
#include <functional>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

class AgreementDialog : public QDialog {
  Q_OBJECT

 public:
  AgreementDialog(database::Database& db, std::int64_t recordingId, const QString& projectFile,
                  QWidget* parent = nullptr);

  QComboBox* scope() const { return scope_; }  // data: 0 the recording, else the period's id
  QComboBox* raterA() const { return raterA_; }
  QComboBox* raterB() const { return raterB_; }
  QDoubleSpinBox* tolerance() const { return tolerance_; }
  QTextBrowser* report() const { return report_; }
  // The comparison shown, if the choice allows one.
  const std::optional<core::RecordingAgreement>& result() const { return result_; }
  // Writes the pairings or the summary (tests pass the path; the buttons ask).
  bool exportCsv(const QString& path, bool summary);
  // How the export buttons ask for a file (tests install their own).
  void setFileRequest(std::function<QString(const QString& suggestion)> request) { fileRequest_ = std::move(request); }

 private:
  void fillRaters();
  void recompute();
  QString html(const core::RecordingAgreement& r) const;

  database::Database& db_;
  std::int64_t recordingId_;
  QString projectFile_;
  QComboBox* scope_;
  QComboBox* raterA_;
  QComboBox* raterB_;
  QDoubleSpinBox* tolerance_;
  QTextBrowser* report_;
  QLabel* status_;
  QPushButton* exportPairs_;
  QPushButton* exportSummary_;
  std::optional<core::RecordingAgreement> result_;
  std::function<QString(const QString&)> fileRequest_;
};

}  // namespace prodrome::ui
