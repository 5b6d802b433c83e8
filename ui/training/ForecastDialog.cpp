#include "ui/training/ForecastDialog.h"

#include "core/pipeline/ModelKind.h"
#include "core/pipeline/ModelOperatingPoint.h"
#include "core/runs/ForecastConfig.h"
#include "database/ModelStore.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"
#include "database/SubjectStore.h"
#include "ui/training/DialogParts.h"
#include "ui/training/WeightsChooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QScrollBar>
#include <QSpinBox>

#include <algorithm>
#include <map>
#include <set>

namespace prodrome::ui {

ForecastDialog::ForecastDialog(database::Database& db, QWidget* parent)
    : QDialog(parent), model_(new QComboBox(this)), recordings_(new QListWidget(this)), status_(new QLabel(this)) {
  setWindowTitle(tr("Run Forecast"));
  setObjectName(QStringLiteral("forecastDialog"));
  const core::ForecastConfig defaults;
  // Forecasters only: a pre-training encoder has no head to forecast with.
  // Each file's header is read once, for its kind and its operating point.
  for (const auto& m : database::ModelStore(db).list()) {
    const auto header = core::readForecasterHeader(m.weightsPath);
    if (header.kind != core::ModelKind::Forecaster) continue;
    model_->addItem(QString::fromStdString(m.name), static_cast<qint64>(m.id));
    operatingPoints_.push_back(header.operatingPoint);
  }
  std::map<std::int64_t, QString> subjects;
  for (const auto& s : database::SubjectStore(db).list()) subjects[s.id] = QString::fromStdString(s.code);
  for (const auto& r : database::RecordingStore(db).list()) {
    auto* item = new QListWidgetItem(
        tr("%1 · %2").arg(subjects[r.subjectId], QFileInfo(QString::fromStdString(r.path)).fileName()), recordings_);
    item->setData(Qt::UserRole, static_cast<qint64>(r.id));
    item->setToolTip(tr("Subject %1\n%2\n%3 frames")
                         .arg(subjects[r.subjectId], QDir::toNativeSeparators(QString::fromStdString(r.path)))
                         .arg(r.frameCount) +
                     (r.fps > 0 ? tr(" at %1 fps").arg(r.fps, 0, 'f', 2) : QString()));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
  }
  // Wide enough for the longest name (issue 16: recording names were cut off
  // at 1280×760), up to most of the screen; the tooltip has the full path.
  const int screenWidth = screen() ? screen()->availableGeometry().width() : 1280;
  recordings_->setMinimumWidth(std::min(recordings_->sizeHintForColumn(0) + 2 * recordings_->frameWidth() +
                                            recordings_->verticalScrollBar()->sizeHint().width() + 4,
                                        screenWidth * 6 / 10));
  window_ = realSpin(this, 0.1, 600, 0.5, 1, defaults.windowSeconds, tr(" s"));
  stride_ = realSpin(this, 0.01, 600, 0.5, 2, defaults.strideSeconds, tr(" s"));
  modelPoint_ = new QCheckBox(this);
  modelPoint_->setObjectName(QStringLiteral("modelOperatingPoint"));
  modelPoint_->setChecked(defaults.modelThreshold && defaults.modelConsecutive);
  threshold_ = realSpin(this, 0, 1, 0.05, 2, defaults.alarms.threshold);
  horizon_ = realSpin(this, 0, 3600, 1, 1, defaults.alarms.horizonSeconds, tr(" s"));
  consecutive_ = intSpin(this, 1, 1000, defaults.alarms.consecutive);
  batch_ = intSpin(this, 1, 1024, defaults.batchSize);
  device_ = deviceCombo(this);

  for (const auto& period : database::PeriodStore(db).list()) {
    if (period.files.size() < 2) continue;
    std::vector<qint64> files;
    for (const auto& f : period.files) files.push_back(f.recordingId);
    for (const qint64 f : files) nights_[f] = {period.id, files};
  }
  wholeNight_ = new QCheckBox(tr("Judge each chosen file's monitoring period as one night"), this);
  wholeNight_->setObjectName(QStringLiteral("wholeNight"));
  wholeNight_->setEnabled(!nights_.empty());
  wholeNight_->setToolTip(
      nights_.empty()
          ? tr("The project has no monitoring period of several files (File ▸ Import, or prodrome period create).")
          : tr("Every file of the period is forecast, and the period is also judged as one curve on its clock: "
               "a horizon across file boundaries, a seizure cut by a boundary counted once, gaps out of the "
               "false-alarm hours. Shown in the Forecast Review beside each file's figures."));

  auto* form = new QFormLayout;
  form->addRow(tr("Model:"), model_);
  form->addRow(tr("Recordings:"), recordings_);
  form->addRow(QString(), wholeNight_);
  form->addRow(tr("Window length L:"), window_);
  form->addRow(tr("Stride:"), stride_);
  form->addRow(tr("Operating point:"), modelPoint_);
  form->addRow(tr("Alarm threshold:"), threshold_);
  form->addRow(tr("Consecutive windows:"), consecutive_);
  form->addRow(tr("Horizon H:"), horizon_);
  form->addRow(tr("Windows per batch:"), batch_);
  addDeviceRows(form, device_, this);
  layOutWithStartButtons(this, form, status_);

  memory_.add(QStringLiteral("model"), model_);
  memory_.add(QStringLiteral("window"), window_);
  memory_.add(QStringLiteral("stride"), stride_);
  memory_.add(QStringLiteral("modelOperatingPoint"), modelPoint_);
  memory_.add(QStringLiteral("threshold"), threshold_);
  memory_.add(QStringLiteral("consecutive"), consecutive_);
  memory_.add(QStringLiteral("horizon"), horizon_);
  memory_.add(QStringLiteral("batch"), batch_);
  memory_.add(QStringLiteral("device"), device_);
  memory_.add(QStringLiteral("wholeNight"), wholeNight_);
  connect(model_, &QComboBox::currentIndexChanged, this, &ForecastDialog::showOperatingPoint);
  connect(modelPoint_, &QCheckBox::toggled, this, &ForecastDialog::showOperatingPoint);
  memory_.restore();
  showOperatingPoint();
}

void ForecastDialog::showOperatingPoint() {
  // The spins keep the user's own values while the model's point is used, so
  // unticking brings them back; they are greyed out because the forecast
  // ignores them then.
  const bool own = modelPoint_->isChecked();
  threshold_->setEnabled(!own);
  consecutive_->setEnabled(!own);
  window_->setEnabled(true);
  horizon_->setEnabled(true);
  if (model_->count() == 0) {
    modelPoint_->setText(tr("Use the model's operating point"));
    return;
  }
  const auto& point = operatingPoints_.at(static_cast<std::size_t>(model_->currentIndex()));
  // The point holds for the window length and horizon the model was
  // fine-tuned for: with it, so do they (a model that stores none leaves
  // both to the spins).
  if (own && point && point->windowSeconds > 0) window_->setEnabled(false);
  if (own && point && point->horizonSeconds > 0) horizon_->setEnabled(false);
  QString what;
  if (!point)
    what = tr("Use the model's operating point (its file cannot be read)");
  else if (point->neverAlarms())
    what = tr("Use the model's operating point: none (no threshold met its false-alarm budget, so it raises no "
              "alarm)");
  else
    what = tr("Use the model's operating point: threshold %1, %n window(s) in a row%2", nullptr, point->consecutive)
               .arg(point->threshold, 0, 'f', 3)
               .arg(!point->stored      ? tr(" (it stores none: the defaults)")
                    : point->calibrated ? tr(" (calibrated probabilities)")
                                        : QString());
  if (point && point->windowSeconds > 0 && point->horizonSeconds > 0)
    what += tr("; %1-s windows, %2-s horizon").arg(point->windowSeconds).arg(point->horizonSeconds);
  // Faster recordings are read at this rate (core/forecast/FrameGrid.h).
  if (point && point->frameRate > 0) what += tr(", %1 fps").arg(point->frameRate, 0, 'g', 4);
  modelPoint_->setText(what);
  modelPoint_->setToolTip(
      tr("Chosen on validation subjects when the forecaster was fine-tuned (Youden's J or a "
         "false-alarm budget) and stored with it. Untick to forecast with the threshold and "
         "windows in a row below; the review can change both afterwards. The point holds for the window "
         "length and horizon of the clip set the model was fine-tuned on, and they come with it. A recording "
         "faster than the video it was fine-tuned at is read at that rate (the frame nearest each of its frame "
         "times); a slower one frame by frame, with a note. A model with calibrated probabilities gives each window "
         "the chance that a seizure begins within the "
         "horizon, and its thresholds, this one and one set below, are on that scale."));
}

JobRequest ForecastDialog::request() const {
  core::ForecastConfig c;
  c.model = model_->currentData().toLongLong();
  std::set<qint64> chosen;
  for (int i = 0; i < recordings_->count(); ++i)
    if (recordings_->item(i)->checkState() == Qt::Checked) {
      const qint64 id = recordings_->item(i)->data(Qt::UserRole).toLongLong();
      c.recordings.push_back(id);
      chosen.insert(id);
    }
  if (wholeNight_->isEnabled() && wholeNight_->isChecked()) {
    // The night's other files come with it, as `prodrome forecast --period`.
    const std::vector<std::int64_t> picked = c.recordings;
    for (const qint64 id : picked) {
      const auto night = nights_.find(id);
      if (night == nights_.end()) continue;
      if (std::find(c.periods.begin(), c.periods.end(), night->second.first) == c.periods.end())
        c.periods.push_back(night->second.first);
      for (const qint64 file : night->second.second)
        if (chosen.insert(file).second) c.recordings.push_back(file);
    }
  }
  c.windowSeconds = window_->value();
  c.strideSeconds = stride_->value();
  c.batchSize = batch_->value();
  c.device = deviceOf(device_).toStdString();
  c.modelThreshold = c.modelConsecutive = c.modelWindow = c.modelHorizon = modelPoint_->isChecked();
  c.alarms.threshold = threshold_->value();
  c.alarms.consecutive = consecutive_->value();
  c.alarms.horizonSeconds = horizon_->value();
  return {JobKind::Forecast, c.toJson(), 0};
}

QString ForecastDialog::problem() const {
  if (model_->count() == 0)
    return tr("The project has no forecaster yet (Train ▸ Forecasting Fine-tune…): pre-training encoders cannot "
              "forecast.");
  for (int i = 0; i < recordings_->count(); ++i)
    if (recordings_->item(i)->checkState() == Qt::Checked) return {};
  return tr("Choose at least one recording.");
}

void ForecastDialog::accept() {
  const QString p = problem();
  status_->setText(p);
  if (!p.isEmpty()) return;
  memory_.save();
  QDialog::accept();
}

}  // namespace prodrome::ui
