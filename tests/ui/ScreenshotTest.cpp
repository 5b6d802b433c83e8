// For reviewers, not a check: with PRODROME_SCREENSHOT_DIR set, builds a
// project with seizures, an artifact and a clip set (on PRODROME_SCREENSHOT_VIDEO,
// default the fixture video), opens it and saves what the window, the clip
// set dialog and the shortcuts sheet show. Run under Xvfb for real fonts:
//   xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb
//     PRODROME_SCREENSHOT_DIR=/tmp/shots ui_tests screenshots   (one line)

#include "tests/ui/MainWindowTest.h"

#include "core/clips/ClipSetService.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "tests/ui/TestProject.h"
#include "ui/FrameView.h"
#include "ui/MainWindow.h"
#include "ui/PlaybackController.h"
#include "ui/ProjectTreeDock.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/dialogs/ClipSetDialog.h"
#include "ui/dialogs/ShortcutsDialog.h"
#include "ui/timeline/TimelineWidget.h"

#include <QLineEdit>
#include <QMenuBar>
#include <QTest>
#include <QTreeWidget>

using namespace prodrome;

void MainWindowTest::screenshots() {
  const QByteArray dir = qgetenv("PRODROME_SCREENSHOT_DIR");
  if (dir.isEmpty()) QSKIP("set PRODROME_SCREENSHOT_DIR to take screenshots");
  const QByteArray videoEnv = qgetenv("PRODROME_SCREENSHOT_VIDEO");
  const auto project = test::makeTestProject(
      "screens", videoEnv.isEmpty() ? std::filesystem::path{} : std::filesystem::path(videoEnv.toStdString()));
  double fps = 30;
  std::int64_t frames = 0;
  {
    database::Database db = database::openProject(project.file);
    frames = database::RecordingStore(db).find(project.recordingId)->frameCount;
    database::EventStore events(db);
    const auto at = [&](double fraction) { return static_cast<std::int64_t>(fraction * frames); };
    const auto add = [&](std::int64_t on, std::int64_t off, database::EventKind kind, const char* type) {
      database::Event e;
      e.recordingId = project.recordingId;
      e.onsetFrame = on;
      e.offsetFrame = off;
      e.kind = kind;
      e.seizureType = type;
      e.annotator = "dr.k";
      events.add(e);
    };
    const std::int64_t len = std::max<std::int64_t>(frames / 60, 20);
    add(at(0.18), at(0.18) + len, database::EventKind::Seizure, "FIAS");
    add(at(0.47), at(0.47) + len * 2, database::EventKind::Seizure, "GTCS");
    add(at(0.30), at(0.30) + len / 2, database::EventKind::Artifact, "");
    add(at(0.76), at(0.76) + len, database::EventKind::Seizure, "FAS");
    core::ClipSetParams p;
    p.clipSeconds = frames > 10000 ? 10 : 3;
    p.horizonSeconds = frames > 10000 ? 60 : 2;
    p.strideSeconds = frames > 10000 ? 10 : 0.5;
    p.postIctalSeconds = frames > 10000 ? 120 : 1;
    p.humanGapSeconds = frames > 10000 ? 120 : 1;
    p.normalStrideSeconds = frames > 10000 ? 60 : 3;
    p.buildIctal = true;
    core::ClipSetService(db).build("emu-L10-H60", p).clipSetId;
  }
  ui::MainWindow w;
  w.resize(1600, 1000);
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  w.activateWindow();
  (void)QTest::qWaitForWindowActive(&w);  // without a window manager it may stay inactive
  QVERIFY(w.openProject(project.qfile()));
  QVERIFY(QTest::qWaitFor([&] { return w.frameView()->isExact() && !w.frameView()->image().isNull(); }, 60000));
  // Show the clip set (the tree's activation path) and go into the first seizure.
  for (QTreeWidgetItemIterator it(w.projectTree()->tree()); *it; ++it) {
    if ((*it)->data(0, ui::kNodeKindRole).toInt() == static_cast<int>(ui::ProjectTreeDock::NodeKind::ClipSet)) {
      Q_EMIT w.projectTree()->tree()->itemActivated(*it, 0);
    }
  }
  const std::int64_t target = static_cast<std::int64_t>(0.18 * frames) + 12;
  w.showFrame(target);
  QVERIFY(QTest::qWaitFor([&] { return w.frameView()->isExact() && w.playback()->shownFrame() == target; }, 60000));
  QTest::keyClick(&w, Qt::Key_PageUp);  // selects the seizure, seeks to its onset
  if (w.currentFrame() == target) {     // the key did not arrive (inactive window)
    w.annotations()->select(w.annotations()->events().front().id);
  }
  QTest::qWait(500);
  QVERIFY(w.grab().save(QString::fromUtf8(dir) + "/main_window_overview.png"));

  // Zoomed into the first seizure and its pre-ictal windows.
  const std::int64_t onset = static_cast<std::int64_t>(0.18 * frames);
  const std::int64_t span = frames > 10000 ? static_cast<std::int64_t>(fps * 400) : 200;
  w.timeline()->setVisibleRange(std::max<std::int64_t>(0, onset - span * 3 / 4), onset + span / 4);
  w.showFrame(onset + 30);
  QVERIFY(QTest::qWaitFor([&] { return w.frameView()->isExact() && w.playback()->shownFrame() == onset + 30; }, 60000));
  QTest::qWait(300);
  QVERIFY(w.grab().save(QString::fromUtf8(dir) + "/main_window_zoomed.png"));

  ui::ClipSetDialog* dialog = w.showClipSetDialog();
  dialog->nameEdit()->setText("preview");
  core::ClipSetParams p = dialog->params();
  p.clipSeconds = 5;
  p.horizonSeconds = frames > 10000 ? 30 : 2;
  p.humanGapSeconds = frames > 10000 ? 300 : 1;
  p.normalStrideSeconds = frames > 10000 ? 30 : 3;
  dialog->setParams(p);
  dialog->refreshPreview();
  QTest::qWait(300);
  QVERIFY(dialog->grab().save(QString::fromUtf8(dir) + "/clip_set_dialog.png"));
  QVERIFY(w.grab().save(QString::fromUtf8(dir) + "/main_window_clip_preview.png"));
  dialog->close();

  ui::ShortcutsDialog sheet(w.menuBar(), &w);
  sheet.show();
  QTest::qWait(200);
  QVERIFY(sheet.grab().save(QString::fromUtf8(dir) + "/shortcuts.png"));
}
