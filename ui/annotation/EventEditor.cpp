#include "ui/annotation/EventEditor.h"

#include "ui/Clock.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/EventTableModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace prodrome::ui {

using database::EventKind;

namespace {
// Stored in English (the project file is shared between clinicians with
// different locales); shown translated.
struct SeizureTypeTerm {
  const char* stored;
  const char* shown;
};
constexpr SeizureTypeTerm kSeizureTypes[] = {
    {"focal aware", QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "focal aware")},
    {"focal impaired awareness", QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "focal impaired awareness")},
    {"focal to bilateral tonic-clonic",
     QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "focal to bilateral tonic-clonic")},
    {"generalized tonic-clonic", QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "generalized tonic-clonic")},
    {"absence", QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "absence")},
    {"myoclonic", QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "myoclonic")},
    {"tonic", QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "tonic")},
    {"atonic", QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "atonic")},
    {"clonic", QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "clonic")},
    {"epileptic spasms", QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "epileptic spasms")},
    {"unknown onset", QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "unknown onset")},
};
// Racine's scale of kindled-rodent seizures (Racine 1972), the usual grading
// of rodent convulsive seizures.
constexpr SeizureTypeTerm kRacineStages[] = {
    {"Racine 1", QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "Racine 1: mouth and facial movements")},
    {"Racine 2", QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "Racine 2: head nodding")},
    {"Racine 3", QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "Racine 3: forelimb clonus")},
    {"Racine 4", QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "Racine 4: rearing with forelimb clonus")},
    {"Racine 5", QT_TRANSLATE_NOOP("prodrome::ui::EventEditor", "Racine 5: rearing and falling")},
};
constexpr int kNotesPauseMs = 700;
}  // namespace

EventEditor::EventEditor(AnnotationController* controller, QWidget* parent)
    : QWidget(parent),
      controller_(controller),
      title_(new QLabel(this)),
      kind_(new QComboBox(this)),
      type_(new QComboBox(this)),
      notes_(new QPlainTextEdit(this)) {
  kind_->setObjectName("eventKind");
  type_->setObjectName("seizureType");
  notes_->setObjectName("eventNotes");
  for (EventKind kind : {EventKind::Seizure, EventKind::Artifact, EventKind::Other})
    kind_->addItem(EventTableModel::kindName(kind), static_cast<int>(kind));
  type_->setEditable(true);
  type_->setInsertPolicy(QComboBox::NoInsert);
  fillTypes();
  type_->lineEdit()->setPlaceholderText(tr("Seizure type"));
  notes_->setPlaceholderText(tr("Notes"));
  notes_->setTabChangesFocus(true);

  auto* form = new QFormLayout(this);
  form->setContentsMargins(6, 6, 6, 6);
  form->addRow(title_);
  form->addRow(tr("Kind:"), kind_);
  form->addRow(tr("Type:"), type_);
  form->addRow(tr("Notes:"), notes_);

  notesTimer_.setSingleShot(true);
  notesTimer_.setInterval(kNotesPauseMs);
  connect(&notesTimer_, &QTimer::timeout, this, &EventEditor::commitNotes);
  connect(notes_, &QPlainTextEdit::textChanged, this, [this] {
    if (!loading_) notesTimer_.start();
  });
  connect(kind_, &QComboBox::activated, this, [this](int index) {
    if (eventId_) controller_->setKind(*eventId_, static_cast<EventKind>(kind_->itemData(index).toInt()));
  });
  connect(type_, &QComboBox::activated, this, [this] { commitType(); });
  connect(type_->lineEdit(), &QLineEdit::editingFinished, this, [this] { commitType(); });
  setEvent(std::nullopt);
}

void EventEditor::commitType() {
  if (loading_ || !eventId_) return;
  // A picked term is stored in English; typed text as typed.
  const QString text = type_->currentText().trimmed();
  const int index = type_->findText(text, Qt::MatchFixedString);
  const QString stored = index >= 0 ? type_->itemData(index).toString() : text;
  controller_->setSeizureType(*eventId_, stored);
}

void EventEditor::commitNotes() {
  notesTimer_.stop();
  if (loading_ || !eventId_) return;
  const auto current = controller_->event(*eventId_);
  if (current && QString::fromStdString(current->notes) != notes_->toPlainText())
    controller_->setNotes(*eventId_, notes_->toPlainText());
}

void EventEditor::setSpecies(std::optional<database::Species> species) {
  if (species == species_ && type_->count() > 1) return;
  species_ = species;
  const bool wasLoading = loading_;
  loading_ = true;  // refilling the list edits nothing
  const QString shown = type_->currentText();
  fillTypes();
  const int known = type_->findText(shown);
  if (known >= 0)
    type_->setCurrentIndex(known);
  else
    type_->setEditText(shown);
  loading_ = wasLoading;
}

void EventEditor::fillTypes() {
  type_->clear();
  type_->addItem(QString(), QString());
  const auto add = [this](const auto& terms) {
    for (const SeizureTypeTerm& term : terms) type_->addItem(tr(term.shown), QString::fromLatin1(term.stored));
  };
  if (species_ != database::Species::Rodent) add(kSeizureTypes);
  if (species_ != database::Species::Human) add(kRacineStages);
}

void EventEditor::setEvent(const std::optional<database::Event>& event) {
  const bool sameEvent = event && eventId_ == event->id;
  if (notesTimer_.isActive() && !sameEvent) commitNotes();
  loading_ = true;
  eventId_ = event ? std::optional<qint64>(event->id) : std::nullopt;
  setEnabled(event.has_value());
  if (!event) {
    title_->setText(tr("No event selected"));
    kind_->setCurrentIndex(0);
    type_->setCurrentIndex(0);
    notes_->clear();
    loading_ = false;
    return;
  }
  const QString span = event->offsetFrame ? tr("frames %1–%2").arg(event->onsetFrame).arg(*event->offsetFrame)
                                          : tr("from frame %1, open").arg(event->onsetFrame);
  title_->setText(tr("<b>Event #%1</b> · %2 · %3")
                      .arg(event->id)
                      .arg(formatFrameClock(event->onsetFrame, controller_->fps()), span));
  kind_->setCurrentIndex(kind_->findData(static_cast<int>(event->kind)));
  const QString type = QString::fromStdString(event->seizureType);
  const int known = type_->findData(type);
  if (known >= 0)
    type_->setCurrentIndex(known);
  else
    type_->setEditText(type);
  // Keep the caret where it is when the same event comes back after an edit,
  // and never overwrite notes still being typed (they are saved on the pause).
  const bool typing = sameEvent && notesTimer_.isActive();
  if (!typing && notes_->toPlainText() != QString::fromStdString(event->notes))
    notes_->setPlainText(QString::fromStdString(event->notes));
  loading_ = false;
}

}  // namespace prodrome::ui
