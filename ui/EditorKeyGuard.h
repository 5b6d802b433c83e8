#pragma once
// Keeps the window's one-key shortcuts (J/K/L, arrows, Home/End, Page Up/Down,
// Backspace, letters) away from a focused editor: a spin box, a line edit, an
// editable combo box or a text field gets its own keys. Qt asks the focus
// widget first (a ShortcutOverride event) but a spin box does not claim Up or
// Down there, so Up in the review's threshold box changed the playback speed
// (issue 16). Keys with Ctrl, Alt or Meta, Escape, Tab and the function keys
// stay the window's: they are commands, not typing.
//
// Installed on the application, since the override event goes to whichever
// widget has focus. GUI thread only.

#include <QObject>

class QKeyEvent;

namespace prodrome::ui {

class EditorKeyGuard : public QObject {
  Q_OBJECT

 public:
  explicit EditorKeyGuard(QObject* parent = nullptr);

  // Whether `receiver` is an editor that should keep `key` from the shortcuts.
  static bool keepsKey(const QObject* receiver, const QKeyEvent& key);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
};

}  // namespace prodrome::ui
