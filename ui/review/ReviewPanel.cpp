#include "ui/review/ReviewPanel.h"

#include "ui/review/AlarmTableModel.h"
#include "ui/review/ReviewModel.h"

#include "core/forecast/OperatingPoint.h"
#include "core/runs/MetricText.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace prodrome::ui {

namespace {
constexpr int kSliderSteps = 1000;  // the slider's resolution over [0, 1]

// One recording's counts, for the intervals EventTotals computes.
core::EventTotals totalsOf(const core::EventMetrics& m) {
  core::EventTotals t;
  t.add(m);
  return t;
}
}  // namespace

QString formatSensitivity(int forecast, int seizures, double sensitivity) {
  if (seizures == 0 || std::isnan(sensitivity)) return ReviewPanel::tr("— (no seizures)");
  return ReviewPanel::tr("%1 / %2 (%3%)").arg(forecast).arg(seizures).arg(100.0 * sensitivity, 0, 'f', 1);
}

QString formatPerHour(double perHour) {
  return std::isnan(perHour) ? ReviewPanel::tr("—") : ReviewPanel::tr("%1 / h").arg(perHour, 0, 'f', 2);
}

QString withSensitivityInterval(const QString& figure, const core::EventTotals& t) {
  const auto ci = t.sensitivityInterval();
  if (std::isnan(ci.low)) return figure;
  return ReviewPanel::tr("%1; 95 % CI %2–%3%").arg(figure).arg(100 * ci.low, 0, 'f', 1).arg(100 * ci.high, 0, 'f', 1);
}

QString withPerHourInterval(const QString& figure, const core::EventTotals& t) {
  const auto ci = t.falseAlarmsPerHourInterval();
  if (std::isnan(ci.low)) return figure;
  return ReviewPanel::tr("%1; 95 % CI %2–%3 / h").arg(figure).arg(ci.low, 0, 'f', 2).arg(ci.high, 0, 'f', 2);
}

QString withSensitivityInterval(const QString& figure, const core::EventMetrics& m) {
  return withSensitivityInterval(figure, totalsOf(m));
}

QString withPerHourInterval(const QString& figure, const core::EventMetrics& m) {
  return withPerHourInterval(figure, totalsOf(m));
}

QString formatMissed(const core::EventMetrics& m) {
  if (m.seizures.empty()) return ReviewPanel::tr("— (no seizures)");
  QStringList late;
  int silent = 0;
  for (const core::SeizureForecast& f : m.seizures) {
    if (f.forecast) continue;
    if (std::isfinite(f.lateSeconds))
      late << ReviewPanel::tr("%1 s").arg(f.lateSeconds, 0, 'f', 1);
    else
      ++silent;
  }
  const int missed = static_cast<int>(late.size()) + silent;
  if (missed == 0) return ReviewPanel::tr("none");
  QStringList parts;
  if (!late.isEmpty())
    parts << ReviewPanel::tr("%n alarmed only after the onset (%1 late: seen, not forecast)", nullptr,
                             static_cast<int>(late.size()))
                 .arg(late.join(QStringLiteral(", ")));
  if (silent > 0) parts << ReviewPanel::tr("%n with no alarm while it lasted", nullptr, silent);
  return ReviewPanel::tr("%1 of %2: %3").arg(missed).arg(m.seizures.size()).arg(parts.join(QStringLiteral("; ")));
}

QString formatDuration(double seconds) {
  if (seconds >= 3600) return ReviewPanel::tr("%1 h").arg(seconds / 3600, 0, 'f', 2);
  if (seconds >= 60) return ReviewPanel::tr("%1 min").arg(seconds / 60, 0, 'f', 1);
  return ReviewPanel::tr("%1 s").arg(seconds, 0, 'f', 1);
}

QString formatSeconds(double seconds) {
  return std::isnan(seconds) ? ReviewPanel::tr("—") : ReviewPanel::tr("%1 s").arg(seconds, 0, 'f', 1);
}

namespace {

// "; the model's minus its +0.006 (95 % CI −0.010 to +0.020)", empty for a
// run stored before the difference was.
QString rocAucDifferenceText(const core::RocAucDifference& d) {
  if (std::isnan(d.difference)) return {};
  const auto signedText = [](double v) {
    return core::signedMetricText(v, 3).replace(QLatin1Char('-'), QChar(0x2212));
  };
  if (std::isnan(d.low))
    return ReviewPanel::tr("; the model's minus its %1 (too few stretches for an interval)")
        .arg(signedText(d.difference));
  return ReviewPanel::tr("; the model's minus its %1 (95 % CI %2 to %3, paired)")
      .arg(signedText(d.difference), signedText(d.low), signedText(d.high));
}

}  // namespace

QString motionBaselineText(const core::ForecastRunInfo& run) {
  if (!run.metrics.motionBaseline) return {};
  const auto& b = *run.metrics.motionBaseline;
  const auto& t = b.totals;
  const QString point = core::neverAlarms(b.threshold)
                            ? ReviewPanel::tr("no operating point, it raises no alarm")
                            : ReviewPanel::tr("threshold %1, %n window(s) in a row", nullptr, b.consecutive)
                                  .arg(b.threshold, 0, 'f', 3);
  // The file's own lines' wording, pooled.
  return ReviewPanel::tr("over the run's %n recording(s), %1: seizures %2; false alarms %3; window ROC-AUC %4", nullptr,
                         static_cast<int>(run.metrics.recordings.size()))
             .arg(point)
             .arg(withSensitivityInterval(formatSensitivity(t.forecast, t.seizures, t.sensitivity()), t))
             .arg(withPerHourInterval(ReviewPanel::tr("%1 (%2 in %3 inter-ictal)")
                                          .arg(formatPerHour(t.falseAlarmsPerHour()))
                                          .arg(t.falseAlarms)
                                          .arg(formatDuration(t.interictalHours * 3600.0)),
                                      t))
             .arg(std::isnan(b.windowRocAuc) ? ReviewPanel::tr("—") : QString::number(b.windowRocAuc, 'f', 3)) +
         rocAucDifferenceText(b.modelMinusBaseline);
}

QString motionBaselineRecordingText(const core::ForecastReview& review) {
  const auto& m = review.motionBaselineMetrics();
  if (!m) return {};
  return ReviewPanel::tr("seizures %1; false alarms %2")
      .arg(formatSensitivity(m->forecastSeizures, static_cast<int>(m->seizures.size()), m->sensitivity))
      .arg(ReviewPanel::tr("%1 (%2 in %3 inter-ictal)")
               .arg(formatPerHour(m->falseAlarmsPerHour))
               .arg(m->falseAlarms)
               .arg(formatDuration(m->interictalHours * 3600.0)));
}

ReviewPanel::ReviewPanel(ReviewModel* review, QWidget* parent)
    : QWidget(parent), review_(review), alarms_(new AlarmTableModel(review, this)) {
  auto* layout = new QVBoxLayout(this);
  title_ = new QLabel(this);
  title_->setWordWrap(true);
  title_->setTextFormat(Qt::PlainText);
  layout->addWidget(title_);

  auto* form = new QFormLayout;
  recordings_ = new QComboBox(this);
  form->addRow(tr("Recording"), recordings_);
  auto* thresholdRow = new QHBoxLayout;
  thresholdSlider_ = new QSlider(Qt::Horizontal, this);
  thresholdSlider_->setRange(0, kSliderSteps);
  thresholdSlider_->setPageStep(50);
  thresholdSpin_ = new QDoubleSpinBox(this);
  thresholdSpin_->setRange(0.0, 1.0);
  thresholdSpin_->setDecimals(3);
  thresholdSpin_->setSingleStep(0.01);
  thresholdRow->addWidget(thresholdSlider_, 1);
  thresholdRow->addWidget(thresholdSpin_);
  form->addRow(tr("Threshold"), thresholdRow);
  consecutiveSpin_ = new QSpinBox(this);
  consecutiveSpin_->setRange(1, 1000);
  consecutiveSpin_->setToolTip(tr("An alarm fires when this many windows in a row reach the threshold"));
  form->addRow(tr("Windows in a row"), consecutiveSpin_);
  refractorySpin_ = new QDoubleSpinBox(this);
  refractorySpin_->setRange(-1.0, 24 * 3600.0);
  refractorySpin_->setDecimals(1);
  refractorySpin_->setSuffix(tr(" s"));
  refractorySpin_->setSpecialValueText(tr("= horizon"));
  refractorySpin_->setToolTip(tr("After an alarm, the next may fire only once this time has passed"));
  form->addRow(tr("Refractory"), refractorySpin_);
  // A typed number is taken when it is complete (Return or leaving the box),
  // not at every keystroke: each value re-runs the alarms and the panel
  // writes the model's value back, so "0.529" typed live became 0.000 at its
  // first "0" (issue 16). The arrows and the slider still act at once.
  for (QAbstractSpinBox* box :
       std::initializer_list<QAbstractSpinBox*>{thresholdSpin_, consecutiveSpin_, refractorySpin_})
    box->setKeyboardTracking(false);
  layout->addLayout(form);

  auto* metrics = new QFormLayout;
  sensitivity_ = new QLabel(this);
  falseAlarms_ = new QLabel(this);
  // With their intervals these lines are long: they wrap rather than widen the dock.
  sensitivity_->setWordWrap(true);
  falseAlarms_->setWordWrap(true);
  warning_ = new QLabel(this);
  missed_ = new QLabel(this);
  missed_->setWordWrap(true);
  missed_->setToolTip(tr("The seizures no alarm forecast. An alarm that came while a missed seizure lasted saw "
                         "it, too late to warn: a detection, not a forecast."));
  counts_ = new QLabel(this);
  reviewed_ = new QLabel(this);
  night_ = new QLabel(this);
  night_->setObjectName(QStringLiteral("nightMetrics"));
  night_->setWordWrap(true);
  night_->setToolTip(tr("The run judged each of these monitoring periods as one curve on its clock, at its own "
                        "threshold: a horizon across file boundaries, a seizure cut by a boundary counted once, "
                        "gaps out of the false-alarm hours. Fixed figures: the threshold above does not change them."));
  baseline_ = new QLabel(this);
  baseline_->setObjectName(QStringLiteral("baselineMetrics"));
  baseline_->setWordWrap(true);
  baseline_->setToolTip(
      tr("A logistic regression on the same motion statistics without the encoder, fitted when the "
         "model was and judged by the run on the same windows of all its recordings, at its own "
         "operating point: whether the deep model beats a simple detector. The threshold above "
         "does not change its figures; on this recording they follow the horizon, refractory time "
         "and annotations as the model's do. Its curve is dotted on the timeline."));
  metricsForm_ = metrics;
  metrics->addRow(tr("Sensitivity"), sensitivity_);
  metrics->addRow(tr("False alarms"), falseAlarms_);
  metrics->addRow(tr("Mean warning"), warning_);
  metrics->addRow(tr("Missed"), missed_);
  metrics->addRow(tr("Alarms"), counts_);
  metrics->addRow(tr("Reviewed"), reviewed_);
  metrics->addRow(tr("Night"), night_);
  metrics->setRowVisible(night_, false);
  metrics->addRow(tr("Statistics alone"), baseline_);
  metrics->setRowVisible(baseline_, false);
  layout->addLayout(metrics);

  table_ = new QTableView(this);
  table_->setModel(alarms_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->hide();
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
  // Numbers at their width; outcome and decision share what is left, so
  // that a narrow dock needs no horizontal scrolling.
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(AlarmTableModel::Outcome, QHeaderView::Stretch);
  table_->horizontalHeader()->setSectionResizeMode(AlarmTableModel::Decision, QHeaderView::Stretch);
  table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  table_->setTextElideMode(Qt::ElideRight);
  table_->setAlternatingRowColors(true);
  layout->addWidget(table_, 1);
  buttons_ = new QVBoxLayout;
  buttons_->setSpacing(2);
  layout->addLayout(buttons_);

  connect(thresholdSlider_, &QSlider::valueChanged, this, [this](int v) {
    if (syncing_) return;
    review_->setThreshold(static_cast<double>(v) / kSliderSteps);
  });
  connect(thresholdSpin_, &QDoubleSpinBox::valueChanged, this, [this] { editOptions(); });
  connect(consecutiveSpin_, &QSpinBox::valueChanged, this, [this] { editOptions(); });
  connect(refractorySpin_, &QDoubleSpinBox::valueChanged, this, [this] { editOptions(); });
  connect(recordings_, &QComboBox::activated, this, [this](int i) {
    if (!syncing_) Q_EMIT recordingChosen(recordings_->itemData(i).toLongLong());
  });
  const auto activate = [this](const QModelIndex& index) {
    if (!syncing_ && index.isValid()) Q_EMIT alarmActivated(index.row());
  };
  connect(table_, &QTableView::clicked, this, activate);
  connect(table_, &QTableView::activated, this, activate);
  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [activate](const QModelIndex& current) { activate(current); });

  connect(review_, &ReviewModel::metricsChanged, this, &ReviewPanel::syncFromModel);
  connect(review_, &ReviewModel::decisionsChanged, this, &ReviewPanel::updateMetrics);
  connect(review_, &ReviewModel::cleared, this, &ReviewPanel::syncFromModel);
  // The night's figures are the run's, fixed: shown once per load.
  connect(review_, &ReviewModel::loaded, this, &ReviewPanel::showNight);
  connect(review_, &ReviewModel::cleared, this, &ReviewPanel::showNight);
  connect(review_, &ReviewModel::loaded, this, &ReviewPanel::showBaseline);
  connect(review_, &ReviewModel::cleared, this, &ReviewPanel::showBaseline);
  syncFromModel();
  showNight();
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::addActionRow(const QList<QAction*>& actions) {
  auto* row = new QHBoxLayout;
  for (QAction* action : actions) {
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    row->addWidget(button);
  }
  buttons_->addLayout(row);
}

void ReviewPanel::setRecordings(const std::vector<std::pair<qint64, QString>>& recordings, qint64 current) {
  syncing_ = true;
  recordings_->clear();
  for (const auto& [id, label] : recordings) {
    recordings_->addItem(label, QVariant::fromValue<qint64>(id));
    if (id == current) recordings_->setCurrentIndex(recordings_->count() - 1);
  }
  syncing_ = false;
}

void ReviewPanel::selectAlarm(int index) {
  syncing_ = true;
  if (index < 0 || index >= alarms_->rowCount()) {
    table_->clearSelection();
    table_->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::Clear);
  } else {
    const QModelIndex cell = alarms_->index(index, 0);
    table_->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table_->scrollTo(cell);
  }
  syncing_ = false;
}

void ReviewPanel::editOptions() {
  if (syncing_) return;
  core::AlarmOptions o = review_->options();
  o.threshold = thresholdSpin_->value();
  o.consecutive = consecutiveSpin_->value();
  o.refractorySeconds = refractorySpin_->value() <= refractorySpin_->minimum() ? -1.0 : refractorySpin_->value();
  review_->setOptions(o);
}

void ReviewPanel::syncFromModel() {
  syncing_ = true;
  const bool loaded = review_->isLoaded();
  for (QWidget* w : std::initializer_list<QWidget*>{thresholdSlider_, thresholdSpin_, consecutiveSpin_, refractorySpin_,
                                                    recordings_, table_})
    w->setEnabled(loaded);
  const core::AlarmOptions& o = review_->options();
  thresholdSpin_->setValue(o.threshold);
  thresholdSlider_->setValue(static_cast<int>(std::lround(o.threshold * kSliderSteps)));
  consecutiveSpin_->setValue(o.consecutive);
  refractorySpin_->setValue(o.refractorySeconds < 0 ? refractorySpin_->minimum() : o.refractorySeconds);
  if (loaded) {
    const auto& run = review_->run();
    title_->setText(tr("Forecast run %1 · model %2 · window %3 s, stride %4 s, horizon %5 s")
                        .arg(run.runId)
                        .arg(run.modelLabel())
                        .arg(run.windowSeconds)
                        .arg(run.strideSeconds)
                        .arg(o.horizonSeconds));
  } else {
    title_->setText(tr("No forecast open. Activate a forecast run in the project tree."));
  }
  syncing_ = false;
  updateMetrics();
}

void ReviewPanel::showNight() {
  QStringList nights;
  if (review_->isLoaded()) {
    const auto& run = review_->run();
    for (const auto& p : run.metrics.periods) {
      const int forecast = std::isnan(p.sensitivity) ? 0 : static_cast<int>(std::lround(p.sensitivity * p.seizures));
      nights << tr("period %1: sensitivity %2, false alarms %3 over %4 observed (%5 in all), threshold %6")
                    .arg(p.period)
                    .arg(formatSensitivity(forecast, static_cast<int>(p.seizures), p.sensitivity))
                    .arg(formatPerHour(p.falseAlarmsPerHour))
                    .arg(formatDuration(p.observedHours * 3600.0))
                    .arg(formatDuration(p.spanHours * 3600.0))
                    .arg(run.metrics.threshold, 0, 'f', 3);
    }
  }
  night_->setText(nights.join(QLatin1Char('\n')));
  metricsForm_->setRowVisible(night_, !nights.isEmpty());
}

void ReviewPanel::showBaseline() {
  QString text = review_->isLoaded() ? motionBaselineText(review_->run()) : QString();
  if (!text.isEmpty())
    if (const QString here = motionBaselineRecordingText(review_->review()); !here.isEmpty())
      text += QLatin1Char('\n') + tr("On this recording (dotted on the timeline): %1").arg(here);
  if (text == baseline_->text()) return;
  baseline_->setText(text);
  metricsForm_->setRowVisible(baseline_, !text.isEmpty());
}

void ReviewPanel::updateMetrics() {
  if (!review_->isLoaded()) {
    for (QLabel* l : {sensitivity_, falseAlarms_, warning_, missed_, counts_, reviewed_}) l->setText(tr("—"));
    return;
  }
  const core::EventMetrics& m = review_->metrics();
  const int during = static_cast<int>(m.alarms.size()) - m.trueAlarms - m.falseAlarms;
  sensitivity_->setText(withSensitivityInterval(
      formatSensitivity(m.forecastSeizures, static_cast<int>(m.seizures.size()), m.sensitivity), m));
  falseAlarms_->setText(withPerHourInterval(tr("%1 (%2 in %3 inter-ictal)")
                                                .arg(formatPerHour(m.falseAlarmsPerHour))
                                                .arg(m.falseAlarms)
                                                .arg(formatDuration(m.interictalHours * 3600.0)),
                                            m));
  warning_->setText(formatSeconds(m.meanWarningSeconds));
  missed_->setText(formatMissed(m));
  counts_->setText(tr("%1: %2 true, %3 false, %4 during seizures")
                       .arg(m.alarms.size())
                       .arg(m.trueAlarms)
                       .arg(m.falseAlarms)
                       .arg(during));
  const int accepted = review_->acceptedCount(), rejected = review_->rejectedCount();
  QString reviewed = tr("%1 accepted, %2 rejected, %3 open")
                         .arg(accepted)
                         .arg(rejected)
                         .arg(static_cast<int>(m.alarms.size()) - accepted - rejected);
  // Decisions the annotations now contradict are named, not left silently
  // inconsistent (issue 16).
  if (const int stale = review_->contradictedCount(); stale > 0)
    reviewed += tr("; %n to check again (the annotations changed since)", nullptr, stale);
  reviewed_->setText(reviewed);
  showBaseline();  // its line on this recording follows the horizon and the annotations
}

QString ReviewPanel::metricsText() const {
  QString text = tr("Sensitivity: %1\nFalse alarms: %2\nMean warning: %3\nMissed: %4\nAlarms: %5\nReviewed: %6")
                     .arg(sensitivity_->text(), falseAlarms_->text(), warning_->text(), missed_->text(),
                          counts_->text(), reviewed_->text());
  if (!night_->text().isEmpty()) text += QLatin1Char('\n') + tr("Night: %1").arg(night_->text());
  if (!baseline_->text().isEmpty())
    text += QLatin1Char('\n') + tr("Statistics alone (no encoder): %1").arg(baseline_->text());
  return text;
}

}  // namespace prodrome::ui
