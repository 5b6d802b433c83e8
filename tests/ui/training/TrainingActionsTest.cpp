// The Train menu end to end on a tiny synthetic project, through the main
// window: jobs started from the dialogs, the project tree, the stored runs,
// cancel and resume from the dock, the run view, the quit guard.

#include "core/pipeline/FineTuning.h"
#include "core/pipeline/ModelDescription.h"
#include "core/pipeline/ModelTransfer.h"
#include "core/pipeline/Pretraining.h"
#include "core/runs/FewShotConfig.h"
#include "core/runs/FineTuneMetrics.h"
#include "core/runs/JsonText.h"
#include "core/runs/ModelFiles.h"
#include "core/runs/RunLock.h"
#include "database/Database.h"
#include "database/ModelStore.h"
#include "database/RunStore.h"
#include "tests/support/ProbeRuns.h"
#include "tests/support/TinyJobs.h"
#include "tests/support/TrainingProject.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/ProjectTreeDock.h"
#include "ui/RunLabel.h"
#include "ui/jobs/TrainingChart.h"
#include "ui/training/FineTuneDialog.h"
#include "ui/training/ForecastDialog.h"
#include "ui/training/ModelView.h"
#include "ui/training/PretrainDialog.h"
#include "ui/training/ProbeCurvePage.h"
#include "ui/training/RunView.h"
#include "ui/training/TrainingActions.h"
#include "ui/training/WeightsChooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <atomic>
#include <cmath>
#include <limits>
#include <memory>
#include <thread>

#include <unistd.h>

using namespace prodrome;
using namespace prodrome::ui;

namespace {

constexpr int kJobTimeout = 120000;  // ms; jobs take seconds, a loaded machine more

// A finished stage-2 run as the project stores it, for a RunView.
database::Run finishedStage2Run(qint64 id, const char* config, const QJsonObject& metrics) {
  database::Run run;
  run.id = id;
  run.kind = database::RunKind::Finetune;
  run.status = database::RunStatus::Succeeded;
  run.config = config;
  run.metrics = QJsonDocument(metrics).toJson().toStdString();
  return run;
}

QJsonObject json(const std::string& text) { return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object(); }

bool treeHas(ProjectTreeDock* tree, ProjectTreeDock::NodeKind kind, const QString& text) {
  QTreeWidgetItemIterator it(tree->tree());
  for (; *it; ++it)
    if ((*it)->data(0, kNodeKindRole).toInt() == static_cast<int>(kind) && (*it)->text(0).startsWith(text)) return true;
  return false;
}

core::PretrainConfig tinyPretrain(const test::TrainingProject& p, const std::string& name) {
  return test::tinyPretrain(name, {p.rodentSet, p.humanSet});
}

}  // namespace

class TrainingActionsTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    project_ = test::makeTrainingProject(dir_.path().toStdString());
    window_ = std::make_unique<MainWindow>();
    QVERIFY(window_->openProject(QString::fromStdString(project_.file.string())));
    actions_ = new TrainingActions(*window_);
    window_->show();
  }

  void cleanupTestCase() {
    actions_->setQuitQuestion([] { return TrainingActions::QuitAnswer::CancelAndQuit; });
    window_.reset();
  }

  void menusFollowTheProject() {
    QMenu* train = window_->trainMenu();
    QVERIFY(train->actions().size() >= 3);
    QVERIFY(train->actions().front()->isEnabled());
    QVERIFY(!window_->modelMenu()->actions().isEmpty());
  }

  void pretrainingFromTheDialogStoresRunAndModel() {
    PretrainDialog* d = actions_->showPretrainDialog();
    QVERIFY(d);
    d->nameEdit()->setText("enc");
    for (int i = 0; i < d->clipSetList()->count(); ++i) d->clipSetList()->item(i)->setCheckState(Qt::Checked);
    d->mixBox()->setCurrentIndex(d->mixBox()->findData("RYNH"));
    d->framesBox()->setValue(4);
    d->sizeBox()->setValue(32);
    d->stepsBox()->setValue(6);
    d->batchBox()->setValue(2);
    d->warmupBox()->setValue(1);
    d->checkpointBox()->setValue(2);
    d->seedBox()->setValue(3);
    d->deviceBox()->setCurrentIndex(d->deviceBox()->findData("cpu"));
    QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
    d->accept();

    const auto ids = actions_->queue().jobIds();
    QCOMPARE(ids.size(), 1);
    const int id = ids.back();
    QVERIFY(actions_->jobDock()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(actions_->queue().job(id)->state != JobState::Running, kJobTimeout);
    const JobInfo* job = actions_->queue().job(id);
    QVERIFY2(job->state == JobState::Succeeded, qPrintable(job->error));
    QCOMPARE(job->steps.size(), 6);
    QVERIFY(job->runId > 0);
    QVERIFY(!job->device.isEmpty());

    // The model is in the tree, the run stored with its whole config.
    QVERIFY(treeHas(window_->projectTree(), ProjectTreeDock::NodeKind::Model, "enc"));
    QVERIFY(treeHas(window_->projectTree(), ProjectTreeDock::NodeKind::Run, tr("Run %1").arg(job->runId)));
    auto& db = window_->project()->database();
    const auto run = database::RunStore(db).find(job->runId);
    QVERIFY(run);
    QVERIFY(run->status == database::RunStatus::Succeeded);
    const QJsonObject config = json(run->config);
    QVERIFY(config.contains("code_revision") || run->config.find("code_revision") != std::string::npos);
    const auto stored = core::PretrainConfig::fromJson(config.value("pretrain").toObject());
    QCOMPARE(stored.modelName, std::string("enc"));
    QCOMPARE(stored.steps, std::int64_t{6});
    QCOMPARE(stored.frames, 4);
    QCOMPARE(stored.size, 32);
    QCOMPARE(stored.seed, std::uint64_t{3});
    QCOMPARE(stored.clipSets.size(), std::size_t{2});
    QCOMPARE(json(run->metrics).value("losses").toArray().size(), 6);
    const auto model = database::ModelStore(db).findByName("enc");
    QVERIFY(model);

    // The dock's chart shows every step; the finished run opened its view.
    QCOMPARE(actions_->dock()->chart()->lossPointCount(), 6);
    QTRY_VERIFY(actions_->lastRunView() && actions_->lastRunView()->runId() == job->runId);
    QVERIFY(actions_->lastRunView()->metricsTable()->rowCount() > 0);
    QVERIFY(actions_->lastRunView()->configText()->toPlainText().contains("\"model_name\": \"enc\""));
  }

  void aRunLeftRunningIsOfferedOnlyOnceItsProcessHasEnded() {
    auto& db = window_->project()->database();
    database::RunStore runs(db);
    const qint64 runId =
        runs.add(database::RunKind::Pretrain,
                 core::toJsonText(QJsonObject{{"pretrain", tinyPretrain(project_, "enc-left").toJson()}}));
    runs.markStarted(runId);
    const auto offered = [&]() -> QString {
      for (const auto& r : actions_->resumableRuns())
        if (r.runId == runId) return r.text;
      return {};
    };
    const auto treeStatus = [&]() -> QString {
      window_->projectTree()->reload(&db);
      for (QTreeWidgetItemIterator it(window_->projectTree()->tree()); *it; ++it)
        if ((*it)->data(0, kNodeKindRole).toInt() == static_cast<int>(ProjectTreeDock::NodeKind::Run) &&
            (*it)->data(0, kNodeIdRole).toLongLong() == runId)
          return (*it)->text(1);
      return QStringLiteral("(not in the tree)");
    };
    {
      // What a headless `prodrome pretrain` on the same project holds while it runs.
      core::RunLock elsewhere(db, runId);
      QCOMPARE(treeStatus(), QStringLiteral("running"));
      QVERIFY2(offered().isEmpty(), qPrintable(offered()));
      // Resumed anyway (by id): refused by the lock, the run left as it was.
      const int job = actions_->resume(runId);
      QVERIFY(job > 0);
      QTRY_VERIFY_WITH_TIMEOUT(!actions_->queue().isBusy(), kJobTimeout);
      QVERIFY(actions_->queue().job(job)->state == JobState::Failed);
      QVERIFY2(actions_->queue().job(job)->error.contains(QStringLiteral("is being run by process %1").arg(::getpid())),
               qPrintable(actions_->queue().job(job)->error));
      QVERIFY(runs.find(runId)->status == database::RunStatus::Running);
    }
    // Its process has ended (the lock is free): interrupted, and offered.
    QCOMPARE(treeStatus(), QStringLiteral("interrupted"));
    QVERIFY2(offered().endsWith(QStringLiteral("interrupted (left running)")), qPrintable(offered()));
    QVERIFY(runs.remove(runId));
    window_->projectTree()->reload(&db);
  }

  void cancelledPretrainingResumesFromTheDock() {
    // A job that holds the queue: the stop is set before the pre-training starts.
    std::atomic<bool> release{false};
    actions_->queue().enqueue(JobKind::ExportModel, "hold", [&release](JobReporter& r) {
      while (!release && !r.cancelRequested()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
      JobOutcome o;
      o.cancelled = r.cancelRequested();
      return o;
    });
    const int id = actions_->start({JobKind::Pretrain, tinyPretrain(project_, "enc-split").toJson(), 0});
    QVERIFY(actions_->queue().job(id)->state == JobState::Queued);  // one job at a time
    actions_->queue().cancelAfterStep(id, 1);
    release = true;
    QTRY_VERIFY_WITH_TIMEOUT(
        actions_->queue().job(id)->state != JobState::Running && actions_->queue().job(id)->state != JobState::Queued,
        kJobTimeout);
    const JobInfo* job = actions_->queue().job(id);
    QVERIFY2(job->state == JobState::Cancelled, qPrintable(job->error));
    const qint64 runId = job->runId;
    QVERIFY(runId > 0);
    auto& db = window_->project()->database();
    auto run = database::RunStore(db).find(runId);
    QVERIFY(run->status == database::RunStatus::Cancelled);
    QCOMPARE(json(run->metrics).value("steps_done").toInteger(), qint64{1});
    QVERIFY(std::filesystem::exists(core::checkpointDirectory(db.path(), runId) / "trainer_state.safetensors"));
    QVERIFY(!database::ModelStore(db).findByName("enc-split"));

    // The dock offers the run; Resume continues it to the end.
    QListWidget* list = actions_->dock()->resumableList();
    QListWidgetItem* item = nullptr;
    for (int i = 0; i < list->count(); ++i)
      if (list->item(i)->data(Qt::UserRole).toLongLong() == runId) item = list->item(i);
    QVERIFY(item);
    list->setCurrentItem(item);
    QVERIFY(actions_->dock()->resumeButton()->isEnabled());
    QTest::mouseClick(actions_->dock()->resumeButton(), Qt::LeftButton);
    QVERIFY(actions_->queue().isBusy());
    const int resumed = actions_->queue().jobIds().back();
    QCOMPARE(actions_->queue().job(resumed)->resumedRunId, runId);
    for (int i = 0; i < list->count(); ++i) QVERIFY(list->item(i)->data(Qt::UserRole).toLongLong() != runId);
    QTRY_VERIFY_WITH_TIMEOUT(!actions_->queue().isBusy(), kJobTimeout);
    const JobInfo* second = actions_->queue().job(resumed);
    QVERIFY2(second->state == JobState::Succeeded, qPrintable(second->error));
    QCOMPARE(second->steps.size(), 5);  // steps 2..6
    QCOMPARE(second->steps.front().step, qint64{2});
    run = database::RunStore(db).find(runId);
    QVERIFY(run->status == database::RunStatus::Succeeded);
    QCOMPARE(json(run->metrics).value("steps_done").toInteger(), qint64{6});
    QCOMPARE(json(run->metrics).value("losses").toArray().size(), 6);
    QVERIFY(database::ModelStore(db).findByName("enc-split"));
    QVERIFY(treeHas(window_->projectTree(), ProjectTreeDock::NodeKind::Model, "enc-split"));
  }

  void cancelledFineTuningResumesFromTheDock() {
    core::FineTuneConfig ft;
    ft.modelName = "ft-split";
    ft.clipSet = project_.humanSet;
    ft.validationSplit = "val";
    ft.settings = test::tinyFineTuneSettings();
    const int id = actions_->start({JobKind::FineTune, ft.toJson(), 0});
    actions_->queue().cancelAfterStep(id, 1);
    QTRY_VERIFY_WITH_TIMEOUT(!actions_->queue().isBusy(), kJobTimeout);
    const JobInfo* job = actions_->queue().job(id);
    QVERIFY2(job->state == JobState::Cancelled, qPrintable(job->error));
    const qint64 runId = job->runId;
    QListWidget* list = actions_->dock()->resumableList();
    int row = -1;
    for (int i = 0; i < list->count(); ++i)
      if (list->item(i)->data(Qt::UserRole).toLongLong() == runId) row = i;
    QVERIFY(row >= 0);
    QVERIFY(list->item(row)->text().contains("ft-split"));
    list->setCurrentRow(row);
    QTest::mouseClick(actions_->dock()->resumeButton(), Qt::LeftButton);
    const int resumed = actions_->queue().jobIds().back();
    QVERIFY(actions_->queue().job(resumed)->kind == JobKind::FineTune);
    QTRY_VERIFY_WITH_TIMEOUT(!actions_->queue().isBusy(), kJobTimeout);
    QVERIFY2(actions_->queue().job(resumed)->state == JobState::Succeeded,
             qPrintable(actions_->queue().job(resumed)->error));
    auto& db = window_->project()->database();
    QVERIFY(database::RunStore(db).find(runId)->status == database::RunStatus::Succeeded);
    QVERIFY(database::ModelStore(db).findByName("ft-split"));
  }

  void dialogsCloseWithTheirProject() {
    QPointer<PretrainDialog> dialog = actions_->showPretrainDialog();
    QVERIFY(dialog);
    window_->closeProject();
    QTRY_VERIFY(!dialog);  // it read the closed project's rows: it must not start a job on another
    QVERIFY(window_->openProject(QString::fromStdString(project_.file.string())));
    QVERIFY(window_->trainMenu()->actions().front()->isEnabled());
  }

  void fineTuningShowsItsRunView() {
    FineTuneDialog* d = actions_->showFineTuneDialog();
    QVERIFY(d);
    d->nameEdit()->setText("forecaster");
    d->clipSetBox()->setCurrentIndex(d->clipSetBox()->findData(static_cast<qint64>(project_.humanSet)));
    d->baseWeights()->chooseModel(database::ModelStore(window_->project()->database()).findByName("enc")->id);
    QCOMPARE(d->framesBox()->value(), 4);  // taken from the base model
    QCOMPARE(d->sizeBox()->value(), 32);
    d->epochsBox()->setValue(2);
    d->batchBox()->setValue(4);
    d->evaluationSplitEdit()->setText("val");
    d->deviceBox()->setCurrentIndex(d->deviceBox()->findData("cpu"));
    QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
    d->accept();
    const int id = actions_->queue().jobIds().back();
    QVERIFY(actions_->queue().job(id)->kind == JobKind::FineTune);
    QTRY_VERIFY_WITH_TIMEOUT(!actions_->queue().isBusy(), kJobTimeout);
    const JobInfo* job = actions_->queue().job(id);
    QVERIFY2(job->state == JobState::Succeeded, qPrintable(job->error));
    QVERIFY(!job->steps.isEmpty());
    QCOMPARE(job->epochs.size(), 2);  // validation metrics per epoch, for the chart
    QVERIFY(std::isfinite(job->epochs.back().rocAuc));
    QCOMPARE(actions_->dock()->selectedJob().value_or(0), id);
    QCOMPARE(actions_->dock()->chart()->epochPointCount(), 2);
    QVERIFY(treeHas(window_->projectTree(), ProjectTreeDock::NodeKind::Model, "forecaster"));

    QTRY_VERIFY(actions_->lastRunView() && actions_->lastRunView()->runId() == job->runId);
    RunView* view = actions_->lastRunView();
    QCOMPARE(view->metricsTable()->rowCount(), 2);  // one row per epoch
    QVERIFY(!view->metricsTable()->item(0, 1)->text().isEmpty());
    QVERIFY(view->rocChart());  // from the kept model's validation predictions
    QVERIFY(view->prChart());
    QVERIFY(view->confusionTable());
    qint64 total = 0;
    for (int r = 0; r < 2; ++r)
      for (int c = 0; c < 2; ++c) total += view->confusionTable()->item(r, c)->text().toLongLong();
    const auto run = database::RunStore(window_->project()->database()).find(job->runId);
    QCOMPARE(total, json(run->metrics).value("validation_clips").toInteger());
    QVERIFY(view->configText()->toPlainText().contains("\"finetune\""));

    // The tree's run node opens the same view.
    Q_EMIT window_->runActivated(job->runId);
    QCOMPARE(actions_->lastRunView()->runId(), job->runId);
    fineTuneRun_ = job->runId;

    // Its model node opens what the model stores: what `prodrome model show`
    // prints (core/pipeline/ModelDescription.h), the operating point and the
    // rate its clips were read at among it.
    QTreeWidgetItem* modelItem = nullptr;
    for (QTreeWidgetItemIterator it(window_->projectTree()->tree()); *it; ++it)
      if ((*it)->data(0, kNodeKindRole).toInt() == static_cast<int>(ProjectTreeDock::NodeKind::Model) &&
          (*it)->text(0) == "forecaster")
        modelItem = *it;
    QVERIFY(modelItem);
    Q_EMIT window_->projectTree()->tree()->itemActivated(modelItem, 0);
    auto* modelView = window_->findChild<ModelView*>("modelView");
    QVERIFY(modelView);
    QVERIFY(modelView->described());
    const auto forecaster = database::ModelStore(window_->project()->database()).findByName("forecaster");
    QCOMPARE(modelView->text(),
             QString::fromStdString(core::describeModel(window_->project()->database(), forecaster->id)));
    QVERIFY2(modelView->text().contains("kind: classifier") && modelView->text().contains("\noperating point: ") &&
                 modelView->text().contains("\nframe rate: "),
             qPrintable(modelView->text()));
    const auto english = modelView->text();
    modelView->close();

    // In the user's language where a catalogue has it; the same numbers and
    // path (the CLI installs no translator: the English above).
    for (const QString locale : {"de", "zh_CN"}) {
      QTranslator translator;
      QVERIFY2(translator.load(QLocale(locale), "prodrome", "_", ":/i18n"), qPrintable(locale));
      QCoreApplication::installTranslator(&translator);
      const ModelView translated(window_->project()->database(), forecaster->id);
      QCoreApplication::removeTranslator(&translator);
      const auto text = translated.text();
      for (const char* label : {"kind:", "weights:", "architecture:", "sampling:", "frame rate:", "trained for:",
                                "judged with:", "head:", "calibration:", "operating point:"})
        QVERIFY2(!text.contains(label), qPrintable(locale + ": " + label + "\n" + text));
      QVERIFY2(text.contains(locale == "de" ? "\nArbeitspunkt: Schwelle " : "\n工作点：阈值 "), qPrintable(text));
      QVERIFY2(text.contains(QString::fromStdString(forecaster->weightsPath)), qPrintable(text));
      QCOMPARE(text.count('\n'), english.count('\n'));
    }
  }

  // A model whose weights file is gone says so in its view, naming the file.
  void aModelWithoutItsFileSaysWhy() {
    auto& db = window_->project()->database();
    database::Model row;
    row.name = "no-file";
    row.weightsPath = (std::filesystem::temp_directory_path() / "prodrome-no-such-model.safetensors").string();
    const auto id = database::ModelStore(db).add(row);
    ModelView* view = actions_->showModel(id);
    QVERIFY(view);
    QVERIFY(!view->described());
    QVERIFY2(view->text().contains("prodrome-no-such-model.safetensors"), qPrintable(view->text()));
    view->close();
    database::ModelStore(db).remove(id);
  }

  // Issue 12: a forecaster whose operating point was chosen for a false-alarm
  // rate says where, what it gave there and which statistics' share it kept.
  void forecasterRunViewSaysWhereItsOperatingPointWasChosen() {
    core::FineTuneMetrics m;
    m.thresholdRule = "youden";
    m.threshold = 0.4;
    QVERIFY(RunView::operatingPointText(m).isEmpty());  // Youden's J: the threshold line says it all
    m.thresholdRule = "false-alarm-rate";
    m.threshold = 0.877;
    m.consecutive = 3;
    m.thresholdValidationRecordings = 1;
    m.thresholdCrossFittedRecordings = 5;
    m.validationEventSensitivity = 0.75;
    m.validationFalseAlarmsPerHour = 29.2;
    QString text = RunView::operatingPointText(m);
    QVERIFY2(text.contains("0.877") && text.contains("3 window") && text.contains("1 validation and 5 cross-fitted") &&
                 text.contains("0.75 of the seizures") && text.contains("29.2 false alarms"),
             qPrintable(text));
    QVERIFY2(!text.contains("share"), qPrintable(text));
    m.motionShareTrials = {{0.5, 0.58, 29.2, 0.851}, {0.99, 0.75, 29.2, 0.865}};
    m.motionShare = 0.99;
    text = RunView::operatingPointText(m);
    QVERIFY2(text.contains("hold 99 %"), qPrintable(text));
    QVERIFY2(!text.contains("jerks"), qPrintable(text));
    // The brief jerks' weight, when one was chosen: the kept weight and what
    // each candidate gave.
    m.jerkWeightTrials = {{0.0, 0.58, 29.2, 0.851}, {0.25, 0.67, 28.1, 0.86}};
    m.jerkWeight = 0.25;
    text = RunView::operatingPointText(m);
    QVERIFY2(text.contains("weight 0.25") && text.contains("leaves 75 %") && text.contains("0.00: 0.58") &&
                 text.contains("0.25: 0.67 at 28.1 per hour"),
             qPrintable(text));
    QVERIFY2(!text.contains("calibrated"), qPrintable(text));
    // Calibrated probabilities: on how many windows, how far the raw ones were.
    m.calibration = core::FineTuneMetrics::Calibration{core::ProbabilityCalibration{0.45, -2.75}, 2400, 0.2131, 0.0474};
    text = RunView::operatingPointText(m);
    QVERIFY2(text.contains("calibrated on the 2400 labelled window") && text.contains("0.213 before, 0.047 after") &&
                 text.contains("the threshold is on that scale"),
             qPrintable(text));
    m.threshold = std::nextafter(1.0, 2.0);
    QVERIFY2(RunView::operatingPointText(m).contains("none"), qPrintable(RunView::operatingPointText(m)));

    // A probe forecaster's view: the text above, and the shares it chose
    // among as its table (it has no epochs), the kept one in bold.
    m.threshold = 0.877;
    RunView view(finishedStage2Run(8, R"({"finetune": {"head": "logreg"}})", m.toJson()));
    auto* label = view.findChild<QLabel*>(QStringLiteral("operatingPoint"));
    QVERIFY(label);
    QVERIFY2(label->text().contains("hold 99 %"), qPrintable(label->text()));
    QTableWidget* t = view.metricsTable();
    QCOMPARE(t->rowCount(), 2);
    QCOMPARE(t->horizontalHeaderItem(0)->text(), QStringLiteral("Share of the statistics"));
    QCOMPARE(t->item(1, 0)->text(), QStringLiteral("99 %"));
    QVERIFY(t->item(1, 0)->font().bold());
    QVERIFY(!t->item(0, 0)->font().bold());
  }

  // Issue 12: a k-shot run's view shows every arm it scored in the same
  // episodes (baseline, tokens alone), per episode and as means with CIs.
  void fewShotRunViewShowsEveryArm() {
    const auto arm = [](double bacc, double auc) {
      QJsonObject o{{"bacc", bacc}, {"roc_auc", auc}};
      return o;
    };
    QJsonObject episode = arm(0.75, 0.8);
    episode["shots"] = 2;
    episode["episode"] = 0;
    // A query of one class has no ROC-AUC: stored as null, shown as "—"
    // (issue 16 §5), not 0.0000 or "n/a".
    episode["baseline"] = arm(0.61, std::numeric_limits<double>::quiet_NaN());
    episode["tokens_alone"] = arm(0.53, 0.54);
    QJsonObject mean = arm(0.75, 0.8);
    mean["shots"] = 2;
    mean["episodes"] = 1;
    mean["roc_auc_ci"] = QJsonArray{0.7, 0.9};
    QJsonObject tokensMean = arm(0.53, 0.54);
    tokensMean["roc_auc_ci"] = QJsonArray{0.51, 0.57};
    QJsonObject tokens = arm(0.53, 0.54);
    tokens["per_shot"] = QJsonArray{tokensMean};
    QJsonObject baseline = arm(0.61, 0.62);
    baseline["per_shot"] = QJsonArray{arm(0.61, 0.62)};
    const QJsonObject metrics{{"episodes", QJsonArray{episode}},
                              {"per_shot", QJsonArray{mean}},
                              {"baseline", baseline},
                              {"tokens_alone", tokens}};
    auto run = finishedStage2Run(7, R"({"fewshot": {"shots": [2]}})", metrics);
    RunView view(run);
    QTableWidget* t = view.metricsTable();
    QStringList headers;
    for (int c = 0; c < t->columnCount(); ++c) headers << t->horizontalHeaderItem(c)->text();
    const int base = static_cast<int>(headers.indexOf("Baseline ROC-AUC"));
    const int alone = static_cast<int>(headers.indexOf("Tokens alone ROC-AUC"));
    QVERIFY2(base > 0 && alone > base, qPrintable(headers.join(" | ")));
    QCOMPARE(t->rowCount(), 2);  // the episode, then the 2-shot mean
    QCOMPARE(t->item(0, alone)->text(), QStringLiteral("0.5400"));
    QCOMPARE(t->item(1, alone)->text(), QStringLiteral("0.5400 [0.5100, 0.5700]"));
    QCOMPARE(t->item(1, base)->text(), QStringLiteral("0.6200"));
    QCOMPARE(t->item(0, base)->text(), QStringLiteral("—"));
    QVERIFY(t->toolTip().contains("Tokens alone"));
    // One name for the run everywhere (issue 16 §5): the tree said
    // "fine-tuning" where the view said "k-shot evaluation".
    QVERIFY(view.windowTitle().contains("k-shot evaluation"));
    QCOMPARE(runKindLabel(run), QStringLiteral("k-shot evaluation"));
    run.config = R"({"finetune": {}})";
    QCOMPARE(runKindLabel(run), QStringLiteral("fine-tuning"));
  }

  // Issue 16 §5: ROC, PR and the confusion matrix whenever scores exist. A
  // k-shot run stores every episode's query scores; its view pools the
  // largest shot count's (none of the demo's runs showed curves before).
  void fewShotRunViewShowsPooledCurves() {
    const auto episode = [](int shots, QJsonArray scores, QJsonArray labels) {
      return QJsonObject{{"shots", shots}, {"bacc", 0.5}, {"roc_auc", 0.5},
                         {"predictions", QJsonObject{{"scores", scores}, {"labels", labels}}}};
    };
    const QJsonArray episodes{episode(2, {0.1}, {1}), episode(4, {0.9, 0.2}, {1, 0}),
                              episode(4, {0.6, 0.4, 0.7}, {1, 0, 0})};
    auto run = finishedStage2Run(8, R"({"fewshot": {"shots": [2, 4]}})", QJsonObject{{"episodes", episodes}});
    RunView view(run);
    QVERIFY(view.rocChart() && view.prChart());
    // Pooled 4-shot queries: positives 0.9, 0.6 against negatives 0.2, 0.4, 0.7: 5 of 6 pairs ordered.
    QCOMPARE(view.rocChart()->chart()->title(), QStringLiteral("ROC (AUC 0.833)"));
    QTableWidget* c = view.confusionTable();
    QVERIFY(c);
    QCOMPARE(c->item(0, 0)->text(), QStringLiteral("2"));  // true pre-ictal, predicted pre-ictal
    QCOMPARE(c->item(0, 1)->text(), QStringLiteral("0"));
    QCOMPARE(c->item(1, 0)->text(), QStringLiteral("1"));  // 0.7 on a normal clip
    QCOMPARE(c->item(1, 1)->text(), QStringLiteral("2"));

    run.metrics = QJsonDocument(QJsonObject{{"episodes", QJsonArray{QJsonObject{{"shots", 2}}}}}).toJson().toStdString();
    RunView bare(run);
    QVERIFY(!bare.rocChart() && !bare.confusionTable());  // no scores, no empty axes
  }

  // A recording-standardised forecaster's operating point comes from the
  // validation recordings' windows: the matrix is theirs, the curves the clips'.
  void aWindowChosenThresholdShowsTheWindowsMatrix() {
    core::FineTuneMetrics m;
    m.head = "logreg";
    m.validationPredictions = {{0.2, 0.9, 0.6, 0.4}, {0, 1, 1, 0}, {}};
    ml::BinaryMetrics w;
    w.tp = 5, w.fp = 3, w.tn = 70, w.fn = 9;
    m.validationAtThreshold = w;
    m.validationAtThresholdOn = "windows";
    m.thresholdWindows = 87;
    m.thresholdRule = "youden";
    m.threshold = 0.863;
    RunView view(finishedStage2Run(9, R"({"finetune": {"model_name": "f"}})", m.toJson()));
    QVERIFY(view.rocChart());  // the clips' curve
    QTableWidget* c = view.confusionTable();
    QVERIFY(c);
    QCOMPARE(c->item(0, 0)->text(), QStringLiteral("5"));
    QCOMPARE(c->item(0, 1)->text(), QStringLiteral("9"));
    QCOMPARE(c->item(1, 0)->text(), QStringLiteral("3"));
    QCOMPARE(c->item(1, 1)->text(), QStringLiteral("70"));
  }

  void fewShotEvaluationFromTheDialog() {
    FineTuneDialog* d = actions_->showFineTuneDialog();
    QVERIFY(d);
    d->modeBox()->setCurrentIndex(FineTuneDialog::kFewShot);
    QCOMPARE(d->evaluationSplitEdit()->text(), QStringLiteral("test"));
    d->clipSetBox()->setCurrentIndex(d->clipSetBox()->findData(static_cast<qint64>(project_.humanSet)));
    d->framesBox()->setValue(4);
    d->sizeBox()->setValue(32);
    d->shotsEdit()->setText("2");
    d->episodesBox()->setValue(2);
    d->epochsBox()->setValue(1);
    d->batchBox()->setValue(4);
    d->deviceBox()->setCurrentIndex(d->deviceBox()->findData("cpu"));
    QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
    d->accept();
    const int id = actions_->queue().jobIds().back();
    QVERIFY(actions_->queue().job(id)->kind == JobKind::FewShot);
    QTRY_VERIFY_WITH_TIMEOUT(!actions_->queue().isBusy(), kJobTimeout);
    const JobInfo* job = actions_->queue().job(id);
    QVERIFY2(job->state == JobState::Succeeded, qPrintable(job->error));
    QTRY_VERIFY(actions_->lastRunView() && actions_->lastRunView()->runId() == job->runId);
    // One row per episode, then each shot count's mean with its interval.
    const auto* table = actions_->lastRunView()->metricsTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(2, 1)->text(), QStringLiteral("mean [95 % CI]"));
    QCOMPARE(table->item(2, 3)->text(), QStringLiteral("2"));  // over 2 episodes
    const auto config = core::FewShotConfig::fromJson(
        json(database::RunStore(window_->project()->database()).find(job->runId)->config).value("fewshot").toObject());
    QCOMPARE(config.shots, std::vector<int>{2});
    QCOMPARE(config.split, std::string("test"));
  }

  // The probe curve from the GUI (issue 12, item 5): a pre-training run that
  // kept snapshots is offered in the few-shot mode; the job probes each, and
  // the pre-training run's view shows the curve.
  void probeCurveFromTheDialog() {
    auto config = tinyPretrain(project_, "snapshotted");
    config.snapshotEvery = 3;  // steps 0, 3 and 6
    const qint64 pretrain = core::runPretraining(window_->project()->database(), config).runId;
    FineTuneDialog* d = actions_->showFineTuneDialog();
    QVERIFY(d);
    d->modeBox()->setCurrentIndex(FineTuneDialog::kFewShot);
    QComboBox* encoders = d->probeSnapshotsBox();
    QCOMPARE(encoders->itemData(0).toLongLong(), 0);  // the base encoder below, by default
    const int index = encoders->findData(pretrain);
    QVERIFY(index > 0);
    QVERIFY(encoders->itemText(index).contains("(3 kept)"));
    encoders->setCurrentIndex(index);
    QVERIFY(!d->baseWeights()->isEnabled());
    // Training a forecaster asks for its encoder again.
    d->modeBox()->setCurrentIndex(FineTuneDialog::kTrain);
    QVERIFY(d->baseWeights()->isEnabled());
    d->modeBox()->setCurrentIndex(FineTuneDialog::kFewShot);
    QVERIFY(!d->baseWeights()->isEnabled());
    d->clipSetBox()->setCurrentIndex(d->clipSetBox()->findData(static_cast<qint64>(project_.humanSet)));
    d->framesBox()->setValue(4);
    d->sizeBox()->setValue(32);
    d->headBox()->setCurrentIndex(d->headBox()->findData("logreg"));
    d->recordingNormBox()->setChecked(true);
    d->motionStatsBox()->setChecked(true);
    d->shotsEdit()->setText("2");
    d->episodesBox()->setValue(2);
    d->deviceBox()->setCurrentIndex(d->deviceBox()->findData("cpu"));
    QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
    const JobRequest request = d->request();
    QCOMPARE(request.probeSnapshotsOf, pretrain);
    QVERIFY(jobTitle(request).startsWith(QStringLiteral("Probe the snapshots of run %1").arg(pretrain)));
    d->accept();
    const int id = actions_->queue().jobIds().back();
    QTRY_VERIFY_WITH_TIMEOUT(!actions_->queue().isBusy(), kJobTimeout);
    const JobInfo* job = actions_->queue().job(id);
    QVERIFY2(job->state == JobState::Succeeded, qPrintable(job->error));
    // The job opens the pre-training run's view, where the curve is.
    QTRY_VERIFY(actions_->lastRunView() && actions_->lastRunView()->runId() == pretrain);
    QVERIFY(actions_->lastRunView()->probeCurvePage());
    RunView* view = actions_->lastRunView();
    const QTableWidget* table = view->probeCurvePage()->tables().front();
    QCOMPARE(table->rowCount(), 3);
    for (int r = 0; r < 3; ++r) {
      QCOMPARE(table->item(r, 0)->text(), QString::number(3 * r));
      // Each point a run of its own, its tokens alone scored beside the head
      // (this tiny set's queries may hold one class: their ROC-AUC can be "—").
      const auto run = database::RunStore(window_->project()->database()).find(table->item(r, 1)->text().toLongLong());
      QVERIFY(run);
      const auto probe = core::FewShotConfig::fromJson(json(run->config).value("fewshot").toObject());
      QCOMPARE(probe.probeOfRun, pretrain);
      QCOMPARE(probe.probeStep, std::int64_t{3 * r});
      QVERIFY(probe.tokensAlone);
      QCOMPARE(probe.settings.baseModel, std::int64_t{0});
      QVERIFY(QString::fromStdString(probe.settings.baseWeights).endsWith(QStringLiteral("step-%1.safetensors").arg(3 * r)));
    }
    // Its metrics say where the snapshots are, beside the project, and which
    // one has gone since.
    const auto snapshotsRow = [](const RunView* v) {
      for (int r = 0; r < v->metricsTable()->rowCount(); ++r)
        if (v->metricsTable()->item(r, 0)->text() == QStringLiteral("Snapshots")) return v->metricsTable()->item(r, 1)->text();
      return QString();
    };
    const auto folder = core::snapshotWeightsPath(window_->project()->database().path(), pretrain, 0).parent_path();
    QCOMPARE(snapshotsRow(view), QStringLiteral("3 kept, at step(s) 0, 3, 6, in %1")
                                     .arg(QString::fromStdString(std::filesystem::absolute(folder).string())));
    view->close();
    QVERIFY(std::filesystem::remove(folder / "step-3.safetensors"));
    RunView* again = actions_->showRun(pretrain);
    QVERIFY(again);
    QVERIFY2(snapshotsRow(again).endsWith(QStringLiteral("; not there now: 3")), qPrintable(snapshotsRow(again)));
    again->close();
  }

  void forecastFromTheDialogIsHandedToTheReview() {
    ForecastDialog* d = actions_->showForecastDialog();
    QVERIFY(d);
    QVERIFY(!d->problem().isEmpty());  // no recording chosen yet
    const auto model = database::ModelStore(window_->project()->database()).findByName("forecaster");
    QVERIFY(model);
    d->modelBox()->setCurrentIndex(d->modelBox()->findData(static_cast<qint64>(model->id)));
    for (int i = 0; i < d->recordingList()->count(); ++i)
      if (d->recordingList()->item(i)->data(Qt::UserRole).toLongLong() == project_.recordingId)
        d->recordingList()->item(i)->setCheckState(Qt::Checked);
    d->strideBox()->setValue(2);
    QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
    QSignalSpy forecasts(actions_, &TrainingActions::forecastFinished);
    d->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!actions_->queue().isBusy(), kJobTimeout);
    const JobInfo* job = actions_->queue().job(actions_->queue().jobIds().back());
    QVERIFY2(job->state == JobState::Succeeded, qPrintable(job->error));
    QCOMPARE(forecasts.count(), 1);
    QCOMPARE(forecasts.at(0).at(0).toLongLong(), job->runId);
    const auto run = database::RunStore(window_->project()->database()).find(job->runId);
    QVERIFY(run->kind == database::RunKind::Forecast);
    QVERIFY(run->status == database::RunStatus::Succeeded);
    QCOMPARE(json(run->config).value("forecast").toObject().value("stride_seconds").toDouble(), 2.0);
    QVERIFY(!actions_->showRun(job->runId));  // the review's, not the run view's
  }

  void modelExportsToHfAndImportsBack() {
    auto& db = window_->project()->database();
    const auto enc = database::ModelStore(db).findByName("enc");
    QVERIFY(enc);
    const QString out = dir_.path() + "/export-enc";
    core::ModelExport e;
    e.model = enc->id;
    e.directory = out.toStdString();
    const int exported = actions_->startExport(e);
    QTRY_VERIFY_WITH_TIMEOUT(!actions_->queue().isBusy(), kJobTimeout);
    QVERIFY2(actions_->queue().job(exported)->state == JobState::Succeeded,
             qPrintable(actions_->queue().job(exported)->error));
    QVERIFY(QFile::exists(out + "/model.safetensors"));
    QVERIFY(QFile::exists(out + "/config.json"));

    core::ModelImport i;
    i.name = "enc-hf";
    i.file = (out + "/model.safetensors").toStdString();
    i.preset = "vit-tiny";
    const int imported = actions_->startImport(i);
    QTRY_VERIFY_WITH_TIMEOUT(!actions_->queue().isBusy(), kJobTimeout);
    QVERIFY2(actions_->queue().job(imported)->state == JobState::Succeeded,
             qPrintable(actions_->queue().job(imported)->error));
    const auto model = database::ModelStore(db).findByName("enc-hf");
    QVERIFY(model);
    QVERIFY(std::filesystem::exists(model->weightsPath));
    // The size and frame count came from the exported config.json, not the defaults.
    const QJsonObject architecture = json(model->architecture);
    QCOMPARE(architecture.value("img_size").toInt(), 32);
    QCOMPARE(architecture.value("num_frames").toInt(), 4);
    QVERIFY(treeHas(window_->projectTree(), ProjectTreeDock::NodeKind::Model, "enc-hf"));
  }

  void aFailedJobSaysWhy() {
    auto config = tinyPretrain(project_, "enc-broken");
    config.clipSets = {999};
    const int id = actions_->start({JobKind::Pretrain, config.toJson(), 0});
    QTRY_VERIFY_WITH_TIMEOUT(!actions_->queue().isBusy(), kJobTimeout);
    const JobInfo* job = actions_->queue().job(id);
    QVERIFY(job->state == JobState::Failed);
    QVERIFY2(job->error.contains("999"), qPrintable(job->error));
    QCOMPARE(actions_->lastError(), job->error);
    QVERIFY(job->runId > 0);
    QVERIFY(database::RunStore(window_->project()->database()).find(job->runId)->status == database::RunStatus::Failed);
  }

  // For reviewers, not a check: with PRODROME_SCREENSHOT_DIR set, saves the
  // window with a pre-training job in progress (dock and live chart) and the
  // fine-tuning run's view. Real fonts under Xvfb:
  //   xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb PRODROME_SCREENSHOT_DIR=/tmp/shots
  //     ui_training_tests
  void screenshots() {
    const QString dir = qEnvironmentVariable("PRODROME_SCREENSHOT_DIR");
    if (dir.isEmpty()) QSKIP("set PRODROME_SCREENSHOT_DIR to take screenshots");
    QVERIFY(fineTuneRun_ > 0);
    std::filesystem::create_directories(dir.toStdString());
    window_->resize(1500, 950);
    auto config = tinyPretrain(project_, "enc-shot");
    config.steps = 400;
    config.checkpointEvery = 0;
    const int id = actions_->start({JobKind::Pretrain, config.toJson(), 0});
    QTRY_VERIFY_WITH_TIMEOUT(actions_->queue().job(id)->steps.size() >= 60, kJobTimeout);
    actions_->dock()->chart()->flush();
    QTest::qWait(100);
    QVERIFY(window_->grab().save(dir + "/training-job.png"));
    QVERIFY(actions_->jobDock()->grab().save(dir + "/training-dock.png"));
    actions_->queue().cancel(id);
    QTRY_VERIFY_WITH_TIMEOUT(!actions_->queue().isBusy(), kJobTimeout);
    RunView* view = actions_->showRun(fineTuneRun_);
    QVERIFY(view);
    view->resize(900, 640);
    for (int t = 0; t < view->tabs()->count(); ++t) {
      view->tabs()->setCurrentIndex(t);
      QTest::qWait(50);
      QVERIFY(view->grab().save(dir + QStringLiteral("/run-view-%1.png").arg(t)));
    }
    view->close();
    if (auto* pretrain = actions_->showPretrainDialog()) {
      QVERIFY(pretrain->grab().save(dir + "/pretrain-dialog.png"));
      pretrain->close();
    }
    if (auto* finetune = actions_->showFineTuneDialog()) {
      QVERIFY(finetune->grab().save(dir + "/finetune-dialog.png"));
      finetune->close();
    }
  }

  // A pre-training run whose snapshots few-shot runs probed shows their
  // curve in its view (issue 12, item 5); a run without probes has no such tab.
  void aPretrainingRunShowsTheCurveOfItsProbes() {
    auto& db = window_->project()->database();
    database::RunStore runs(db);
    const qint64 pretrain = runs.add(database::RunKind::Pretrain,
                                     core::toJsonText(QJsonObject{{"pretrain", tinyPretrain(project_, "probed").toJson()}}));
    runs.setStatus(pretrain, database::RunStatus::Succeeded);
    const qint64 first = test::addProbeRun(runs, pretrain, 0, 0.50, 0.80, project_.humanSet);
    const qint64 second = test::addProbeRun(runs, pretrain, 20, 0.62, 0.81, project_.humanSet);
    RunView* view = actions_->showRun(pretrain);
    QVERIFY(view);
    QVERIFY(view->probeCurvePage());
    QCOMPARE(view->tabs()->tabText(1), QStringLiteral("Probe curve"));
    QCOMPARE(view->probeCurvePage()->tables().size(), std::size_t{1});
    const QTableWidget* table = view->probeCurvePage()->tables().front();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 1)->text(), QString::number(first));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("20"));
    QCOMPARE(table->item(1, 1)->text(), QString::number(second));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("0.640 [0.590, 0.690]"));  // 0.62, 0.64, 0.66
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("+0.120 [+0.120, +0.120]"));
    QVERIFY(table->item(1, 2)->font().bold());  // where the tokens scored best
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("—"));
    QCOMPARE(view->probeCurvePage()->charts().size(), std::size_t{1});
    view->close();
    // The fine-tuning run of an earlier test probed nothing: no curve.
    RunView* plain = actions_->showRun(fineTuneRun_);
    QVERIFY(plain);
    QVERIFY(!plain->probeCurvePage());
    plain->close();
  }

  void quitGuardAsksOnlyWhenBusy() {
    int asked = 0;
    actions_->setQuitQuestion([&] {
      ++asked;
      return TrainingActions::QuitAnswer::KeepRunning;
    });
    QVERIFY(!actions_->queue().isBusy());
    // Not busy: the guard lets the window close without asking (checked on a
    // second window so that the suite's window stays).
    {
      MainWindow other;
      TrainingActions otherActions(other);
      int otherAsked = 0;
      otherActions.setQuitQuestion([&] {
        ++otherAsked;
        return TrainingActions::QuitAnswer::KeepRunning;
      });
      other.show();
      QVERIFY(other.close());
      QCOMPARE(otherAsked, 0);
    }
    std::atomic<bool> release{false};
    const int id = actions_->queue().enqueue(JobKind::ExportModel, "hold", [&release](JobReporter& r) {
      while (!release && !r.cancelRequested()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
      JobOutcome o;
      o.cancelled = r.cancelRequested();
      return o;
    });
    QVERIFY(!window_->close());
    QCOMPARE(asked, 1);
    QVERIFY(window_->isVisible());
    QVERIFY(actions_->queue().job(id)->state == JobState::Running);

    actions_->setQuitQuestion([&] {
      ++asked;
      return TrainingActions::QuitAnswer::CancelAndQuit;
    });
    window_->close();
    QCOMPARE(asked, 2);
    QTRY_VERIFY_WITH_TIMEOUT(!window_->isVisible(), 10000);
    QVERIFY(actions_->queue().job(id)->state == JobState::Cancelled);
    window_->show();
  }

 private:
  QTemporaryDir dir_;
  test::TrainingProject project_;
  std::unique_ptr<MainWindow> window_;
  TrainingActions* actions_ = nullptr;  // owned by the window
  qint64 fineTuneRun_ = 0;
};

std::unique_ptr<QObject> makeTrainingActionsTest() { return std::make_unique<TrainingActionsTest>(); }

#include "TrainingActionsTest.moc"
