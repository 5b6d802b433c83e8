// The clip set dialog against `prodrome clips build`'s code path
// (core::ClipSetService), and the file jobs behind imports and adding
// recordings.

#include "tests/ui/ClipSetDialogTest.h"

#include "core/clips/ClipSetService.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "database/SubjectStore.h"
#include "tests/support/FixtureVideo.h"
#include "tests/ui/TestProject.h"
#include "ui/ExchangeActions.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/dialogs/ClipSetDialog.h"
#include "ui/jobs/JobDock.h"
#include "ui/jobs/JobQueue.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QThread>

#include <atomic>

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

// issue 16 §6: the human gap of 30 minutes leaves a 22-s recording no
// normal window, and the dialog says so, naming the field; a saved set's
// settings fill the dialog again through "Start from".
void ClipSetDialogTest::anEmptyLabelIsExplainedAndASetsSettingsCanBeReused() {
  const auto project = test::makeTestProject("clips-explained");
  test::addSeizure(project, 300, 360);
  ui::MainWindow w;
  w.show();
  QVERIFY(w.openProject(project.qfile()));
  ui::ClipSetDialog* dialog = w.showClipSetDialog();
  QVERIFY(dialog);
  auto params = shortRecordingParams();
  params.humanGapSeconds = 1800;
  dialog->setParams(params);
  dialog->refreshPreview();
  QVERIFY(dialog->preview());
  QCOMPARE(dialog->preview()->normalCount, std::size_t{0});
  QVERIFY2(dialog->statusLabel()->text().contains("No normal human windows"),
           qPrintable(dialog->statusLabel()->text()));
  QVERIFY(dialog->statusLabel()->text().contains("Inter-ictal gap, human"));
  dialog->setParams(shortRecordingParams());
  dialog->refreshPreview();
  QVERIFY(!dialog->statusLabel()->text().contains("No normal"));

  // Save a set, then start a new dialog from it: every field comes back.
  dialog->nameEdit()->setText("base");
  QVERIFY(dialog->save());
  dialog->close();
  QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
  ui::ClipSetDialog* again = w.showClipSetDialog();
  QVERIFY(again);  // a new dialog (it lists the set saved above)
  QVERIFY(again->params().clipSeconds != shortRecordingParams().clipSeconds);  // the defaults first
  QCOMPARE(again->startFromBox()->count(), 2);
  again->startFromBox()->setCurrentIndex(1);
  QCOMPARE(again->params().toJson(), shortRecordingParams().toJson());
  again->startFromBox()->setCurrentIndex(0);
  QCOMPARE(again->params().toJson(), core::ClipSetParams{}.toJson());
}

// Issue 16 §6: every subject ticked means no filter; unticked ones are left
// out, those of the species not chosen greyed; the last one stays ticked.
void ClipSetDialogTest::subjectsCanBeLeftOut() {
  const auto project = test::makeTestProject("clips-subjects");
  {
    database::Database db = database::openProject(project.file);
    database::SubjectStore(db).add(database::Subject{0, "P02", database::Species::Human, ""});
    database::SubjectStore(db).add(database::Subject{0, "R01", database::Species::Rodent, ""});
  }
  ui::MainWindow w;
  w.show();
  QVERIFY(w.openProject(project.qfile()));
  ui::ClipSetDialog* dialog = w.showClipSetDialog();
  QVERIFY(dialog);
  auto* list = dialog->findChild<QListWidget*>("subjectFilter");
  QVERIFY(list);
  QCOMPARE(list->count(), 3);
  QVERIFY(dialog->params().subjects.empty());
  const auto item = [&](const QString& code) -> QListWidgetItem* {
    for (int i = 0; i < list->count(); ++i)
      if (list->item(i)->data(Qt::UserRole).toString() == code) return list->item(i);
    return nullptr;
  };
  item("P02")->setCheckState(Qt::Unchecked);
  QCOMPARE(dialog->params().subjects, (std::vector<std::string>{"P01", "R01"}));
  auto params = dialog->params();
  params.species = core::Species::Human;
  dialog->setParams(params);
  QVERIFY(!(item("R01")->flags() & Qt::ItemIsEnabled));
  QCOMPARE(dialog->params().subjects, (std::vector<std::string>{"P01"}));
  item("P01")->setCheckState(Qt::Unchecked);  // the last one: ticked again
  QCOMPARE(item("P01")->checkState(), Qt::Checked);
  QVERIFY(dialog->statusLabel()->text().contains("At least one subject"));
  // A stored set's subjects come back ticked, the others not.
  params.species.reset();
  params.subjects = {"P02"};
  dialog->setParams(params);
  QCOMPARE(item("P02")->checkState(), Qt::Checked);
  QCOMPARE(item("P01")->checkState(), Qt::Unchecked);
  QCOMPARE(dialog->params().subjects, (std::vector<std::string>{"P02"}));
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

namespace {

std::filesystem::path writeCsv(const std::string& name, const char* text) {
  const auto csv = test::scratch() / name;
  QFile f(QString::fromStdString(csv.string()));
  if (!f.open(QIODevice::WriteOnly)) return {};
  f.write(text);
  return csv;
}

}  // namespace

// An import is a file job of the window's one queue: it runs beside a
// training job (which holds the compute lane here) instead of behind it,
// shows in the job dock, and the project reloads when it ends (issue 13 §3).
void JobsTest::importRunsWhileATrainingJobRuns() {
  const auto project = test::makeTestProject("beside");
  const auto csv = writeCsv("good_events.csv", "recording,onset,offset,type\n1,10,20,seizure\n");
  ui::MainWindow w;
  w.show();
  QVERIFY(w.openProject(project.qfile()));
  std::atomic<bool> release{false};
  const int training = w.jobs()->enqueue(ui::JobKind::Pretrain, "hold", [&release](ui::JobReporter& r) {
    while (!release && !r.cancelRequested()) QThread::msleep(2);
    return ui::JobOutcome{};
  });
  QSignalSpy messages(w.exchange(), &ui::ExchangeActions::message);
  const int import = w.exchange()->startImport(ui::ExchangeActions::Import::EventsCsv, QString::fromStdString(csv.string()));
  QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->job(import)->state == ui::JobState::Succeeded, 10000);
  QVERIFY(w.jobs()->job(training)->state == ui::JobState::Running);
  QVERIFY(w.jobDock()->isVisible());
  QCOMPARE(w.jobDock()->table()->rowCount(), 2);
  QVERIFY(!messages.isEmpty());
  QVERIFY2(messages.last().at(0).toString().contains("1 event"), qPrintable(messages.last().at(0).toString()));
  QCOMPARE(database::EventStore(w.project()->database()).list().size(), size_t{1});  // reloaded connection sees it
  release = true;
  QTRY_VERIFY_WITH_TIMEOUT(!w.jobs()->isBusy(), 10000);
}

void JobsTest::addRecordingsRunsOffTheGuiThread() {
  const auto project = test::makeTestProject("add");
  ui::MainWindow w;
  w.show();
  QVERIFY(w.openProject(project.qfile()));
  const auto second = test::makeFixture(PRODROME_FIXTURE_DIR, test::standardFixtures()[2]);
  QSignalSpy added(w.exchange(), &ui::ExchangeActions::recordingAdded);
  const int job = w.exchange()->startAddRecordings(QStringList{QString::fromStdString(second.string())}, "R01",
                                                   database::Species::Rodent);
  QVERIFY(ui::laneOf(w.jobs()->job(job)->kind) == ui::JobLane::Files);
  QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->job(job)->state == ui::JobState::Succeeded, 20000);
  QCOMPARE(added.size(), 1);
  database::Database db = database::openProject(project.file);
  QCOMPARE(database::RecordingStore(db).list().size(), size_t{2});
  QCOMPARE(added.at(0).at(0).toLongLong(), database::RecordingStore(db).list().back().id);
  QVERIFY2(w.exchange()->lastWarning().isEmpty(), qPrintable(w.exchange()->lastWarning()));

  // A file whose recorder dropped 5 s: added, and the user is told in a box.
  const auto dropped = test::makeFixture(PRODROME_FIXTURE_DIR, test::droppedStretchFixture());
  const int second_job = w.exchange()->startAddRecordings(QStringList{QString::fromStdString(dropped.string())}, "R01",
                                                          database::Species::Rodent);
  QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->job(second_job)->state == ui::JobState::Succeeded, 20000);
  const QString warning = w.exchange()->lastWarning();
  QVERIFY2(warning.startsWith("h264_dropped_5s.mp4 has a variable frame rate") && warning.contains("up to 2.50 s"),
           qPrintable(warning));
  QTRY_VERIFY(w.findChild<QMessageBox*>() != nullptr);
  QCOMPARE(w.findChild<QMessageBox*>()->text(), warning);
}

void JobsTest::importErrorNamesTheLine() {
  const auto project = test::makeTestProject("import");
  const auto csv = writeCsv("bad_events.csv", "recording,onset,offset,type\n1,10,20,seizure\n1,300,200,seizure\n");
  ui::MainWindow w;
  w.show();
  QVERIFY(w.openProject(project.qfile()));
  const int job = w.exchange()->startImport(ui::ExchangeActions::Import::EventsCsv, QString::fromStdString(csv.string()));
  QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->job(job)->state == ui::JobState::Failed, 10000);
  const QString error = w.jobs()->job(job)->error;
  QVERIFY2(error.contains("bad_events.csv:3"), qPrintable(error));
  QCOMPARE(w.exchange()->lastError(), error);  // shown to the user
  database::Database db = database::openProject(project.file);
  QVERIFY(database::EventStore(db).list().empty());  // all or nothing
}

// Issue 16 §7: the Jobs dock opened over the video on every job, even after
// the user had closed it. It opens for the first job; once closed it stays
// closed (the status bar names the job) until the user opens it again.
void JobsTest::aClosedJobDockStaysClosed() {
  ui::MainWindow w;
  w.show();
  const auto quick = [](ui::JobReporter&) { return ui::JobOutcome{}; };
  w.jobs()->enqueue(ui::JobKind::ExportData, "first", quick);
  QVERIFY(w.jobDock()->isVisible());
  QTRY_VERIFY_WITH_TIMEOUT(!w.jobs()->isBusy(), 10000);
  w.jobDock()->close();
  QVERIFY(w.jobDock()->closedByUser());
  w.jobs()->enqueue(ui::JobKind::ExportData, "second", quick);
  QVERIFY(!w.jobDock()->isVisible());
  QVERIFY2(w.statusBar()->currentMessage().contains("second"), qPrintable(w.statusBar()->currentMessage()));
  QTRY_VERIFY_WITH_TIMEOUT(!w.jobs()->isBusy(), 10000);
  w.jobDock()->toggleViewAction()->trigger();  // View ▸ Jobs
  QVERIFY(w.jobDock()->isVisible() && !w.jobDock()->closedByUser());
  w.jobDock()->hide();  // hidden by the program, not the user: the next job shows it
  w.jobs()->enqueue(ui::JobKind::ExportData, "third", quick);
  QVERIFY(w.jobDock()->isVisible());
  QTRY_VERIFY_WITH_TIMEOUT(!w.jobs()->isBusy(), 10000);
}
