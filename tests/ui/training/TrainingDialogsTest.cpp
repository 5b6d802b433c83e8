// The Train dialogs' defaults (issue 16, "defaults that lead somewhere"), on a
// project made row by row (no video, no training): Run forecast offers only
// forecasters; fine-tuning starts from a clip set it can train on, takes the
// species from the set and asks before a start whose splits hold no clip of
// that species; the dialogs remember their fields; job titles name models
// and clip sets; Run forecast shows the forecaster's stored operating point
// and says whether the forecast will use it.

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <optional>

#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "core/runs/FineTuneConfig.h"
#include "core/runs/ForecastConfig.h"
#include "database/ModelStore.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "database/SubjectStore.h"
#include "ml/SafeTensors.h"
#include "ml/VideoMAEConfig.h"
#include "ui/training/FineTuneDialog.h"
#include "ui/training/ForecastDialog.h"
#include "ui/training/JobRequest.h"

using namespace prodrome;
using namespace prodrome::ui;

namespace {

// Clips of one recording: `preictal` and `normal` of them in `split`.
void addClips(database::Database& db, qint64 set, qint64 recording, const std::string& split, int preictal, int normal,
              database::ClipLabel other = database::ClipLabel::Preictal) {
  std::vector<database::Clip> clips;
  for (int i = 0; i < preictal + normal; ++i) {
    database::Clip c;
    c.clipSetId = set;
    c.recordingId = recording;
    c.startFrame = 100 * i;
    c.endFrame = 100 * i + 50;
    c.label = i < preictal ? other : database::ClipLabel::Normal;
    c.split = split;
    clips.push_back(c);
  }
  database::ClipStore(db).addAll(clips);
}

qint64 addModel(database::Database& db, const QString& dir, const std::string& name,
                const std::vector<std::string>& tensors, const ml::SafeTensorsMetadata& metadata = {}) {
  database::Model m;
  m.name = name;
  m.weightsPath = (dir + "/" + QString::fromStdString(name) + ".safetensors").toStdString();
  ml::NamedTensors named;
  for (const auto& t : tensors) named.emplace_back(t, torch::zeros({2}));
  if (!tensors.empty()) ml::saveSafeTensors(m.weightsPath, named, metadata);
  return database::ModelStore(db).add(m);
}

// A forecaster's header as fine-tuning writes it: its architecture with the
// operating point chosen on validation.
ml::SafeTensorsMetadata operatingPoint(double threshold, int consecutive, double calibrationSlope = 1,
                                       double windowSeconds = 0, double horizonSeconds = 0, double frameRate = 0) {
  ml::VideoMAEConfig c;
  c.decision_threshold = threshold;
  c.decision_consecutive = consecutive;
  c.calibration_slope = calibrationSlope;
  c.window_seconds = windowSeconds;
  c.horizon_seconds = horizonSeconds;
  c.frame_rate = frameRate;
  return {{"config", ml::configToJson(c)}};
}

QStringList itemsOf(const QComboBox* box) {
  QStringList out;
  for (int i = 0; i < box->count(); ++i) out << box->itemText(i);
  return out;
}

}  // namespace

class TrainingDialogsTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    db_.emplace(database::openProject((dir_.path() + "/dialogs.prodrome").toStdString()));
    database::Database& db = *db_;
    const qint64 human = database::SubjectStore(db).add({0, "P01", database::Species::Human, ""});
    const qint64 rodent = database::SubjectStore(db).add({0, "R01", database::Species::Rodent, ""});
    database::Recording r;
    r.subjectId = human;
    r.path = "/nowhere/p01.mp4";
    r.fingerprint = "p01";
    r.width = 320;
    r.height = 240;
    r.fps = 30;
    r.frameCount = 9000;
    humanRecording_ = database::RecordingStore(db).add(r);
    r.subjectId = rodent;
    r.path = "/nowhere/r01.mp4";
    r.fingerprint = "r01";
    rodentRecording_ = database::RecordingStore(db).add(r);
    // The first set cannot train a forecaster (ictal and normal clips, as the
    // demo's rodent set for pre-training); the second can, for humans; the
    // third can, for rodents, but has no validation split.
    rodentsYN_ = database::ClipSetStore(db).add({0, "rodents-YN", "{}", 1, ""});
    addClips(db, rodentsYN_, rodentRecording_, "train", 4, 4, database::ClipLabel::Ictal);
    humans_ = database::ClipSetStore(db).add({0, "humans", "{}", 1, ""});
    addClips(db, humans_, humanRecording_, "train", 3, 3);
    addClips(db, humans_, humanRecording_, "val", 2, 2);
    rodentsPN_ = database::ClipSetStore(db).add({0, "rodents-PN", "{}", 1, ""});
    addClips(db, rodentsPN_, rodentRecording_, "train", 3, 3);

    addModel(db, dir_.path(), "enc", {"encoder.patch_embed.proj.weight", "decoder.head.weight", "mask_token"});
    forecaster_ = addModel(db, dir_.path(), "forecaster", {"encoder.patch_embed.proj.weight", "head.weight"});
    addModel(db, dir_.path(), "hf-classifier",
             {"videomae.embeddings.patch_embeddings.projection.weight", "classifier.weight"});
    addModel(db, dir_.path(), "gone", {});  // its file is missing
  }

  // Each test starts from the dialogs' own defaults (they remember what was last accepted).
  void init() { QSettings().remove(QStringLiteral("dialogs")); }

  void runForecastOffersOnlyForecasters() {
    ForecastDialog d(*db_);
    QCOMPARE(itemsOf(d.modelBox()), QStringList({"forecaster", "hf-classifier"}));
  }

  // Recording names are not cut off (issue 16 at 1280×760): the list is as
  // wide as its longest name, and each item's tooltip has the whole path.
  void runForecastShowsWholeRecordingNames() {
    ForecastDialog d(*db_);
    QListWidget* list = d.recordingList();
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("P01 · p01.mp4"));
    QVERIFY(list->minimumWidth() >= list->sizeHintForColumn(0));
    const QString tip = list->item(0)->toolTip();
    QVERIFY2(tip.contains("P01") && tip.contains(QDir::toNativeSeparators("/nowhere/p01.mp4")) &&
                 tip.contains("9000 frames at 30.00 fps"),
             qPrintable(tip));
  }

  // A file of a night of several files can bring the night, judged as one
  // curve, as `prodrome forecast --period` (issue 14); the box is off where
  // the project has no such night.
  void runForecastCanJudgeAWholeNight() {
    {
      ForecastDialog d(*db_);
      QVERIFY(!d.wholeNightBox()->isEnabled());
    }
    QTemporaryDir dir;
    database::Database db = database::openProject((dir.path() + "/night.prodrome").toStdString());
    const qint64 subject = database::SubjectStore(db).add({0, "P07", database::Species::Human, ""});
    std::vector<qint64> ids;
    for (const char* name : {"a.mp4", "b.mp4", "c.mp4", "alone.mp4"}) {
      database::Recording r;
      r.subjectId = subject;
      r.path = std::string("/nowhere/") + name;
      r.fingerprint = name;
      r.fps = 25;
      r.frameCount = 2500;
      ids.push_back(database::RecordingStore(db).add(r));
    }
    const qint64 night = database::PeriodStore(db).create(subject, {ids[0], ids[1], ids[2]}, "night");
    addModel(db, dir.path(), "forecaster", {"encoder.patch_embed.proj.weight", "head.weight"});

    ForecastDialog d(db);
    QVERIFY(d.wholeNightBox()->isEnabled());
    QListWidget* list = d.recordingList();
    for (int i = 0; i < list->count(); ++i) {
      const qint64 id = list->item(i)->data(Qt::UserRole).toLongLong();
      if (id == ids[1] || id == ids[3]) list->item(i)->setCheckState(Qt::Checked);
    }
    auto config = core::ForecastConfig::fromJson(d.request().config);
    QVERIFY(config.periods.empty());
    QCOMPARE(config.recordings, (std::vector<std::int64_t>{ids[1], ids[3]}));
    d.wholeNightBox()->setChecked(true);
    config = core::ForecastConfig::fromJson(d.request().config);
    QCOMPARE(config.periods, (std::vector<std::int64_t>{night}));
    QCOMPARE(config.recordings, (std::vector<std::int64_t>{ids[1], ids[3], ids[0], ids[2]}));
  }

  // Issue 12: a forecaster carries the threshold and windows in a row chosen
  // on validation; the dialog says which it will use, and the spins it
  // ignores then are greyed out (they were silently overridden before).
  void runForecastShowsAndDefersToTheModelsOperatingPoint() {
    QTemporaryDir dir;
    auto db = database::openProject((dir.path() + "/point.prodrome").toStdString());
    database::Recording r;
    r.subjectId = database::SubjectStore(db).add({0, "P01", database::Species::Human, ""});
    r.path = "/nowhere/p.mp4";
    r.fingerprint = "p";
    r.fps = 25;
    r.frameCount = 2500;
    database::RecordingStore(db).add(r);
    const std::vector<std::string> tensors{"encoder.patch_embed.proj.weight", "head.weight"};
    addModel(db, dir.path(), "chosen", tensors, operatingPoint(0.877, 3));
    addModel(db, dir.path(), "never", tensors, operatingPoint(std::nextafter(1.0, 2.0), 1));
    addModel(db, dir.path(), "imported", tensors);
    addModel(db, dir.path(), "calibrated", tensors, operatingPoint(0.157, 3, 0.59));
    addModel(db, dir.path(), "eight-second", tensors, operatingPoint(0.42, 2, 1, 8, 10, 15));

    ForecastDialog d(db);
    d.recordingList()->item(0)->setCheckState(Qt::Checked);
    d.modelBox()->setCurrentIndex(d.modelBox()->findText("chosen"));
    QVERIFY(d.modelOperatingPointBox()->isChecked());
    QVERIFY2(d.modelOperatingPointBox()->text().contains("0.877") &&
                 d.modelOperatingPointBox()->text().contains("3 window"),
             qPrintable(d.modelOperatingPointBox()->text()));
    QVERIFY2(!d.modelOperatingPointBox()->text().contains("calibrated"),
             qPrintable(d.modelOperatingPointBox()->text()));
    QVERIFY(!d.thresholdBox()->isEnabled());
    QVERIFY(!d.consecutiveBox()->isEnabled());
    auto config = core::ForecastConfig::fromJson(d.request().config);
    QVERIFY(config.modelThreshold);
    QVERIFY(config.modelConsecutive);

    d.modelOperatingPointBox()->setChecked(false);
    QVERIFY(d.thresholdBox()->isEnabled());
    QVERIFY(d.consecutiveBox()->isEnabled());
    d.thresholdBox()->setValue(0.65);
    d.consecutiveBox()->setValue(2);
    config = core::ForecastConfig::fromJson(d.request().config);
    QVERIFY(!config.modelThreshold);
    QVERIFY(!config.modelConsecutive);
    QCOMPARE(config.alarms.threshold, 0.65);
    QCOMPARE(config.alarms.consecutive, 2);

    d.modelOperatingPointBox()->setChecked(true);
    d.modelBox()->setCurrentIndex(d.modelBox()->findText("never"));
    QVERIFY2(d.modelOperatingPointBox()->text().contains("no alarm"), qPrintable(d.modelOperatingPointBox()->text()));
    d.modelBox()->setCurrentIndex(d.modelBox()->findText("imported"));
    QVERIFY2(d.modelOperatingPointBox()->text().contains("0.500") &&
                 d.modelOperatingPointBox()->text().contains("defaults"),
             qPrintable(d.modelOperatingPointBox()->text()));
    // A calibrated model says which scale its threshold, and one typed below, is on.
    d.modelBox()->setCurrentIndex(d.modelBox()->findText("calibrated"));
    QVERIFY2(d.modelOperatingPointBox()->text().contains("0.157") &&
                 d.modelOperatingPointBox()->text().contains("(calibrated probabilities)"),
             qPrintable(d.modelOperatingPointBox()->text()));
    // None of these stores the window it was fine-tuned for (the spins
    // decide) or the frame rate it was fine-tuned at.
    QVERIFY2(!d.modelOperatingPointBox()->text().contains("fps"), qPrintable(d.modelOperatingPointBox()->text()));
    QVERIFY(d.windowBox()->isEnabled());
    QVERIFY(d.horizonBox()->isEnabled());

    // A model fine-tuned on 8-s clips with a 10-s horizon: its point holds
    // for those, and they come with it; it says the rate it reads video at.
    d.windowBox()->setValue(5);
    d.horizonBox()->setValue(5);
    d.modelBox()->setCurrentIndex(d.modelBox()->findText("eight-second"));
    QVERIFY2(d.modelOperatingPointBox()->text().contains("; 8-s windows, 10-s horizon, 15 fps"),
             qPrintable(d.modelOperatingPointBox()->text()));
    QVERIFY(!d.windowBox()->isEnabled());
    QVERIFY(!d.horizonBox()->isEnabled());
    config = core::ForecastConfig::fromJson(d.request().config);
    QVERIFY(config.modelWindow);
    QVERIFY(config.modelHorizon);
    d.modelOperatingPointBox()->setChecked(false);
    QVERIFY(d.windowBox()->isEnabled());
    QVERIFY(d.horizonBox()->isEnabled());
    config = core::ForecastConfig::fromJson(d.request().config);
    QVERIFY(!config.modelWindow);
    QVERIFY(!config.modelHorizon);
    QCOMPARE(config.windowSeconds, 5.0);
    QCOMPARE(config.alarms.horizonSeconds, 5.0);
  }

  void fineTuningStartsFromASetItCanTrain() {
    FineTuneDialog d(*db_);
    QCOMPARE(d.clipSetBox()->currentText(), QStringLiteral("humans"));
    QCOMPARE(d.speciesBox()->currentData().toString(), QStringLiteral("human"));
    // A rodent set brings its species.
    d.clipSetBox()->setCurrentIndex(d.clipSetBox()->findText("rodents-PN"));
    QCOMPARE(d.speciesBox()->currentData().toString(), QStringLiteral("rodent"));
    d.clipSetBox()->setCurrentIndex(d.clipSetBox()->findText("humans"));
    QCOMPARE(d.speciesBox()->currentData().toString(), QStringLiteral("human"));
  }

  void fineTuningAsksBeforeASplitWithoutTheSpecies() {
    FineTuneDialog d(*db_);
    QStringList asked;
    bool answer = false;
    d.setStartQuestion([&](const QString& text) {
      asked << text;
      return answer;
    });
    d.nameEdit()->setText("rodent-forecaster");
    d.clipSetBox()->setCurrentIndex(d.clipSetBox()->findText("rodents-PN"));
    d.evaluationSplitEdit()->setText("val");
    QVERIFY(d.problem().isEmpty());
    QVERIFY2(d.splitWarning().contains("rodents-PN") && d.splitWarning().contains("val"), qPrintable(d.splitWarning()));
    d.accept();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.front().startsWith(d.splitWarning()), qPrintable(asked.front()));
    QVERIFY(d.result() != QDialog::Accepted);  // declined: the dialog stays
    answer = true;
    d.accept();
    QCOMPARE(asked.size(), 2);
    QCOMPARE(d.result(), int(QDialog::Accepted));

    // The species chosen against the set: its training split holds none.
    QSettings().remove(QStringLiteral("dialogs"));
    FineTuneDialog human(*db_);
    human.setStartQuestion([&](const QString& text) {
      asked << text;
      return false;
    });
    human.nameEdit()->setText("h");
    QVERIFY(human.splitWarning().isEmpty());  // humans: train and val both hold human clips
    human.speciesBox()->setCurrentIndex(human.speciesBox()->findData(QStringLiteral("rodent")));
    QVERIFY2(human.splitWarning().contains("train"), qPrintable(human.splitWarning()));
  }

  // Issue 12: the forecaster's time scales and operating-point choices reach
  // the job, and are offered only where they mean something.
  void fineTuningSendsTheForecastersOperatingPointChoices() {
    QSettings().remove(QStringLiteral("dialogs"));
    FineTuneDialog d(*db_);
    d.nameEdit()->setText("forecaster");
    d.headBox()->setCurrentIndex(d.headBox()->findData(QStringLiteral("finetune")));
    d.thresholdRuleBox()->setCurrentIndex(d.thresholdRuleBox()->findData(QStringLiteral("false-alarm-rate")));
    QVERIFY(d.maxConsecutiveBox()->isEnabled());
    QVERIFY(!d.crossFitBox()->isEnabled());  // full fine-tuning has no closed-form head to refit
    QVERIFY(!d.motionScalesBox()->isEnabled());
    QVERIFY(!d.motionLagsBox()->isEnabled());
    QVERIFY(!d.chooseShareBox()->isEnabled());  // no statistics to give a share
    QVERIFY(!d.weighJerksBox()->isEnabled());   // no frame energies to count jerks in
    d.headBox()->setCurrentIndex(d.headBox()->findData(QStringLiteral("logreg")));
    d.recordingNormBox()->setChecked(true);
    d.motionStatsBox()->setChecked(true);
    QVERIFY(d.motionScalesBox()->isEnabled());
    QVERIFY(d.motionLagsBox()->isEnabled());
    QVERIFY(d.crossFitBox()->isEnabled());
    QVERIFY(d.chooseShareBox()->isEnabled());
    QVERIFY(d.weighJerksBox()->isEnabled());
    d.motionScalesBox()->setValue(3);
    d.motionLagsBox()->setValue(2);
    d.motionShareBox()->setValue(0.9);
    d.maxConsecutiveBox()->setValue(3);
    d.crossFitBox()->setChecked(true);
    auto config = core::FineTuneConfig::fromJson(d.request().config);
    QCOMPARE(config.settings.motionScales, 3);
    QCOMPARE(config.settings.motionLags, 2);
    QCOMPARE(config.settings.motionShare, 0.9);
    QCOMPARE(config.maxConsecutive, 3);
    QVERIFY(config.crossFitOperatingPoint);
    QVERIFY(config.motionShareCandidates.empty());
    QCOMPARE(config.thresholdRule, std::string("false-alarm-rate"));
    d.chooseShareBox()->setChecked(true);
    config = core::FineTuneConfig::fromJson(d.request().config);
    QCOMPARE(config.motionShareCandidates, core::standardMotionShareCandidates());
    QVERIFY(config.jerkWeightCandidates.empty());
    d.weighJerksBox()->setChecked(true);
    config = core::FineTuneConfig::fromJson(d.request().config);
    QCOMPARE(config.jerkWeightCandidates, core::standardJerkWeightCandidates());
    d.thresholdRuleBox()->setCurrentIndex(d.thresholdRuleBox()->findData(QStringLiteral("youden")));
    QVERIFY(!d.crossFitBox()->isEnabled());
    QVERIFY(!d.chooseShareBox()->isEnabled());
    QVERIFY(!d.weighJerksBox()->isEnabled());
    config = core::FineTuneConfig::fromJson(d.request().config);
    QVERIFY(!config.crossFitOperatingPoint);
    QVERIFY(config.motionShareCandidates.empty());
    QVERIFY(config.jerkWeightCandidates.empty());
  }

  void dialogsRememberTheirLastValues() {
    {
      ForecastDialog d(*db_);
      d.modelBox()->setCurrentIndex(d.modelBox()->findText("hf-classifier"));
      d.windowBox()->setValue(3.5);
      d.modelOperatingPointBox()->setChecked(false);
      d.thresholdBox()->setValue(0.7);
      d.recordingList()->item(0)->setCheckState(Qt::Checked);
      d.accept();
      QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    {
      ForecastDialog d(*db_);
      QCOMPARE(d.modelBox()->currentText(), QStringLiteral("hf-classifier"));
      QCOMPARE(d.windowBox()->value(), 3.5);
      QCOMPARE(d.thresholdBox()->value(), 0.7);
      QVERIFY(!d.modelOperatingPointBox()->isChecked());
      QVERIFY(d.thresholdBox()->isEnabled());
    }
    {
      FineTuneDialog d(*db_);
      d.setStartQuestion([](const QString&) { return true; });
      d.nameEdit()->setText("remembered");
      d.clipSetBox()->setCurrentIndex(d.clipSetBox()->findText("rodents-PN"));
      d.epochsBox()->setValue(7);
      d.evaluationSplitEdit()->setText("");
      d.accept();
      QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    {
      FineTuneDialog d(*db_);
      QCOMPARE(d.clipSetBox()->currentText(), QStringLiteral("rodents-PN"));
      QCOMPARE(d.speciesBox()->currentData().toString(), QStringLiteral("rodent"));
      QCOMPARE(d.epochsBox()->value(), 7);
      QCOMPARE(d.evaluationSplitEdit()->text(), QString());
      QVERIFY(d.nameEdit()->text().isEmpty());  // a new model needs a new name
    }
  }

  void jobTitlesNameModelsAndClipSets() {
    JobRequest forecast{JobKind::Forecast, QJsonObject{{"model", forecaster_}}, 0};
    QCOMPARE(jobTitle(forecast, &*db_), QStringLiteral("Forecast with model 'forecaster'"));
    JobRequest fewShot{JobKind::FewShot, QJsonObject{{"clip_set", humans_}}, 0};
    QCOMPARE(jobTitle(fewShot, &*db_), QStringLiteral("Few-shot evaluation on clip set 'humans'"));
  }

  // For reviewers, not a check: with PRODROME_SCREENSHOT_DIR set, saves the
  // fine-tuning dialog after a declined start on a rodent set without a
  // validation split, and the forecast dialog's model list.
  void screenshots() {
    const QString dir = qEnvironmentVariable("PRODROME_SCREENSHOT_DIR");
    if (dir.isEmpty()) QSKIP("PRODROME_SCREENSHOT_DIR not set");
    FineTuneDialog d(*db_);
    d.setStartQuestion([](const QString&) { return false; });
    d.nameEdit()->setText("rodent-forecaster");
    d.clipSetBox()->setCurrentIndex(d.clipSetBox()->findText("rodents-PN"));
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.accept();
    QVERIFY(d.grab().save(dir + "/fine-tune-split-warning.png"));
    ForecastDialog f(*db_);
    f.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f));
    QVERIFY(f.grab().save(dir + "/forecast-forecasters-only.png"));
  }

  void cleanupTestCase() { db_.reset(); }

 private:
  QTemporaryDir dir_;
  std::optional<database::Database> db_;
  qint64 humanRecording_ = 0, rodentRecording_ = 0;
  qint64 rodentsYN_ = 0, humans_ = 0, rodentsPN_ = 0;
  qint64 forecaster_ = 0;
};

std::unique_ptr<QObject> makeTrainingDialogsTest() { return std::make_unique<TrainingDialogsTest>(); }

#include "TrainingDialogsTest.moc"
