#include "tests/support/ReviewFixture.h"

#include "database/PredictionStore.h"
#include "database/Statement.h"

#include <QJsonDocument>

#include <map>

namespace prodrome::test {

namespace {

std::map<qint64, double> peaks() { return {{210, 0.80}, {360, 0.90}, {390, 0.85}, {510, 0.95}, {600, 0.70}}; }

}  // namespace

std::string forecastConfig(const std::vector<qint64>& recordings, double threshold) {
  std::string ids;
  for (qint64 id : recordings) ids += (ids.empty() ? "" : ",") + std::to_string(id);
  // The keys of core::ForecastConfig::toJson().
  return R"({"forecast": {"model": 7, "recordings": [)" + ids +
         R"(], "window_seconds": 5, "stride_seconds": 1, "batch_size": 16, "device": "cpu", "threshold": )" +
         std::to_string(threshold) +
         R"(, "consecutive": 1, "horizon_seconds": 2, "refractory_seconds": -1, "post_ictal_seconds": 2},
             "git_revision": "test"})";
}

qint64 addForecastRun(database::Database& db, qint64 recordingId, database::RunStatus status) {
  database::RunStore runs(db);
  const qint64 run = runs.add(database::RunKind::Forecast, forecastConfig({recordingId}, 0.5));
  runs.markStarted(run);
  std::vector<database::Prediction> rows;
  const auto p = peaks();
  for (qint64 end = 150; end <= 660; end += 30) {
    const auto it = p.find(end);
    rows.push_back({run, recordingId, end, it != p.end() ? it->second : 0.1});
  }
  database::PredictionStore(db).addAll(rows);
  runs.markEnded(run, status);
  return run;
}

void addMirroredMotionBaseline(database::Database& db, qint64 run, const core::ForecastMetrics& metrics) {
  database::RunStore(db).setMetrics(run, QJsonDocument(metrics.toJson()).toJson().toStdString());
  database::Statement(db, "UPDATE predictions SET motion_baseline_probability = 1 - probability WHERE run_id = ?")
      .bindAll(run)
      .execute();
}

}  // namespace prodrome::test
