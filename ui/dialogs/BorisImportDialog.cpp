#include "ui/dialogs/BorisImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace prodrome::ui {

BorisImportDialog::BorisImportDialog(const QString& file, const core::BorisSurvey& survey, QWidget* parent)
    : QDialog(parent),
      refuse_(new QRadioButton(tr("Import nothing: add the videos to the project first"), this)),
      add_(new QRadioButton(tr("Add the videos as recordings, then import everything"), this)),
      skip_(new QRadioButton(tr("Skip those observations and import the others"), this)),
      subject_(new QLineEdit(this)),
      species_(new QComboBox(this)),
      points_(new QCheckBox(tr("Import point events as seizure onsets (open events)"), this)),
      annotator_(new QLineEdit(QStringLiteral("boris"), this)),
      seizures_(new QLineEdit(this)) {
  setWindowTitle(tr("Import BORIS Project"));
  auto* layout = new QVBoxLayout(this);
  QString summary = tr("%1 holds %2 observation(s).").arg(QFileInfo(file).fileName()).arg(survey.observations);
  if (survey.withoutVideo > 0)
    summary += QLatin1Char(' ') + tr("%1 of them (LIVE or IMAGES) have no video and are skipped.").arg(survey.withoutVideo);
  auto* heading = new QLabel(summary, this);
  heading->setWordWrap(true);
  layout->addWidget(heading);

  const int unknown = static_cast<int>(survey.unknownMedia.size());
  if (unknown > 0) {
    auto* label = new QLabel(tr("%n observation(s) name videos this project does not hold:", "", unknown), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* list = new QPlainTextEdit(this);
    list->setReadOnly(true);
    QStringList lines;
    for (const auto& line : survey.unknownMedia) lines << QString::fromStdString(line);
    list->setPlainText(lines.join(QLatin1Char('\n')));
    list->setMaximumHeight(110);
    layout->addWidget(list);
    layout->addWidget(refuse_);
    layout->addWidget(add_);
    auto* addForm = new QFormLayout;
    addForm->setContentsMargins(24, 0, 0, 0);
    subject_->setPlaceholderText(survey.subjects.size() == 1
                                     ? QString::fromStdString(*survey.subjects.begin())
                                     : tr("each observation's BORIS subject"));
    subject_->setToolTip(tr("The subject the added recordings belong to. Left empty, each observation's one BORIS "
                            "subject is taken."));
    species_->addItem(tr("as the subject is (existing subjects)"));
    species_->addItem(tr("human"));
    species_->addItem(tr("rodent"));
    addForm->addRow(tr("Subject:"), subject_);
    addForm->addRow(tr("Species:"), species_);
    layout->addLayout(addForm);
    layout->addWidget(skip_);
    refuse_->setChecked(true);
  } else {
    for (auto* w : std::initializer_list<QWidget*>{refuse_, add_, skip_, subject_, species_}) w->hide();
    auto* label = new QLabel(tr("Every observation's video is in the project."), this);
    layout->addWidget(label);
  }
  layout->addWidget(points_);
  auto* form = new QFormLayout;
  const auto listed = [](const std::set<std::string>& codes) {
    QStringList list;
    for (const auto& c : codes) list << QString::fromStdString(c);
    return list.join(QStringLiteral(", "));
  };
  seizures_->setPlaceholderText(survey.seizureCategory.empty()
                                    ? tr("every behaviour: %1").arg(listed(survey.behaviours))
                                    : tr("category 'seizure': %1").arg(listed(survey.seizureCategory)));
  seizures_->setToolTip(tr("The BORIS behaviour codes that are seizures, comma-separated. The others import as "
                           "'other' events (or artifacts), which may overlap. Left empty: the behaviours of the "
                           "ethogram's category 'seizure', or every behaviour."));
  form->addRow(tr("Seizure behaviours:"), seizures_);
  annotator_->setToolTip(tr("Whose marks these are, unless an observation names its own in the independent "
                            "variable 'annotator'. Each BORIS subject's events go under ANNOTATOR/SUBJECT."));
  form->addRow(tr("Annotator:"), annotator_);
  layout->addLayout(form);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  for (auto* b : {refuse_, add_, skip_}) connect(b, &QRadioButton::toggled, this, &BorisImportDialog::update);
  connect(annotator_, &QLineEdit::textChanged, this, &BorisImportDialog::update);
  update();
}

core::BorisImportOptions BorisImportDialog::options() const {
  core::BorisImportOptions o;
  o.annotator = annotator_->text().trimmed().toStdString();
  o.unknownMedia = add_->isChecked()    ? core::BorisImportOptions::UnknownMedia::Add
                   : skip_->isChecked() ? core::BorisImportOptions::UnknownMedia::Skip
                                        : core::BorisImportOptions::UnknownMedia::Refuse;
  if (!subject_->text().trimmed().isEmpty()) o.subject = subject_->text().trimmed().toStdString();
  if (species_->currentIndex() > 0)
    o.species = species_->currentIndex() == 1 ? database::Species::Human : database::Species::Rodent;
  for (const QString& code : seizures_->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
    if (!code.trimmed().isEmpty()) o.seizureCodes.insert(code.trimmed().toStdString());
  o.points = points_->isChecked() ? core::BorisImportOptions::Points::Onset : core::BorisImportOptions::Points::Skip;
  return o;
}

void BorisImportDialog::update() {
  subject_->setEnabled(add_->isChecked());
  species_->setEnabled(add_->isChecked());
  // Refusing is the safe default; importing nothing is what it does, so the
  // button says so rather than pretend.
  auto* ok = findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
  const bool refuses = refuse_->isVisibleTo(this) && refuse_->isChecked();
  ok->setEnabled(!refuses && !annotator_->text().trimmed().isEmpty());
  ok->setToolTip(refuses ? tr("Choose what to do with the videos the project does not hold.") : QString());
}

}  // namespace prodrome::ui
