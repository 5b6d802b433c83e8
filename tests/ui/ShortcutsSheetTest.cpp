// Help ▸ Keyboard Shortcuts lists keys a user has (issue 16 §7): the sheet
// showed "F14" (Qt's X11 Undo carries the Sun keyboard's Undo key), read
// "Ctrl+- · · -" for two keys, and named Undo by the edit it would undo.

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTreeWidget>

#include <memory>

#include "ui/MainWindow.h"
#include "ui/dialogs/ShortcutsDialog.h"

using namespace prodrome;

namespace {

QString keysOf(const QTreeWidget* tree, const QString& action) {
  for (int g = 0; g < tree->topLevelItemCount(); ++g)
    for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
      if (tree->topLevelItem(g)->child(i)->text(0) == action) return tree->topLevelItem(g)->child(i)->text(1);
  return QStringLiteral("<absent>");
}

}  // namespace

class ShortcutsSheetTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void listsRealKeysUnderStableNames() {
    QMenuBar bar;
    QMenu* edit = bar.addMenu("&Edit");
    QAction* undo = edit->addAction("&Undo Add event");  // as QUndoStack names it
    undo->setShortcuts(QKeySequence::Undo);
    undo->setProperty(ui::kShortcutsName, "Undo");
    QAction* zoom = edit->addAction("Zoom &Out");
    zoom->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence(Qt::Key_Minus)});
    QAction* sun = edit->addAction("Only F14");
    sun->setShortcut(QKeySequence(Qt::Key_F14));
    ui::ShortcutsDialog sheet(&bar);
    const auto* tree = sheet.findChild<QTreeWidget*>();
    QVERIFY(tree);
    QCOMPARE(keysOf(tree, "Undo Add event"), QStringLiteral("<absent>"));
    const QString undoKeys = keysOf(tree, "Undo");
    QVERIFY2(undoKeys.contains("Ctrl+Z") && !undoKeys.contains("F1"), qPrintable(undoKeys));
    QCOMPARE(keysOf(tree, "Zoom Out"), QStringLiteral("Ctrl+- or -"));
    QCOMPARE(keysOf(tree, "Only F14"), QStringLiteral("<absent>"));  // no key a user has
  }

  // The window's own Edit menu gives Undo and Redo their sheet names.
  void theWindowsUndoIsNamedUndo() {
    ui::MainWindow w;
    ui::ShortcutsDialog sheet(w.menuBar(), &w);
    const auto* tree = sheet.findChild<QTreeWidget*>();
    QVERIFY(keysOf(tree, "Undo").contains("Ctrl+Z"));
    QVERIFY(keysOf(tree, "Redo").contains("Ctrl+Y"));
  }
};

std::unique_ptr<QObject> makeShortcutsSheetTest() { return std::make_unique<ShortcutsSheetTest>(); }

#include "ShortcutsSheetTest.moc"
