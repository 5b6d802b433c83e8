#include "ui/dialogs/ClipSetDialog.h"

#include "core/clips/ClipSetService.h"
#include "core/clips/EmptyLabelReasons.h"
#include "core/Error.h"
#include "database/ClipSetStore.h"
#include "database/SubjectStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace prodrome::ui {

ClipSetDialog::ClipSetDialog(database::Database& database, QWidget* parent)
    : QDialog(parent),
      database_(database),
      name_(new QLineEdit(this)),
      startFrom_(new QComboBox(this)),
      counts_(new QTableWidget(this)),
      status_(new QLabel(this)),
      debounce_(new QTimer(this)) {
  setWindowTitle(tr("Build Clip Set"));
  setObjectName("clipSetDialog");
  const core::ClipSetParams defaults;
  name_->setPlaceholderText(tr("e.g. emu-L5-H5"));
  startFrom_->addItem(tr("the default settings"), QVariant::fromValue<qlonglong>(0));
  for (const auto& set : database::ClipSetStore(database_).list())
    startFrom_->addItem(tr("clip set %1").arg(QString::fromStdString(set.name)), QVariant::fromValue<qlonglong>(set.id));
  startFrom_->setToolTip(tr("Fill every field from an existing clip set's stored settings, to build a variant of it."));
  species_ = new QComboBox(this);
  species_->addItem(tr("every subject"));
  species_->addItem(tr("human subjects only"));
  species_->addItem(tr("rodent subjects only"));
  species_->setToolTip(tr("Build from the recordings of one species only; splits then draw from its subjects."));
  // Every subject, ticked: untick those the set leaves out. Those of the
  // species not chosen are greyed (the species filter leaves them out already).
  subjects_ = new QListWidget(this);
  subjects_->setObjectName(QStringLiteral("subjectFilter"));
  for (const database::Subject& subject : database::SubjectStore(database_).list()) {
    auto* item = new QListWidgetItem(
        tr("%1 (%2)").arg(QString::fromStdString(subject.code),
                          subject.species == database::Species::Human ? tr("human") : tr("rodent")),
        subjects_);
    item->setData(Qt::UserRole, QString::fromStdString(subject.code));
    item->setData(Qt::UserRole + 1, static_cast<int>(subject.species));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
  }
  subjects_->setMaximumHeight(std::max(48, subjects_->sizeHintForRow(0) * 4 + 6));
  subjects_->setToolTip(
      tr("The subjects whose recordings the set is built from; untick those to leave out. Splits draw from the "
         "ticked subjects, each species on its own."));

  length_ = seconds(3, 10, 0.5, tr(" s"));
  horizon_ = seconds(0, 3600, 1, tr(" s"));
  stride_ = seconds(0.01, 600, 0.5, tr(" s"));
  normalStride_ = seconds(0, 3600, 1, tr(" s"));
  normalStride_->setSpecialValueText(tr("clip length"));
  postIctal_ = seconds(0, 86400, 10, tr(" s"));
  humanGap_ = seconds(0, 86400, 60, tr(" s"));
  rodentGap_ = seconds(0, 86400, 10, tr(" s"));
  preictal_ = new QCheckBox(tr("pre-ictal"), this);
  normal_ = new QCheckBox(tr("normal"), this);
  ictal_ = new QCheckBox(tr("ictal"), this);
  artifacts_ = new QCheckBox(tr("Artifacts and other events exclude normal windows"), this);
  const auto cap = [this] {
    auto* s = new QSpinBox(this);
    s->setRange(0, 1000000);
    s->setSpecialValueText(tr("no limit"));
    return s;
  };
  maxPreictal_ = cap();
  maxIctal_ = cap();
  maxNormal_ = cap();
  normalPerPreictal_ = new QDoubleSpinBox(this);
  normalPerPreictal_->setRange(0, 1000);
  normalPerPreictal_->setSingleStep(0.5);
  normalPerPreictal_->setSpecialValueText(tr("no limit"));
  seed_ = new QSpinBox(this);
  seed_->setRange(0, std::numeric_limits<int>::max());
  splitMode_ = new QComboBox(this);
  splitMode_->addItem(tr("No split"));
  splitMode_->addItem(tr("By subject: train / val / test"));
  const auto fraction = [this](double v) {
    auto* s = new QDoubleSpinBox(this);
    s->setRange(0, 1);
    s->setSingleStep(0.05);
    s->setValue(v);
    return s;
  };
  const core::SplitFractions fractions;
  train_ = fraction(fractions.train);
  validation_ = fraction(fractions.validation);
  test_ = fraction(fractions.test);

  // What each field does, where it is set (design.md §5 holds the rules).
  // Rich text, so that Qt wraps a long tip instead of running it off the screen.
  const auto wrapped = [](const QString& text) { return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); };
  name_->setToolTip(wrapped(tr("The clip set's name, unique in the project; training dialogs list sets by it.")));
  length_->setToolTip(wrapped(tr("L: the length of every clip, 3 to 10 s. Forecasters see one clip at a time.")));
  horizon_->setToolTip(wrapped(tr("H: a pre-ictal clip ends at most this long before a seizure onset. The forecast "
                          "predicts an onset within H of a window's end.")));
  stride_->setToolTip(wrapped(tr("How far apart the ends of successive pre-ictal clips before one onset lie (and the "
                         "step between ictal clips).")));
  normalStride_->setToolTip(wrapped(tr("How far apart successive normal clips start; 'clip length' makes them adjacent.")));
  postIctal_->setToolTip(wrapped(tr("Time after a seizure's offset that is neither normal nor pre-ictal: a pre-ictal clip "
                            "of the next seizure may not reach back into it.")));
  humanGap_->setToolTip(wrapped(tr("Normal clips of human recordings keep at least this far from every seizure, before and "
                           "after. Recordings shorter than about twice the gap around a seizure give no normals.")));
  rodentGap_->setToolTip(wrapped(tr("Normal clips of rodent recordings keep at least this far from every seizure, before "
                            "and after.")));
  preictal_->setToolTip(wrapped(tr("Build pre-ictal clips (end within H of an onset): the positive class.")));
  normal_->setToolTip(wrapped(tr("Build normal clips (far from seizures): the negative class.")));
  ictal_->setToolTip(wrapped(tr("Build ictal clips (inside a seizure), for pre-training mixes; forecasting does not use "
                        "them.")));
  artifacts_->setToolTip(wrapped(tr("When ticked, a normal clip may not overlap an artifact or other annotated event.")));
  maxPreictal_->setToolTip(wrapped(tr("Keep at most this many pre-ictal clips per seizure (a seeded random subset).")));
  maxIctal_->setToolTip(wrapped(tr("Keep at most this many ictal clips per seizure (a seeded random subset).")));
  maxNormal_->setToolTip(wrapped(tr("Keep at most this many normal clips per recording (a seeded random subset).")));
  normalPerPreictal_->setToolTip(wrapped(tr("Keep at most this many normal clips per pre-ictal clip over the whole set, "
                                    "to balance the classes.")));
  seed_->setToolTip(wrapped(tr("Seeds every random choice (caps and subject splits): the same seed builds the same set.")));
  splitMode_->setToolTip(wrapped(tr("Split by subject, so that no subject's clips are in two splits (evaluation on "
                            "unseen subjects).")));
  for (auto* s : {train_, validation_, test_})
    s->setToolTip(wrapped(tr("Fractions of the subjects in train, validation and test (seeded).")));

  auto* windows = new QGroupBox(tr("Windows"), this);
  auto* wf = new QFormLayout(windows);
  wf->addRow(tr("Name:"), name_);
  wf->addRow(tr("Start from:"), startFrom_);
  wf->addRow(tr("Species:"), species_);
  wf->addRow(tr("Subjects:"), subjects_);
  wf->addRow(tr("Clip length L:"), length_);
  wf->addRow(tr("Horizon H:"), horizon_);
  wf->addRow(tr("Pre-ictal stride:"), stride_);
  wf->addRow(tr("Normal stride:"), normalStride_);
  wf->addRow(tr("Post-ictal period:"), postIctal_);
  wf->addRow(tr("Inter-ictal gap, human:"), humanGap_);
  wf->addRow(tr("Inter-ictal gap, rodent:"), rodentGap_);
  auto* labels = new QHBoxLayout;
  labels->addWidget(preictal_);
  labels->addWidget(normal_);
  labels->addWidget(ictal_);
  wf->addRow(tr("Labels:"), labels);
  wf->addRow(artifacts_);

  auto* sampling = new QGroupBox(tr("Sampling and splits"), this);
  auto* sf = new QFormLayout(sampling);
  sf->addRow(tr("Max pre-ictal per seizure:"), maxPreictal_);
  sf->addRow(tr("Max ictal per seizure:"), maxIctal_);
  sf->addRow(tr("Max normal per recording:"), maxNormal_);
  sf->addRow(tr("Normal per pre-ictal:"), normalPerPreictal_);
  sf->addRow(tr("Seed:"), seed_);
  sf->addRow(tr("Splits:"), splitMode_);
  auto* fr = new QHBoxLayout;
  fr->addWidget(train_);
  fr->addWidget(validation_);
  fr->addWidget(test_);
  sf->addRow(tr("Train / val / test:"), fr);

  counts_->setColumnCount(5);
  counts_->setHorizontalHeaderLabels({tr("Subject"), tr("Split"), tr("Pre-ictal"), tr("Normal"), tr("Ictal")});
  counts_->verticalHeader()->hide();
  counts_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  counts_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  status_->setWordWrap(true);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::accepted, this, [this] {
    if (save()) accept();
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* columns = new QHBoxLayout;
  auto* left = new QVBoxLayout;
  left->addWidget(windows);
  left->addWidget(sampling);
  left->addStretch();
  auto* right = new QVBoxLayout;
  right->addWidget(new QLabel(tr("Preview: clips per subject and label"), this));
  right->addWidget(counts_, 1);
  right->addWidget(status_);
  columns->addLayout(left);
  columns->addLayout(right, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(columns);
  layout->addWidget(buttons);

  setParams(defaults);
  debounce_->setSingleShot(true);
  debounce_->setInterval(250);
  connect(debounce_, &QTimer::timeout, this, &ClipSetDialog::refreshPreview);
  for (auto* s : findChildren<QDoubleSpinBox*>())
    connect(s, &QDoubleSpinBox::valueChanged, debounce_, qOverload<>(&QTimer::start));
  for (auto* s : findChildren<QSpinBox*>()) connect(s, &QSpinBox::valueChanged, debounce_, qOverload<>(&QTimer::start));
  for (auto* c : findChildren<QCheckBox*>()) connect(c, &QCheckBox::toggled, debounce_, qOverload<>(&QTimer::start));
  connect(splitMode_, &QComboBox::currentIndexChanged, debounce_, qOverload<>(&QTimer::start));
  connect(species_, &QComboBox::currentIndexChanged, debounce_, qOverload<>(&QTimer::start));
  connect(species_, &QComboBox::currentIndexChanged, this, &ClipSetDialog::greySubjectsOfOtherSpecies);
  connect(subjects_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
    // At least one subject stays ticked: a set of no subject is no set.
    if (item->checkState() == Qt::Unchecked && params().subjects.empty() && !allSubjectsTicked()) {
      const QSignalBlocker blocker(subjects_);
      item->setCheckState(Qt::Checked);
      status_->setText(tr("At least one subject stays ticked."));
      return;
    }
    debounce_->start();
  });
  connect(startFrom_, &QComboBox::currentIndexChanged, this, &ClipSetDialog::startFrom);
  connect(splitMode_, &QComboBox::currentIndexChanged, this, [this](int mode) {
    for (auto* s : {train_, validation_, test_}) s->setEnabled(mode == 1);
  });
  for (auto* s : {train_, validation_, test_}) s->setEnabled(false);
  resize(900, 560);
  debounce_->start();
}

QDoubleSpinBox* ClipSetDialog::seconds(double min, double max, double step, const QString& suffix) {
  auto* s = new QDoubleSpinBox(this);
  s->setRange(min, max);
  s->setDecimals(2);
  s->setSingleStep(step);
  s->setSuffix(suffix);
  return s;
}

void ClipSetDialog::startFrom(int index) {
  const qint64 id = startFrom_->itemData(index).toLongLong();
  if (id == 0) {
    setParams(core::ClipSetParams{});
    return;
  }
  try {
    const auto set = database::ClipSetStore(database_).find(id);
    if (!set) throw core::Error("the clip set is gone");
    setParams(core::ClipSetParams::fromJson(set->params));
  } catch (const std::exception& e) {
    showError(tr("The settings of %1 cannot be read: %2").arg(startFrom_->itemText(index), QString::fromUtf8(e.what())));
  }
}

core::ClipSetParams ClipSetDialog::params() const {
  core::ClipSetParams p;
  p.clipSeconds = length_->value();
  p.horizonSeconds = horizon_->value();
  p.strideSeconds = stride_->value();
  p.normalStrideSeconds = normalStride_->value();
  p.postIctalSeconds = postIctal_->value();
  p.humanGapSeconds = humanGap_->value();
  p.rodentGapSeconds = rodentGap_->value();
  p.buildPreictal = preictal_->isChecked();
  p.buildNormal = normal_->isChecked();
  p.buildIctal = ictal_->isChecked();
  p.artifactsExcludeNormals = artifacts_->isChecked();
  p.maxPreictalPerSeizure = maxPreictal_->value();
  p.maxIctalPerSeizure = maxIctal_->value();
  p.maxNormalPerRecording = maxNormal_->value();
  p.normalPerPreictal = normalPerPreictal_->value();
  p.seed = seed_->value();
  if (species_->currentIndex() == 1) p.species = core::Species::Human;
  if (species_->currentIndex() == 2) p.species = core::Species::Rodent;
  // Every subject of the species ticked: no subject filter (a later subject
  // of the project belongs to a rebuilt set too).
  if (!allSubjectsTicked())
    for (int i = 0; i < subjects_->count(); ++i) {
      const QListWidgetItem* item = subjects_->item(i);
      if (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsEnabled))
        p.subjects.push_back(item->data(Qt::UserRole).toString().toStdString());
    }
  return p;
}

bool ClipSetDialog::allSubjectsTicked() const {
  for (int i = 0; i < subjects_->count(); ++i) {
    const QListWidgetItem* item = subjects_->item(i);
    if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() != Qt::Checked) return false;
  }
  return true;
}

void ClipSetDialog::greySubjectsOfOtherSpecies() {
  const QSignalBlocker blocker(subjects_);
  const int chosen = species_->currentIndex();  // 0 every subject, 1 human, 2 rodent
  for (int i = 0; i < subjects_->count(); ++i) {
    QListWidgetItem* item = subjects_->item(i);
    const auto species = static_cast<core::Species>(item->data(Qt::UserRole + 1).toInt());
    const bool shown = chosen == 0 || (chosen == 1) == (species == core::Species::Human);
    item->setFlags(shown ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
  }
}

void ClipSetDialog::setParams(const core::ClipSetParams& p) {
  length_->setValue(p.clipSeconds);
  horizon_->setValue(p.horizonSeconds);
  stride_->setValue(p.strideSeconds);
  normalStride_->setValue(p.normalStrideSeconds);
  postIctal_->setValue(p.postIctalSeconds);
  humanGap_->setValue(p.humanGapSeconds);
  rodentGap_->setValue(p.rodentGapSeconds);
  preictal_->setChecked(p.buildPreictal);
  normal_->setChecked(p.buildNormal);
  ictal_->setChecked(p.buildIctal);
  artifacts_->setChecked(p.artifactsExcludeNormals);
  maxPreictal_->setValue(p.maxPreictalPerSeizure);
  maxIctal_->setValue(p.maxIctalPerSeizure);
  maxNormal_->setValue(p.maxNormalPerRecording);
  normalPerPreictal_->setValue(p.normalPerPreictal);
  seed_->setValue(static_cast<int>(p.seed));
  species_->setCurrentIndex(!p.species ? 0 : *p.species == core::Species::Human ? 1 : 2);
  greySubjectsOfOtherSpecies();
  const QSignalBlocker blocker(subjects_);
  for (int i = 0; i < subjects_->count(); ++i) {
    QListWidgetItem* item = subjects_->item(i);
    const std::string code = item->data(Qt::UserRole).toString().toStdString();
    const bool ticked = p.subjects.empty() || std::find(p.subjects.begin(), p.subjects.end(), code) != p.subjects.end();
    item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
  }
}

std::optional<core::SubjectSplit> ClipSetDialog::split() const {
  if (splitMode_->currentIndex() != 1) return std::nullopt;
  // The subjects `prodrome clips build --split-fractions` draws from: one rule (ClipSetService).
  const auto chosen = params();
  return core::ClipSetService(database_).splitByFractions(chosen,
                                                         {train_->value(), validation_->value(), test_->value()});
}

void ClipSetDialog::refreshPreview() {
  debounce_->stop();
  try {
    // One code path with `prodrome clips build`: the service's timelines,
    // the service's builder; save() below calls ClipSetService::build.
    const auto timelines = core::ClipSetService(database_).loadTimelines();
    const auto chosen = params();
    core::ClipSetBuild build = core::ClipSetBuilder(chosen).build(timelines);
    // A label asked for that comes out empty says why (issue 16 §6).
    const QStringList empty = core::emptyLabelReasons(chosen, timelines, build);
    if (const auto s = split()) core::applySplit(build.windows, *s);
    preview_ = std::move(build);
    showCounts(*preview_);
    QString text = tr("%1 pre-ictal, %2 normal, %3 ictal windows.")
                       .arg(preview_->preictalCount)
                       .arg(preview_->normalCount)
                       .arg(preview_->ictalCount);
    if (preview_->openSeizureCount > 0) {
      text += QLatin1Char(' ') + tr("%n seizure(s) have no offset yet; closing them may change the set.", "",
                                    static_cast<int>(preview_->openSeizureCount));
    }
    for (const QString& reason : empty) text += QLatin1Char('\n') + reason;
    status_->setStyleSheet(empty.isEmpty() ? QString() : QStringLiteral("color: #b9770e;"));
    status_->setText(text);
    Q_EMIT previewChanged(*preview_);
  } catch (const std::exception& e) {
    preview_.reset();
    counts_->setRowCount(0);
    showError(QString::fromUtf8(e.what()));
    Q_EMIT previewCleared();
  }
}

void ClipSetDialog::showCounts(const core::ClipSetBuild& build) {
  struct Row {
    std::size_t counts[3] = {0, 0, 0};
    QString split;
  };
  std::map<std::int64_t, Row> rows;
  for (const auto& w : build.windows) {
    Row& r = rows[w.subjectId];
    ++r.counts[static_cast<int>(w.label)];
    r.split = QString::fromStdString(w.split);
  }
  std::map<std::int64_t, QString> codes;
  for (const auto& s : database::SubjectStore(database_).list()) codes[s.id] = QString::fromStdString(s.code);
  counts_->setRowCount(static_cast<int>(rows.size()) + 1);
  int i = 0;
  std::size_t totals[3] = {0, 0, 0};
  const auto set = [this](int row, int col, const QString& text) {
    auto* item = new QTableWidgetItem(text);
    if (col >= 2) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    counts_->setItem(row, col, item);
  };
  for (const auto& [subject, row] : rows) {
    set(i, 0, codes.count(subject) ? codes[subject] : QString::number(subject));
    set(i, 1, row.split);
    // Columns follow ClipLabel's order: pre-ictal, normal, ictal.
    for (int l = 0; l < 3; ++l) {
      set(i, 2 + l, QString::number(row.counts[l]));
      totals[l] += row.counts[l];
    }
    ++i;
  }
  set(i, 0, tr("Total"));
  set(i, 1, QString());
  for (int l = 0; l < 3; ++l) set(i, 2 + l, QString::number(totals[l]));
  for (int c = 0; c < 5; ++c) {
    QFont f = counts_->item(i, c)->font();
    f.setBold(true);
    counts_->item(i, c)->setFont(f);
  }
}

void ClipSetDialog::showError(const QString& message) {
  status_->setStyleSheet(QStringLiteral("color: #c0392b;"));
  status_->setText(message);
}

bool ClipSetDialog::save() {
  const QString name = name_->text().trimmed();
  if (name.isEmpty()) {
    showError(tr("Give the clip set a name."));
    name_->setFocus();
    return false;
  }
  try {
    const auto result = core::ClipSetService(database_).build(name.toStdString(), params(), split());
    savedId_ = result.clipSetId;
    Q_EMIT saved(result.clipSetId, name);
    return true;
  } catch (const std::exception& e) {
    showError(QString::fromUtf8(e.what()));
    return false;
  }
}

}  // namespace prodrome::ui
