// The project tree keeps what the user folded across reloads of the same
// project (issue 16 §7): every edit reloads it, and it used to spring back
// to its defaults each time. Another project starts from its defaults.

#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <memory>

#include "database/Schema.h"
#include "tests/ui/TestProject.h"
#include "ui/ProjectTreeDock.h"

using namespace prodrome;

namespace {

QTreeWidgetItem* topLevel(QTreeWidget* tree, const QString& title) {
  for (int i = 0; i < tree->topLevelItemCount(); ++i)
    if (tree->topLevelItem(i)->text(0) == title) return tree->topLevelItem(i);
  return nullptr;
}

}  // namespace

class ProjectTreeFoldTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  // Issue 16 §7: a narrow dock cuts names short; every cell's whole text is in a tool tip.
  void everyCellShowsItsWholeTextInAToolTip() {
    const auto project = test::makeTestProject("fold-tips");
    database::Database db = database::openProject(project.file);
    ui::ProjectTreeDock dock;
    dock.reload(&db);
    int cells = 0;
    for (QTreeWidgetItemIterator it(dock.tree()); *it; ++it)
      for (int c = 0; c < dock.tree()->columnCount(); ++c) {
        if ((*it)->text(c).isEmpty()) continue;
        ++cells;
        QVERIFY2(!(*it)->toolTip(c).isEmpty(), qPrintable((*it)->text(c)));
      }
    QVERIFY(cells >= 6);  // the groups, the subject and its recording, with details
  }

  void foldingSurvivesAReloadOfTheSameProject() {
    const auto first = test::makeTestProject("fold-a");
    const auto second = test::makeTestProject("fold-b");
    database::Database a = database::openProject(first.file);
    database::Database b = database::openProject(second.file);
    ui::ProjectTreeDock dock;
    dock.reload(&a);
    QTreeWidget* tree = dock.tree();
    QTreeWidgetItem* subjects = topLevel(tree, "Subjects");
    QVERIFY(subjects && subjects->childCount() > 0);
    QVERIFY(subjects->child(0)->isExpanded());  // the default: every subject open
    subjects->child(0)->setExpanded(false);

    dock.reload(&a);  // an edit elsewhere reloads the tree
    subjects = topLevel(tree, "Subjects");
    QVERIFY(subjects->isExpanded());
    QVERIFY(!subjects->child(0)->isExpanded());
    subjects->setExpanded(false);
    dock.reload(&a);
    QVERIFY(!topLevel(tree, "Subjects")->isExpanded());
    QVERIFY(!topLevel(tree, "Subjects")->child(0)->isExpanded());

    dock.reload(&b);  // another project: its defaults
    QVERIFY(topLevel(tree, "Subjects")->isExpanded());
    QVERIFY(topLevel(tree, "Subjects")->child(0)->isExpanded());
  }
};

std::unique_ptr<QObject> makeProjectTreeFoldTest() { return std::make_unique<ProjectTreeFoldTest>(); }

#include "ProjectTreeFoldTest.moc"
