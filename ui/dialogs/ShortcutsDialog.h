#pragma once
// Help ▸ Keyboard Shortcuts: every action of the window that has a key, by
// menu, read from the menus themselves so that the sheet cannot drift.
//
// An action whose text changes with the state (Undo names the edit it would
// undo) gives its sheet name in the property kShortcutsName. Keys only old
// Sun keyboards have (F13 and above, which Qt's standard Undo, Copy and Paste
// carry on X11) are left out; several keys for one action read "A or B".

#include <QDialog>

class QMenuBar;

namespace prodrome::ui {

inline constexpr const char* kShortcutsName = "shortcutsName";

class ShortcutsDialog : public QDialog {
  Q_OBJECT

 public:
  ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);
};

}  // namespace prodrome::ui
