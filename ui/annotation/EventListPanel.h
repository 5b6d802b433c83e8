#pragma once
// The event list: a sortable, filterable table of the current recording's
// events beside an editor for the selected one. Meant to live in a
// QDockWidget. Selection follows the controller both ways; a double-click
// asks to seek to the event's onset frame, exactly.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace prodrome::ui {

class AnnotationController;
class EventEditor;
class EventFilterModel;
class EventTableModel;

class EventListPanel : public QWidget {
  Q_OBJECT

 public:
  explicit EventListPanel(AnnotationController* controller, QWidget* parent = nullptr);

  QTableView* table() const { return table_; }
  EventTableModel* model() const { return model_; }
  EventFilterModel* filterModel() const { return filter_; }
  QLineEdit* filterEdit() const { return filterEdit_; }
  QComboBox* kindFilter() const { return kindFilter_; }
  EventEditor* editor() const { return editor_; }

  // Re-reads the controller's events (called on eventsChanged for the
  // current recording).
  void reload();
  // Shows or hides a column of the table, remembered in the settings; the
  // last visible column stays. Also the header's right-click menu.
  void setColumnShown(int column, bool shown);
  QMenu* columnMenu();

 Q_SIGNALS:
  void seekRequested(qint64 frame);

 private:
  void showSelection(qint64 eventId);
  void updateCount();
  static QString columnKey(int column);

  AnnotationController* controller_;
  EventTableModel* model_;
  EventFilterModel* filter_;
  QTableView* table_;
  QLineEdit* filterEdit_;
  QComboBox* kindFilter_;
  QLabel* count_;
  EventEditor* editor_;
  bool syncing_ = false;  // selection being copied from the controller
};

}  // namespace prodrome::ui
