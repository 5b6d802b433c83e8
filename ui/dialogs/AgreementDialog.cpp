#include "ui/dialogs/AgreementDialog.h"

#include "core/agreement/AgreementCsv.h"
#include "core/runs/MetricText.h"
#include "database/PeriodStore.h"
#include "ui/DialogFolder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace prodrome::ui {

namespace {

QString raterText(const std::string& name) {
  return name.empty() ? AgreementDialog::tr("(no name)") : QString::fromStdString(name);
}

QString number(double value, int decimals) { return core::metricText(value, decimals); }

}  // namespace

AgreementDialog::AgreementDialog(database::Database& db, std::int64_t recordingId, const QString& projectFile,
                                 QWidget* parent)
    : QDialog(parent),
      db_(db),
      recordingId_(recordingId),
      projectFile_(projectFile),
      scope_(new QComboBox(this)),
      raterA_(new QComboBox(this)),
      raterB_(new QComboBox(this)),
      tolerance_(new QDoubleSpinBox(this)),
      report_(new QTextBrowser(this)),
      status_(new QLabel(this)),
      exportPairs_(new QPushButton(tr("Export Pairings CSV…"), this)),
      exportSummary_(new QPushButton(tr("Export Summary CSV…"), this)) {
  setWindowTitle(tr("Rater Agreement"));
  setObjectName(QStringLiteral("agreementDialog"));
  scope_->addItem(tr("This recording"), QVariant::fromValue<qint64>(0));
  if (const auto periodId = database::PeriodStore(db_).periodOf(recordingId_)) {
    const auto period = database::PeriodStore(db_).find(*periodId);
    if (period && period->files.size() > 1)
      scope_->addItem(tr("Its monitoring period #%1 (%2 files)").arg(*periodId).arg(period->files.size()),
                      QVariant::fromValue<qint64>(*periodId));
  }
  scope_->setEnabled(scope_->count() > 1);
  scope_->setToolTip(tr("A monitoring period's files are compared on one frame axis by the wall clock; gaps between "
                        "files are no one's frames"));
  fillRaters();
  raterA_->setToolTip(tr("Rater A: whose events are matched against B's"));
  raterB_->setToolTip(tr("Rater B: the reference for A's sensitivity"));
  tolerance_->setRange(0, 600);
  tolerance_->setDecimals(2);
  tolerance_->setSingleStep(0.5);
  tolerance_->setValue(2.0);
  tolerance_->setSuffix(tr(" s"));
  tolerance_->setToolTip(tr("Two onsets match when they are at most this far apart (compared in frames)"));

  auto* form = new QFormLayout;
  form->addRow(tr("Compare on:"), scope_);
  form->addRow(tr("Rater A:"), raterA_);
  form->addRow(tr("Rater B:"), raterB_);
  form->addRow(tr("Onset tolerance:"), tolerance_);
  report_->setMinimumSize(560, 320);
  report_->setOpenLinks(false);
  status_->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  buttons->addButton(exportPairs_, QDialogButtonBox::ActionRole);
  buttons->addButton(exportSummary_, QDialogButtonBox::ActionRole);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(report_, 1);
  layout->addWidget(status_);
  layout->addWidget(buttons);

  fileRequest_ = [this](const QString& suggestion) {
    const QString file = QFileDialog::getSaveFileName(this, tr("Export CSV"), dialogStart(projectFile_, suggestion),
                                                      tr("CSV files (*.csv)"));
    rememberDialogChoice(projectFile_, file);
    return file;
  };
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(scope_, &QComboBox::currentIndexChanged, this, [this] {
    fillRaters();
    recompute();
  });
  connect(raterA_, &QComboBox::currentIndexChanged, this, &AgreementDialog::recompute);
  connect(raterB_, &QComboBox::currentIndexChanged, this, &AgreementDialog::recompute);
  connect(tolerance_, &QDoubleSpinBox::valueChanged, this, &AgreementDialog::recompute);
  const auto ask = [this](bool summary) {
    const QString file = fileRequest_(summary ? QStringLiteral("agreement-summary.csv") : QStringLiteral("agreement.csv"));
    if (!file.isEmpty()) exportCsv(file, summary);
  };
  connect(exportPairs_, &QPushButton::clicked, this, [ask] { ask(false); });
  connect(exportSummary_, &QPushButton::clicked, this, [ask] { ask(true); });
  recompute();
}

// Everyone who marked seizures on the recording or the period, by name; the
// first two preselected (the same two again where they are still there).
void AgreementDialog::fillRaters() {
  const QString keepA = raterA_->currentData().toString(), keepB = raterB_->currentData().toString();
  const QSignalBlocker blockA(raterA_), blockB(raterB_);
  raterA_->clear();
  raterB_->clear();
  const qint64 periodId = scope_->currentData().toLongLong();
  const auto raters = periodId ? core::ratersOfPeriod(db_, periodId, database::EventKind::Seizure)
                               : core::ratersOf(db_, recordingId_, database::EventKind::Seizure);
  for (const auto& r : raters) {
    const QString label = tr("%1 (seizures: %2)").arg(raterText(r.name)).arg(r.events);
    raterA_->addItem(label, QString::fromStdString(r.name));
    raterB_->addItem(label, QString::fromStdString(r.name));
  }
  if (raters.size() >= 2) raterB_->setCurrentIndex(1);
  const int a = raterA_->findData(keepA), b = raterB_->findData(keepB);
  if (keepA != keepB && a >= 0 && b >= 0) {
    raterA_->setCurrentIndex(a);
    raterB_->setCurrentIndex(b);
  }
}

void AgreementDialog::recompute() {
  result_.reset();
  report_->clear();
  status_->clear();
  if (raterA_->count() < 2) {
    status_->setText((scope_->currentData().toLongLong()
                          ? tr("Agreement needs two annotators' seizures in this period; annotators who marked any: %1.")
                          : tr("Agreement needs two annotators' seizures on this recording; annotators who marked any: "
                               "%1."))
                         .arg(raterA_->count()));
  } else {
    core::RecordingAgreementRequest request;
    request.recordingId = recordingId_;
    if (const qint64 periodId = scope_->currentData().toLongLong()) request.periodId = periodId;
    request.raterA = raterA_->currentData().toString().toStdString();
    request.raterB = raterB_->currentData().toString().toStdString();
    request.toleranceSeconds = tolerance_->value();
    if (request.raterA == request.raterB) {
      status_->setText(tr("Choose two different annotators."));
    } else {
      try {
        result_ = core::compareRatersOnRecording(db_, request);
        report_->setHtml(html(*result_));
      } catch (const std::exception& e) {
        status_->setText(QString::fromUtf8(e.what()));
      }
    }
  }
  exportPairs_->setEnabled(result_.has_value());
  exportSummary_->setEnabled(result_.has_value());
}

QString AgreementDialog::html(const core::RecordingAgreement& result) const {
  const core::RaterAgreement& r = result.agreement;
  const QString a = raterA_->currentData().toString().toHtmlEscaped();
  const QString b = raterB_->currentData().toString().toHtmlEscaped();
  QString h;
  const auto row = [&h](const QString& name, const QString& value) {
    h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(name, value);
  };
  h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
  row(tr("Events of A (%1)").arg(a), QString::number(r.eventsA) + (r.openA ? tr(", %1 open").arg(r.openA) : QString()));
  row(tr("Events of B (%1)").arg(b), QString::number(r.eventsB) + (r.openB ? tr(", %1 open").arg(r.openB) : QString()));
  row(tr("Matched (onsets within %1 s)").arg(number(tolerance_->value(), 2)), QString::number(r.matched));
  row(tr("Only A / only B"), tr("%1 / %2").arg(r.eventsA - r.matched).arg(r.eventsB - r.matched));
  row(tr("Sensitivity of A against B"), tr("%1 (%2 of %3)").arg(number(r.sensitivityA(), 3)).arg(r.matched).arg(r.eventsB));
  row(tr("Sensitivity of B against A"), tr("%1 (%2 of %3)").arg(number(r.sensitivityB(), 3)).arg(r.matched).arg(r.eventsA));
  for (const auto& [name, d] : {std::pair{tr("Onset"), r.onset}, std::pair{tr("Offset"), r.offset}}) {
    if (d.count == 0) {
      row(tr("%1 difference (B − A)").arg(name), tr("no matched pair"));
      continue;
    }
    row(tr("%1 difference (B − A), pairs: %2").arg(name).arg(d.count),
        tr("mean |d| %1 s · median |d| %2 s · max |d| %3 s · mean %4 s")
            .arg(number(d.meanAbsolute, 3), number(d.medianAbsolute, 3), number(d.maxAbsolute, 3),
                 (d.meanSigned > 0 ? QStringLiteral("+") : QString()) + number(d.meanSigned, 3)));
  }
  row(tr("Frames compared"), QString::number(r.frames.total()));
  row(tr("Seizure in both / only A / only B / neither"),
      tr("%1 / %2 / %3 / %4").arg(r.frames.both).arg(r.frames.onlyA).arg(r.frames.onlyB).arg(r.frames.neither));
  row(tr("Observed agreement / by chance"),
      tr("%1 / %2").arg(number(r.frames.observedAgreement(), 4), number(r.frames.chanceAgreement(), 4)));
  row(tr("<b>Cohen's κ (per frame)</b>"), QStringLiteral("<b>%1</b>").arg(number(r.frames.kappa(), 4)));
  h += QStringLiteral("</table>");
  if (std::isnan(r.frames.kappa()))
    h += QStringLiteral("<p>%1</p>").arg(tr("κ is undefined here: by chance alone the raters would label every frame alike."));
  h += QStringLiteral("<p>%1</p>")
           .arg(tr("Everything is computed in frames (%1 fps); seconds are shown for reading.").arg(number(result.fps, 3)));
  return h;
}

bool AgreementDialog::exportCsv(const QString& path, bool summary) {
  if (!result_) return false;
  const core::AgreementLabels labels{raterA_->currentData().toString().toStdString(),
                                     raterB_->currentData().toString().toStdString(), result_->fps,
                                     tolerance_->value()};
  try {
    core::writeAgreementCsv(path.toStdString(), summary ? core::agreementSummaryCsv(result_->agreement, labels)
                                                        : core::agreementEventsCsv(result_->agreement, labels));
    status_->setText(tr("Written: %1").arg(path));
    return true;
  } catch (const std::exception& e) {
    status_->setText(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(e.what())));
    return false;
  }
}

}  // namespace prodrome::ui
