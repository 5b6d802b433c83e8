#pragma once
// The work of each kind of job: the same core/pipeline functions the command
// line calls (runPretraining, runFineTune, runFewShot, runForecast), built
// from the core config's own JSON (toJson/fromJson), so that a job from the
// GUI is the job `prodrome pretrain --config` would run and a run is
// reproducible from its stored config. The work opens its own database
// connection on the worker thread.

#include "ui/jobs/JobQueue.h"

#include <QJsonObject>
#include <QString>

#include <string>

namespace prodrome::core {
struct JobCallbacks;
}

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

struct JobRequest {
  JobKind kind = JobKind::Pretrain;
  QJsonObject config;      // the core config's toJson() (PretrainConfig, FineTuneConfig, FewShotConfig, ForecastConfig)
  qint64 resumeRunId = 0;  // pre-training: continue this run (config ignored)
  // Few-shot: run the config on every snapshot pre-training run N kept
  // (core::probeSnapshots, the probe curve; config's encoder ignored). 0: once.
  qint64 probeSnapshotsOf = 0;
};

// A title for the dock ("Pre-train enc-rynh", "Resume run 4", "Forecast with
// model forecaster"): models and clip sets by their names, read from `db`
// (without it, by id).
QString jobTitle(const JobRequest& request, database::Database* db = nullptr);

// The work for the queue. Config errors surface when the job runs, as a
// failed job naming the problem.
JobWork pipelineWork(const JobRequest& request, const std::string& projectFile);

}  // namespace prodrome::ui
