#pragma once
// The side editor of the event list: kind, seizure type (ILAE 2017 terms for
// human recordings, Racine stages for rodent ones, to pick from, or any
// text) and notes of the selected event. Every change goes
// through the controller, so it is an undoable database edit: the kind and
// type when chosen, the notes after a pause in typing or when the editor
// loses the event (consecutive notes edits merge into one undo step).

#include "database/EventStore.h"
#include "database/SubjectStore.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace prodrome::ui {

class AnnotationController;

class EventEditor : public QWidget {
  Q_OBJECT

 public:
  explicit EventEditor(AnnotationController* controller, QWidget* parent = nullptr);

  // Shows `event` (empty: nothing selected, editor disabled). Notes typed
  // for the previous event are saved first.
  void setEvent(const std::optional<database::Event>& event);
  std::optional<qint64> eventId() const { return eventId_; }
  void commitNotes();
  // The pick list for the open recording's species: ILAE 2017 seizure types
  // for humans, Racine stages for rodents, both when unknown (a bare video).
  void setSpecies(std::optional<database::Species> species);

  QComboBox* kindBox() const { return kind_; }
  QComboBox* typeBox() const { return type_; }
  QPlainTextEdit* notesEdit() const { return notes_; }

 private:
  void commitType();
  void fillTypes();

  AnnotationController* controller_;
  QLabel* title_;
  QComboBox* kind_;
  QComboBox* type_;
  QPlainTextEdit* notes_;
  QTimer notesTimer_;
  std::optional<qint64> eventId_;
  bool loading_ = false;  // setEvent() fills the widgets: no edits from that
  std::optional<database::Species> species_;
};

}  // namespace prodrome::ui
