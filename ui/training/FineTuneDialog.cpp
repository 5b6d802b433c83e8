#include "ui/training/FineTuneDialog.h"

#include "core/runs/FewShotConfig.h"
#include "core/runs/FineTuneConfig.h"
#include "core/runs/ModelFiles.h"
#include "core/runs/PretrainMetrics.h"
#include "database/ClipSetStore.h"
#include "database/Database.h"
#include "database/ModelStore.h"
#include "database/RunStore.h"
#include "ml/VideoMAEConfig.h"
#include "ui/training/DialogParts.h"
#include "ui/training/WeightsChooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSpinBox>
#include <QStackedWidget>

namespace prodrome::ui {

namespace {

// Candidate values as the user's locale writes them, for a tool tip.
QString candidateList(const std::vector<double>& candidates) {
  QStringList items;
  for (const double c : candidates) items << QLocale().toString(c);
  return items.join(QStringLiteral(", "));
}

}  // namespace

FineTuneDialog::FineTuneDialog(database::Database& db, QWidget* parent)
    : QDialog(parent),
      db_(db),
      mode_(new QComboBox(this)),
      modeFields_(new QStackedWidget(this)),
      name_(new QLineEdit(this)),
      clipSet_(new QComboBox(this)),
      status_(new QLabel(this)) {
  setWindowTitle(tr("Forecasting Fine-tune"));
  setObjectName(QStringLiteral("fineTuneDialog"));
  const core::FineTuneConfig defaults;
  const core::FewShotConfig fewDefaults;
  const auto& s = defaults.settings;
  mode_->addItem(tr("Train a forecaster (kept as a model)"));
  mode_->addItem(tr("Evaluate k-shot episodes"));
  name_->setPlaceholderText(tr("e.g. forecaster-rynh"));
  for (const auto& cs : database::ClipSetStore(db).list()) {
    clipSet_->addItem(QString::fromStdString(cs.name), static_cast<qint64>(cs.id));
    census_.emplace(cs.id, ClipSetCensus(db, cs.id));
  }
  base_ = new WeightsChooser(db, tr("None (no stage 1: random encoder)"), this);
  const auto shape = inputShapeFields(this, s.preset, s.frames, s.size, base_);
  preset_ = shape.preset;
  frames_ = shape.frames;
  size_ = shape.size;
  species_ = new QComboBox(this);
  species_->addItem(tr("human"), "human");
  species_->addItem(tr("rodent"), "rodent");
  species_->addItem(tr("any"), "");
  clipSet_->setCurrentIndex(trainableClipSetIndex());
  followClipSet();
  connect(clipSet_, &QComboBox::currentIndexChanged, this, [this] { followClipSet(); });
  pooling_ = new QComboBox(this);
  pooling_->addItem(tr("mean of the tokens"), QStringLiteral("mean"));
  pooling_->addItem(tr("mean and change over time (motion)"), QStringLiteral("motion"));
  pooling_->addItem(tr("first token"), QStringLiteral("first"));
  pooling_->setToolTip(tr("Motion adds, per channel, the mean and the largest change of each token between time "
                          "slots: what a frozen encoder needs to show movement and its sudden stops and jerks."));
  head_ = new QComboBox(this);
  head_->addItem(tr("full fine-tuning (the paper's)"), QStringLiteral("finetune"));
  head_->addItem(tr("logistic-regression probe on the frozen encoder"), QStringLiteral("logreg"));
  head_->addItem(tr("nearest-class-mean probe on the frozen encoder"), QStringLiteral("ncm"));
  head_->setToolTip(tr("A probe fits only the head, in seconds, on features computed once per clip; full "
                       "fine-tuning trains every weight."));
  sampleStride_ = intSpin(this, 0, 64, s.sampleStride);
  sampleStride_->setToolTip(tr("0: the frames are spread evenly over the clip. k: every k-th frame, ending at the "
                               "clip's end (the paper samples at stride 2)."));
  recordingNorm_ = new QCheckBox(tr("Standardise features within each recording"), this);
  recordingNorm_->setChecked(s.recordingNorm);
  recordingNorm_->setToolTip(tr("Probe heads: every feature is compared with the rest of its own recording, so that "
                                "differences between patients and cameras do not drown the pre-ictal signal. The "
                                "forecast standardises over the recording's windows."));
  motionStats_ = new QCheckBox(tr("Add motion statistics to the head's input"), this);
  motionStats_->setChecked(s.motionStats);
  motionStats_->setToolTip(tr("The head also reads four frame-difference statistics of each clip (level, peak, "
                              "spikes, spread), standardised within the recording like the encoder's features. "
                              "Needs a probe head and recording standardisation."));
  motionScales_ = intSpin(this, 1, static_cast<int>(ml::kMaxMotionScales), s.motionScales);
  motionScales_->setToolTip(tr("1: the statistics of the whole clip; 2: also of its last 40 %; 3: also of its last "
                               "20 %. A forecaster needs the short ones to tell the end of a pre-ictal phase from "
                               "its start."));
  motionLags_ = intSpin(this, 0, static_cast<int>(ml::kMaxMotionLags), s.motionLags);
  motionLags_->setToolTip(
      tr("0: the clip's window alone; 1 or 2: also the statistics of the windows of the same "
         "length just before it. A pre-ictal arrest lasts longer than one window: when it began "
         "and how the jerks have grown since are in the windows before."));
  motionShare_ = realSpin(this, 0.01, 0.99, 0.05, 2, s.motionShare);
  motionShare_->setToolTip(tr("The statistics' share of the head's input; the encoder's tokens hold the rest. 0.5 "
                              "gives both an equal say."));
  thresholdRule_ = new QComboBox(this);
  thresholdRule_->addItem(tr("Youden's J on the validation split"), QStringLiteral("youden"));
  thresholdRule_->addItem(tr("false alarms per hour on the validation recordings"),
                          QStringLiteral("false-alarm-rate"));
  maxFalseAlarms_ = realSpin(this, 0, 720, 1, 1, defaults.maxFalseAlarmsPerHour);
  maxConsecutive_ = intSpin(this, 1, 20, defaults.maxConsecutive);
  maxConsecutive_->setToolTip(tr("The operating point also chooses how many windows in a row raise an alarm, from 1 "
                                 "up to this; it is stored with the model like the threshold."));
  crossFit_ = new QCheckBox(tr("Also judge it on the training subjects (cross-fitted)"), this);
  crossFit_->setChecked(defaults.crossFitOperatingPoint);
  crossFit_->setToolTip(tr("Probe heads: each training subject's recordings are scored by a head fitted without "
                           "that subject, and the operating point is chosen on them beside the validation "
                           "recordings. One short validation recording holds too little inter-ictal time to "
                           "measure a false-alarm rate on."));
  chooseShare_ = new QCheckBox(tr("Also choose the statistics' share there"), this);
  chooseShare_->setChecked(!defaults.motionShareCandidates.empty());
  chooseShare_->setToolTip(tr("The statistics' share of the head is chosen among %1 on the same curves as the "
                              "operating point: the share whose best operating point forecasts the most seizures "
                              "within the false alarms allowed. Needs a probe head with motion statistics.")
                               .arg(candidateList(core::standardMotionShareCandidates())));
  weighJerks_ = new QCheckBox(tr("Also weigh each window's brief jerks there"), this);
  weighJerks_->setChecked(!defaults.jerkWeightCandidates.empty());
  weighJerks_->setToolTip(tr("Brief jerks (movement bursts over within a few frames) are counted in each window "
                             "and weighed beside the head's probability, the weight chosen among %1 after the "
                             "share, on the same curves and by the same rule (0: the head alone). The model "
                             "stores the weight and forecasts with it. Needs a probe head with motion "
                             "statistics.")
                              .arg(candidateList(core::standardJerkWeightCandidates())));
  auto enableOptions = [this] {
    const bool probe = head_->currentData().toString() != QStringLiteral("finetune");
    recordingNorm_->setEnabled(probe);
    if (!probe) recordingNorm_->setChecked(false);
    motionStats_->setEnabled(probe && recordingNorm_->isChecked());
    if (!motionStats_->isEnabled()) motionStats_->setChecked(false);
    motionScales_->setEnabled(motionStats_->isChecked());
    motionLags_->setEnabled(motionStats_->isChecked());
    motionShare_->setEnabled(motionStats_->isChecked());
    const bool rate = thresholdRule_->currentData() == QStringLiteral("false-alarm-rate");
    maxFalseAlarms_->setEnabled(rate);
    maxConsecutive_->setEnabled(rate);
    crossFit_->setEnabled(rate && probe);
    if (!crossFit_->isEnabled()) crossFit_->setChecked(false);
    chooseShare_->setEnabled(rate && motionStats_->isChecked());
    if (!chooseShare_->isEnabled()) chooseShare_->setChecked(false);
    weighJerks_->setEnabled(rate && motionStats_->isChecked());
    if (!weighJerks_->isEnabled()) weighJerks_->setChecked(false);
  };
  connect(head_, &QComboBox::currentIndexChanged, this, enableOptions);
  connect(recordingNorm_, &QCheckBox::toggled, this, enableOptions);
  connect(motionStats_, &QCheckBox::toggled, this, enableOptions);
  connect(thresholdRule_, &QComboBox::currentIndexChanged, this, enableOptions);
  enableOptions();
  epochs_ = intSpin(this, 1, 100000, static_cast<int>(s.epochs));
  batch_ = intSpin(this, 1, 4096, static_cast<int>(s.batchSize));
  lr_ = realSpin(this, 0, 1, 1e-4, 6, s.lr);
  layerDecay_ = realSpin(this, 0, 1, 0.05, 2, s.layerDecay);
  seed_ = intSpin(this, 0, std::numeric_limits<int>::max(), static_cast<int>(s.seed));
  device_ = deviceCombo(this);

  trainSplit_ = new QLineEdit(QString::fromStdString(defaults.trainSplit), this);
  evalSplit_ = new QLineEdit(QString::fromStdString(defaults.validationSplit), this);
  evalSplit_->setToolTip(
      tr("Train mode: the validation split for early stopping (empty: none). "
         "k-shot mode: the split whose subjects the episodes draw from."));
  patience_ = intSpin(this, 0, 1000, static_cast<int>(defaults.patience));
  shots_ = new QLineEdit(QStringLiteral("2,3,4"), this);
  // The probe curve (issue 12, item 5): the same episodes on every encoder
  // a pre-training run kept (`prodrome finetune --fewshot --probe-snapshots`).
  probeSnapshots_ = new QComboBox(this);
  probeSnapshots_->addItem(tr("the base encoder below"), qint64{0});
  for (const auto& run : database::RunStore(db).list()) {
    if (run.kind != database::RunKind::Pretrain || run.status != database::RunStatus::Succeeded) continue;
    const auto kept = core::keptSnapshotFiles(core::PretrainMetrics::fromJson(
                                                  QJsonDocument::fromJson(QByteArray::fromStdString(run.metrics)).object()),
                                              db.path(), run.id)
                          .size();
    if (kept >= 2)
      probeSnapshots_->addItem(tr("every snapshot of run %1 (%2 kept): its probe curve").arg(run.id).arg(kept),
                               static_cast<qint64>(run.id));
  }
  probeSnapshots_->setToolTip(tr("Run the episodes on the base encoder below, or on every encoder a pre-training "
                                 "run kept (Continual Pre-training's snapshots), each a run of its own in the same "
                                 "episodes: what pre-training taught the encoder, step by step. The curve shows in "
                                 "that run's view. With a probe head and motion statistics, the encoder's tokens "
                                 "alone are scored beside the head: the encoder on its own."));
  connect(probeSnapshots_, &QComboBox::currentIndexChanged, this, [this] { followEncoders(); });
  episodes_ = intSpin(this, 1, 1000, fewDefaults.episodes);
  query_ = intSpin(this, 0, 100000, fewDefaults.queryPerClass);
  query_->setSpecialValueText(tr("all eligible"));

  auto* trainPage = new QWidget(this);
  auto* tp = new QFormLayout(trainPage);
  tp->addRow(tr("Model name:"), name_);
  tp->addRow(tr("Training split:"), trainSplit_);
  tp->addRow(tr("Early-stopping patience:"), patience_);
  tp->addRow(tr("Operating point:"), thresholdRule_);
  tp->addRow(tr("False alarms per hour at most:"), maxFalseAlarms_);
  tp->addRow(tr("Windows in a row, up to:"), maxConsecutive_);
  tp->addRow(crossFit_);
  tp->addRow(chooseShare_);
  tp->addRow(weighJerks_);
  auto* fewPage = new QWidget(this);
  auto* fp = new QFormLayout(fewPage);
  fp->addRow(tr("Encoders:"), probeSnapshots_);
  fp->addRow(tr("Shots k:"), shots_);
  fp->addRow(tr("Episodes per k:"), episodes_);
  fp->addRow(tr("Query clips per class:"), query_);
  modeFields_->addWidget(trainPage);
  modeFields_->addWidget(fewPage);
  connect(mode_, &QComboBox::currentIndexChanged, this, [this](int mode) {
    modeFields_->setCurrentIndex(mode);
    evalSplit_->setText(mode == kFewShot ? QStringLiteral("test") : QStringLiteral("val"));
    followEncoders();
  });

  auto* what = new QGroupBox(tr("Task"), this);
  auto* wf = new QFormLayout(what);
  wf->addRow(tr("Mode:"), mode_);
  wf->addRow(modeFields_);
  wf->addRow(tr("Clip set:"), clipSet_);
  wf->addRow(tr("Evaluation split:"), evalSplit_);
  wf->addRow(tr("Species:"), species_);

  auto* model = new QGroupBox(tr("Model"), this);
  auto* mf = new QFormLayout(model);
  mf->addRow(tr("Base encoder:"), base_);
  addInputShapeRows(mf, shape, this);
  mf->addRow(tr("Pooling:"), pooling_);
  mf->addRow(tr("Head:"), head_);
  mf->addRow(tr("Frame stride (0 = spread):"), sampleStride_);
  mf->addRow(recordingNorm_);
  mf->addRow(motionStats_);
  mf->addRow(tr("Time scales of the statistics:"), motionScales_);
  mf->addRow(tr("Earlier windows' statistics:"), motionLags_);
  mf->addRow(tr("Share of the statistics:"), motionShare_);

  auto* training = new QGroupBox(tr("Training"), this);
  auto* tf = new QFormLayout(training);
  tf->addRow(tr("Epochs:"), epochs_);
  tf->addRow(tr("Batch size:"), batch_);
  tf->addRow(tr("Learning rate:"), lr_);
  tf->addRow(tr("Layer decay:"), layerDecay_);
  tf->addRow(tr("Seed:"), seed_);
  addDeviceRows(tf, device_, this);
  layOutWithStartButtons(this, twoColumns({what, model}, training), status_);

  // In dependency order: the mode sets the evaluation split, the clip set the
  // species, the base model the input shape, the head the probe options.
  memory_.add(QStringLiteral("mode"), mode_);
  memory_.add(QStringLiteral("clipSet"), clipSet_);
  memory_.add(QStringLiteral("species"), species_);
  memory_.add(QStringLiteral("base"), base_->combo());
  memory_.add(QStringLiteral("baseFile"), base_->findChild<QLineEdit*>());
  memory_.add(QStringLiteral("preset"), preset_);
  memory_.add(QStringLiteral("frames"), frames_);
  memory_.add(QStringLiteral("size"), size_);
  memory_.add(QStringLiteral("pooling"), pooling_);
  memory_.add(QStringLiteral("head"), head_);
  memory_.add(QStringLiteral("sampleStride"), sampleStride_);
  memory_.add(QStringLiteral("recordingNorm"), recordingNorm_);
  memory_.add(QStringLiteral("motionStats"), motionStats_);
  memory_.add(QStringLiteral("motionScales"), motionScales_);
  memory_.add(QStringLiteral("motionLags"), motionLags_);
  memory_.add(QStringLiteral("motionShare"), motionShare_);
  memory_.add(QStringLiteral("thresholdRule"), thresholdRule_);
  memory_.add(QStringLiteral("maxFalseAlarms"), maxFalseAlarms_);
  memory_.add(QStringLiteral("maxConsecutive"), maxConsecutive_);
  memory_.add(QStringLiteral("crossFit"), crossFit_);
  memory_.add(QStringLiteral("chooseShare"), chooseShare_);
  memory_.add(QStringLiteral("weighJerks"), weighJerks_);
  memory_.add(QStringLiteral("epochs"), epochs_);
  memory_.add(QStringLiteral("batch"), batch_);
  memory_.add(QStringLiteral("lr"), lr_);
  memory_.add(QStringLiteral("layerDecay"), layerDecay_);
  memory_.add(QStringLiteral("seed"), seed_);
  memory_.add(QStringLiteral("device"), device_);
  memory_.add(QStringLiteral("trainSplit"), trainSplit_);
  memory_.add(QStringLiteral("patience"), patience_);
  memory_.add(QStringLiteral("shots"), shots_);
  memory_.add(QStringLiteral("episodes"), episodes_);
  memory_.add(QStringLiteral("query"), query_);
  memory_.add(QStringLiteral("evaluationSplit"), evalSplit_);
  memory_.restore();
}

const ClipSetCensus& FineTuneDialog::census() const {
  static const ClipSetCensus kEmpty;
  const auto it = census_.find(clipSet_->currentData().toLongLong());
  return it == census_.end() ? kEmpty : it->second;
}

int FineTuneDialog::trainableClipSetIndex() const {
  for (int i = 0; i < clipSet_->count(); ++i) {
    const auto it = census_.find(clipSet_->itemData(i).toLongLong());
    if (it != census_.end() && !it->second.trainableSpecies().isEmpty()) return i;
  }
  return clipSet_->count() > 0 ? 0 : -1;
}

void FineTuneDialog::followClipSet() {
  const QStringList trainable = census().trainableSpecies();
  const QString chosen = species_->currentData().toString();
  if (trainable.size() == 1)
    species_->setCurrentIndex(species_->findData(trainable.front()));
  else if (trainable.size() > 1 && !trainable.contains(chosen))
    species_->setCurrentIndex(species_->findData(QString()));
}

QString FineTuneDialog::splitWarning() const {
  if (clipSet_->count() == 0) return {};
  const QString species = species_->currentData().toString();
  QStringList splits;
  if (mode_->currentIndex() == kTrain) splits << trainSplit_->text().trimmed();
  splits << evalSplit_->text().trimmed();
  QStringList empty;
  for (const QString& split : splits)
    if (!split.isEmpty() && census().forecastingClips(species, split) == 0) empty << split;
  if (empty.isEmpty()) return {};
  const QString splitNames = empty.join(QStringLiteral(", "));
  if (species.isEmpty())
    return tr("Clip set '%1' holds no pre-ictal or normal clip in split %2: the job will fail, or train without "
              "validation.")
        .arg(clipSet_->currentText(), splitNames);
  return tr("Clip set '%1' holds no pre-ictal or normal clip of species %2 in split %3: the job will fail, or train "
            "without validation.")
      .arg(clipSet_->currentText(), species_->currentText(), splitNames);
}

std::vector<int> FineTuneDialog::shots() const {
  std::vector<int> out;
  for (const auto& part : shots_->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    bool ok = false;
    const int k = part.trimmed().toInt(&ok);
    if (!ok || k < 1) return {};
    out.push_back(k);
  }
  return out;
}

bool FineTuneDialog::probing() const {
  return mode_->currentIndex() == kFewShot && probeSnapshots_->currentData().toLongLong() > 0;
}

void FineTuneDialog::followEncoders() { base_->setEnabled(!probing()); }

JobRequest FineTuneDialog::request() const {
  core::FineTuneSettings s;
  s.baseModel = base_->model();
  s.baseWeights = base_->file().toStdString();
  s.preset = preset_->currentText().toStdString();
  s.frames = frames_->value();
  s.size = size_->value();
  s.species = species_->currentData().toString().toStdString();
  s.epochs = epochs_->value();
  s.batchSize = batch_->value();
  s.lr = lr_->value();
  s.layerDecay = layerDecay_->value();
  const auto pooling = pooling_->currentData().toString();
  s.meanPooling = pooling != QStringLiteral("first");
  s.motionPooling = pooling == QStringLiteral("motion");
  s.head = head_->currentData().toString().toStdString();
  s.sampleStride = sampleStride_->value();
  s.recordingNorm = recordingNorm_->isChecked();
  s.motionStats = motionStats_->isChecked();
  s.motionScales = s.motionStats ? motionScales_->value() : 1;
  s.motionLags = s.motionStats ? motionLags_->value() : 0;
  s.motionShare = motionShare_->value();
  s.seed = static_cast<std::uint64_t>(seed_->value());
  s.device = deviceOf(device_).toStdString();
  JobRequest r;
  if (mode_->currentIndex() == kFewShot) {
    core::FewShotConfig c;
    c.label = base_->combo()->currentText().toStdString();
    c.clipSet = clipSet_->currentData().toLongLong();
    c.split = evalSplit_->text().trimmed().toStdString();
    c.shots = shots();
    c.episodes = episodes_->value();
    c.queryPerClass = query_->value();
    c.settings = s;
    r.kind = JobKind::FewShot;
    if (probing()) {
      r.probeSnapshotsOf = probeSnapshots_->currentData().toLongLong();
      c.label.clear();  // core::probeSnapshots names each point by its run and step
      c.settings.baseModel = 0;
      c.settings.baseWeights.clear();
      // The encoder on its own is what the curve is for; a probe head with
      // motion statistics can score its tokens alone beside the head.
      c.tokensAlone = s.head != "finetune" && s.motionStats;
    }
    r.config = c.toJson();
  } else {
    core::FineTuneConfig c;
    c.modelName = name_->text().trimmed().toStdString();
    c.clipSet = clipSet_->currentData().toLongLong();
    c.trainSplit = trainSplit_->text().trimmed().toStdString();
    c.validationSplit = evalSplit_->text().trimmed().toStdString();
    c.patience = patience_->value();
    c.thresholdRule = thresholdRule_->currentData().toString().toStdString();
    c.maxFalseAlarmsPerHour = maxFalseAlarms_->value();
    c.maxConsecutive = maxConsecutive_->value();
    c.crossFitOperatingPoint = crossFit_->isChecked();
    if (chooseShare_->isChecked()) c.motionShareCandidates = core::standardMotionShareCandidates();
    if (weighJerks_->isChecked()) c.jerkWeightCandidates = core::standardJerkWeightCandidates();
    c.settings = s;
    r.kind = JobKind::FineTune;
    r.config = c.toJson();
  }
  return r;
}

QString FineTuneDialog::problem() const {
  if (clipSet_->count() == 0) return tr("The project has no clip set yet (Clips ▸ Build Clip Set…).");
  if (!probing() && base_->combo()->currentIndex() == base_->combo()->count() - 1 && base_->file().isEmpty())
    return tr("Choose the weights file to start from.");
  if (frames_->value() % 2 != 0) return tr("The frame count must be even (tubelets of 2 frames).");
  if (size_->value() % 16 != 0) return tr("The input size must be a multiple of 16 (the patch size).");
  if (mode_->currentIndex() == kFewShot)
    return shots().empty() ? tr("Give the shots as numbers, e.g. 2,3,4.") : QString();
  const std::string name = name_->text().trimmed().toStdString();
  if (name.empty()) return tr("Name the model to create.");
  try {
    core::validateModelName(name);
  } catch (const std::exception& e) {
    return QString::fromUtf8(e.what());
  }
  if (database::ModelStore(db_).findByName(name))
    return tr("A model named '%1' already exists.").arg(QString::fromStdString(name));
  return {};
}

void FineTuneDialog::accept() {
  const QString p = problem();
  status_->setText(p);
  if (!p.isEmpty()) return;
  if (const QString warning = splitWarning(); !warning.isEmpty()) {
    const QString question = tr("%1 Start anyway?").arg(warning);
    const bool start = startQuestion_ ? startQuestion_(question)
                                      : QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    if (!start) {
      status_->setText(warning);
      return;
    }
  }
  memory_.save();
  QDialog::accept();
}

}  // namespace prodrome::ui
