// Where file dialogs open (issue 16 §7): the project's folder at first, then
// the folder last chosen for that project, never another project's; without
// a project, the folder last chosen without one. The import dialog opened in
// the working directory of the process before.

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTest>

#include <memory>

#include "tests/ui/TestProject.h"
#include "ui/DialogFolder.h"

using prodrome::ui::dialogStart;
using prodrome::ui::rememberDialogChoice;

class DialogFolderTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init() { QSettings().remove(QStringLiteral("dialogFolders")); }

  void startsInTheProjectFolderThenWhereTheUserWent() {
    const QDir root(QFileInfo(QString::fromStdString((prodrome::test::scratch() / "dialog-folders").string()))
                      .absoluteFilePath());
    QVERIFY(root.mkpath("a") && root.mkpath("b") && root.mkpath("data/clips"));
    const QString projectA = root.filePath("a/a.prodrome");
    const QString projectB = root.filePath("b/b.prodrome");
    QCOMPARE(dialogStart(projectA), root.filePath("a"));
    QCOMPARE(dialogStart(projectA, "run-1.html"), root.filePath("a/run-1.html"));  // a save dialog's suggestion

    rememberDialogChoice(projectA, root.filePath("data/events.csv"));  // a file (need not exist yet)
    QCOMPARE(dialogStart(projectA), root.filePath("data"));
    QCOMPARE(dialogStart(projectB), root.filePath("b"));  // the other project keeps its own
    rememberDialogChoice(projectA, root.filePath("data/clips"));  // a folder dialog returns the folder
    QCOMPARE(dialogStart(projectA), root.filePath("data/clips"));
    rememberDialogChoice(projectA, {});  // cancelled
    QCOMPARE(dialogStart(projectA), root.filePath("data/clips"));

    QVERIFY(QDir(root.filePath("data/clips")).removeRecursively());
    QCOMPARE(dialogStart(projectA), root.filePath("a"));  // a folder that is gone: back to the project's

    QCOMPARE(dialogStart({}), QDir::homePath());
    rememberDialogChoice({}, projectB);  // a project opened from its folder
    QCOMPARE(dialogStart({}), root.filePath("b"));
  }
};

std::unique_ptr<QObject> makeDialogFolderTest() { return std::make_unique<DialogFolderTest>(); }

#include "DialogFolderTest.moc"
