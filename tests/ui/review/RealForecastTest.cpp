// The review against what the real pipeline stores: a tiny synthetic
// project, a classifier fine-tuned for two epochs at 4 frames of 32x32, and
// core::runForecast over a held-out recording. The review (which reads the
// run's config without linking LibTorch) must show exactly the stored curve
// and compute the same event-level metrics as the run did with the same
// options. Links prodrome_pipeline; the review library itself does not.

#include "core/pipeline/FineTuning.h"
#include "core/pipeline/Forecasting.h"
#include "database/Database.h"
#include "database/RunStore.h"
#include "database/Schema.h"
#include "tests/support/FixtureVideo.h"
#include "tests/support/TinyJobs.h"
#include "tests/support/TrainingProject.h"
#include "ui/MainWindow.h"
#include "core/runs/ForecastRunInfo.h"
#include "ui/review/ReviewActions.h"
#include "ui/review/ReviewModel.h"
#include "ui/timeline/TimelineWidget.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace prodrome;

namespace {

bool sameOrBothNan(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

}  // namespace

class RealForecastTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void reviewShowsWhatRunForecastStored() {
    const auto dir = test::scratchDirectory("ui_review_tests") / "real";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto project = test::makeTrainingProject(dir);
    const auto file = project.file;
    core::ForecastOutcome out;
    const qint64 recordingId = project.recordingId;
    {
      database::Database db = database::openProject(file);
      core::FineTuneConfig ft;
      ft.modelName = "forecaster";
      ft.clipSet = project.humanSet;
      ft.validationSplit = "";
      ft.settings = test::tinyFineTuneSettings();
      const auto model = core::runFineTune(db, ft);
      QVERIFY(model.modelId > 0);
      core::ForecastConfig fc;
      fc.model = model.modelId;
      fc.recordings = {recordingId};
      fc.alarms.threshold = 0.5;
      fc.alarms.horizonSeconds = 7;
      fc.modelHorizon = false;  // these, not the clip set's the model stores
      fc.modelPostIctal = false;
      fc.alarms.postIctalSeconds = 12;
      out = core::runForecast(db, fc);
      QCOMPARE(out.recordings.size(), 1u);

      // The review's reading of the stored config agrees with the pipeline's.
      const auto run = database::RunStore(db).find(out.runId);
      QVERIFY(run);
      QString error;
      const auto info = core::parseForecastRun(*run, &error);
      QVERIFY2(info, qPrintable(error));
      const auto stored = core::ForecastConfig::fromJson(
          QJsonDocument::fromJson(QByteArray::fromStdString(run->config)).object()["forecast"].toObject());
      QCOMPARE(info->model, stored.model);
      QCOMPARE(info->recordings, std::vector<qint64>(stored.recordings.begin(), stored.recordings.end()));
      QCOMPARE(info->windowSeconds, stored.windowSeconds);
      QCOMPARE(info->strideSeconds, stored.strideSeconds);
      // The threshold the run applied: the model's operating point (the
      // config's own value is only a placeholder when it defers to it).
      QVERIFY(stored.modelThreshold);
      const double applied = QJsonDocument::fromJson(QByteArray::fromStdString(run->metrics))
                                 .object()["threshold"]
                                 .toDouble(-1);
      QVERIFY(applied >= 0 && applied <= 1);
      QCOMPARE(info->alarms.threshold, applied);
      QCOMPARE(info->alarms.horizonSeconds, 7.0);
      QCOMPARE(info->alarms.postIctalSeconds, 12.0);
      QCOMPARE(info->alarms.refractorySeconds, stored.alarms.refractorySeconds);
      QCOMPARE(info->alarms.consecutive, stored.alarms.consecutive);
    }

    ui::MainWindow w;
    QVERIFY(w.openProject(QString::fromStdString(file.string())));
    ui::ReviewActions review(w);
    Q_EMIT w.runActivated(out.runId);
    QCOMPARE(review.runId(), out.runId);
    QCOMPARE(w.currentRecordingId(), recordingId);
    const ui::ReviewModel& model = *review.model();
    const core::RecordingForecast& expected = out.recordings[0];
    QVERIFY(model.isLoaded());
    QVERIFY(w.timeline()->probabilityLaneVisible());
    QCOMPARE(model.points().size(), expected.points.size());
    for (std::size_t i = 0; i < expected.points.size(); ++i) {
      QCOMPARE(model.points()[i].windowEndFrame, expected.points[i].windowEndFrame);
      QCOMPARE(model.points()[i].probability, expected.points[i].probability);
    }
    QCOMPARE(model.windowFrames(), 50);  // 5 s at 10 fps
    const core::EventMetrics& m = model.metrics();
    QCOMPARE(m.alarms.size(), expected.events.alarms.size());
    for (std::size_t i = 0; i < m.alarms.size(); ++i) {
      QCOMPARE(m.alarms[i].frame, expected.events.alarms[i].frame);
      QVERIFY(m.alarms[i].outcome == expected.events.alarms[i].outcome);
    }
    QCOMPARE(m.seizures.size(), expected.events.seizures.size());
    QVERIFY(sameOrBothNan(m.sensitivity, expected.events.sensitivity));
    QVERIFY(sameOrBothNan(m.falseAlarmsPerHour, expected.events.falseAlarmsPerHour));
    QVERIFY(sameOrBothNan(m.meanWarningSeconds, expected.events.meanWarningSeconds));
    QCOMPARE(w.timeline()->alarms().size(), expected.events.alarms.size());
    qInfo("%zu windows, %zu alarms (%d true, %d false), sensitivity %.2f", model.points().size(), m.alarms.size(),
          m.trueAlarms, m.falseAlarms, m.sensitivity);

    // A threshold at the curve's median gives alarms whatever this tiny
    // model learnt; the review's count matches evaluateAlarms on the same
    // stored curve.
    std::vector<double> sorted;
    for (const auto& p : expected.points) sorted.push_back(p.probability);
    std::sort(sorted.begin(), sorted.end());
    core::AlarmOptions o = model.options();
    o.threshold = sorted[sorted.size() / 2];
    review.model()->setOptions(o);
    std::vector<core::SeizureInterval> seizures;
    for (const auto& e : model.seizures()) seizures.push_back({e.onsetFrame, e.offsetFrame});
    const auto direct = core::evaluateAlarms(expected.points, seizures, model.fps(), model.recording().frameCount, o);
    QVERIFY(!direct.alarms.empty());
    QCOMPARE(model.alarms().size(), direct.alarms.size());
    QCOMPARE(w.timeline()->alarms().size(), direct.alarms.size());
    QCOMPARE(w.timeline()->threshold(), o.threshold);
  }
};

std::unique_ptr<QObject> makeRealForecastTest() { return std::make_unique<RealForecastTest>(); }

#include "RealForecastTest.moc"
