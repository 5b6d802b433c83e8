#pragma once
// Help ▸ Keyboard Shortcuts: every action of the window that has a key, by
// menu, read from the menus themselves so that the sheet cannot drift.

#include <QDialog>

class QMenuBar;

namespace prodrome::ui {

class ShortcutsDialog : public QDialog {
  Q_OBJECT

 public:
  ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);
};

}  // namespace prodrome::ui
