// One clock (issue 16, section 4): every time the GUI shows is hh:mm:ss.mmm
// from ui/Clock.h, so that a frame reads the same in the event list as under
// the video (frame 3031 at 15 fps read "00:03:22.01" in one and
// "00:03:22.067" in the other).

#include <QAbstractItemModel>
#include <QAction>
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
using prodrome::ui::ClockStyle;
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

  void init() { ui::setClockStyle(ClockStyle::Milliseconds); }
  void cleanup() { ui::setClockStyle(ClockStyle::Milliseconds); }

  // The frame within its second after a colon, counted from the second's
  // first frame, so that a fractional rate never skips or repeats a number.
  void formatsATimecode() {
    const auto tc = [](qint64 frame, double fps) { return formatFrameClock(frame, fps, ClockStyle::Frames); };
    QCOMPARE(tc(3031, 15), QStringLiteral("00:03:22:01"));
    QCOMPARE(tc(0, 30), QStringLiteral("00:00:00:00"));
    QCOMPARE(tc(29, 30), QStringLiteral("00:00:00:29"));
    QCOMPARE(tc(30, 30), QStringLiteral("00:00:01:00"));
    QCOMPARE(tc(30 * 3725 + 7, 30), QStringLiteral("01:02:05:07"));
    QCOMPARE(tc(-31, 30), QStringLiteral("-00:00:01:01"));
    // 29.97 fps: second 1 begins at frame 30 (1.001 s), second 2 at frame 60
    // (2.002 s); second 0 holds frames 0..29, and frame 2996 (99.967 s) is
    // the last of second 99, whose first is frame 2968 (99.032 s).
    QCOMPARE(tc(29, 29.97), QStringLiteral("00:00:00:29"));
    QCOMPARE(tc(30, 29.97), QStringLiteral("00:00:01:00"));
    QCOMPARE(tc(2996, 29.97), QStringLiteral("00:01:39:28"));
    QCOMPARE(tc(2997, 29.97), QStringLiteral("00:01:40:00"));
    QCOMPARE(tc(42, 0), QStringLiteral("42"));
    // Every frame of a fractional-rate minute gets a distinct, increasing
    // timecode: no number repeats and none is skipped within a second.
    QString previous;
    for (qint64 f = 0; f < 1800; ++f) {
      const QString now = tc(f, 29.97);
      QVERIFY2(now > previous, qPrintable(now + " after " + previous));
      previous = now;
    }
  }

  // The setting reaches the event list, its legend, the caption and the
  // ruler at once, and is remembered.
  void framesInTheClockShowEverywhere() {
    const auto project = test::makeTestProject("clockframes");
    test::addSeizure(project, 421, 480);  // second 14, frame 1 at 30 fps
    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(project.qfile()));
    const QAbstractItemModel* events = w.eventList()->table()->model();
    QTRY_COMPARE(events->rowCount(), 1);
    QVERIFY(QTest::qWaitFor([&] { return w.playback()->hasVideo() && w.currentFrame() >= 0; }, 20000));
    w.showFrame(421);
    QTRY_VERIFY(w.frameView()->caption().contains("00:00:14.033"));
    auto* action = w.findChild<QAction*>("clockFramesAction");
    QVERIFY(action);
    QVERIFY(!action->isChecked());
    action->trigger();
    QCOMPARE(ui::clockStyle(), ClockStyle::Frames);
    QCOMPARE(events->index(0, ui::EventTableModel::OnsetTime).data().toString(), QStringLiteral("00:00:14:01"));
    QVERIFY(events->headerData(ui::EventTableModel::OnsetTime, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains("frame within the second"));
    QVERIFY2(w.frameView()->caption().contains("00:00:14:01"), qPrintable(w.frameView()->caption()));
    w.setClockFrames(false);
    QVERIFY(!action->isChecked());
    QVERIFY(w.frameView()->caption().contains("00:00:14.033"));
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
