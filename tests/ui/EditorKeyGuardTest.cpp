// A focused editor keeps its typing keys from the window's one-key shortcuts
// (issue 16, section 3): J, arrows and Home in a line edit or a text field of
// the main window type or move the caret; elsewhere they still play and step.

#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <memory>

#include "tests/ui/TestProject.h"
#include "ui/MainWindow.h"
#include "ui/PlaybackController.h"
#include "ui/timeline/TimelineWidget.h"

using namespace prodrome;

class EditorKeyGuardTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void editorsKeepTheirKeys() {
    ui::MainWindow w;
    auto* dock = new QDockWidget(&w);
    auto* edit = new QLineEdit(dock);
    dock->setWidget(edit);
    w.addDockWidget(Qt::RightDockWidgetArea, dock);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openVideo(QString::fromStdString(test::fixtureVideo().string())));
    QVERIFY(QTest::qWaitFor([&] { return w.playback()->hasVideo() && w.currentFrame() >= 0; }, 20000));
    const double speed = w.playback()->speed();

    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, "jkl");
    QTest::keyClick(edit, Qt::Key_Up);
    QTest::keyClick(edit, Qt::Key_Home);
    QTest::keyClick(edit, Qt::Key_Right);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(edit->text(), QStringLiteral("kl"));  // typed, caret moved, 'j' erased
    QCOMPARE(w.playback()->speed(), speed);
    QVERIFY(!w.playback()->isPlaying());
    QCOMPARE(w.currentFrame(), 0);

    auto* text = new QPlainTextEdit(dock);
    dock->setWidget(text);
    text->setFocus();
    QTRY_VERIFY(text->hasFocus());
    QTest::keyClick(text, Qt::Key_L);
    QTest::keyClick(text, Qt::Key_Down);
    QCOMPARE(text->toPlainText(), QStringLiteral("l"));
    QCOMPARE(w.playback()->speed(), speed);
    QVERIFY(!w.playback()->isPlaying());

    // Outside an editor the keys are the window's.
    w.timeline()->setFocus();
    QTRY_VERIFY(w.timeline()->hasFocus());
    QTest::keyClick(&w, Qt::Key_Right);
    QCOMPARE(w.currentFrame(), 1);
    QTest::keyClick(&w, Qt::Key_Up);
    QVERIFY(w.playback()->speed() > speed);
  }
};

std::unique_ptr<QObject> makeEditorKeyGuardTest() { return std::make_unique<EditorKeyGuardTest>(); }

#include "EditorKeyGuardTest.moc"
