// The main window driven by keys, offscreen: the displayed frame is the one
// asked for (read back from its pixels), and errors never block.

#include "tests/support/FixtureVideo.h"
#include "ui/FrameView.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>

extern "C" {
#include <libavutil/log.h>
}

using namespace prodrome;

class MainWindowTest : public QObject {
  Q_OBJECT

 private:
  static int shownNumber(const ui::MainWindow& w) {
    QImage img = w.frameView()->image().convertToFormat(QImage::Format_RGB888);
    return test::readFrameNumber(img.constBits(), img.width(), img.height(), static_cast<int>(img.bytesPerLine()));
  }

 private Q_SLOTS:
  void initTestCase() { av_log_set_level(AV_LOG_QUIET); }

  void stepsByKeys() {
    const auto video = test::makeFixture(PRODROME_FIXTURE_DIR, test::standardFixtures()[0]);
    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openVideo(QString::fromStdString(video.string())));
    QCOMPARE(w.currentFrame(), 0);
    QCOMPARE(shownNumber(w), 0);
    for (int i = 1; i <= 5; ++i) {
      QTest::keyClick(&w, Qt::Key_Right);
      QCOMPARE(w.currentFrame(), i);
      QCOMPARE(shownNumber(w), i);
    }
    QTest::keyClick(&w, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(w.currentFrame(), 35);
    QCOMPARE(shownNumber(w), 35);
    QTest::keyClick(&w, Qt::Key_End);
    QCOMPARE(w.currentFrame(), 659);
    QCOMPARE(shownNumber(w), 659);
    for (int i = 1; i <= 40; ++i) {  // back across the GOP boundary at 600
      QTest::keyClick(&w, Qt::Key_Left);
      QCOMPARE(shownNumber(w), 659 - i);
    }
    QTest::keyClick(&w, Qt::Key_Home);
    QCOMPARE(shownNumber(w), 0);
    QTest::keyClick(&w, Qt::Key_Left);  // clamps at the first frame
    QCOMPARE(w.currentFrame(), 0);
    auto* label = w.statusBar()->findChild<QLabel*>();
    QVERIFY(label);
    QVERIFY2(label->text().contains("Frame 0 / 659"), qPrintable(label->text()));
    // For reviewers: PRODROME_SCREENSHOT_DIR=dir saves what the window shows.
    if (const QByteArray dir = qgetenv("PRODROME_SCREENSHOT_DIR"); !dir.isEmpty()) {
      w.showFrame(619);
      QTest::qWait(50);  // let the status bar lay out its new text
      QVERIFY(w.grab().save(QString::fromUtf8(dir) + "/main_window_frame_619.png"));
    }
  }

  void missingVideoShowsAnErrorWithoutBlocking() {
    ui::MainWindow w;
    w.show();
    QSignalSpy errors(&w, &ui::MainWindow::errorShown);
    QVERIFY(!w.openVideo("/nonexistent/night3.mp4"));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains("night3.mp4"));
    QCOMPARE(w.currentFrame(), -1);
  }

  void translationsAreEmbedded() {
    for (const char* locale : {"de", "zh_CN"}) {
      QTranslator t;
      QVERIFY2(t.load(QLocale(locale), "prodrome", "_", ":/i18n"), locale);
      QVERIFY(!t.translate("prodrome::ui::MainWindow", "Next Frame").isEmpty());
    }
  }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
