// The start page and the return to where a project was left (issue 16 §7):
// with nothing open the window offers its ways in and the recent projects,
// a missing one greyed; a recent project opens with a click and hides the
// page, closing it shows the page again; reopening a project returns to its
// last recording and frame, and an impossible stored position falls back to
// the first recording's start.

#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <memory>

#include "tests/ui/TestProject.h"
#include "ui/FrameView.h"
#include "ui/LastPosition.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/StartPage.h"

using namespace prodrome;

namespace {

bool showsExactly(ui::MainWindow& w, int frame) {
  return QTest::qWaitFor(
      [&] { return w.frameView()->isExact() && test::shownNumber(w.frameView()->image()) == frame; }, 10000);
}

}  // namespace

class StartPageTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void listsRecentProjectsAndOpensOne() {
    const auto project = test::makeTestProject("start-recent");
    const QString missing = QString::fromStdString((test::scratch() / "moved-away.prodrome").string());
    QSettings().setValue("recentProjects", QStringList{project.qfile(), missing});
    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.startPageShown());
    QVERIFY(!w.startPage()->demoButton()->isVisibleTo(&w));  // nothing here builds the demo
    QListWidget* recent = w.startPage()->recentList();
    QCOMPARE(recent->count(), 2);
    QVERIFY(recent->item(0)->text().startsWith("start-recent.prodrome"));
    QVERIFY(recent->item(0)->flags() & Qt::ItemIsEnabled);
    QVERIFY2(recent->item(1)->text().contains("(missing)"), qPrintable(recent->item(1)->text()));
    QVERIFY(!(recent->item(1)->flags() & Qt::ItemIsEnabled));
    Q_EMIT recent->itemActivated(recent->item(1));  // a missing project opens nothing
    QVERIFY(!w.project()->isOpen());

    Q_EMIT recent->itemActivated(recent->item(0));
    QVERIFY(w.project()->isOpen());
    QVERIFY(!w.startPageShown());
    QVERIFY(showsExactly(w, 0));
    w.closeProject();
    QVERIFY(w.startPageShown());
    QVERIFY(recent->item(0)->text().startsWith("start-recent.prodrome"));
  }

  void aBareVideoLeavesTheStartPage() {
    ui::MainWindow w;
    w.show();
    QVERIFY(w.startPageShown());
    QVERIFY(w.openVideo(QString::fromStdString(test::fixtureVideo().string())));
    QVERIFY(!w.startPageShown());
  }

  void reopeningReturnsToTheLastRecordingAndFrame() {
    const auto project = test::makeTestProject("start-position");
    {
      ui::MainWindow w;
      w.show();
      QVERIFY(w.openProject(project.qfile()));
      QVERIFY(showsExactly(w, 0));  // a new project starts at the beginning
      w.showFrame(417);
      QVERIFY(showsExactly(w, 417));
      w.closeProject();
    }
    ui::MainWindow w;
    w.show();
    QVERIFY(w.openProject(project.qfile()));
    QCOMPARE(w.currentRecordingId(), project.recordingId);
    QVERIFY(showsExactly(w, 417));

    // A stored frame past the recording's end (the video was replaced) is
    // not gone to: the recording opens at its start.
    w.closeProject();
    ui::rememberLastPosition(project.qfile(), {project.recordingId, 100000});
    QVERIFY(w.openProject(project.qfile()));
    QVERIFY(showsExactly(w, 0));
    // Nor is a recording the project no longer has.
    w.closeProject();
    ui::rememberLastPosition(project.qfile(), {project.recordingId + 50, 10});
    QVERIFY(w.openProject(project.qfile()));
    QCOMPARE(w.currentRecordingId(), project.recordingId);
    QVERIFY(showsExactly(w, 0));
  }
};

std::unique_ptr<QObject> makeStartPageTest() { return std::make_unique<StartPageTest>(); }

#include "StartPageTest.moc"
