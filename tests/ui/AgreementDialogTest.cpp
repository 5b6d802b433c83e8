// Annotate ▸ Rater Agreement… (issue 14): two annotators' seizures on the
// open recording, their lanes on the timeline, the figures of the command
// line in the dialog, and its CSV.

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QTest>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <memory>

#include "database/EventStore.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"
#include "database/SubjectStore.h"
#include "database/Schema.h"
#include "tests/ui/TestProject.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/AgreementDialog.h"
#include "ui/timeline/EventLane.h"
#include "ui/timeline/TimelineWidget.h"

using namespace prodrome;

namespace {

void mark(const test::TestProject& project, std::int64_t onset, std::int64_t offset, const char* who) {
  database::Database db = database::openProject(project.file);
  database::Event e;
  e.recordingId = project.recordingId;
  e.onsetFrame = onset;
  e.offsetFrame = offset;
  e.annotator = who;
  database::EventStore(db).add(e);
}

}  // namespace

class AgreementDialogTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  // dr.k [60, 180) and [400, 500); tech [90, 200): as in the command line's
  // test, one match 1 s apart, kappa from 90 / 130 / 20 / 420 frames.
  void twoRatersCompareInTheDialogAndOnTheTimeline() {
    const auto project = test::makeTestProject("agreement");
    mark(project, 60, 180, "dr.k");
    mark(project, 400, 500, "dr.k");
    mark(project, 90, 200, "tech");
    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(project.qfile()));
    QTRY_COMPARE(w.timeline()->eventLanes().size(), 2u);
    QCOMPARE(w.timeline()->eventLanes()[1]->name(), QStringLiteral("Events · tech"));

    ui::AgreementDialog* d = w.showAgreement();
    QVERIFY(d);
    QCOMPARE(d->raterA()->currentData().toString(), QStringLiteral("dr.k"));
    QCOMPARE(d->raterB()->currentData().toString(), QStringLiteral("tech"));
    d->tolerance()->setValue(1.0);
    QVERIFY(d->result());
    const auto& r = d->result()->agreement;
    QCOMPARE(r.matched, 1);
    QCOMPARE(r.frames.both, 90);
    QCOMPARE(r.frames.onlyA, 130);
    QCOMPARE(r.frames.onlyB, 20);
    QCOMPARE(r.frames.neither, 420);
    const double po = 510.0 / 660, pa = 220.0 / 660, pb = 110.0 / 660, pe = pa * pb + (1 - pa) * (1 - pb);
    const QString shown = d->report()->toPlainText();
    QVERIFY2(shown.contains("Cohen's κ (per frame)") && shown.contains(QString::number((po - pe) / (1 - pe), 'f', 4)),
             qPrintable(shown));
    QVERIFY2(shown.contains("1.000 (1 of 1)") && shown.contains("0.500 (1 of 2)"), qPrintable(shown));
    d->tolerance()->setValue(0.5);  // 30 frames apart no longer match
    QCOMPARE(d->result()->agreement.matched, 0);
    // Both CSVs, as the command line writes them.
    const QString pairs = QString::fromStdString((test::scratch() / "agreement-pairs.csv").string());
    QVERIFY(d->exportCsv(pairs, false));
    QFile file(pairs);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("status,a_event,"));
    QCOMPARE(text.count("only_a"), 2);
    QCOMPARE(text.count("only_b"), 1);
    // The same rater twice: no figures, a reason.
    d->raterB()->setCurrentIndex(0);
    QVERIFY(!d->result());
    d->close();
  }

  // A file of a monitoring period: the whole period on one frame axis, as
  // `prodrome agreement --period`. dr.k marked in file 1 only, tech in file 2
  // only: on file 1 there is one rater; over the night there are two.
  void aPeriodIsComparedOnOneAxis() {
    QTemporaryDir dir;
    database::Database db = database::openProject((dir.path() + "/night.prodrome").toStdString());
    const qint64 subject = database::SubjectStore(db).add({0, "P07", database::Species::Human, ""});
    std::vector<std::int64_t> ids;
    for (const char* name : {"a.mp4", "b.mp4"}) {
      database::Recording r;
      r.subjectId = subject;
      r.path = std::string("/nowhere/") + name;
      r.fingerprint = name;
      r.fps = 25;
      r.frameCount = 1000;
      ids.push_back(database::RecordingStore(db).add(r));
    }
    const qint64 night = database::PeriodStore(db).create(subject, ids, "night");
    for (const auto& [recording, who] : {std::pair{ids[0], "dr.k"}, std::pair{ids[1], "tech"}}) {
      database::Event e;
      e.recordingId = recording;
      e.onsetFrame = 100;
      e.offsetFrame = 200;
      e.annotator = who;
      database::EventStore(db).add(e);
    }

    ui::AgreementDialog d(db, ids[0], dir.path() + "/night.prodrome");
    QCOMPARE(d.scope()->count(), 2);
    QVERIFY(d.scope()->isEnabled());
    QCOMPARE(d.raterA()->count(), 1);
    QVERIFY(!d.result());
    d.scope()->setCurrentIndex(1);
    QCOMPARE(d.scope()->currentData().toLongLong(), night);
    QCOMPARE(d.raterA()->count(), 2);
    QVERIFY(d.result());
    const auto& r = d.result()->agreement;
    QCOMPARE(r.frames.total(), 2000);  // both files, back to back
    QCOMPARE(r.matched, 0);            // 1000 frames apart
    QCOMPARE(r.frames.onlyA, 100);
    QCOMPARE(r.frames.onlyB, 100);
    // Back to the file: one rater again, no figures.
    d.scope()->setCurrentIndex(0);
    QVERIFY(!d.result());
  }

  void oneRaterIsToldTwoAreNeeded() {
    const auto project = test::makeTestProject("agreement-one");
    mark(project, 60, 180, "dr.k");
    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(project.qfile()));
    QTRY_COMPARE(w.timeline()->eventLanes().size(), 1u);
    ui::AgreementDialog* d = w.showAgreement();
    QVERIFY(d);
    QVERIFY(!d->result());
    d->close();
  }
};

std::unique_ptr<QObject> makeAgreementDialogTest() { return std::make_unique<AgreementDialogTest>(); }

#include "AgreementDialogTest.moc"
