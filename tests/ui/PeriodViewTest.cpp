// A monitoring period in the main window (issue 14 §1): the night's map
// above the timeline, steps and playback across file boundaries (a gap is
// skipped), a click on the map going to the file and frame under it, the
// wall clock of a file dated only by its period, and a seizure marked across
// a boundary (stored as one piece per file, one undo step) but never across
// a gap.

#include <QAction>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>

#include "core/video/ContentFingerprint.h"
#include "database/EventStore.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "database/SubjectStore.h"
#include "tests/ui/TestProject.h"
#include "ui/FrameView.h"
#include "ui/LinkedVideoChecks.h"
#include "ui/MainWindow.h"
#include "ui/PlaybackController.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/timeline/PeriodStrip.h"

using namespace prodrome;

namespace {

// Three links to the fixture (660 frames at 30 fps, 22 s each, every frame
// showing its number): a at 22:00:00, b directly after it (no start of its
// own), c at 22:00:54, 10 s after b ends. A lone file of another subject.
struct Night {
  std::filesystem::path file;
  std::vector<std::int64_t> ids;  // a, b, c
  std::int64_t lone = 0;
  QString qfile() const { return QString::fromStdString(file.string()); }
};

Night makeNight(const std::string& name) {
  const auto dir = test::scratch() / ("period-view-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  Night n;
  n.file = dir / "night.prodrome";
  database::Database db = database::openProject(n.file);
  const auto subject = database::SubjectStore(db).add({0, "P01", database::Species::Human, ""});
  const auto other = database::SubjectStore(db).add({0, "P02", database::Species::Human, ""});
  for (const char* file : {"a.mp4", "b.mp4", "c.mp4", "lone.mp4"}) {
    std::filesystem::create_symlink(test::fixtureVideo(), dir / file);
    database::Recording r;
    r.subjectId = std::string(file) == "lone.mp4" ? other : subject;
    r.path = (dir / file).string();
    r.fingerprint = file;
    r.fps = 30;
    r.frameCount = 660;
    const auto id = database::RecordingStore(db).add(r);
    if (r.subjectId == subject)
      n.ids.push_back(id);
    else
      n.lone = id;
  }
  database::PeriodStore periods(db);
  periods.create(subject, n.ids, "night");
  periods.setStart(n.ids[0], "2026-03-01T22:00:00Z");
  periods.setStart(n.ids[2], "2026-03-01T22:00:54Z");
  database::Event e;
  e.recordingId = n.ids[1];
  e.onsetFrame = 300;
  e.offsetFrame = 400;
  e.annotator = "tech";
  database::EventStore(db).add(e);
  return n;
}

int shown(const ui::MainWindow& w) { return test::shownNumber(w.frameView()->image()); }

std::vector<database::Event> eventsOf(const Night& n, std::int64_t recording) {
  database::Database db = database::openProject(n.file);
  return database::EventStore(db).listByRecording(recording);
}

// Shows `w` with the night's project open.
void showNight(ui::MainWindow& w, const Night& n) {
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QVERIFY(w.openProject(n.qfile()));
}

// Opens `recording` of the night and waits for its first frame.
void openAt(ui::MainWindow& w, std::int64_t recording, std::int64_t frame) {
  QVERIFY(w.openRecording(recording));
  QTRY_VERIFY(w.playback()->hasVideo());
  w.showFrame(frame);
  QTRY_COMPARE(shown(w), static_cast<int>(frame));
}

}  // namespace

class PeriodViewTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void theNightShowsItsFilesGapsAndSeizures() {
    const Night n = makeNight("map");
    ui::MainWindow w;
    showNight(w, n);
    openAt(w, n.ids[0], 0);
    auto* strip = w.periodStrip();
    QVERIFY(strip->isVisible());
    QCOMPARE(strip->files().size(), 3u);
    QCOMPARE(strip->files()[1].startSeconds, 22.0);
    QVERIFY(strip->files()[1].contiguousWithPrevious);
    QCOMPARE(strip->files()[2].gapBeforeSeconds, 10.0);
    QVERIFY(!strip->files()[2].contiguousWithPrevious);
    // b's seizure on the night's clock: 22 s + 300/30 s.
    QCOMPARE(strip->marks().size(), 1u);
    QCOMPARE(strip->marks()[0].startSeconds, 32.0);
    QCOMPARE(strip->currentFile(), std::optional<std::size_t>(0));
    QVERIFY(strip->toolTipAt({strip->xForSeconds(50), 10.0}).contains("Gap of 10 s"));
    QCOMPARE(strip->clockText(54), QDateTime::fromString("2026-03-01T22:00:54Z", Qt::ISODate).toLocalTime().toString("HH:mm:ss"));
    // b has no start of its own: the period places it at 22:00:22.
    openAt(w, n.ids[1], 30);
    const QString b = QDateTime::fromString("2026-03-01T22:00:23Z", Qt::ISODate).toLocalTime().toString("HH:mm:ss");
    QVERIFY2(w.frameView()->caption().contains(b), qPrintable(w.frameView()->caption()));
    QVERIFY(w.frameView()->caption().contains("file 2 of 3"));
    // A file alone: no map.
    openAt(w, n.lone, 0);
    QVERIFY(!strip->isVisible());
    QVERIFY(!w.night());
  }

  // The map marks a file of the night that is missing or is not the video
  // that was added, before the reviewer travels to it.
  void aMissingOrReplacedFileIsMarkedOnTheMap() {
    const Night n = makeNight("problems");
    {
      // b is fingerprinted as added, then replaced by another video; c is gone.
      database::Database db = database::openProject(n.file);
      const auto dir = n.file.parent_path();
      const std::string real = core::contentFingerprint(dir / "b.mp4");
      std::filesystem::remove(dir / "b.mp4");
      std::filesystem::copy_file(test::fixtureVideo(), dir / "b.mp4");
      std::ofstream(dir / "b.mp4", std::ios::app) << "a re-encoded tail";
      db.execute("UPDATE recordings SET fingerprint = '" + real + "' WHERE id = " + std::to_string(n.ids[1]));
      std::filesystem::remove(dir / "c.mp4");
    }
    ui::MainWindow w;
    showNight(w, n);
    openAt(w, n.ids[0], 0);
    auto* strip = w.periodStrip();
    QCOMPARE(strip->files().size(), 3u);
    QVERIFY(strip->files()[0].problem.isEmpty());
    QVERIFY2(strip->files()[1].problem.startsWith("Not the video that was added"),
             qPrintable(strip->files()[1].problem));
    QVERIFY2(strip->files()[2].problem.startsWith("Video missing"), qPrintable(strip->files()[2].problem));
    QVERIFY(strip->toolTipAt({strip->xForSeconds(30), 10.0}).contains("Not the video that was added"));
    QVERIFY(strip->toolTipAt({strip->xForSeconds(60), 10.0}).contains("Video missing"));
    // The night is laid out again at every file opened: the answers are kept.
    QVERIFY(w.openRecording(n.lone));
    QVERIFY(w.openRecording(n.ids[0]));
    QTRY_VERIFY(w.playback()->hasVideo());
    QVERIFY(strip->files()[1].problem.startsWith("Not the video that was added"));
  }

  // Each file's fingerprint is read once while its size and time stay, so
  // that a step across a boundary (which lays the night out again) is not
  // held up by reading every file of the night; a rewritten file is read again.
  void aFilesAnswerIsKeptUntilTheFileChanges() {
    const Night n = makeNight("checks");
    database::Database db = database::openProject(n.file);
    auto r = *database::RecordingStore(db).find(n.ids[0]);
    const auto copy = n.file.parent_path() / "copy.mp4";
    std::filesystem::copy_file(test::fixtureVideo(), copy);
    r.path = copy.string();
    r.fingerprint = core::contentFingerprint(copy);
    ui::LinkedVideoChecks checks;
    QVERIFY(checks.problemOf(r).isEmpty());
    QVERIFY(checks.problemOf(r).isEmpty());
    QCOMPARE(checks.filesRead(), 1);
    std::ofstream(copy, std::ios::app) << "x";
    QVERIFY(checks.problemOf(r).startsWith("Not the video that was added"));
    QCOMPARE(checks.filesRead(), 2);
    std::filesystem::remove(copy);
    QVERIFY(checks.problemOf(r).startsWith("Video missing"));
  }

  void stepsAndPlaybackCrossBoundariesAndSkipTheGap() {
    const Night n = makeNight("step");
    ui::MainWindow w;
    showNight(w, n);
    openAt(w, n.ids[0], 659);
    w.playback()->step(1);
    QTRY_COMPARE(w.currentRecordingId(), std::optional<std::int64_t>(n.ids[1]));
    QTRY_COMPARE(shown(w), 0);
    QCOMPARE(w.currentFrame(), 0);
    w.playback()->step(-1);
    QTRY_COMPARE(w.currentRecordingId(), std::optional<std::int64_t>(n.ids[0]));
    QTRY_COMPARE(shown(w), 659);
    // Across the gap: b's last frame, then c's first.
    openAt(w, n.ids[1], 655);
    w.playback()->step(10);
    QTRY_COMPARE(w.currentRecordingId(), std::optional<std::int64_t>(n.ids[2]));
    QTRY_COMPARE(shown(w), 5);  // 4 frames to b's end, then 6 more
    // The end of the night stays at its last frame.
    openAt(w, n.ids[2], 659);
    w.playback()->step(1);
    QTest::qWait(100);
    QCOMPARE(w.currentRecordingId(), std::optional<std::int64_t>(n.ids[2]));
    QCOMPARE(w.currentFrame(), 659);
    // Playback runs on into the next file.
    openAt(w, n.ids[0], 640);
    w.playback()->setSpeed(4);
    w.playback()->play();
    QTRY_COMPARE_WITH_TIMEOUT(w.currentRecordingId(), std::optional<std::int64_t>(n.ids[1]), 10000);
    QTRY_VERIFY(w.playback()->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(w.currentFrame() > 10, 10000);
    w.playback()->pause();
  }

  void aClickOnTheMapGoesToTheFileAndFrame() {
    const Night n = makeNight("click");
    ui::MainWindow w;
    showNight(w, n);
    openAt(w, n.ids[0], 0);
    QVERIFY(w.goToPeriodSeconds(25.0));
    QTRY_COMPARE(w.currentRecordingId(), std::optional<std::int64_t>(n.ids[1]));
    QTRY_COMPARE(shown(w), 90);  // (25 - 22) s at 30 fps
    // In the gap: c's first frame.
    QVERIFY(w.goToPeriodSeconds(50.0));
    QTRY_COMPARE(w.currentRecordingId(), std::optional<std::int64_t>(n.ids[2]));
    QTRY_COMPARE(shown(w), 0);
    // The same with the mouse, on the strip.
    auto* strip = w.periodStrip();
    const int x = qRound(strip->xForSeconds(10.0));
    const auto frame = static_cast<std::int64_t>(std::floor(strip->secondsAtX(x) * 30 + 1e-6));
    QVERIFY(std::abs(frame - 300) <= 5);  // a pixel is a few frames here
    QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(x, strip->height() / 2));
    QTRY_COMPARE(w.currentRecordingId(), std::optional<std::int64_t>(n.ids[0]));
    QTRY_COMPARE(w.currentFrame(), frame);
    QTRY_COMPARE(strip->currentFile(), std::optional<std::size_t>(0));
  }

  void aSeizureIsClosedAcrossABoundaryButNotAGap() {
    const Night n = makeNight("span");
    ui::MainWindow w;
    w.setAnnotatorName("dr.k");
    showNight(w, n);
    openAt(w, n.ids[0], 600);
    QVERIFY(w.annotations()->markOnset(600));
    openAt(w, n.ids[1], 30);
    auto* offset = w.findChild<QAction*>("markOffsetAction");
    QVERIFY(offset);
    offset->trigger();
    auto a = eventsOf(n, n.ids[0]);
    QCOMPARE(a.size(), 1u);
    QCOMPARE(a[0].offsetFrame, std::optional<std::int64_t>(660));  // to a's end
    auto b = eventsOf(n, n.ids[1]);
    QCOMPARE(b.size(), 2u);  // tech's, and dr.k's piece
    QCOMPARE(b[0].onsetFrame, 0);
    QCOMPARE(b[0].offsetFrame, std::optional<std::int64_t>(30));
    QCOMPARE(b[0].annotator, std::string("dr.k"));
    QCOMPARE(w.periodStrip()->marks().size(), 3u);
    QCOMPARE(w.currentRecordingId(), std::optional<std::int64_t>(n.ids[1]));  // stayed where the offset was marked
    // One undo step takes back both pieces.
    w.undoStack()->undo();
    QCOMPARE(eventsOf(n, n.ids[1]).size(), 1u);
    a = eventsOf(n, n.ids[0]);
    QCOMPARE(a.size(), 1u);
    QVERIFY(!a[0].offsetFrame);
    // Across the gap: refused, nothing changes.
    openAt(w, n.ids[1], 600);
    QVERIFY(w.annotations()->markOnset(600));
    openAt(w, n.ids[2], 30);
    offset->trigger();
    b = eventsOf(n, n.ids[1]);
    QCOMPARE(b.size(), 2u);
    QVERIFY(!b[1].offsetFrame);
    QVERIFY(eventsOf(n, n.ids[2]).empty());
  }
};

std::unique_ptr<QObject> makePeriodViewTest() { return std::make_unique<PeriodViewTest>(); }

#include "PeriodViewTest.moc"
