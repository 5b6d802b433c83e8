// The main window driven by keys, offscreen, on a generated project: the
// displayed frame is the one asked for (read back from its pixels), a long
// jump shows the keyframe first, annotation keys reach the database, undo
// and redo are database edits, a missing video is shown as missing and can
// be re-linked.

#include "tests/ui/MainWindowTest.h"

#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "tests/support/FixtureVideo.h"
#include "tests/ui/TestProject.h"
#include "ui/FrameView.h"
#include "ui/ExchangeActions.h"
#include "ui/MainWindow.h"
#include "ui/PlaybackController.h"
#include "ui/ProjectTreeDock.h"
#include "ui/TransportBar.h"

#include <QComboBox>
#include <QLabel>
#include <QScreen>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

using namespace prodrome;

namespace {

int shown(const ui::MainWindow& w) { return test::shownNumber(w.frameView()->image()); }

std::vector<database::Event> eventsOf(const test::TestProject& p) {
  database::Database db = database::openProject(p.file);
  return database::EventStore(db).listByRecording(p.recordingId);
}

// Waits until the exact frame k is on screen.
bool waitExact(ui::MainWindow& w, int k) {
  return QTest::qWaitFor([&] { return w.frameView()->isExact() && shown(w) == k; }, 5000);
}

}  // namespace

void MainWindowTest::stepsByKeys() {
  const auto project = test::makeTestProject("steps");
  ui::MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowActive(&w));
  QVERIFY(w.openProject(project.qfile()));
  QCOMPARE(w.currentRecordingId(), project.recordingId);
  QVERIFY(waitExact(w, 0));
  QCOMPARE(w.currentFrame(), 0);
  for (int i = 1; i <= 5; ++i) {
    QTest::keyClick(&w, Qt::Key_Right);
    QCOMPARE(w.currentFrame(), i);
    QVERIFY2(waitExact(w, i), qPrintable(QString::number(shown(w))));
  }
  QTest::keyClick(&w, Qt::Key_Right, Qt::ShiftModifier);  // +1 s at 30 fps
  QCOMPARE(w.currentFrame(), 35);
  QVERIFY(waitExact(w, 35));
  QTest::keyClick(&w, Qt::Key_End);
  QVERIFY(waitExact(w, 659));
  for (int i = 1; i <= 70; ++i) {  // back across the GOP boundary at 600
    QTest::keyClick(&w, Qt::Key_Left);
    QVERIFY2(waitExact(w, 659 - i), qPrintable(QString("step %1 shows %2").arg(i).arg(shown(w))));
  }
  QTest::keyClick(&w, Qt::Key_Home);
  QVERIFY(waitExact(w, 0));
  QTest::keyClick(&w, Qt::Key_Left);  // clamps at the first frame
  QCOMPARE(w.currentFrame(), 0);
  auto* label = w.statusBar()->findChild<QLabel*>();
  QVERIFY(label);
  QTRY_VERIFY2(w.frameView()->caption().contains("Frame 0 / 659"), qPrintable(w.frameView()->caption()));
  QVERIFY(w.frameView()->caption().contains("00:00:00.000"));
}

void MainWindowTest::longJumpShowsKeyframeThenExactFrame() {
  const auto project = test::makeTestProject("jump");
  ui::MainWindow w;
  w.show();
  QVERIFY(w.openProject(project.qfile()));
  QVERIFY(waitExact(w, 0));
  QSignalSpy frames(&w, &ui::MainWindow::frameShown);
  w.showFrame(650);
  QVERIFY(waitExact(w, 650));
  // The GOP of 300 starts at 600: that keyframe came first, then the frame.
  QVERIFY(frames.size() >= 2);
  QCOMPARE(frames.first().at(0).toLongLong(), 600);
  QCOMPARE(frames.first().at(1).toBool(), false);
  QCOMPARE(frames.last().at(0).toLongLong(), 650);
  QCOMPARE(frames.last().at(1).toBool(), true);
  // Go to frame by time through the playback controller's clock.
  w.playback()->stepSeconds(-10);  // 650 - 300
  QVERIFY(waitExact(w, 350));
}

void MainWindowTest::marksEventsByKeysWithUndo() {
  const auto project = test::makeTestProject("annotate");
  ui::MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowActive(&w));
  QVERIFY(w.openProject(project.qfile()));
  QVERIFY(waitExact(w, 0));
  w.showFrame(100);
  QVERIFY(waitExact(w, 100));
  QTest::keyClick(&w, Qt::Key_BracketLeft);
  auto events = eventsOf(project);
  QCOMPARE(events.size(), size_t{1});
  QCOMPARE(events[0].onsetFrame, 100);
  QVERIFY(!events[0].offsetFrame);
  for (int i = 0; i < 3; ++i) QTest::keyClick(&w, Qt::Key_Right, Qt::ShiftModifier);  // 190
  QTest::keyClick(&w, Qt::Key_O);
  events = eventsOf(project);
  QCOMPARE(events.size(), size_t{1});
  QCOMPARE(events[0].offsetFrame.value_or(-1), 190);
  // Nudge the onset of the selected event one frame right.
  QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
  QCOMPARE(eventsOf(project)[0].onsetFrame, 101);

  QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);  // undo the nudge
  QCOMPARE(eventsOf(project)[0].onsetFrame, 100);
  QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);  // undo the offset
  QVERIFY(!eventsOf(project)[0].offsetFrame);
  QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);  // undo the onset
  QVERIFY(eventsOf(project).empty());
  QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
  QCOMPARE(eventsOf(project).size(), size_t{1});
  QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
  QCOMPARE(eventsOf(project)[0].offsetFrame.value_or(-1), 190);

  // Next/previous event seek to the onset exactly.
  QTest::keyClick(&w, Qt::Key_End);
  QTest::keyClick(&w, Qt::Key_PageUp);
  QCOMPARE(w.currentFrame(), 100);
  QVERIFY(waitExact(w, 100));

  // Delete removes the selected event; undo brings it back.
  QTest::keyClick(&w, Qt::Key_Delete);
  QVERIFY(eventsOf(project).empty());
  QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
  QCOMPARE(eventsOf(project).size(), size_t{1});
}

void MainWindowTest::missingVideoIsShownAndRelinked() {
  // A copy of the fixture, added and then moved away.
  const auto copy = test::scratch() / "moved_away.mp4";
  std::filesystem::remove(copy);
  std::filesystem::copy_file(test::fixtureVideo(), copy);
  const auto project = test::makeTestProject("missing", copy);
  test::addSeizure(project, 200, 260);
  std::filesystem::remove(copy);

  ui::MainWindow w;
  w.show();
  QSignalSpy errors(&w, &ui::MainWindow::errorShown);
  QVERIFY(w.openProject(project.qfile()));
  QCOMPARE(w.projectTree()->missingCount(), 1);
  QVERIFY(w.openRecording(project.recordingId));
  QTest::qWait(50);
  QVERIFY(w.frameView()->image().isNull());
  QVERIFY(!w.playback()->hasVideo());
  QTest::keyClick(&w, Qt::Key_Right);  // nothing to step: no crash, no frame
  QVERIFY(w.frameView()->image().isNull());

  // Another video is refused (different content); the right one re-links.
  const auto other = test::makeFixture(PRODROME_FIXTURE_DIR, test::standardFixtures()[2]);
  QVERIFY(!w.relinkRecording(project.recordingId, QString::fromStdString(other.string())));
  QVERIFY(errors.size() >= 1);
  QVERIFY(errors.last().at(0).toString().contains("fingerprint"));
  QVERIFY(w.relinkRecording(project.recordingId, QString::fromStdString(test::fixtureVideo().string())));
  QCOMPARE(w.projectTree()->missingCount(), 0);
  QVERIFY(waitExact(w, 0));
  database::Database db = database::openProject(project.file);
  QCOMPARE(database::RecordingStore(db).find(project.recordingId)->path, test::fixtureVideo().string());
}

// A file at the recording's path that is not the video that was added
// (another camera's, a re-encode) is not played under its annotations: the
// picture stays empty, the events stay; the original put back plays again.
void MainWindowTest::aReplacedVideoIsNotShownUnderTheAnnotations() {
  const auto copy = test::scratch() / "replaced_later.mp4";
  std::filesystem::remove(copy);
  std::filesystem::copy_file(test::fixtureVideo(), copy);
  const auto project = test::makeTestProject("replaced", copy);
  test::addSeizure(project, 200, 260);
  const auto other = test::makeFixture(PRODROME_FIXTURE_DIR, test::standardFixtures()[2]);
  std::filesystem::copy_file(other, copy, std::filesystem::copy_options::overwrite_existing);

  ui::MainWindow w;
  w.show();
  QVERIFY(w.openProject(project.qfile()));
  QVERIFY(w.openRecording(project.recordingId));
  QTest::qWait(50);
  QVERIFY(w.frameView()->image().isNull());
  QVERIFY(!w.playback()->hasVideo());
  QVERIFY(w.statusBar()->currentMessage().contains("replaced, re-encoded or cut"));
  QCOMPARE(eventsOf(project).size(), size_t{1});  // the annotations are untouched

  std::filesystem::copy_file(test::fixtureVideo(), copy, std::filesystem::copy_options::overwrite_existing);
  QVERIFY(w.openRecording(project.recordingId));
  QVERIFY(waitExact(w, 0));
}

// Issue 16 §8: File ▸ Re-link Missing Videos from a Folder… runs as a file
// job; the open recording's video comes back on screen when it is found.
void MainWindowTest::aFolderRelinksEveryMissingVideo() {
  const auto copy = test::scratch() / "folder_relink.mp4";
  std::filesystem::remove(copy);
  std::filesystem::copy_file(test::fixtureVideo(), copy);
  const auto project = test::makeTestProject("folder-relink", copy);
  const auto drive = test::scratch() / "folder-relink-drive";
  std::filesystem::remove_all(drive);
  std::filesystem::create_directories(drive / "night 1");
  std::filesystem::rename(copy, drive / "night 1" / "camera.mp4");

  ui::MainWindow w;
  w.show();
  QVERIFY(w.openProject(project.qfile()));
  QCOMPARE(w.projectTree()->missingCount(), 1);
  QVERIFY(w.frameView()->image().isNull());
  QVERIFY(w.exchange()->startRelinkFromFolder(QString::fromStdString(drive.string())) != 0);
  QTRY_COMPARE_WITH_TIMEOUT(w.projectTree()->missingCount(), 0, 10000);
  QVERIFY(waitExact(w, 0));  // the open recording shows its video again
  database::Database db = database::openProject(project.file);
  QCOMPARE(std::filesystem::path(database::RecordingStore(db).find(project.recordingId)->path),
           drive / "night 1" / "camera.mp4");
}

void MainWindowTest::bareVideoOpensWithoutProject() {
  ui::MainWindow w;
  // Never larger than the screen it opens on, and maximised on a small one
  // (a 1280×760 laptop had the docks' right edge off screen at the old
  // fixed 1400×900).
  QVERIFY(w.screen());
  const QSize room = w.screen()->availableGeometry().size();
  QVERIFY2(w.width() <= room.width() && w.height() <= room.height(),
           qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(w.width()).arg(w.height()).arg(room.width()).arg(room.height())));
  QCOMPARE(w.windowState().testFlag(Qt::WindowMaximized), room.width() < 1400 || room.height() < 900);
  w.show();
  QSignalSpy errors(&w, &ui::MainWindow::errorShown);
  QVERIFY(!w.openVideo("/nonexistent/night3.mp4"));
  QCOMPARE(errors.size(), 1);
  QVERIFY(errors.at(0).at(0).toString().contains("night3.mp4"));
  QCOMPARE(w.currentFrame(), -1);
  QVERIFY(w.openVideo(QString::fromStdString(test::fixtureVideo().string())));
  QVERIFY(waitExact(w, 0));
  QTest::keyClick(&w, Qt::Key_BracketLeft);  // no project: annotation keys do nothing
  QVERIFY(!w.currentRecordingId());
}

// issue 16 §7: buttons, speed and a slider for people who do not know the
// keys; they drive the same playback, and follow what the keys do.
void MainWindowTest::transportControlsDriveAndFollowPlayback() {
  ui::MainWindow w;
  w.show();
  ui::TransportBar* bar = w.transport();
  QVERIFY(bar);
  QVERIFY(!bar->isEnabled());  // no video yet
  QVERIFY(w.openVideo(QString::fromStdString(test::fixtureVideo().string())));
  QVERIFY(waitExact(w, 0));
  QVERIFY(bar->isEnabled());
  QCOMPARE(bar->seekSlider()->maximum(), 659);
  // A key moves the slider; the slider moves the video.
  QTest::keyClick(&w, Qt::Key_End);
  QVERIFY(waitExact(w, 659));
  QCOMPARE(bar->seekSlider()->value(), 659);
  bar->seekSlider()->setValue(300);
  QVERIFY(waitExact(w, 300));
  // The buttons take no focus: the window's keys keep working after a click.
  const auto buttons = bar->findChildren<QToolButton*>();
  QCOMPARE(buttons.size(), 5);
  QTest::mouseClick(buttons[3], Qt::LeftButton);  // a frame forward
  QVERIFY(waitExact(w, 301));
  QTest::mouseClick(buttons[1], Qt::LeftButton);  // a frame back
  QVERIFY(waitExact(w, 300));
  QTest::keyClick(&w, Qt::Key_Right);
  QVERIFY(waitExact(w, 301));
  // Play and pause, at the chosen speed.
  bar->speedBox()->setCurrentIndex(bar->speedBox()->findData(2.0));
  Q_EMIT bar->speedBox()->activated(bar->speedBox()->currentIndex());
  QCOMPARE(w.playback()->speed(), 2.0);
  QTest::mouseClick(bar->playButton(), Qt::LeftButton);
  QVERIFY(w.playback()->isPlaying());
  QTest::mouseClick(bar->playButton(), Qt::LeftButton);
  QVERIFY(!w.playback()->isPlaying());
  QTest::mouseClick(buttons[0], Qt::LeftButton);  // to the start
  QVERIFY(waitExact(w, 0));
  QCOMPARE(bar->seekSlider()->value(), 0);
}

void MainWindowTest::translationsAreEmbedded() {
  for (const char* locale : {"de", "zh_CN"}) {
    QTranslator t;
    QVERIFY2(t.load(QLocale(locale), "prodrome", "_", ":/i18n"), locale);
    QVERIFY(!t.translate("prodrome::ui::MainWindow", "Next Frame").isEmpty());
    QVERIFY(!t.translate("prodrome::ui::MainWindow", "Mark &Onset").isEmpty());
  }
}
