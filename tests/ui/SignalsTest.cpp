// Signals in the main window (issue 14 §2): a signal imported beside the
// open recording shows as a lane; the nudge key moves it and the offset is
// in the project at once; File ▸ Import ▸ Signal CSV… runs as a file job.

#include <QAction>
#include <QTest>

#include <fstream>
#include <memory>

#include "core/signals/SignalCsvImporter.h"
#include "database/Schema.h"
#include "database/SignalStore.h"
#include "tests/ui/TestProject.h"
#include "ui/ExchangeActions.h"
#include "ui/MainWindow.h"
#include "ui/jobs/JobQueue.h"
#include "ui/timeline/TimelineWidget.h"

using namespace prodrome;

class SignalsTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void aSignalLaneNudgedIsStored() {
    const auto project = test::makeTestProject("signals");
    const auto csv = test::scratch() / "signals-hr.csv";
    std::ofstream(csv) << "time,hr\n0,60\n1,61\n2,75\n3,62\n";
    {
      database::Database db = database::openProject(project.file);
      core::importSignalCsv(db, project.recordingId, csv);
    }
    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(project.qfile()));
    QTRY_COMPARE(w.timeline()->signalLanes().size(), 1u);
    QCOMPARE(w.timeline()->signalLanes()[0]->name(), QStringLiteral("hr"));
    auto* later = w.findChild<QAction*>("nudgeSignalLaterAction");
    QVERIFY(later);
    QTRY_VERIFY(later->isEnabled());
    later->trigger();
    later->trigger();
    later->trigger();
    {
      database::Database db = database::openProject(project.file);
      const auto signals = database::SignalStore(db).listByRecording(project.recordingId);
      QCOMPARE(signals.size(), 1u);
      QCOMPARE(signals[0].offsetSeconds, 0.03);
    }
    // A second channel through the menu's job: a lane more when it is done.
    const auto more = test::scratch() / "signals-accel.csv";
    std::ofstream(more) << "time,accel\n0,0.1\n0.5,0.2\n1.0,0.3\n";
    w.exchange()->startSignalImport(QString::fromStdString(more.string()), project.recordingId);
    QTRY_COMPARE_WITH_TIMEOUT(w.timeline()->signalLanes().size(), 2u, 20000);
    // The nudged one kept its offset through the reload.
    for (const auto* lane : w.timeline()->signalLanes())
      if (lane->name() == "hr") QCOMPARE(lane->trace().offsetSeconds, 0.03);
  }
};

std::unique_ptr<QObject> makeSignalsTest() { return std::make_unique<SignalsTest>(); }

#include "SignalsTest.moc"
