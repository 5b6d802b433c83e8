// File ▸ Import ▸ BORIS Project… (issue 15): the dialog offers what the
// command line does (refuse, add the media, skip those observations; point
// events as onsets; the annotator), and the import and the export run as
// file jobs.

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <fstream>
#include <memory>

#include "database/EventStore.h"
#include "database/Schema.h"
#include "tests/ui/TestProject.h"
#include "ui/ExchangeActions.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/dialogs/BorisImportDialog.h"
#include "ui/jobs/JobQueue.h"

using namespace prodrome;

namespace {

QPushButton* importButton(QDialog& d) {
  return d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

std::filesystem::path writeBoris(const test::TestProject& project) {
  const auto file = test::scratch() / "lab.boris";
  std::ofstream(file) << R"({"project_format_version": "7.0",
    "behaviors_conf": {"0": {"type": "State event", "code": "GTCS"}, "1": {"type": "Point event", "code": "jerk"}},
    "observations": {
      "known": {"type": "MEDIA", "file": {"1": [")"
                      << project.video.filename().string() << R"("]},
                "events": [[1.0, "", "GTCS", "", ""], [2.0, "", "GTCS", "", ""], [3.0, "", "jerk", "", ""]]},
      "away": {"type": "MEDIA", "file": {"1": ["/home/user/video/video1.mp4"]}, "events": []}}})";
  return file;
}

}  // namespace

class BorisImportTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void theDialogOffersTheCommandLinesChoices() {
    core::BorisSurvey survey;
    survey.observations = 3;
    survey.withoutVideo = 1;
    survey.unknownMedia = {"'away': /home/user/video/video1.mp4"};
    survey.subjects = {"R7"};
    survey.behaviours = {"GTCS", "grooming"};
    ui::BorisImportDialog d("lab.boris", survey);
    QVERIFY(d.refuseButton()->isChecked());
    QVERIFY(!importButton(d)->isEnabled());  // refusing imports nothing
    QVERIFY(!d.subjectEdit()->isEnabled());
    d.addButton()->setChecked(true);
    QVERIFY(importButton(d)->isEnabled());
    QVERIFY(d.subjectEdit()->isEnabled());
    QCOMPARE(d.subjectEdit()->placeholderText(), QStringLiteral("R7"));
    d.subjectEdit()->setText("R8");
    d.speciesBox()->setCurrentIndex(2);
    d.pointsBox()->setChecked(true);
    d.annotatorEdit()->setText("tech");
    QCOMPARE(d.seizuresEdit()->placeholderText(), QStringLiteral("every behaviour: GTCS, grooming"));
    d.seizuresEdit()->setText(" GTCS ,");
    auto o = d.options();
    QVERIFY(o.unknownMedia == core::BorisImportOptions::UnknownMedia::Add);
    QCOMPARE(QString::fromStdString(*o.subject), QStringLiteral("R8"));
    QVERIFY(o.species == database::Species::Rodent);
    QVERIFY(o.points == core::BorisImportOptions::Points::Onset);
    QCOMPARE(o.annotator, std::string("tech"));
    QVERIFY(o.seizureCodes == std::set<std::string>{"GTCS"});
    d.skipButton()->setChecked(true);
    QVERIFY(d.options().unknownMedia == core::BorisImportOptions::UnknownMedia::Skip);
    d.annotatorEdit()->clear();
    QVERIFY(!importButton(d)->isEnabled());

    core::BorisSurvey allKnown;
    allKnown.observations = 2;
    ui::BorisImportDialog plain("lab.boris", allKnown);
    QVERIFY(!plain.refuseButton()->isVisibleTo(&plain));
    QVERIFY(importButton(plain)->isEnabled());
    QVERIFY(plain.options().unknownMedia == core::BorisImportOptions::UnknownMedia::Refuse);
  }

  void importAndExportRunAsJobs() {
    const auto project = test::makeTestProject("boris");
    const auto boris = writeBoris(project);
    ui::MainWindow w;
    w.show();
    QVERIFY(w.openProject(project.qfile()));
    const auto survey = core::surveyBoris(w.project()->database(), boris);
    QCOMPARE(survey.unknownMedia.size(), size_t{1});

    // Refused: the job fails naming the observation, nothing is stored.
    const int refused = w.exchange()->startImport(ui::ExchangeActions::Import::Boris, QString::fromStdString(boris.string()));
    QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->job(refused)->state == ui::JobState::Failed, 10000);
    QVERIFY2(w.exchange()->lastError().contains("'away': /home/user/video/video1.mp4"), qPrintable(w.exchange()->lastError()));
    QCOMPARE(database::EventStore(w.project()->database()).list().size(), size_t{0});

    core::BorisImportOptions options;
    options.unknownMedia = core::BorisImportOptions::UnknownMedia::Skip;
    options.points = core::BorisImportOptions::Points::Onset;
    QSignalSpy messages(w.exchange(), &ui::ExchangeActions::message);
    const int job = w.exchange()->startImport(ui::ExchangeActions::Import::Boris, QString::fromStdString(boris.string()), options);
    QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->job(job)->state == ui::JobState::Succeeded, 10000);
    QCOMPARE(database::EventStore(w.project()->database()).list().size(), size_t{2});
    QVERIFY(!messages.isEmpty());
    const QString said = messages.last().at(0).toString();
    QVERIFY2(said.contains("2 event(s)") && said.contains("1 observation(s) skipped"), qPrintable(said));

    const auto out = test::scratch() / "export.boris";
    const int exported = w.exchange()->startExport(ui::ExchangeActions::Export::Boris, QString::fromStdString(out.string()));
    QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->job(exported)->state == ui::JobState::Succeeded, 10000);
    QFile file(QString::fromStdString(out.string()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"project_format_version\": \"7.0\""));
    QVERIFY2(messages.last().at(0).toString().contains("1 open event(s) left out"),
             qPrintable(messages.last().at(0).toString()));
  }
};

std::unique_ptr<QObject> makeBorisImportTest() { return std::make_unique<BorisImportTest>(); }

#include "BorisImportTest.moc"
