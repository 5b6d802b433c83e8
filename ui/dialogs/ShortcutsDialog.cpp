#include "ui/dialogs/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace prodrome::ui {

namespace {

void addMenu(QTreeWidgetItem* parent, const QMenu* menu) {
  for (QAction* a : menu->actions()) {
    if (a->menu()) {
      addMenu(parent, a->menu());
      continue;
    }
    if (a->isSeparator() || a->shortcuts().isEmpty()) continue;
    QStringList keys;
    for (const QKeySequence& k : a->shortcuts()) {
      const Qt::Key key = k[0].key();
      if (key >= Qt::Key_F13 && key <= Qt::Key_F35) continue;
      keys << k.toString(QKeySequence::NativeText);
    }
    if (keys.isEmpty()) continue;
    QString name = a->property(kShortcutsName).toString();
    if (name.isEmpty()) name = a->text();
    new QTreeWidgetItem(parent, {name.remove('&'), keys.join(ShortcutsDialog::tr(" or "))});
  }
}

}  // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Keyboard Shortcuts"));
  auto* tree = new QTreeWidget(this);
  tree->setHeaderLabels({tr("Action"), tr("Keys")});
  tree->setRootIsDecorated(false);
  for (QAction* top : menus->actions()) {
    if (!top->menu()) continue;
    auto* group = new QTreeWidgetItem(tree, {top->text().remove('&')});
    QFont f = group->font(0);
    f.setBold(true);
    group->setFont(0, f);
    addMenu(group, top->menu());
    if (group->childCount() == 0) delete group;
  }
  tree->expandAll();
  tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(tree);
  layout->addWidget(buttons);
  resize(560, 640);
}

}  // namespace prodrome::ui
