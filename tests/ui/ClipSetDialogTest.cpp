// The clip set dialog against `prodrome clips build`'s code path
// (core::ClipSetService), and the background jobs behind imports and
// adding recordings.

#include "tests/ui/ClipSetDialogTest.h"

#include "core/clips/ClipSetService.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "tests/support/FixtureVideo.h"
#include "tests/ui/TestProject.h"
#include "ui/ExchangeActions.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/dialogs/ClipSetDialog.h"
#include "ui/jobs/BackgroundJob.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QThread>

using namespace prodrome;

namespace {

core::ClipSetParams shortRecordingParams() {
  core::ClipSetParams p;
  p.clipSeconds = 3;
  p.horizonSeconds = 2;
  p.strideSeconds = 0.5;
  p.postIctalSeconds = 2;
  p.humanGapSeconds = 1;  // the fixture lasts 22 s
  p.seed = 7;
  p.buildIctal = true;
  return p;
}

}  // namespace

void ClipSetDialogTest::dialogBuildsWhatTheCommandLineBuilds() {
  const auto project = test::makeTestProject("clips");
  test::addSeizure(project, 300, 360);
  test::addSeizure(project, 520, 560);
  ui::MainWindow w;
  w.show();
  QVERIFY(w.openProject(project.qfile()));
  ui::ClipSetDialog* dialog = w.showClipSetDialog();
  QVERIFY(dialog);
  dialog->setParams(shortRecordingParams());
  dialog->nameEdit()->setText("gui");
  QSignalSpy previews(dialog, &ui::ClipSetDialog::previewChanged);
  dialog->refreshPreview();
  QCOMPARE(previews.size(), 1);
  QVERIFY(dialog->preview());
  QVERIFY(dialog->preview()->preictalCount > 0);
  QVERIFY(dialog->preview()->normalCount > 0);
  QVERIFY(dialog->preview()->ictalCount > 0);
  // The counts table: one subject row and the total.
  QCOMPARE(dialog->countsTable()->rowCount(), 2);
  QCOMPARE(dialog->countsTable()->item(1, 2)->text().toULongLong(), dialog->preview()->preictalCount);
  const auto previewWindows = dialog->preview()->windows;
  QVERIFY(dialog->save());
  const std::int64_t guiSet = *dialog->savedId();

  // The command line's path on the same project, same parameters.
  database::Database db = database::openProject(project.file);
  const auto cli = core::ClipSetService(db).build("cli", shortRecordingParams());
  const auto guiClips = database::ClipStore(db).listBySet(guiSet);
  const auto cliClips = database::ClipStore(db).listBySet(cli.clipSetId);
  QCOMPARE(guiClips.size(), cliClips.size());
  QCOMPARE(guiClips.size(), previewWindows.size());
  for (size_t i = 0; i < guiClips.size(); ++i) {
    QCOMPARE(guiClips[i].recordingId, cliClips[i].recordingId);
    QCOMPARE(guiClips[i].startFrame, cliClips[i].startFrame);
    QCOMPARE(guiClips[i].endFrame, cliClips[i].endFrame);
    QVERIFY(guiClips[i].label == cliClips[i].label);
    QVERIFY(guiClips[i].sourceEventId == cliClips[i].sourceEventId);
  }
  QCOMPARE(database::ClipSetStore(db).find(guiSet)->params, database::ClipSetStore(db).find(cli.clipSetId)->params);
}

void ClipSetDialogTest::badParametersShowAnErrorAndSaveNothing() {
  const auto project = test::makeTestProject("clips-bad");
  ui::MainWindow w;
  w.show();
  QVERIFY(w.openProject(project.qfile()));
  ui::ClipSetDialog* dialog = w.showClipSetDialog();
  dialog->nameEdit()->clear();
  QVERIFY(!dialog->save());  // no name
  dialog->nameEdit()->setText("x");
  auto p = shortRecordingParams();
  p.buildPreictal = p.buildNormal = p.buildIctal = false;  // nothing to build
  dialog->setParams(p);
  dialog->refreshPreview();
  database::Database db = database::openProject(project.file);
  const bool saved = dialog->save();
  QCOMPARE(database::ClipSetStore(db).findByName("x").has_value(), saved);
}

// ------------------------------------------------------------ jobs

void JobsTest::jobReportsProgressAndResult() {
  ui::BackgroundJob job("sum", [](ui::JobContext& ctx) {
    QVERIFY(QThread::currentThread() != qApp->thread());
    for (int i = 1; i <= 4; ++i) ctx.progress(i / 4.0, QString::number(i));
    ctx.setResult(QStringLiteral("done"));
  });
  QSignalSpy progress(&job, &ui::BackgroundJob::progressChanged);
  QSignalSpy ok(&job, &ui::BackgroundJob::succeeded);
  QSignalSpy finished(&job, &ui::BackgroundJob::finished);
  job.start();
  QTRY_COMPARE(finished.size(), 1);
  QCOMPARE(ok.size(), 1);
  QCOMPARE(ok.at(0).at(0).toString(), QStringLiteral("done"));
  QCOMPARE(progress.size(), 4);
  QCOMPARE(progress.last().at(0).toDouble(), 1.0);
}

void JobsTest::jobErrorsAndCancelArrive() {
  ui::BackgroundJob failing("fail", [](ui::JobContext&) { throw std::runtime_error("cannot read 'x.csv': gone"); });
  QSignalSpy failed(&failing, &ui::BackgroundJob::failed);
  failing.start();
  QTRY_COMPARE(failed.size(), 1);
  QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("cannot read 'x.csv': gone"));

  ui::BackgroundJob endless("endless", [](ui::JobContext& ctx) {
    for (;;) {
      ctx.throwIfCancelled();
      QThread::msleep(2);
    }
  });
  QSignalSpy cancelled(&endless, &ui::BackgroundJob::cancelled);
  endless.start();
  QTest::qWait(20);
  endless.cancel();
  QTRY_COMPARE(cancelled.size(), 1);
}

void JobsTest::addRecordingsRunsOffTheGuiThread() {
  const auto project = test::makeTestProject("add");
  ui::MainWindow w;
  w.show();
  QVERIFY(w.openProject(project.qfile()));
  const auto second = test::makeFixture(PRODROME_FIXTURE_DIR, test::standardFixtures()[2]);
  ui::BackgroundJob* job = w.exchange()->startAddRecordings(QStringList{QString::fromStdString(second.string())}, "R01",
                                                            database::Species::Rodent);
  QSignalSpy ok(job, &ui::BackgroundJob::succeeded);
  QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 1, 20000);
  database::Database db = database::openProject(project.file);
  QCOMPARE(database::RecordingStore(db).list().size(), size_t{2});
}

void JobsTest::importErrorNamesTheLine() {
  const auto project = test::makeTestProject("import");
  const auto csv = test::scratch() / "bad_events.csv";
  {
    QFile f(QString::fromStdString(csv.string()));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("recording,onset,offset,type\n1,10,20,seizure\n1,300,200,seizure\n");
  }
  ui::MainWindow w;
  w.show();
  QVERIFY(w.openProject(project.qfile()));
  ui::BackgroundJob* job =
      w.exchange()->startImport(ui::ExchangeActions::Import::EventsCsv, QString::fromStdString(csv.string()));
  QSignalSpy failed(job, &ui::BackgroundJob::failed);
  QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
  QVERIFY2(failed.at(0).at(0).toString().contains("bad_events.csv:3"), qPrintable(failed.at(0).at(0).toString()));
  database::Database db = database::openProject(project.file);
  QVERIFY(database::EventStore(db).list().empty());  // all or nothing
}
