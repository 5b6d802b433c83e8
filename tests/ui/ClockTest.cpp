// One clock (issue 16, section 4): every time the GUI shows is hh:mm:ss.mmm
// from ui/Clock.h, so that a frame reads the same in the event list as under
// the video (frame 3031 at 15 fps read "00:03:22.01" in one and
// "00:03:22.067" in the other).

#include <QAbstractItemModel>
#include <QTableView>
#include <QTest>

#include <memory>

#include "tests/ui/TestProject.h"
#include "ui/Clock.h"
#include "ui/FrameView.h"
#include "ui/MainWindow.h"
#include "ui/PlaybackController.h"
#include "ui/annotation/EventListPanel.h"
#include "ui/annotation/EventTableModel.h"

using namespace prodrome;
using prodrome::ui::formatClock;
using prodrome::ui::formatFrameClock;

class ClockTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void formatsMilliseconds() {
    QCOMPARE(formatClock(0), QStringLiteral("00:00:00.000"));
    QCOMPARE(formatClock(3725.2334), QStringLiteral("01:02:05.233"));
    QCOMPARE(formatClock(59.9996), QStringLiteral("00:01:00.000"));  // rounded once, not per field
    QCOMPARE(formatClock(-1.5), QStringLiteral("-00:00:01.500"));
    QCOMPARE(formatClock(-0.0001), QStringLiteral("00:00:00.000"));
    QCOMPARE(formatClock(100 * 3600.0), QStringLiteral("100:00:00.000"));
    QCOMPARE(formatFrameClock(3031, 15), QStringLiteral("00:03:22.067"));
    QCOMPARE(formatFrameClock(2997, 29.97), QStringLiteral("00:01:40.000"));
    QCOMPARE(formatFrameClock(2996, 29.97), QStringLiteral("00:01:39.967"));
    QCOMPARE(formatFrameClock(42, 0), QStringLiteral("42"));  // no rate: the frame itself
  }

  // The event list, its header's legend and the caption under the video agree.
  void theEventListAndTheVideoShowTheSameTime() {
    const auto project = test::makeTestProject("clock");
    test::addSeizure(project, 421, 480);  // 14.0333 s at 30 fps
    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(project.qfile()));
    QVERIFY(w.eventList());
    const QAbstractItemModel* events = w.eventList()->table()->model();
    QTRY_COMPARE(events->rowCount(), 1);
    const QString listed = events->index(0, ui::EventTableModel::OnsetTime).data().toString();
    QCOMPARE(listed, QStringLiteral("00:00:14.033"));
    QCOMPARE(events->headerData(ui::EventTableModel::OnsetTime, Qt::Horizontal, Qt::ToolTipRole).toString(),
             ui::clockLegend());
    QVERIFY(QTest::qWaitFor([&] { return w.playback()->hasVideo() && w.currentFrame() >= 0; }, 20000));
    w.showFrame(421);
    QTRY_VERIFY2(w.frameView()->caption().contains(listed), qPrintable(w.frameView()->caption()));
  }
};

std::unique_ptr<QObject> makeClockTest() { return std::make_unique<ClockTest>(); }

#include "ClockTest.moc"
