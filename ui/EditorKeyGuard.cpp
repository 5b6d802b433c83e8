#include "ui/EditorKeyGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace prodrome::ui {

namespace {

bool isEditor(const QObject* o) {
  if (qobject_cast<const QAbstractSpinBox*>(o) || qobject_cast<const QLineEdit*>(o) ||
      qobject_cast<const QTextEdit*>(o) || qobject_cast<const QPlainTextEdit*>(o))
    return true;
  const auto* combo = qobject_cast<const QComboBox*>(o);
  return combo && combo->isEditable();
}

// A key a person types or moves the caret with, as opposed to a command.
bool isTypingKey(const QKeyEvent& key) {
  if (key.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) return false;
  const int k = key.key();
  if (k == Qt::Key_Escape || k == Qt::Key_Tab || k == Qt::Key_Backtab) return false;
  if (k >= Qt::Key_F1 && k <= Qt::Key_F35) return false;
  return true;
}

}  // namespace

EditorKeyGuard::EditorKeyGuard(QObject* parent) : QObject(parent) {
  if (qApp) qApp->installEventFilter(this);
}

bool EditorKeyGuard::keepsKey(const QObject* receiver, const QKeyEvent& key) {
  return isTypingKey(key) && isEditor(receiver);
}

bool EditorKeyGuard::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() != QEvent::ShortcutOverride) return false;
  auto* key = static_cast<QKeyEvent*>(event);
  if (!keepsKey(watched, *key)) return false;
  // Accepted: no shortcut fires, and the key arrives at the editor as a key press.
  key->accept();
  return true;
}

}  // namespace prodrome::ui
